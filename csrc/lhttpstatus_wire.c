/*
** lhttpstatus_wire.c: the wire functions of httpstatus.core.
**
** These return nil and a message instead of raising: the Lua wrappers
** turns a message into an argument error with the right level, so the
** error blames the user's call, not a line of ours.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hs_compat.h"
#include "httpstatus.h"
#include "lhttpstatus.h"

/* Deeper nesting in problem details is a mistake, not data. */
#define HS_JSON_MAX_DEPTH 32

static int hs_fail(lua_State *L, const char *message) {
  lua_pushnil(L);
  lua_pushstring(L, message);
  return 2;
}

/*
** status_line(code, reason|nil, minor): code and minor were checked by the
** caller; the reason is checked here, as the C core sees it.
*/
static int hs_l_status_line(lua_State *L) {
  char small[256];
  size_t rlen = 0, need;
  int code = hs_tocode(L, 1);
  int minor = (int)lua_tointeger(L, 3);
  const char *reason = lua_isnil(L, 2) ? NULL : lua_tolstring(L, 2, &rlen);
  need = httpstatus_status_line(NULL, 0, code, reason, rlen, minor);
  if (need == 0)
    return hs_fail(L, "must not contain CR, LF, NUL or other control "
                      "characters");
  if (need < sizeof small) {
    httpstatus_status_line(small, sizeof small, code, reason, rlen, minor);
    lua_pushlstring(L, small, need);
  } else {
    char *big = (char *)lua_newuserdata(L, need + 1);
    httpstatus_status_line(big, need + 1, code, reason, rlen, minor);
    lua_pushlstring(L, big, need);
  }
  return 1;
}

/*
** is_field_text(s): only HTAB, SP, VCHAR and obs-text, the bytes a reason
** phrase or a header field value may hold; no CR, LF, NUL or other CTL.
*/
static int hs_l_is_field_text(lua_State *L) {
  size_t len;
  const char *s;
  if (lua_type(L, 1) != LUA_TSTRING) {
    lua_pushboolean(L, 0);
    return 1;
  }
  s = lua_tolstring(L, 1, &len);
  lua_pushboolean(L, httpstatus_reason_is_valid(s, len));
  return 1;
}

/* is_utf8(s): well-formed UTF-8; false for anything but a string */
static int hs_l_is_utf8(lua_State *L) {
  size_t len;
  const char *s;
  if (lua_type(L, 1) != LUA_TSTRING) {
    lua_pushboolean(L, 0);
    return 1;
  }
  s = lua_tolstring(L, 1, &len);
  lua_pushboolean(L, httpstatus_utf8_valid(s, len));
  return 1;
}

/* parse_status_line(line, lenient) -> code, reason, version | nil, msg */
static int hs_l_parse_status_line(lua_State *L) {
  httpstatus_status st;
  size_t len;
  const char *line, *err;
  char version[4];
  if (lua_type(L, 1) != LUA_TSTRING) {
    lua_pushnil(L);
    lua_pushfstring(L, "status line must be a string, got %s",
                    luaL_typename(L, 1));
    return 2;
  }
  line = lua_tolstring(L, 1, &len);
  err = httpstatus_parse_status_line(
    line, len, lua_toboolean(L, 2) ? HTTPSTATUS_PARSE_LENIENT : 0u, &st);
  if (err) return hs_fail(L, err);
  lua_pushinteger(L, st.code);
  lua_pushlstring(L, st.reason, st.reason_len);
  version[0] = (char)('0' + st.major);
  version[1] = '.';
  version[2] = (char)('0' + st.minor);
  lua_pushlstring(L, version, st.minor < 0 ? 1 : 3);
  return 3;
}

/*
** JSON output buffer: a userdata kept at a fixed stack slot, replaced by a
** larger copy when full, so an error anywhere leaves nothing to free.
** The writers return 0, or 1 after leaving a message in the `err` slot;
** after an error the stack above the fixed slots is left as it is.
*/
typedef struct hs_jbuf {
  lua_State *L;
  int slot; /* stack index of the current userdata */
  int seen; /* stack index of the set of tables being written */
  int err;  /* stack index of the error message */
  char *data;
  size_t len, cap;
} hs_jbuf;

