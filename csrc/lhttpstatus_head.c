/*
** lhttpstatus_head.c: the response linter's fast reader of a header
** section, httpstatus.core.read_head (and head_lines, the same lines as
** they were sent, for the rare finding that names a field as sent).
**
** It answers only for a head whose every line is regular (see
** httpstatus_head.c) and whose every field name is a token, and leaves
** every other head to the careful reader in Lua, which reports what is
** wrong with it. It hands the linter what its rules read, built in one
** pass: the fields by lower-case name in a table sized for them (a table
** grown field by field rehashes four times for ten fields). Nothing is
** kept between calls; only fresh tables are written.
*/
#include <limits.h>

#include "hs_compat.h"
#include "httpstatus.h"
#include "lhttpstatus.h"

/*
** The head at src's byte pos (1-based), measured before anything is
** allocated: *status the length of the status line with its CRLF, *fields
** the count of field lines, and the offset of the empty line; or 0 when a
** line is not regular or a name no token, or the input ends first.
** `tokens`: names must be tokens.
*/
static size_t hs_measure(const char *s, size_t n, size_t max, int tokens,
                         size_t *status, size_t *fields) {
  size_t at;
  httpstatus_field f;
  *fields = 0;
  *status = httpstatus_crlf_line(s, n, max);
  if (*status == 0) return 0;
  for (at = *status; !(n - at >= 2 && s[at] == '\r' && s[at + 1] == '\n');) {
    size_t line = httpstatus_field_line(s + at, n - at, max, &f);
    if (line == 0 || *fields >= (size_t)(INT_MAX / 2 - 1)) return 0;
    if (tokens && !httpstatus_is_token(s + at, f.name_len)) return 0;
    at += line;
    (*fields)++;
  }
  return at;
}

/* src, pos and max checked: the head's bytes (NULL when pos is out) */
static const char *hs_head_args(lua_State *L, size_t *n, size_t *max) {
  size_t len;
  const char *src = luaL_checklstring(L, 1, &len);
  lua_Integer pos = luaL_checkinteger(L, 2), m = luaL_checkinteger(L, 3);
  if (pos < 1 || (size_t)pos > len || m < 0) return NULL;
  *n = len - ((size_t)pos - 1);
  *max = (size_t)m;
  return src + (size_t)pos - 1;
}

/*
** Pushes the name s[0..len) with its ASCII letters in lower case (field
** names are case-insensitive, RFC 9110 5.1); 1 when one was upper case.
** One pass copies and looks; a name longer than the copy is rare.
*/
static int hs_push_lower(lua_State *L, const char *s, size_t len) {
  char small[64];
  size_t i;
  int upper = 0;
  if (len <= sizeof small) {
    for (i = 0; i < len; i++) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') {
        c = (char)(c + ('a' - 'A'));
        upper = 1;
      }
      small[i] = c;
    }
    lua_pushlstring(L, upper ? small : s, len);
  } else {
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (i = 0; i < len; i++) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') {
        c = (char)(c + ('a' - 'A'));
        upper = 1;
      }
      luaL_addchar(&b, c);
    }
    luaL_pushresult(&b);
  }
  return upper;
}

/*
** A repeated field: its value (on top) goes to repeated[name] (the name
** below it, over the first value), in a list that starts with that first
** value; repeated (an index) becomes a table at the first repeat. The
** three are popped.
*/
static void hs_repeat(lua_State *L, int repeated) {
  /* stack: ... name old value */
  if (!lua_istable(L, repeated)) {
    lua_newtable(L);
    lua_replace(L, repeated);
  }
  lua_pushvalue(L, -3);
  lua_rawget(L, repeated); /* ... name old value list */
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_createtable(L, 4, 0);
    lua_pushvalue(L, -3);
    lua_rawseti(L, -2, 1); /* the first value */
    lua_pushvalue(L, -4);
    lua_pushvalue(L, -2);
    lua_rawset(L, repeated); /* repeated[name] = list */
  }
  lua_pushvalue(L, -2);
  lua_rawseti(L, -2, (int)hs_rawlen(L, -2) + 1);
  lua_pop(L, 4);
}

