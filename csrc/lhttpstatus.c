/*
** lhttpstatus.c: the Lua binding, luaopen_httpstatus_core.
**
** At load it builds plain tables from the C core (phrases, names, predicate
** sets, constants) and offers C functions over the same facts.
** lua/httpstatus.lua then picks, once, the faster of the two for the
** runtime: table reads under LuaJIT's JIT (C calls are not compiled),
** C functions on PUC Lua. Nothing here keeps state outside the Lua state.
*/
#include <string.h>

#include "hs_compat.h"
#include "httpstatus.h"
#include "lhttpstatus.h"

/* Upvalues shared by the lookup functions. */
#define HS_UV_REASONS lua_upvalueindex(1)
#define HS_UV_NAMES lua_upvalueindex(2)
#define HS_UV_PHRASES lua_upvalueindex(3)
#define HS_UV_CONSTANTS lua_upvalueindex(4)
#define HS_UV_HOOKS lua_upvalueindex(5)
#define HS_NUPVALUES 5

/*
** The code at idx, or -1 when the value is not an integral number. Checked
** by hand rather than with luaL_checkinteger, which truncates 404.5 on 5.1
** and raises on 5.3: every runtime must answer the same. Integral values
** outside 0..999 are no status code either, so they map to -1 too.
*/
int hs_tocode(lua_State *L, int idx) {
  lua_Number n;
  if (lua_type(L, idx) != LUA_TNUMBER) return -1;
#if LUA_VERSION_NUM >= 503
  if (lua_isinteger(L, idx)) {
    lua_Integer i = lua_tointeger(L, idx);
    return (i >= 0 && i <= 999) ? (int)i : -1;
  }
#endif
  n = lua_tonumber(L, idx);
  /* NaN fails both comparisons */
  if (n >= 0 && n <= 999 && n == (lua_Number)(int)n) return (int)n;
  return -1;
}

/*
** t[value] of an upvalue table whose only keys are codes: any other value
** (404.5, "404", NaN, nil, a table) simply is not a key, so the raw read
** is the whole check. 404.0 finds 404: 5.3+ normalizes float keys, and
** 5.1 has only floats.
*/
static int hs_lookup(lua_State *L, int uv) {
  lua_settop(L, 1);
  lua_rawget(L, uv);
  return 1;
}

/*
** reason(code [, opts]): with options (a language) the Lua layer answers,
** through hooks.reason, which it sets at load; without, a table read.
*/
static int hs_l_reason(lua_State *L) {
  if (lua_gettop(L) > 1 && !lua_isnil(L, 2)) {
    lua_settop(L, 2);
    lua_getfield(L, HS_UV_HOOKS, "reason");
    if (lua_isfunction(L, -1)) {
      lua_insert(L, 1);
      lua_call(L, 2, 1);
      return 1;
    }
    lua_settop(L, 1);
  }
  return hs_lookup(L, HS_UV_REASONS);
}
static int hs_l_name(lua_State *L) { return hs_lookup(L, HS_UV_NAMES); }
/* class(code): the name is a literal, so pushing it finds the interned
   string; no table is kept for the 500 valid codes */
static int hs_l_class(lua_State *L) {
  const char *name = httpstatus_class_name(hs_tocode(L, 1));
  if (name == NULL) {
    lua_pushnil(L);
  } else {
    lua_pushstring(L, name);
  }
  return 1;
}

