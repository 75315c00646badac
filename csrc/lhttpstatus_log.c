/*
** lhttpstatus_log.c: log_scanner of httpstatus.core, the C log scanner
** (httpstatus_log.h) as a userdata, so Lua pays one call per buffer
** rather than several per line.
**
**   local sc = core.log_scanner([format [, bucket]])
**     -- "combined", "common", "vhost_combined", "json", "any" or an nginx
**     -- log_format string; bucket: the timeline's seconds (default 60)
**   for chunk in ... do sc:feed(chunk) end -- any cut, any size
**   sc:read(file)                          -- or an open file, to its end
**   sc:finish()                            -- a last line without LF
**   local c = sc:counts()
**   -- { lines = n, malformed = n, invalid_status = n, codes = { [200] = n },
**   --   timed =, formats =, upstream =, request_time =, timeline =, paths = }
**
** finish ends one input and keeps the counts: a later feed starts a new
** line, so one scanner can sum several files. Programmer errors (a chunk
** that is not a string, an unknown format) raise; a log's bytes never do.
*/
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "hs_compat.h"
#include "httpstatus_log.h"
#if LUA_VERSION_NUM < 502
#include "lualib.h" /* LUA_FILEHANDLE */
#endif
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
** log_scanner([format [, bucket]]): "combined", "common", "vhost_combined",
** "json", or "any" (and nil) for all of them; a format holding "$" is an
** nginx log_format string. bucket: the timeline's seconds (a number, 60
** or more; whole minutes). Only a string or nil: luaL_checkoption alone
** would take 5 for "5" and, on LuaJIT, any non-string for the default.
*/
static int hs_l_log_scanner(lua_State *L) {
  static const char *const names[] = {"any",   "combined",       "common",
                                      "json",  "vhost_combined", NULL};
  static const unsigned formats[] = {
    HTTPSTATUS_LOG_ANY, HTTPSTATUS_LOG_COMBINED, HTTPSTATUS_LOG_COMMON,
    HTTPSTATUS_LOG_JSON, HTTPSTATUS_LOG_VHOST};
  httpstatus_log_scan *s;
  const char *tpl = NULL, *problem;
  size_t tpl_len = 0;
  int f = 0;
  lua_Number bucket = 60;
  if (!lua_isnoneornil(L, 1)) {
    if (lua_type(L, 1) != LUA_TSTRING) return hs_notstring(L, 1);
    tpl = lua_tolstring(L, 1, &tpl_len);
    if (strchr(tpl, '$') == NULL) {
      f = luaL_checkoption(L, 1, NULL, names);
      tpl = NULL;
    }
  }
  if (!lua_isnoneornil(L, 2)) {
    bucket = luaL_checknumber(L, 2);
    if (!(bucket >= 60 && bucket <= 1e12))
      return luaL_argerror(L, 2, "seconds from 60 expected");
  }
  s = (httpstatus_log_scan *)lua_newuserdata(L, sizeof *s);
  httpstatus_log_init(s, formats[f]);
  httpstatus_log_set_bucket(s, (int64_t)bucket);
  if (tpl != NULL &&
      (problem = httpstatus_log_set_template(s, tpl, tpl_len)) != NULL) {
    lua_pushnil(L);
    lua_pushstring(L, problem);
    return 2;
  }
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

/*
** The FILE of an open Lua file (io.open, io.popen, io.stdin), or NULL
** when it is closed. Every runtime keeps the FILE * first in the handle:
** 5.1 a FILE *, LuaJIT its IOFileUD, 5.2+ a luaL_Stream whose closef is
** NULL once closed (its FILE * then dangles).
*/
static FILE *hs_tofile(lua_State *L, int arg) {
#if LUA_VERSION_NUM >= 502
  luaL_Stream *p = (luaL_Stream *)luaL_checkudata(L, arg, LUA_FILEHANDLE);
  return p->closef == NULL ? NULL : p->f;
#else
  return *(FILE **)luaL_checkudata(L, arg, LUA_FILEHANDLE);
#endif
}

#define HS_READ_CHUNK 65536

/*
** sc:read(file): feeds the scanner what is left of an open Lua file, to
** its end, through one buffer (no Lua string per chunk, so no copy and
** no garbage): true, or nil and the system's message when a read fails.
** Like feed, it leaves a last line without LF to finish.
*/
static int hs_l_read(lua_State *L) {
  httpstatus_log_scan *s = hs_checkscanner(L);
  FILE *f = hs_tofile(L, 2);
  char *buf;
  size_t n;
  if (f == NULL) return luaL_argerror(L, 2, "attempt to use a closed file");
  buf = (char *)lua_newuserdata(L, HS_READ_CHUNK);
  do {
    n = fread(buf, 1, HS_READ_CHUNK, f);
    httpstatus_log_feed(s, buf, n);
  } while (n == HS_READ_CHUNK);
  if (ferror(f)) {
    int e = errno;
    clearerr(f);
    lua_pushnil(L);
    lua_pushstring(L, e != 0 ? strerror(e) : "read error");
    return 2;
  }
  lua_pushboolean(L, 1);
  return 1;
}

static int hs_l_finish(lua_State *L) {
  httpstatus_log_finish(hs_checkscanner(L));
  return 0;
}

/* t[name] = n, t at the top */
static void hs_setcount(lua_State *L, const char *name, uint64_t n) {
  hs_pushcount(L, n);
  lua_setfield(L, -2, name);
}

/* t.paths: { [1] = {{path =, count =, error =}, ...}, ..., [5] = ... },
   each list as the sketch holds it (the report sorts) */
static void hs_pushpaths(lua_State *L, const httpstatus_log_scan *c) {
  int k, i;
  lua_createtable(L, 5, 0);
  for (k = 0; k < 5; k++) {
    const httpstatus_log_paths *t = &c->paths[k];
    lua_createtable(L, t->n, 0);
    for (i = 0; i < t->n; i++) {
      lua_createtable(L, 0, 3);
      lua_pushlstring(L, t->entry[i].path, t->entry[i].len);
      lua_setfield(L, -2, "path");
      hs_setcount(L, "count", t->entry[i].count);
      hs_setcount(L, "error", t->entry[i].error);
      lua_rawseti(L, -2, i + 1);
    }
    lua_rawseti(L, -2, k + 1);
  }
  lua_setfield(L, -2, "paths");
}

/* t.timeline: { first =, seconds =, offset =, lines = {...},
   client_error = {...}, server_error = {...} } */
static void hs_pushtimeline(lua_State *L, const httpstatus_log_scan *c) {
  static const char *const names[] = {"lines", "client_error", "server_error"};
  int k, i;
  lua_createtable(L, 0, 6);
  lua_pushnumber(L, (lua_Number)(c->bucket_first * c->bucket_seconds));
  lua_setfield(L, -2, "first");
  lua_pushnumber(L, (lua_Number)c->bucket_seconds);
  lua_setfield(L, -2, "seconds");
  lua_pushinteger(L, c->utc_offset);
  lua_setfield(L, -2, "offset");
  for (k = 0; k < 3; k++) {
    lua_createtable(L, c->nbuckets, 0);
    for (i = 0; i < c->nbuckets; i++) {
      const httpstatus_log_bucket *b = &c->bucket[i];
      hs_pushcount(L, k == 0 ? b->lines : k == 1 ? b->client_error
                                                 : b->server_error);
      lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, names[k]);
  }
  lua_setfield(L, -2, "timeline");
}

/*
** sc:counts(): a fresh table each call. The counts are copied first, into
** a userdata held on the stack: the tables below allocate, an allocation
** may run a __gc finalizer, and a finalizer may feed this very scanner;
** the copy keeps the answer one consistent moment. Only the new tables,
** held on the stack, are written.
*/
static int hs_l_counts(lua_State *L) {
  static const char *const fnames[] = {"combined", "common", "vhost_combined",
                                       "json", "template"};
  const httpstatus_log_scan *s = hs_checkscanner(L);
  httpstatus_log_scan *c;
  int i, seen = 0;
  c = (httpstatus_log_scan *)lua_newuserdata(
    L, offsetof(httpstatus_log_scan, carry));
  memcpy(c, s, offsetof(httpstatus_log_scan, carry));
  for (i = 0; i < HTTPSTATUS_LOG_NCODES; i++)
    if (c->codes[i] != 0) seen++;
  lua_createtable(L, 0, 10);
  hs_setcount(L, "lines", c->lines);
  hs_setcount(L, "malformed", c->malformed);
  hs_setcount(L, "invalid_status", c->invalid_status);
  hs_setcount(L, "timed", c->timed);
  lua_createtable(L, 0, seen);
  for (i = 0; i < HTTPSTATUS_LOG_NCODES; i++) {
    if (c->codes[i] == 0) continue;
    lua_pushinteger(L, HTTPSTATUS_LOG_FIRST_CODE + i);
    hs_pushcount(L, c->codes[i]);
    lua_rawset(L, -3);
  }
  lua_setfield(L, -2, "codes");
  lua_createtable(L, 0, 5);
  for (i = 0; i < 5; i++) hs_setcount(L, fnames[i], c->formats_seen[i]);
  lua_setfield(L, -2, "formats");
  lua_createtable(L, 0, 6);
  hs_setcount(L, "field", c->upstream_field);
  hs_setcount(L, "lines", c->upstream_lines);
  hs_setcount(L, "server_error", c->upstream_5xx);
  hs_setcount(L, "own_server_error", c->own_5xx);
  hs_setcount(L, "retried", c->upstream_retried);
  hs_setcount(L, "recovered", c->upstream_recovered);
  lua_setfield(L, -2, "upstream");
  lua_createtable(L, 0, 3);
  hs_setcount(L, "lines", c->rtime_lines);
  hs_setcount(L, "sum_ms", c->rtime_ms_sum);
  hs_setcount(L, "max_ms", c->rtime_ms_max);
  lua_setfield(L, -2, "request_time");
  hs_pushtimeline(L, c);
  hs_pushpaths(L, c);
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
                                          {"read", hs_l_read},
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
