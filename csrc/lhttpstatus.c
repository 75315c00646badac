/*
** lhttpstatus.c: the Lua binding, luaopen_httpstatus_core.
**
** table(name) builds plain tables from the C core (reasons, names,
** classes, predicate sets, phrases, constants), which the Lua modules read:
** one table read per query, the fastest answer on every runtime (LuaJIT's
** JIT compiles it, and PUC Lua needs no C call). Each call builds a fresh
** table, so each module holds a private copy that no other code can
** reach or change. C functions remain for work and for rules with a
** method: the normal-form reverse lookup, fresh tables (info, codes...),
** the content rule (allows_body, content), the wire and text functions
** (lhttpstatus_wire.c: status lines, field text, quote), JSON
** (lhttpstatus_json.c), dates, the log scanner and the linter's reader of
** a header section (lhttpstatus_head.c). Nothing here keeps
** state outside the Lua state, and nothing this module hands out is read
** by it afterwards.
*/
#include <string.h>

#include "hs_compat.h"
#include "httpstatus.h"
#include "httpstatus_nginx.h"
#include "lhttpstatus.h"

/*
** The upvalue of code(): NAME -> code, private to it (never handed out);
** nil until code()'s first call builds it, so loading the module does not.
*/
#define HS_UV_CONSTANTS lua_upvalueindex(1)

static void hs_push_reverse(lua_State *L, int phrases);

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
** Reverse lookup through the normal form: every constant is its phrase's
** normal form in upper case (NOT_FOUND for "Not Found", PAYLOAD_TOO_LARGE
** for the alias), so one read of the constants does what
** httpstatus_from_text does by scanning, for a tenth of the time; exact
** constant names are found by the first read. Digits go to the core.
** Anything but a string is no text: nil. (lua/httpstatus.lua reads the
** exact phrases itself before it asks.)
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
  if (lua_isnil(L, HS_UV_CONSTANTS)) {
    hs_push_reverse(L, 0);
    lua_replace(L, HS_UV_CONSTANTS);
  }
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

/*
** The normal form of any text (httpstatus_normal_form), for the searches
** of the command and the page; nil for anything but a string. The scratch
** space is a userdata, so nothing leaks when the push raises.
*/
static int hs_l_normalize(lua_State *L) {
  size_t len, n;
  const char *text;
  char *out;
  if (lua_type(L, 1) != LUA_TSTRING) {
    lua_pushnil(L);
    return 1;
  }
  text = lua_tolstring(L, 1, &len);
  out = (char *)lua_newuserdata(L, len > 0 ? len : 1);
  n = httpstatus_normal_form(text, len, out);
  lua_pushlstring(L, out, n);
  return 1;
}

/*
** The predicates that hold for registered codes only, one row each: the
** set sets[name][code] = true is built from the row's test.
*/
typedef int (*hs_test)(int code, unsigned arg);

static int hs_test_flag(int code, unsigned flag) {
  return httpstatus_has(code, flag);
}

static int hs_test_redirect(int code, unsigned arg) {
  (void)arg;
  return httpstatus_has(code, HTTPSTATUS_F_REDIRECT_PERMANENT) ||
         httpstatus_has(code, HTTPSTATUS_F_REDIRECT_TEMPORARY);
}

/* Predicates whose answer comes from a flag of the registered row. */
typedef struct hs_predicate {
  const char *name;
  hs_test test;
  unsigned arg;
} hs_predicate;

static const hs_predicate hs_predicates[] = {
  {"is_cacheable", hs_test_flag, HTTPSTATUS_F_CACHEABLE},
  {"is_retryable", hs_test_flag, HTTPSTATUS_F_RETRYABLE},
  {"is_deprecated", hs_test_flag, HTTPSTATUS_F_DEPRECATED},
  {"is_redirect", hs_test_redirect, 0},
  {"preserves_method", hs_test_flag, HTTPSTATUS_F_KEEPS_METHOD},
  {"must_not_store", hs_test_flag, HTTPSTATUS_F_NO_STORE},
  {"has_retry_after", hs_test_flag, HTTPSTATUS_F_RETRY_AFTER},
  {"http1_only", hs_test_flag, HTTPSTATUS_F_HTTP1_ONLY},
};

