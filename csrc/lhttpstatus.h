/*
** lhttpstatus.h: what the binding's files share. Not installed.
*/
#ifndef LHTTPSTATUS_H
#define LHTTPSTATUS_H

#include "httpstatus.h"
#include "lua.h"

/* Shared by the binding's files, never by users: kept out of core.so's
   dynamic symbols (only luaopen_httpstatus_core and the C API are there). */
#if defined(__GNUC__) && __GNUC__ >= 4
#define HS_HIDDEN __attribute__((visibility("hidden")))
#else
#define HS_HIDDEN
#endif

/* The code at idx, or -1 when the value is not an integral number. */
HS_HIDDEN int hs_tocode(lua_State *L, int idx);

/* Add the wire functions (status line, parser, text checks) and the JSON
   writers to the table on top. */
HS_HIDDEN void hs_register_wire(lua_State *L);
HS_HIDDEN void hs_register_json(lua_State *L);
/* HTTP dates and Retry-After; the access-log scanner */
HS_HIDDEN void hs_register_date(lua_State *L);
HS_HIDDEN void hs_register_log(lua_State *L);
/* Pushes a parsed status line's code, reason and version ("1.1", "2"). */
HS_HIDDEN void hs_push_status(lua_State *L, const httpstatus_status *st);
/* the linter's fast reader of a header section */
HS_HIDDEN void hs_register_head(lua_State *L);

#endif