/*
** read_head(src, pos, max) -> after, status, fields, repeated, text, upper
**                           | nil
** The head that starts at src's byte pos: the position after its empty
** line; the status line (without CRLF); a fresh table lower-case name ->
** the field's first value (without OWS); false, or a fresh table
** lower-case name -> every value in order, for the fields sent more than
** once; whether every value is field text (httpstatus_text.c); whether a
** name holds an upper-case letter. nil when a line is not regular or
** longer than max bytes, a name is no token, or the input ends before the
** empty line. The lines are measured before anything is allocated; src
** stays on the stack, so its bytes stay where they are meanwhile.
*/
static int hs_l_read_head(lua_State *L) {
  size_t n, max, status, fields, stop, at, i;
  const char *s = hs_head_args(L, &n, &max);
  httpstatus_field f;
  int text = 1, upper = 0;
  stop = s ? hs_measure(s, n, max, 1, &status, &fields) : 0;
  if (stop == 0) {
    lua_pushnil(L);
    return 1;
  }
  lua_settop(L, 3);
  lua_pushinteger(L, lua_tointeger(L, 2) + (lua_Integer)(stop + 2)); /* 4 */
  lua_pushlstring(L, s, status - 2);                                 /* 5 */
  lua_createtable(L, 0, (int)fields);                                /* 6 */
  lua_pushboolean(L, 0);                                             /* 7 */
  for (i = 0, at = status; i < fields; i++) {
    size_t line = httpstatus_field_line(s + at, n - at, max, &f);
    const char *value = s + at + f.value_start;
    if (hs_push_lower(L, s + at, f.name_len)) upper = 1;
    lua_pushvalue(L, -1);
    lua_rawget(L, 6);
    lua_pushlstring(L, value, f.value_len); /* name old value */
    if (lua_isnil(L, -2)) {
      lua_remove(L, -2);
      lua_rawset(L, 6);
    } else {
      hs_repeat(L, 7);
    }
    if (text && !httpstatus_reason_is_valid(value, f.value_len)) text = 0;
    at += line;
  }
  lua_pushboolean(L, text);
  lua_pushboolean(L, upper);
  return 6;
}

/*
** head_lines(src, pos, max) -> after, lines | nil
** The same head (any field names) as a fresh array { status line, name,
** value, name, value, ... }: names as sent, values without OWS.
*/
static int hs_l_head_lines(lua_State *L) {
  size_t n, max, status, fields, stop, at, i;
  const char *s = hs_head_args(L, &n, &max);
  httpstatus_field f;
  stop = s ? hs_measure(s, n, max, 0, &status, &fields) : 0;
  if (stop == 0) {
    lua_pushnil(L);
    return 1;
  }
  lua_pushinteger(L, lua_tointeger(L, 2) + (lua_Integer)(stop + 2));
  lua_createtable(L, (int)(1 + 2 * fields), 0);
  lua_pushlstring(L, s, status - 2);
  lua_rawseti(L, -2, 1);
  for (i = 0, at = status; i < fields; i++) {
    size_t line = httpstatus_field_line(s + at, n - at, max, &f);
    lua_pushlstring(L, s + at, f.name_len);
    lua_rawseti(L, -2, (int)(2 + 2 * i));
    lua_pushlstring(L, s + at + f.value_start, f.value_len);
    lua_rawseti(L, -2, (int)(3 + 2 * i));
    at += line;
  }
  return 2;
}

static const luaL_Reg hs_head[] = {{"read_head", hs_l_read_head},
                                   {"head_lines", hs_l_head_lines},
                                   {NULL, NULL}};

void hs_register_head(lua_State *L) { hs_setfuncs(L, hs_head, 0); }
