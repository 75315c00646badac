/*
** hs_compat.h: the few differences between Lua 5.1 (and LuaJIT) and
** 5.2-5.4 that the binding meets, in one place so the binding's files
** carry little version noise: what they still test themselves is 5.3's
** integer subtype (lua_isinteger) and, in lhttpstatus_log.c, the layout of
** a file handle. Shims are hs_-prefixed: LuaJIT 2.1 already exports some
** 5.2 names, and defining them again would clash.
*/
#ifndef HS_COMPAT_H
#define HS_COMPAT_H

#include "lauxlib.h"
#include "lua.h"

#if LUA_VERSION_NUM >= 502
#define hs_setfuncs luaL_setfuncs
#define hs_rawlen(L, i) ((size_t)lua_rawlen(L, i))
#else
/* luaL_setfuncs of 5.2: register l into the table below nup upvalues */
static void hs_setfuncs(lua_State *L, const luaL_Reg *l, int nup) {
  luaL_checkstack(L, nup + 1, "too many upvalues");
  for (; l->name != NULL; l++) {
    int i;
    for (i = 0; i < nup; i++) lua_pushvalue(L, -nup);
    lua_pushcclosure(L, l->func, nup);
    lua_setfield(L, -(nup + 2), l->name);
  }
  lua_pop(L, nup);
}
#define hs_rawlen(L, i) ((size_t)lua_objlen(L, i))
#endif

#endif
