/*
** lhttpstatus_json.c: RFC 9457 problem documents, their extension members
** written from Lua values.
**
** Output goes to a buffer on the C stack and moves to a userdata at a
** fixed stack slot only when it outgrows it, so the common small document
** allocates nothing but its result, and an error anywhere leaves nothing
** to free. Writers return 0, or 1 after leaving a message in the `err`
** slot; after an error the stack above the fixed slots is left as it is.
** Errors are returned (nil, message), never raised: the Lua wrappers raise
** them at the caller's level.
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
/* A table shared by reference at every level (a DAG, not a cycle) is
   written once per path: 22 levels would be 4 M values. Bound the work. */
#define HS_JSON_MAX_VALUES 100000
#define HS_JSON_STACK_BUF 512

typedef struct hs_jbuf {
  lua_State *L;
  int slot; /* stack index for the userdata once the output outgrows `stack` */
  int seen; /* stack index of the set of tables being written (or nil) */
  int err;  /* stack index of the error message */
  long values; /* values written so far, against HS_JSON_MAX_VALUES */
  char *data;
  size_t len, cap;
  char stack[HS_JSON_STACK_BUF];
} hs_jbuf;

/* Reserve the three slots and start on the stack buffer. */
static void hs_jbuf_init(hs_jbuf *b, lua_State *L) {
  b->L = L;
  lua_pushnil(L);
  b->err = lua_gettop(L);
  lua_pushnil(L);
  b->seen = lua_gettop(L);
  lua_pushnil(L);
  b->slot = lua_gettop(L);
  b->values = 0;
  b->data = b->stack;
  b->len = 0;
  b->cap = sizeof b->stack;
}

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

static void hs_jbuf_quote(hs_jbuf *b, const char *s, size_t len) {
  httpstatus_json_quote(s, len, hs_jbuf_add, b);
}

static int hs_jerr(hs_jbuf *b, const char *message) {
  lua_pushstring(b->L, message);
  lua_replace(b->L, b->err);
  return 1;
}

/* Put "<what> '<key>': " before the message in the err slot. */
static int hs_jerr_in(hs_jbuf *b, const char *what, const char *key) {
  lua_pushfstring(b->L, "%s '%s': %s", what, key, lua_tostring(b->L, b->err));
  lua_replace(b->L, b->err);
  return 1;
}

/* Integral values up to 2^53 as integers (all numbers are doubles on 5.1
   and LuaJIT); others as the shortest of %.15g..%.17g that reads back. */