#define HS_NPREDICATES (sizeof(hs_predicates) / sizeof(hs_predicates[0]))

/*
** The content flags of httpstatus_content for (code at 1, method at 2): a
** method that is neither nil nor a string, or holds a NUL (which would let
** "HEAD\0x" pass for HEAD), gets none, like any other bad input to a
** predicate.
*/
static unsigned hs_content_at(lua_State *L) {
  int code = hs_tocode(L, 1);
  size_t len;
  const char *method;
  if (code < 0) return 0;
  if (lua_isnoneornil(L, 2)) return httpstatus_content(code, NULL);
  if (lua_type(L, 2) != LUA_TSTRING) return 0;
  method = lua_tolstring(L, 2, &len);
  return strlen(method) == len ? httpstatus_content(code, method) : 0;
}

/*
** allows_body(code [, method]): does the response carry content? For the
** methods that need a call (lua/httpstatus.lua reads the "content" table
** for no method and GET).
*/
static int hs_l_allows_body(lua_State *L) {
  lua_pushboolean(L, (hs_content_at(L) & HTTPSTATUS_CONTENT_SENT) != 0);
  return 1;
}

/*
** content(code [, method]) -> sent, headers, of_get, framed, chunked,
** length_unknown: the flags of httpstatus_content as booleans, one call
** for everything httpstatus.rules asks about content.
*/
static int hs_l_content(lua_State *L) {
  unsigned f = hs_content_at(L);
  lua_pushboolean(L, (f & HTTPSTATUS_CONTENT_SENT) != 0);
  lua_pushboolean(L, (f & HTTPSTATUS_CONTENT_HEADERS) != 0);
  lua_pushboolean(L, (f & HTTPSTATUS_CONTENT_OF_GET) != 0);
  lua_pushboolean(L, (f & HTTPSTATUS_CONTENT_FRAMED) != 0);
  lua_pushboolean(L, (f & HTTPSTATUS_CONTENT_CHUNKED) != 0);
  lua_pushboolean(L, (f & HTTPSTATUS_CONTENT_LENGTH_UNKNOWN) != 0);
  return 6;
}