/*
** Reverse lookup: the exact spellings first (a table read), then the
** normal form. Every constant is its phrase's normal form in upper case
** (NOT_FOUND for "Not Found", PAYLOAD_TOO_LARGE for the alias), so one
** more read of the constants table does what httpstatus_from_text does by
** scanning, for a tenth of the time. Digits go to the core. Anything but a
** string is no text: nil.
*/
static int hs_l_code(lua_State *L) {
  char norm[HTTPSTATUS_MAX_TEXT];
  size_t len;
  const char *text;
  int i, n;
  if (lua_type(L, 1) != LUA_TSTRING) {
    lua_pushnil(L);
    return 1;
  }
  lua_settop(L, 1);
  lua_pushvalue(L, 1);
  lua_rawget(L, HS_UV_PHRASES);
  if (!lua_isnil(L, -1)) return 1;
  lua_pop(L, 1);
  lua_pushvalue(L, 1);
  lua_rawget(L, HS_UV_CONSTANTS);
  if (!lua_isnil(L, -1)) return 1;
  text = lua_tolstring(L, 1, &len);
  if (len > 0 && text[0] >= '0' && text[0] <= '9') {
    int code = httpstatus_from_text(text, len);
    if (code != 0) lua_pushinteger(L, code);
    return 1; /* the code, or the nil on top */
  }
  n = len > 4 * HTTPSTATUS_MAX_TEXT ? -1
                                    : httpstatus_normalize(text, len, norm,
                                                           sizeof norm);
  if (n <= 0) return 1;
  for (i = 0; i < n; i++)
    if (norm[i] >= 'a' && norm[i] <= 'z') norm[i] = (char)(norm[i] - 'a' + 'A');
  lua_pushlstring(L, norm, (size_t)n);
  lua_rawget(L, HS_UV_CONSTANTS);
  return 1;
}

/* code_scan(text): httpstatus_from_text itself, for the spec that proves
   the table reads above answer exactly as the C core's scan does */
static int hs_l_code_scan(lua_State *L) {
  size_t len;
  const char *text;
  int code;
  if (lua_type(L, 1) != LUA_TSTRING) return 0;
  text = lua_tolstring(L, 1, &len);
  code = httpstatus_from_text(text, len);
  if (code == 0) return 0;
  lua_pushinteger(L, code);
  return 1;
}

/*
** Predicates. Each is a row here, so the C function and the set table that
** the table-read path uses come from the same test and cannot disagree.
*/
typedef int (*hs_test)(int code, unsigned arg);

static int hs_test_valid(int code, unsigned arg) {
  (void)arg;
  return httpstatus_is_valid(code);
}

static int hs_test_registered(int code, unsigned arg) {
  (void)arg;
  return httpstatus_find(code) != NULL;
}

static int hs_test_class(int code, unsigned cls) {
  return httpstatus_class_of(code) == (httpstatus_class)cls;
}

static int hs_test_error(int code, unsigned arg) {
  (void)arg;
  return httpstatus_class_of(code) >= HTTPSTATUS_CLIENT_ERROR;
}

static int hs_test_flag(int code, unsigned flag) {
  return httpstatus_has(code, flag);
}

static int hs_test_redirect(int code, unsigned arg) {
  (void)arg;
  return httpstatus_has(code, HTTPSTATUS_F_REDIRECT_PERMANENT) ||
         httpstatus_has(code, HTTPSTATUS_F_REDIRECT_TEMPORARY);
}

static int hs_test_body(int code, unsigned arg) {
  (void)arg;
  return httpstatus_allows_body(code, NULL);
}

/*
** `sparse` rows hold only for registered codes: for those the table path
** reads a set (sets[name][code] == true) built from the same test. The
** class predicates are answered from the class table instead, which
** keeps the sets small (a few hundred bytes, not tens of kilobytes).
*/
typedef struct hs_predicate {
  const char *name;
  hs_test test;
  unsigned arg;
  int sparse;
} hs_predicate;

