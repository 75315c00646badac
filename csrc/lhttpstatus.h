/*
** lhttpstatus.h: what the binding's files share. Not installed.
*/
#ifndef LHTTPSTATUS_H
#define LHTTPSTATUS_H

#include "lua.h"

/* The code at idx, or -1 when the value is not an integral number. */
int hs_tocode(lua_State *L, int idx);

/* Add the wire functions (status line, parser, text checks) and the JSON
   writers to the table on top. */
void hs_register_wire(lua_State *L);
void hs_register_json(lua_State *L);
/* HTTP dates and Retry-After; the access-log scanner */
void hs_register_date(lua_State *L);
void hs_register_log(lua_State *L);

#endif
