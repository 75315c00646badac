/*
** lhttpstatus_log.c: log_scanner of httpstatus.core, the C log scanner
** (httpstatus_log.h) as a userdata, so Lua pays one call per buffer
** rather than several per line.
**
**   local sc = core.log_scanner([format])  -- "combined", "common", "any"
**   for chunk in ... do sc:feed(chunk) end -- any cut, any size
**   sc:finish()                            -- a last line without LF
**   local c = sc:counts()
**   -- { lines = n, malformed = n, invalid_status = n, codes = { [200] = n } }
**
** finish ends one input and keeps the counts: a later feed starts a new
** line, so one scanner can sum several files. Programmer errors (a chunk
** that is not a string, an unknown format) raise; a log's bytes never do.
*/
#include "hs_compat.h"
#include "httpstatus_log.h"
#include "lhttpstatus.h"

#define HS_LOG_SCANNER "httpstatus.log_scanner"

static httpstatus_log_scan *hs_checkscanner(lua_State *L) {
  return (httpstatus_log_scan *)luaL_checkudata(L, 1, HS_LOG_SCANNER);
}

/*
** A count as a Lua number: an integer where the VM has an integer subtype
** (5.3+, which define LUA_MAXINTEGER), else a double, exact up to 2^53
** (lua_Integer may be 32 bits on 5.1 and 5.2). A candidate for hs_compat.h.
*/
static void hs_pushcount(lua_State *L, uint64_t n) {
#if defined(LUA_MAXINTEGER)
  lua_pushinteger(L, (lua_Integer)n);
#else
  lua_pushnumber(L, (lua_Number)n);
#endif
}

/* "string expected, got boolean" for argument arg */
static int hs_notstring(lua_State *L, int arg) {
  const char *msg =
    lua_pushfstring(L, "string expected, got %s", luaL_typename(L, arg));
  return luaL_argerror(L, arg, msg);
}

/*
** log_scanner([format]): "combined", "common", or "any" (and nil) for both.
** Only a string or nil: luaL_checkoption alone would take 5 for "5" and,
** on LuaJIT, any non-string for the default.
*/
static int hs_l_log_scanner(lua_State *L) {
  static const char *const names[] = {"any", "combined", "common", NULL};
  static const unsigned formats[] = {HTTPSTATUS_LOG_ANY,
                                     HTTPSTATUS_LOG_COMBINED,
                                     HTTPSTATUS_LOG_COMMON};
  httpstatus_log_scan *s;
  int f = 0;
  if (!lua_isnoneornil(L, 1)) {
    if (lua_type(L, 1) != LUA_TSTRING) return hs_notstring(L, 1);
    f = luaL_checkoption(L, 1, NULL, names);
  }
  s = (httpstatus_log_scan *)lua_newuserdata(L, sizeof *s);
  httpstatus_log_init(s, formats[f]);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_setmetatable(L, -2);
  return 1;
}

/* sc:feed(chunk): strings only; luaL_checklstring would take 404 too */
static int hs_l_feed(lua_State *L) {
  httpstatus_log_scan *s = hs_checkscanner(L);
  size_t len;
  const char *chunk;
  if (lua_type(L, 2) != LUA_TSTRING) return hs_notstring(L, 2);
  chunk = lua_tolstring(L, 2, &len);
  httpstatus_log_feed(s, chunk, len);
  return 0;
}

static int hs_l_finish(lua_State *L) {
  httpstatus_log_finish(hs_checkscanner(L));
  return 0;
}

/*
** sc:counts(): a fresh table each call. The counts are copied first: the
** tables below allocate, an allocation may run a __gc finalizer, and a
** finalizer may feed this very scanner; the copy keeps the answer one
** consistent moment. Only the two new tables, held on the stack, are
** written.
*/
static int hs_l_counts(lua_State *L) {
  const httpstatus_log_scan *s = hs_checkscanner(L);
  uint64_t codes[HTTPSTATUS_LOG_NCODES];
  uint64_t lines = s->lines, malformed = s->malformed;
  uint64_t invalid = s->invalid_status;
  int i, seen = 0;
  for (i = 0; i < HTTPSTATUS_LOG_NCODES; i++) {
    codes[i] = s->codes[i];
    if (codes[i] != 0) seen++;
  }
  lua_createtable(L, 0, 4);
  hs_pushcount(L, lines);
  lua_setfield(L, -2, "lines");
  hs_pushcount(L, malformed);
  lua_setfield(L, -2, "malformed");
  hs_pushcount(L, invalid);
  lua_setfield(L, -2, "invalid_status");
  lua_createtable(L, 0, seen);
  for (i = 0; i < HTTPSTATUS_LOG_NCODES; i++) {
    if (codes[i] == 0) continue;
    lua_pushinteger(L, HTTPSTATUS_LOG_FIRST_CODE + i);
    hs_pushcount(L, codes[i]);
    lua_rawset(L, -3);
  }
  lua_setfield(L, -2, "codes");
  return 1;
}

/* "httpstatus.log_scanner (3000 lines, 16 malformed)"; copied first, as
   in counts */
static int hs_l_tostring(lua_State *L) {
  const httpstatus_log_scan *s = hs_checkscanner(L);
  uint64_t lines = s->lines, malformed = s->malformed;
  lua_pushliteral(L, HS_LOG_SCANNER " (");
  hs_pushcount(L, lines);
  lua_pushliteral(L, " lines, ");
  hs_pushcount(L, malformed);
  lua_pushliteral(L, " malformed)");
  lua_concat(L, 5);
  return 1;
}

static const luaL_Reg hs_log_methods[] = {{"feed", hs_l_feed},
                                          {"finish", hs_l_finish},
                                          {"counts", hs_l_counts},
                                          {NULL, NULL}};

/*
** The metatable lives in the registry under HS_LOG_SCANNER, which
** luaL_checkudata compares against, and is also the constructor's
** upvalue, so making a scanner needs no registry lookup. getmetatable()
** answers false: no code outside can reach the methods table and change
** what every scanner does.
*/
void hs_register_log(lua_State *L) {
  luaL_newmetatable(L, HS_LOG_SCANNER);
  lua_newtable(L);
  hs_setfuncs(L, hs_log_methods, 0);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, hs_l_tostring);
  lua_setfield(L, -2, "__tostring");
  lua_pushliteral(L, HS_LOG_SCANNER); /* 5.3+ set it; 5.1 and 5.2 do not */
  lua_setfield(L, -2, "__name");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pushcclosure(L, hs_l_log_scanner, 1);
  lua_setfield(L, -2, "log_scanner");
}