static const hs_predicate hs_predicates[] = {
  {"is_valid", hs_test_valid, 0, 0},
  {"is_registered", hs_test_registered, 0, 1},
  {"is_informational", hs_test_class, HTTPSTATUS_INFORMATIONAL, 0},
  {"is_success", hs_test_class, HTTPSTATUS_SUCCESS, 0},
  {"is_redirection", hs_test_class, HTTPSTATUS_REDIRECTION, 0},
  {"is_client_error", hs_test_class, HTTPSTATUS_CLIENT_ERROR, 0},
  {"is_server_error", hs_test_class, HTTPSTATUS_SERVER_ERROR, 0},
  {"is_error", hs_test_error, 0, 0},
  {"is_cacheable", hs_test_flag, HTTPSTATUS_F_CACHEABLE, 1},
  {"is_retryable", hs_test_flag, HTTPSTATUS_F_RETRYABLE, 1},
  {"is_deprecated", hs_test_flag, HTTPSTATUS_F_DEPRECATED, 1},
  {"is_redirect", hs_test_redirect, 0, 1},
  {"preserves_method", hs_test_flag, HTTPSTATUS_F_KEEPS_METHOD, 1},
  {"must_not_store", hs_test_flag, HTTPSTATUS_F_NO_STORE, 1},
  {"has_retry_after", hs_test_flag, HTTPSTATUS_F_RETRY_AFTER, 1},
  {"no_content", hs_test_flag, HTTPSTATUS_F_NO_CONTENT, 1},
  {"allows_body", hs_test_body, 0, 0},
};

#define HS_NPREDICATES (sizeof(hs_predicates) / sizeof(hs_predicates[0]))

/* One closure per row: upvalue 1 is the row number. */
static int hs_l_predicate(lua_State *L) {
  const hs_predicate *p = &hs_predicates[lua_tointeger(L, lua_upvalueindex(1))];
  int code = hs_tocode(L, 1);
  lua_pushboolean(L, code >= 0 && p->test(code, p->arg));
  return 1;
}

/* A sparse row's closure: upvalue 1 is its set, so one raw read answers. */
static int hs_l_set_predicate(lua_State *L) {
  lua_settop(L, 1);
  lua_rawget(L, lua_upvalueindex(1));
  lua_pushboolean(L, lua_toboolean(L, -1));
  return 1;
}

/*
** allows_body(code [, method]) needs the method, so it has its own
** function; a method that is neither nil nor a string gets false, like any
** other bad input to a predicate.
*/
static int hs_l_allows_body(lua_State *L) {
  int code = hs_tocode(L, 1);
  int ok = 0;
  if (code >= 0) {
    if (lua_isnoneornil(L, 2)) {
      ok = httpstatus_allows_body(code, NULL);
    } else if (lua_type(L, 2) == LUA_TSTRING) {
      size_t len;
      const char *method = lua_tolstring(L, 2, &len);
      /* an embedded NUL would let "HEAD\0x" pass for HEAD */
      ok = strlen(method) == len && httpstatus_allows_body(code, method);
    }
  }
  lua_pushboolean(L, ok);
  return 1;
}

static void hs_setstring(lua_State *L, const char *key, const char *value) {
  lua_pushstring(L, value);
  lua_setfield(L, -2, key);
}

static void hs_setbool(lua_State *L, const char *key, int value) {
  lua_pushboolean(L, value);
  lua_setfield(L, -2, key);
}

static void hs_setint(lua_State *L, const char *key, int value) {
  lua_pushinteger(L, value);
  lua_setfield(L, -2, key);
}

/* The constant that a phrase gives: "Payload Too Large" -> PAYLOAD_TOO_LARGE */
static void hs_push_constant(lua_State *L, const char *phrase) {
  char buf[HTTPSTATUS_MAX_TEXT];
  int i, n = httpstatus_normalize(phrase, strlen(phrase), buf, sizeof buf);
  for (i = 0; i < n; i++)
    if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] = (char)(buf[i] - 'a' + 'A');
  lua_pushlstring(L, buf, n > 0 ? (size_t)n : 0);
}