/*
** preserves_method(code, method): the C core's rule for a method (Lua reads
** the preserves_method table when there is none); a method that is no
** string, or holds a NUL, gets false.
*/
static int hs_l_preserves_method(lua_State *L) {
  int code = hs_tocode(L, 1);
  int ok = 0;
  if (code >= 0 && lua_type(L, 2) == LUA_TSTRING) {
    size_t len;
    const char *method = lua_tolstring(L, 2, &len);
    ok = strlen(method) == len && httpstatus_keeps_method(code, method);
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
  return "may_change"; /* 301, 302: POST (only) may become GET */
}

/*
** info(code).headers: {name =, level =, condition =, draft =} for each
** field rule of the code, in the list's order; condition is nil for an
** unconditional rule (so a MUST without one is what the builders
** enforce), draft true for the rows of a code an Internet-Draft defines.
*/
static void hs_push_header_fields(lua_State *L, int code) {
  size_t i;
  int n = 0;
  const httpstatus_entry *e = httpstatus_find(code);
  /* the rows of a code an Internet-Draft defines (104) are the draft's */
  int draft = e != NULL && strncmp(e->reference, "draft-", 6) == 0;
  lua_newtable(L);
  for (i = 0; i < httpstatus_header_field_count(); i++) {
    const httpstatus_header_field *h = httpstatus_header_field_at(i);
    if (h->code != code) continue;
    lua_createtable(L, 0, 4);
    hs_setstring(L, "name", h->name);
    hs_setstring(L, "level", httpstatus_level_name(h->level));
    if (h->condition) hs_setstring(L, "condition", h->condition);
    if (draft) hs_setbool(L, "draft", 1);
    lua_rawseti(L, -2, ++n);
  }
}

/*
** info(code).versions: the HTTP versions a response with this code can be
** sent in. No 1xx to an HTTP/1.0 client (RFC 9110, 15.2: HTTP/1.0 has
** none); HTTP1_ONLY codes not over HTTP/2 or HTTP/3.
*/
static void hs_push_versions(lua_State *L, const httpstatus_entry *e) {
  static const char *const all[] = {"1.0", "1.1", "2", "3"};
  int i, n = 0, h1 = (e->flags & HTTPSTATUS_F_HTTP1_ONLY) != 0;
  lua_createtable(L, 4, 0);
  for (i = 0; i < 4; i++) {
    if (i == 0 && httpstatus_class_of(e->code) == HTTPSTATUS_INFORMATIONAL) continue;
    if (i >= 2 && h1) continue;
    lua_pushstring(L, all[i]);
    lua_rawseti(L, -2, ++n);
  }
}

/*
** What nginx writes after the code on its own status line: its phrase
** (httpstatus_nginx.h, generated from nginx's source), or "" for the
** codes it has none for ("HTTP/1.1 422 ").
*/
static const char *hs_nginx_phrase(int code) {
#define HS_NGINX_CASE(c, phrase) \
  case c:                        \
    return phrase;
  switch (code) { HTTPSTATUS_NGINX_LINES(HS_NGINX_CASE) }
#undef HS_NGINX_CASE
  return "";
}

/* info(code): a fresh table of every fact about a registered code. */
static int hs_l_info(lua_State *L) {
  const httpstatus_entry *e = httpstatus_find(hs_tocode(L, 1));
  if (e == NULL) {
    lua_pushnil(L);
    return 1;
  }
  lua_createtable(L, 0, 24);
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
    /* RFC 10008, 2.5: QUERY is kept by 301, 302, 307, 308; 303 means GET */
    hs_setstring(L, "query_method",
                 httpstatus_keeps_method(e->code, "QUERY") ? "QUERY" : "GET");
  }
  if (httpstatus_deprecation(e->code))
    hs_setstring(L, "deprecation", httpstatus_deprecation(e->code));
  hs_push_versions(L, e);
  lua_setfield(L, -2, "versions");
  hs_setstring(L, "nginx_phrase", hs_nginx_phrase(e->code));
  hs_push_header_fields(L, e->code);
  lua_setfield(L, -2, "headers");
  hs_push_aliases(L, e->code);
  lua_setfield(L, -2, "aliases");
  return 1;
}

/*
** The reverse maps, into the table on top: phrase -> code (today's 64
** phrases: an old phrase is found through its constant, since code()
** reads the normal form there) when `phrases`, else NAME -> code for every
** constant, the aliases' too.
*/
static void hs_fill_reverse(lua_State *L, int phrases) {
  size_t i;
  for (i = 0; i < httpstatus_count(); i++) {
    const httpstatus_entry *e = httpstatus_entry_at(i);
    lua_pushinteger(L, e->code);
    lua_setfield(L, -2, phrases ? e->reason : e->name);
  }
  if (phrases) return;
  for (i = 0; i < httpstatus_alias_count(); i++) {
    const httpstatus_alias *a = httpstatus_alias_at(i);
    hs_push_constant(L, a->phrase);
    lua_pushinteger(L, a->code);
    lua_rawset(L, -3);
  }
}

static void hs_push_reverse(lua_State *L, int phrases) {
  lua_createtable(L, 0, (int)(httpstatus_count() +
                              (phrases ? 0 : httpstatus_alias_count())));
  hs_fill_reverse(L, phrases);
}