static void hs_jbuf_add(void *ud, const char *bytes, size_t n) {
  hs_jbuf *b = (hs_jbuf *)ud;
  if (b->cap - b->len < n) {
    size_t cap = b->cap * 2 > b->len + n ? b->cap * 2 : b->len + n;
    char *data = (char *)lua_newuserdata(b->L, cap);
    memcpy(data, b->data, b->len);
    lua_replace(b->L, b->slot);
    b->data = data;
    b->cap = cap;
  }
  memcpy(b->data + b->len, bytes, n);
  b->len += n;
}

static void hs_jbuf_str(hs_jbuf *b, const char *s) {
  hs_jbuf_add(b, s, strlen(s));
}

static int hs_jerr(hs_jbuf *b, const char *message) {
  lua_pushstring(b->L, message);
  lua_replace(b->L, b->err);
  return 1;
}

/* Shortest of %.15g..%.17g that reads back as the same double. */
static int hs_json_number(hs_jbuf *b, lua_Number x) {
  char tmp[64];
  int prec;
  char *comma;
  if (isnan(x) || isinf(x)) return hs_jerr(b, "cannot encode NaN or infinity");
  for (prec = 15; prec < 17; prec++) {
    snprintf(tmp, sizeof tmp, "%.*g", prec, (double)x);
    if (strtod(tmp, NULL) == (double)x) break;
  }
  if (prec == 17) snprintf(tmp, sizeof tmp, "%.17g", (double)x);
  comma = strchr(tmp, ','); /* a locale with a decimal comma */
  if (comma) *comma = '.';
  hs_jbuf_str(b, tmp);
  return 0;
}

static int hs_json_value(hs_jbuf *b, int idx, int depth);

/* A table is an array when its keys are exactly 1..n, n > 0. */
static int hs_is_array(lua_State *L, int idx, size_t *n) {
  size_t count = 0;
  *n = hs_rawlen(L, idx);
  if (*n == 0) return 0;
  lua_pushnil(L);
  while (lua_next(L, idx) != 0) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TNUMBER) {
      lua_pop(L, 1);
      return 0;
    }
    count++;
  }
  return count == *n;
}

static int hs_json_array(hs_jbuf *b, int idx, size_t n, int depth) {
  lua_State *L = b->L;
  size_t i;
  hs_jbuf_add(b, "[", 1);
  for (i = 1; i <= n; i++) {
    if (i > 1) hs_jbuf_add(b, ",", 1);
    lua_rawgeti(L, idx, (int)i);
    if (hs_json_value(b, lua_gettop(L), depth + 1)) {
      lua_pushfstring(L, "item %d: %s", (int)i, lua_tostring(L, b->err));
      lua_replace(L, b->err);
      return 1;
    }
    lua_pop(L, 1);
  }
  hs_jbuf_add(b, "]", 1);
  return 0;
}

static int hs_keycmp(const void *pa, const void *pb) {
  return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* Is the key on top one of the `first` keys (a Lua array at `first`)? */
static int hs_is_first(lua_State *L, int first) {
  size_t f, n = first ? hs_rawlen(L, first) : 0;
  int found = 0;
  for (f = 1; f <= n && !found; f++) {
    lua_rawgeti(L, first, (int)f);
    found = lua_rawequal(L, -1, -2);
    lua_pop(L, 1);
  }
  return found;
}

/*
** An object: the keys listed in `first` (stack index, or 0) in that order,
** then every other key in byte order, so the output is stable.
*/
static int hs_json_object(hs_jbuf *b, int idx, int first, int depth) {
  lua_State *L = b->L;
  size_t nkeys = 0, nsorted = 0, nfirst = first ? hs_rawlen(L, first) : 0;
  size_t i;
  const char **keys;
  int wrote = 0;
  lua_pushnil(L);
  while (lua_next(L, idx) != 0) {
    size_t klen;
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING)
      return hs_jerr(b, "object keys must be strings (mixed or sparse table?)");
    if (strlen(lua_tolstring(L, -1, &klen)) != klen)
      return hs_jerr(b, "object keys must not contain NUL");
    nkeys++;
  }
  keys = (const char **)lua_newuserdata(L, (nkeys + 1) * sizeof(char *));
  lua_pushnil(L);
  while (lua_next(L, idx) != 0) {
    lua_pop(L, 1);
    /* the strings stay anchored as keys of the table being written */
    if (!hs_is_first(L, first)) keys[nsorted++] = lua_tostring(L, -1);
  }
  qsort((void *)keys, nsorted, sizeof(char *), hs_keycmp);
  hs_jbuf_add(b, "{", 1);
  for (i = 0; i < nfirst + nsorted; i++) {
    size_t klen;
    const char *k;
    if (i < nfirst) {
      lua_rawgeti(L, first, (int)i + 1);
    } else {
      lua_pushstring(L, keys[i - nfirst]);
    }
    lua_pushvalue(L, -1);
    lua_rawget(L, idx);
    if (lua_isnil(L, -1)) { /* a `first` key this table does not have */
      lua_pop(L, 2);
      continue;
    }
    if (wrote++) hs_jbuf_add(b, ",", 1);
    k = lua_tolstring(L, -2, &klen);
    httpstatus_json_quote(k, klen, hs_jbuf_add, b);
    hs_jbuf_add(b, ":", 1);
    if (hs_json_value(b, lua_gettop(L), depth + 1)) {
      lua_pushfstring(L, "member '%s': %s", k, lua_tostring(L, b->err));
      lua_replace(L, b->err);
      return 1;
    }
    lua_pop(L, 2);
  }
  lua_pop(L, 1); /* keys */
  hs_jbuf_add(b, "}", 1);
  return 0;
}