/* info(code).aliases: {phrase =, name =, source =} for each old phrase */
static void hs_push_aliases(lua_State *L, int code) {
  size_t i;
  int n = 0;
  lua_newtable(L);
  for (i = 0; i < httpstatus_alias_count(); i++) {
    const httpstatus_alias *a = httpstatus_alias_at(i);
    if (a->code != code) continue;
    lua_createtable(L, 0, 3);
    hs_setstring(L, "phrase", a->phrase);
    hs_push_constant(L, a->phrase);
    lua_setfield(L, -2, "name");
    hs_setstring(L, "source", a->source);
    lua_rawseti(L, -2, ++n);
  }
}

static const char *hs_redirect_kind(const httpstatus_entry *e) {
  if (e->flags & HTTPSTATUS_F_REDIRECT_PERMANENT) return "permanent";
  if (e->flags & HTTPSTATUS_F_REDIRECT_TEMPORARY) return "temporary";
  return NULL;
}

static const char *hs_method_rule(const httpstatus_entry *e) {
  if (hs_redirect_kind(e) == NULL) return NULL;
  if (e->flags & HTTPSTATUS_F_KEEPS_METHOD) return "preserved";
  if (e->flags & HTTPSTATUS_F_TO_GET) return "to_get";
  return "may_change"; /* 301, 302: POST may become GET */
}

/* info(code): a fresh table of every fact about a registered code. */
static int hs_l_info(lua_State *L) {
  const httpstatus_entry *e = httpstatus_find(hs_tocode(L, 1));
  if (e == NULL) {
    lua_pushnil(L);
    return 1;
  }
  lua_createtable(L, 0, 20);
  hs_setint(L, "code", e->code);
  hs_setstring(L, "reason", e->reason);
  hs_setstring(L, "name", e->name);
  hs_setstring(L, "class", httpstatus_class_name(e->code));
  hs_setstring(L, "reference", e->reference);
  hs_setstring(L, "status", httpstatus_registration_name(e->registration));
  hs_setstring(L, "registry_phrase",
               e->registration == HTTPSTATUS_UNUSED ? "(Unused)" : e->reason);
  if (e->expires) hs_setstring(L, "expires", e->expires);
  hs_setbool(L, "deprecated", (e->flags & HTTPSTATUS_F_DEPRECATED) != 0);
  hs_setbool(L, "allows_body", httpstatus_allows_body(e->code, NULL));
  hs_setbool(L, "cacheable", (e->flags & HTTPSTATUS_F_CACHEABLE) != 0);
  hs_setbool(L, "must_not_store", (e->flags & HTTPSTATUS_F_NO_STORE) != 0);
  hs_setbool(L, "retryable", (e->flags & HTTPSTATUS_F_RETRYABLE) != 0);
  hs_setbool(L, "retry_after", (e->flags & HTTPSTATUS_F_RETRY_AFTER) != 0);
  if (hs_redirect_kind(e)) {
    hs_setstring(L, "redirect", hs_redirect_kind(e));
    hs_setstring(L, "method", hs_method_rule(e));
  }
  lua_createtable(L, e->header ? 1 : 0, 0);
  if (e->header) {
    lua_createtable(L, 0, 2);
    hs_setstring(L, "name", e->header);
    hs_setstring(L, "level", httpstatus_level_name(e->header_level));
    lua_rawseti(L, -2, 1);
  }
  lua_setfield(L, -2, "headers");
  hs_push_aliases(L, e->code);
  lua_setfield(L, -2, "aliases");
  return 1;
}

/* code -> phrase, code -> NAME, and the two reverse maps */
static void hs_build_names(lua_State *L, int reasons, int names, int phrases,
                           int constants) {
  size_t i;
  for (i = 0; i < httpstatus_count(); i++) {
    const httpstatus_entry *e = httpstatus_entry_at(i);
    lua_pushstring(L, e->reason);
    lua_rawseti(L, reasons, e->code);
    lua_pushstring(L, e->name);
    lua_rawseti(L, names, e->code);
    lua_pushinteger(L, e->code);
    lua_setfield(L, phrases, e->reason);
    lua_pushinteger(L, e->code);
    lua_setfield(L, constants, e->name);
  }
  /* an old phrase is found through its constant (code() reads the normal
     form there), so phrases keeps just today's 64: a smaller table to read */
  for (i = 0; i < httpstatus_alias_count(); i++) {
    const httpstatus_alias *a = httpstatus_alias_at(i);
    hs_push_constant(L, a->phrase);
    lua_pushinteger(L, a->code);
    lua_rawset(L, constants);
  }
}