/* The class a predicate's name stands for: "is_success" -> SUCCESS. */
static httpstatus_class hs_class_named(const char *which) {
  static const char *const names[] = {"is_informational", "is_success",
                                      "is_redirection", "is_client_error",
                                      "is_server_error"};
  int i;
  for (i = 0; i < 5; i++)
    if (strcmp(which, names[i]) == 0) return (httpstatus_class)(i + 1);
  return HTTPSTATUS_CLASS_NONE;
}

/*
** The answer a table gives for one code, pushed (nil for none): `which` is
** a name of hs_l_table's. Returns 0 for a name it does not know.
*/
static int hs_push_answer(lua_State *L, const char *which, int code) {
  const httpstatus_entry *e = httpstatus_find(code);
  size_t p;
  if (strcmp(which, "reasons") == 0) {
    if (e) lua_pushstring(L, e->reason); else lua_pushnil(L);
  } else if (strcmp(which, "names") == 0) {
    if (e) lua_pushstring(L, e->name); else lua_pushnil(L);
  } else if (strcmp(which, "classes") == 0) {
    lua_pushstring(L, httpstatus_class_name(code));
  } else if (strcmp(which, "content") == 0) {
    if (httpstatus_allows_body(code, NULL)) lua_pushboolean(L, 1); else lua_pushnil(L);
  } else if (strcmp(which, "is_error") == 0) {
    if (httpstatus_class_of(code) >= HTTPSTATUS_CLIENT_ERROR) lua_pushboolean(L, 1);
    else lua_pushnil(L);
  } else if (strcmp(which, "is_valid") == 0) {
    lua_pushboolean(L, 1); /* every code of 100..599 */
  } else if (strcmp(which, "as_integer") == 0) {
    lua_pushinteger(L, code); /* 404.0 reads 404: an integer on 5.3+ too */
  } else if (strcmp(which, "nginx_phrases") == 0) {
    const char *phrase = hs_nginx_phrase(code); /* "": nginx writes none */
    if (*phrase) lua_pushstring(L, phrase); else lua_pushnil(L);
  } else if (strcmp(which, "is_registered") == 0) {
    if (e) lua_pushboolean(L, 1); else lua_pushnil(L);
  } else if (hs_class_named(which) != HTTPSTATUS_CLASS_NONE) {
    if (httpstatus_class_of(code) == hs_class_named(which)) lua_pushboolean(L, 1);
    else lua_pushnil(L);
  } else {
    for (p = 0; p < HS_NPREDICATES; p++)
      if (strcmp(which, hs_predicates[p].name) == 0) break;
    if (p == HS_NPREDICATES) return 0;
    if (hs_predicates[p].test(code, hs_predicates[p].arg)) lua_pushboolean(L, 1);
    else lua_pushnil(L);
  }
  return 1;
}