static int hs_json_table(hs_jbuf *b, int idx, int first, int depth) {
  lua_State *L = b->L;
  size_t n;
  if (depth > HS_JSON_MAX_DEPTH) return hs_jerr(b, "tables nested too deeply");
  luaL_checkstack(L, 8, "JSON nesting");
  lua_pushvalue(L, idx);
  lua_rawget(L, b->seen);
  if (lua_toboolean(L, -1)) return hs_jerr(b, "a table contains itself");
  lua_pop(L, 1);
  lua_pushvalue(L, idx);
  lua_pushboolean(L, 1);
  lua_rawset(L, b->seen);
  if (hs_is_array(L, idx, &n) ? hs_json_array(b, idx, n, depth)
                              : hs_json_object(b, idx, first, depth))
    return 1;
  /* written: the same table may appear again elsewhere, just not inside */
  lua_pushvalue(L, idx);
  lua_pushnil(L);
  lua_rawset(L, b->seen);
  return 0;
}

static int hs_json_value(hs_jbuf *b, int idx, int depth) {
  lua_State *L = b->L;
  switch (lua_type(L, idx)) {
  case LUA_TSTRING: {
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    httpstatus_json_quote(s, len, hs_jbuf_add, b);
    return 0;
  }
  case LUA_TNUMBER:
#if LUA_VERSION_NUM >= 503
    if (lua_isinteger(L, idx)) {
      char tmp[32];
      snprintf(tmp, sizeof tmp, LUA_INTEGER_FMT, lua_tointeger(L, idx));
      hs_jbuf_str(b, tmp);
      return 0;
    }
#endif
    return hs_json_number(b, lua_tonumber(L, idx));
  case LUA_TBOOLEAN:
    hs_jbuf_str(b, lua_toboolean(L, idx) ? "true" : "false");
    return 0;
  case LUA_TTABLE:
    return hs_json_table(b, idx, 0, depth);
  default:
    lua_pushfstring(L, "cannot encode a %s", luaL_typename(L, idx));
    lua_replace(L, b->err);
    return 1;
  }
}

/*
** json_encode(value [, first]) -> json | nil, message. `first` lists the
** keys a top-level object writes first (RFC 9457's members, in order).
*/
static int hs_l_json_encode(lua_State *L) {
  hs_jbuf b;
  int first = lua_istable(L, 2) ? 2 : 0, failed;
  lua_settop(L, 2);
  b.L = L;
  lua_pushnil(L);
  b.err = lua_gettop(L);
  lua_newtable(L);
  b.seen = lua_gettop(L);
  b.data = (char *)lua_newuserdata(L, 256);
  b.slot = lua_gettop(L);
  b.len = 0;
  b.cap = 256;
  if (lua_istable(L, 1)) {
    failed = hs_json_table(&b, 1, first, 0);
  } else {
    failed = hs_json_value(&b, 1, 0);
  }
  if (failed) {
    lua_pushnil(L);
    lua_pushvalue(L, b.err);
    return 2;
  }
  lua_pushlstring(L, b.data, b.len);
  return 1;
}

static const luaL_Reg hs_wire[] = {
  {"status_line", hs_l_status_line},
  {"parse_status_line", hs_l_parse_status_line},
  {"json_encode", hs_l_json_encode},
  {"is_field_text", hs_l_is_field_text},
  {"is_utf8", hs_l_is_utf8},
  {NULL, NULL}};

void hs_register_wire(lua_State *L) { hs_setfuncs(L, hs_wire, 0); }