/*
** class_table(): a fresh t[code] = class, and body_table(): a fresh
** t[code] = allows_body(code), for 100..599. Only the table path wants
** them; dense keys, so presized into the array part.
*/
static int hs_l_class_table(lua_State *L) {
  int code;
  lua_createtable(L, 599, 0);
  for (code = 100; code <= 599; code++) {
    lua_pushstring(L, httpstatus_class_name(code));
    lua_rawseti(L, -2, code);
  }
  return 1;
}

static int hs_l_body_table(lua_State *L) {
  int code;
  lua_createtable(L, 599, 0);
  for (code = 100; code <= 599; code++) {
    lua_pushboolean(L, httpstatus_allows_body(code, NULL));
    lua_rawseti(L, -2, code);
  }
  return 1;
}

/* sets[predicate][code] = true for the sparse predicates */
static void hs_push_sets(lua_State *L) {
  size_t p, i;
  lua_newtable(L);
  for (p = 0; p < HS_NPREDICATES; p++) {
    if (!hs_predicates[p].sparse) continue;
    lua_newtable(L);
    for (i = 0; i < httpstatus_count(); i++) {
      int code = httpstatus_entry_at(i)->code;
      if (hs_predicates[p].test(code, hs_predicates[p].arg)) {
        lua_pushboolean(L, 1);
        lua_rawseti(L, -2, code);
      }
    }
    lua_setfield(L, -2, hs_predicates[p].name);
  }
}

/*
** The functions below build a fresh table on every call: users may change
** what they get, and nothing is kept in memory for rarely used answers.
*/

/* codes(): the registered codes, ascending */
static int hs_l_codes(lua_State *L) {
  size_t i;
  lua_createtable(L, (int)httpstatus_count(), 0);
  for (i = 0; i < httpstatus_count(); i++) {
    lua_pushinteger(L, httpstatus_entry_at(i)->code);
    lua_rawseti(L, -2, (int)i + 1);
  }
  return 1;
}

/* unofficial(code): {{vendor =, reason =}, ...} in list order, or nil */
static int hs_l_unofficial(lua_State *L) {
  int code = hs_tocode(L, 1), n = 0;
  size_t i;
  for (i = 0; i < httpstatus_unofficial_count(); i++) {
    const httpstatus_unofficial *u = httpstatus_unofficial_at(i);
    if (u->code != code) continue;
    if (n == 0) lua_newtable(L);
    lua_createtable(L, 0, 2);
    hs_setstring(L, "vendor", u->vendor);
    hs_setstring(L, "reason", u->reason);
    lua_rawseti(L, -2, ++n);
  }
  if (n == 0) lua_pushnil(L);
  return 1;
}

/* vendor_codes(): every code some vendor uses, ascending, once each */
static int hs_l_vendor_codes(lua_State *L) {
  size_t i;
  int n = 0, last = 0;
  lua_newtable(L);
  for (i = 0; i < httpstatus_unofficial_count(); i++) {
    int code = httpstatus_unofficial_at(i)->code;
    if (code == last) continue; /* the list is sorted by code */
    lua_pushinteger(L, code);
    lua_rawseti(L, -2, ++n);
    last = code;
  }
  return 1;
}