/*
** table(name [, compact]): a fresh lookup table keyed by code 100..599:
** "reasons", "names", "classes", "content" (allows_body without a
** method), "as_integer" (the code as an integer: 404.0 reads 404),
** "is_valid", "is_registered", "is_error", "nginx_phrases" (nginx's own
** phrase where its status lines have one: httpstatus_nginx.h), a class
** predicate ("is_success"...) or a predicate of hs_predicates; or
** "phrases" (phrase -> code) or "constants" (NAME -> code, aliases too),
** keyed by text.
** Fresh on every call and never kept here: each module reads a copy of its
** own, which no other code can reach, so no write anywhere can change what
** another module answers. By default dense: every answer in the array part
** (1..999, holes nil), the cheapest read Lua has (16 KB on PUC Lua, 8 KB
** on LuaJIT), for the queries on every request's path. `compact` sizes it
** to the answers it holds instead (a few hundred bytes for a set of
** registered codes), for modules that read it once per call of a builder.
*/
static int hs_l_table(lua_State *L) {
  const char *which = luaL_checkstring(L, 1);
  int compact = lua_toboolean(L, 2);
  int code, count = 0;
  if (strcmp(which, "phrases") == 0 || strcmp(which, "constants") == 0) {
    hs_push_reverse(L, which[0] == 'p');
    return 1;
  }
  if (compact) { /* count the answers first: the hash is sized once */
    for (code = 100; code <= 599; code++) {
      if (!hs_push_answer(L, which, code))
        return luaL_argerror(L, 1, "no such table");
      count += !lua_isnil(L, -1);
      lua_pop(L, 1);
    }
  }
  /* dense: 1..999, so every three-digit value a log or a peer can send
     reads the array, no lookup, and no JIT trace, ever leaves it */
  lua_createtable(L, compact ? 0 : 999, count);
  for (code = 100; code <= 599; code++) {
    if (!hs_push_answer(L, which, code))
      return luaL_argerror(L, 1, "no such table");
    if (lua_isnil(L, -1)) {
      lua_pop(L, 1);
    } else {
      lua_rawseti(L, -2, code);
    }
  }
  return 1;
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

/*
** header_fields(code): info(code).headers alone, for the rules' rows of
** every code (info builds two dozen fields per call), or nil for an
** unregistered code.
*/
static int hs_l_header_fields(lua_State *L) {
  const httpstatus_entry *e = httpstatus_find(hs_tocode(L, 1));
  if (e == NULL) {
    lua_pushnil(L);
    return 1;
  }
  hs_push_header_fields(L, e->code);
  return 1;
}

/*
** required_headers(code): the MUST and SHOULD fields, unconditional or
** not, but not those a 206 or 304 repeats from its 200 (info lists them);
** nil for non-codes.
*/
static int hs_l_required_headers(lua_State *L) {
  int code = hs_tocode(L, 1), n = 0;
  size_t i;
  if (!httpstatus_is_valid(code)) {
    lua_pushnil(L);
    return 1;
  }
  lua_newtable(L);
  for (i = 0; i < httpstatus_header_field_count(); i++) {
    const httpstatus_header_field *h = httpstatus_header_field_at(i);
    if (h->code != code || h->kind == HTTPSTATUS_AS_200) continue;
    if (h->level != HTTPSTATUS_MUST && h->level != HTTPSTATUS_SHOULD) continue;
    lua_pushstring(L, h->name);
    lua_rawseti(L, -2, ++n);
  }
  return 1;
}

static const luaL_Reg hs_fresh_tables[] = {
  {"info", hs_l_info},
  {"codes", hs_l_codes},
  {"unofficial", hs_l_unofficial},
  {"required_headers", hs_l_required_headers},
  {"header_fields", hs_l_header_fields},
  {"allows_body", hs_l_allows_body},
  {"content", hs_l_content},
  {"preserves_method", hs_l_preserves_method},
  {NULL, NULL}};

int luaopen_httpstatus_core(lua_State *L);

int luaopen_httpstatus_core(lua_State *L) {
  int m;
  lua_newtable(L);
  m = lua_gettop(L);

  lua_pushnil(L); /* code()'s own constants, handed to no one: built on its first call */
  lua_pushcclosure(L, hs_l_code, 1);
  lua_setfield(L, m, "code");
  lua_pushcfunction(L, hs_l_table);
  lua_setfield(L, m, "table");
  lua_pushcfunction(L, hs_l_normalize);
  lua_setfield(L, m, "normalize");

  hs_setfuncs(L, hs_fresh_tables, 0);
  hs_register_wire(L);
  hs_register_json(L);
  hs_register_date(L);
  hs_register_log(L);
  hs_register_head(L);
  hs_setstring(L, "REGISTRY_DATE", HTTPSTATUS_REGISTRY_DATE);
  hs_setstring(L, "NGINX_VERSION", HTTPSTATUS_NGINX_VERSION);
  hs_setstring(L, "VERSION", HTTPSTATUS_VERSION);
  return 1;
}