static int hs_json_number(hs_jbuf *b, lua_Number x) {
  char tmp[64];
  int prec;
  char *comma;
  if (isnan(x) || isinf(x)) return hs_jerr(b, "cannot encode NaN or infinity");
  if (x == floor(x) && fabs(x) <= 9007199254740992.0) {
    snprintf(tmp, sizeof tmp, "%.0f", (double)x);
    hs_jbuf_str(b, tmp);
    return 0;
  }
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

/*
** Walking user tables safely. Any allocation may run the collector, and
** with it __gc finalizers: Lua code that can add, remove or retype keys of
** the very table being written. So:
**   - lua_next never runs across an allocation (a changed table would
**     make it fail or skip); the walks below allocate nothing;
**   - every value is read again (raw) just before it is written, and its
**     type checked then, never trusted from an earlier look;
**   - every store into a C array is bounded by the count it was sized for;
**   - key strings are kept alive by a table of ours while C points at them.
** A table that changes under us gives a different (still valid) document
** or a clear error, never undefined behaviour.
*/

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
    lua_rawgeti(L, idx, (int)i); /* read now: the array may have changed */
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

/* RFC 9457's members, which a problem document writes first, in order */
static const char *const hs_problem_members[] = {"type", "title", "status",
                                                 "detail", "instance", NULL};

static int hs_is_member(const char *key) {
  int i;
  for (i = 0; hs_problem_members[i] != NULL; i++)
    if (strcmp(key, hs_problem_members[i]) == 0) return 1;
  return 0;
}

/* What to do with RFC 9457's five names among the members of a table. */
typedef enum hs_members_mode {
  HS_MEMBERS_ALL,  /* a plain object: write every member */
  HS_MEMBERS_SKIP, /* problem fields: the five were written already */
  HS_MEMBERS_REFUSE /* extensions: the five must not be there */
} hs_members_mode;

/*
** Why the key on top of the stack cannot name a member, or NULL. Checks
** only (no allocation), so it may run inside a lua_next walk. Member names
** must be valid UTF-8: written as U+FFFD, two distinct invalid names would
** become the same name twice, and JSON parsers disagree on which wins.
*/
static const char *hs_key_problem(lua_State *L, hs_members_mode mode) {
  size_t klen;
  const char *k;
  if (lua_type(L, -1) != LUA_TSTRING)
    return "object keys must be strings (mixed or sparse table?)";
  k = lua_tolstring(L, -1, &klen);
  if (strlen(k) != klen) return "object keys must not contain NUL";
  if (!httpstatus_utf8_valid(k, klen)) return "object keys must be valid UTF-8";
  if (mode == HS_MEMBERS_REFUSE && hs_is_member(k))
    return "extensions must not hold RFC 9457 members (type, title, status, "
           "detail, instance)";
  return NULL;
}

/*
** Write the members of the table at idx as `,"key":value` in byte order of
** the keys (see hs_members_mode for RFC 9457's names). `wrote` says
** whether a member is already in the object (for the commas).
*/
static int hs_json_members(hs_jbuf *b, int idx, hs_members_mode mode,
                           int wrote, int depth) {
  lua_State *L = b->L;
  size_t nkeys = 0, i, stored = 0;
  const char **keys;
  const char *problem;
  int names;
  /* 1. count the keys: no allocation, so the table cannot change here */
  lua_pushnil(L);
  while (lua_next(L, idx) != 0) {
    lua_pop(L, 1);
    if ((problem = hs_key_problem(L, mode)) != NULL) return hs_jerr(b, problem);
    if (!(mode == HS_MEMBERS_SKIP && hs_is_member(lua_tostring(L, -1))))
      nkeys++;
  }
  if (nkeys == 0) return 0; /* nothing to sort: no allocation */
  /* 2. a table of ours keeps the key strings alive (finalizers may run) */
  lua_createtable(L, (int)nkeys, 0);
  names = lua_gettop(L);
  /* 3. collect them: raw stores into the presized array allocate nothing,
     and never more than nkeys of them */
  lua_pushnil(L);
  while (lua_next(L, idx) != 0) {
    lua_pop(L, 1);
    if ((problem = hs_key_problem(L, mode)) != NULL) return hs_jerr(b, problem);
    if (stored < nkeys &&
        !(mode == HS_MEMBERS_SKIP && hs_is_member(lua_tostring(L, -1)))) {
      lua_pushvalue(L, -1);
      lua_rawseti(L, names, (int)++stored);
    }
  }
  /* 4. sort pointers to the anchored strings */
  keys = (const char **)lua_newuserdata(L, stored * sizeof(char *));
  for (i = 0; i < stored; i++) {
    lua_rawgeti(L, names, (int)i + 1);
    keys[i] = lua_tostring(L, -1);
    lua_pop(L, 1);
  }
  qsort((void *)keys, stored, sizeof(char *), hs_keycmp);
  /* 5. write each member whose value is still there, read afresh */
  for (i = 0; i < stored; i++) {
    lua_pushstring(L, keys[i]);
    lua_rawget(L, idx);
    if (lua_isnil(L, -1)) { /* removed meanwhile */
      lua_pop(L, 1);
      continue;
    }
    if (wrote++) hs_jbuf_add(b, ",", 1);
    hs_jbuf_quote(b, keys[i], strlen(keys[i]));
    hs_jbuf_add(b, ":", 1);
    if (hs_json_value(b, lua_gettop(L), depth + 1))
      return hs_jerr_in(b, "member", keys[i]);
    lua_pop(L, 1);
  }
  lua_pop(L, 2); /* keys, names */
  return 0;
}

static int hs_json_table(hs_jbuf *b, int idx, int depth) {
  lua_State *L = b->L;
  size_t n;
  if (depth > HS_JSON_MAX_DEPTH) return hs_jerr(b, "tables nested too deeply");
  luaL_checkstack(L, 8, "JSON nesting");
  if (lua_isnil(L, b->seen)) { /* the first nested table: start the set */
    lua_newtable(L);
    lua_replace(L, b->seen);
  }
  lua_pushvalue(L, idx);
  lua_rawget(L, b->seen);
  if (lua_toboolean(L, -1)) return hs_jerr(b, "a table contains itself");
  lua_pop(L, 1);
  lua_pushvalue(L, idx);
  lua_pushboolean(L, 1);
  lua_rawset(L, b->seen);
  if (hs_is_array(L, idx, &n)) {
    if (hs_json_array(b, idx, n, depth)) return 1;
  } else {
    hs_jbuf_add(b, "{", 1);
    if (hs_json_members(b, idx, HS_MEMBERS_ALL, 0, depth)) return 1;
    hs_jbuf_add(b, "}", 1);
  }
  /* written: the same table may appear again elsewhere, just not inside */
  lua_pushvalue(L, idx);
  lua_pushnil(L);
  lua_rawset(L, b->seen);
  return 0;
}

static int hs_json_value(hs_jbuf *b, int idx, int depth) {
  lua_State *L = b->L;
  if (++b->values > HS_JSON_MAX_VALUES)
    return hs_jerr(b, "more than 100000 values (a table shared many times?)");
  switch (lua_type(L, idx)) {
  case LUA_TSTRING: {
    size_t len;
    const char *s = lua_tolstring(L, idx, &len); /* anchored at idx */
    hs_jbuf_quote(b, s, len);
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
    return hs_json_table(b, idx, depth);
  default:
    lua_pushfstring(L, "cannot encode a %s", luaL_typename(L, idx));
    lua_replace(L, b->err);
    return 1;
  }
}

/* RFC 9457's string members, in the order a document writes them */
static const char *const hs_string_members[] = {"type", "title", "detail",
                                                "instance"};

/*
** RFC 9457's rules for the members a caller gives, in one place (every
** Lua builder asks problem_check or problem_json): why fields cannot make
** a document, or NULL. The code is not one ("code"), fields is neither nil
** nor a table ("fields"), one of the four string members is not a string
** ("member", its name in *key), or status disagrees with the code
** ("status"). Each member is read once, raw (a metatable runs no code
** here), and left on the stack: four slots from the top as it was, nil
** for a member fields does not have, so that what is written is exactly
** what was checked, however the table changes meanwhile.
*/
static const char *hs_problem_read(lua_State *L, int code, int fields,
                                   const char **key) {
  int i, ok;
  for (i = 0; i < 4; i++) lua_pushnil(L);
  if (!httpstatus_is_valid(code)) return "code";
  if (lua_isnoneornil(L, 2)) return NULL;
  if (!fields) return "fields";
  for (i = 0; i < 4; i++) {
    lua_pushvalue(L, lua_upvalueindex(i + 1)); /* the name, interned once */
    lua_rawget(L, fields);
    if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING) {
      *key = hs_string_members[i];
      return "member";
    }
    lua_replace(L, -5 + i);
  }
  lua_pushvalue(L, lua_upvalueindex(5));
  lua_rawget(L, fields);
  ok = lua_isnil(L, -1) ||
       (lua_type(L, -1) == LUA_TNUMBER && lua_tonumber(L, -1) == code);
  lua_pop(L, 1);
  return ok ? NULL : "status";
}

/* The string in stack slot idx and its length, or NULL (not a string). */
static const char *hs_member_at(lua_State *L, int idx, size_t *len) {
  *len = 0;
  return lua_type(L, idx) == LUA_TSTRING ? lua_tolstring(L, idx, len) : NULL;
}

/*
** Start b with the document of RFC 9457's members read into slots 4..7,
** written by the C core, and without its closing brace: the extension
** members follow.
*/
static void hs_problem_head(hs_jbuf *b, int code) {
  size_t len[4], n;
  const char *v[4];
  int i;
  for (i = 0; i < 4; i++) v[i] = hs_member_at(b->L, 4 + i, &len[i]);
  n = httpstatus_problem_write(b->data, b->cap, code, v[0], len[0], v[1],
                               len[1], v[2], len[2], v[3], len[3]);
  if (n > b->cap) { /* a long member: once more, into room for all of it */
    b->data = (char *)lua_newuserdata(b->L, n);
    lua_replace(b->L, b->slot);
    b->cap = n;
    httpstatus_problem_write(b->data, b->cap, code, v[0], len[0], v[1], len[1],
                             v[2], len[2], v[3], len[3]);
  }
  b->len = n - 1; /* without the "}" */
}

/* Push nil, what [, key] for a failed check; returns the count. */
static int hs_problem_refusal(lua_State *L, const char *wrong,
                              const char *key) {
  lua_pushnil(L);
  lua_pushstring(L, wrong);
  if (key == NULL) return 2;
  lua_pushstring(L, key);
  return 3;
}

/* problem_check(code, fields) -> true | nil, what [, key] */
static int hs_l_problem_check(lua_State *L) {
  const char *key = NULL;
  const char *wrong;
  lua_settop(L, 2);
  wrong = hs_problem_read(L, hs_tocode(L, 1), lua_istable(L, 2) ? 2 : 0, &key);
  if (wrong != NULL) return hs_problem_refusal(L, wrong, key);
  lua_pushboolean(L, 1);
  return 1;
}

/*
** problem_json(code, fields|nil [, extensions]) -> json, or nil and what
** is wrong: "code", "fields", "member" and the member's name, "status", or
** "encode" and the message (the Lua wrapper words the argument error).
** The document is written straight from `fields` with the defaults (type
** "about:blank", title the phrase), RFC 9457's members first, then the
** extension members by name: those of `extensions` when given
** (httpstatus.ngx keeps them apart from its options), else the other
** members of `fields`.
*/
static int hs_l_problem_json(lua_State *L) {
  hs_jbuf b;
  int code = hs_tocode(L, 1);
  int fields = lua_istable(L, 2) ? 2 : 0;
  int ext = lua_istable(L, 3) ? 3 : 0;
  const char *key = NULL;
  const char *wrong;
  lua_settop(L, 3);
  wrong = hs_problem_read(L, code, fields, &key); /* members in 4..7 */
  if (wrong != NULL) return hs_problem_refusal(L, wrong, key);
  hs_jbuf_init(&b, L);
  hs_problem_head(&b, code);
  if (ext ? hs_json_members(&b, ext, HS_MEMBERS_REFUSE, 1, 0)
          : fields && hs_json_members(&b, fields, HS_MEMBERS_SKIP, 1, 0)) {
    lua_pushnil(L);
    lua_pushliteral(L, "encode");
    lua_pushvalue(L, b.err);
    return 3;
  }
  hs_jbuf_add(&b, "}", 1);
  lua_pushlstring(L, b.data, b.len);
  return 1;
}

static const luaL_Reg hs_json[] = {{"problem_json", hs_l_problem_json},
                                   {"problem_check", hs_l_problem_check},
                                   {NULL, NULL}};

/*
** problem_json and problem_check keep RFC 9457's member names as upvalues
** (type, title, detail, instance, status), so reading a member pushes an
** interned string instead of hashing a C string on every call.
*/
void hs_register_json(lua_State *L) {
  int i;
  for (i = 0; i < 4; i++) lua_pushstring(L, hs_string_members[i]);
  lua_pushliteral(L, "status");
  hs_setfuncs(L, hs_json, 5);
}