/* header_rule(code): field name and level ("must", ...), or nothing */
static int hs_l_header_rule(lua_State *L) {
  const httpstatus_entry *e = httpstatus_find(hs_tocode(L, 1));
  if (e == NULL || e->header == NULL) return 0;
  lua_pushstring(L, e->header);
  lua_pushstring(L, httpstatus_level_name(e->header_level));
  return 2;
}

/* required_headers(code): the MUST and SHOULD fields; nil for non-codes */
static int hs_l_required_headers(lua_State *L) {
  int code = hs_tocode(L, 1);
  const httpstatus_entry *e = httpstatus_find(code);
  if (!httpstatus_is_valid(code)) {
    lua_pushnil(L);
    return 1;
  }
  lua_newtable(L);
  if (e != NULL && (e->header_level == HTTPSTATUS_MUST ||
                    e->header_level == HTTPSTATUS_SHOULD)) {
    lua_pushstring(L, e->header);
    lua_rawseti(L, -2, 1);
  }
  return 1;
}

static const luaL_Reg hs_lookups[] = {
  {"reason", hs_l_reason}, {"name", hs_l_name}, {"class", hs_l_class},
  {"code", hs_l_code},     {"info", hs_l_info}, {NULL, NULL}};

static const luaL_Reg hs_fresh_tables[] = {
  {"codes", hs_l_codes},
  {"unofficial", hs_l_unofficial},
  {"vendor_codes", hs_l_vendor_codes},
  {"header_rule", hs_l_header_rule},
  {"required_headers", hs_l_required_headers},
  {"class_table", hs_l_class_table},
  {"body_table", hs_l_body_table},
  {"code_scan", hs_l_code_scan},
  {NULL, NULL}};

int luaopen_httpstatus_core(lua_State *L);

int luaopen_httpstatus_core(lua_State *L) {
  size_t p;
  int m;
  lua_newtable(L);
  m = lua_gettop(L);

  lua_createtable(L, 0, (int)httpstatus_count()); /* reasons */
  lua_createtable(L, 0, (int)httpstatus_count()); /* names */
  lua_createtable(L, 0, (int)httpstatus_count()); /* phrases */
  lua_createtable(L, 0, (int)httpstatus_count()); /* constants */
  lua_newtable(L);                                /* hooks */
  hs_build_names(L, m + 1, m + 2, m + 3, m + 4);
  lua_pushvalue(L, m + 1);
  lua_setfield(L, m, "reasons");
  lua_pushvalue(L, m + 2);
  lua_setfield(L, m, "names");
  lua_pushvalue(L, m + 3);
  lua_setfield(L, m, "phrases");
  lua_pushvalue(L, m + 4);
  lua_setfield(L, m, "constants");
  lua_pushvalue(L, m + 5);
  lua_setfield(L, m, "hooks");
  hs_setfuncs(L, hs_lookups, HS_NUPVALUES); /* pops the five tables */

  hs_push_sets(L);
  for (p = 0; p < HS_NPREDICATES; p++) {
    if (hs_predicates[p].sparse) {
      lua_getfield(L, -1, hs_predicates[p].name);
      lua_pushcclosure(L, hs_l_set_predicate, 1);
    } else {
      lua_pushinteger(L, (lua_Integer)p);
      lua_pushcclosure(L, hs_l_predicate, 1);
    }
    lua_setfield(L, m, hs_predicates[p].name);
  }
  lua_setfield(L, m, "sets");
  lua_pushcfunction(L, hs_l_allows_body);
  lua_setfield(L, m, "allows_body");

  hs_setfuncs(L, hs_fresh_tables, 0);
  hs_l_class_table(L); /* classes[code] for 100..599: the Lua checks read it */
  lua_setfield(L, m, "classes");
  hs_register_wire(L);
  hs_register_json(L);
  hs_register_date(L);
  hs_register_log(L);
  hs_setstring(L, "REGISTRY_DATE", HTTPSTATUS_REGISTRY_DATE);
  hs_setstring(L, "VERSION", HTTPSTATUS_VERSION);
  return 1;
}
