/*
** lhttpstatus_head.c: the response linter's fast reader of a header
** section, httpstatus.core.read_head (and head_lines, the same lines as
** they were sent, for the rare finding that names a field as sent).
**
** It answers only for a head whose every line is regular (see
** httpstatus_head.c), whose status line parses and whose every field name
** is a token, and leaves every other head to the careful reader in Lua,
** which reports what is wrong with it. It hands the linter what its rules
** read, built in one pass over lines measured once: the status, and the
** fields by lower-case name in a table sized for them (a table grown field
** by field rehashes four times for ten fields). Nothing is kept between
** calls; only fresh tables are written.
*/
#include <limits.h>

#include "hs_compat.h"
#include "httpstatus.h"
#include "lhttpstatus.h"

/* the field lines of a head remembered in the measuring pass; a head with
   more is split again as it is built */
#define HS_HEAD_LINES 48

typedef struct hs_line {
  size_t at, len; /* the line's offset in the head, its length with CRLF */
  httpstatus_field f;
} hs_line;

/*
** The head at s[0..n), measured before anything is allocated: *status the
** length of the status line with its CRLF, *fields the count of field
** lines (the first HS_HEAD_LINES of them in lines, when given), and the
** offset of the empty line; or 0 when a line is not regular or the input
** ends first.
*/
static size_t hs_measure(const char *s, size_t n, size_t max, size_t *status,
                         size_t *fields, hs_line *lines) {
  size_t at;
  httpstatus_field f;
  *fields = 0;
  *status = httpstatus_crlf_line(s, n, max);
  if (*status == 0) return 0;
  for (at = *status; !(n - at >= 2 && s[at] == '\r' && s[at + 1] == '\n');) {
    size_t line = httpstatus_field_line(s + at, n - at, max, &f);
    if (line == 0 || *fields >= (size_t)(INT_MAX / 2 - 1)) return 0;
    if (lines != NULL && *fields < HS_HEAD_LINES) {
      lines[*fields].at = at;
      lines[*fields].len = line;
      lines[*fields].f = f;
    }
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
** names are case-insensitive, RFC 9110 5.1), when it is a token
** (httpstatus_is_token): then 1, or 2 when a letter was upper case; else
** 0, and nothing is pushed. One pass copies and looks; a name longer than
** the copy is rare.
*/
static int hs_push_name(lua_State *L, const char *s, size_t len) {
  char small[64];
  size_t i;
  int upper = 0;
  if (!httpstatus_is_token(s, len)) return 0;
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
  return 1 + upper;
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
** The status line s[0..len) as the fast reader takes it: HTTP-version SP
** status-code SP reason-phrase, or curl's "HTTP/2 200" (HTTP/2 and HTTP/3
** have no phrase). 0 for any other, which the careful reader judges.
*/
static int hs_regular_status(const char *s, size_t len, httpstatus_status *st) {
  if (httpstatus_parse_status_line(s, len, 0u, st) == NULL) return 1;
  return httpstatus_parse_status_line(s, len, HTTPSTATUS_PARSE_LENIENT, st) ==
           NULL &&
         st->minor < 0 && (st->major == 2 || st->major == 3);
}

/*
** read_head(src, pos, max)
**   -> after, code, reason, version, fields, repeated, text, upper | nil
** The head that starts at src's byte pos: the position after its empty
** line; its status line's code, reason and version (as parse_status_line
** gives them); a fresh table lower-case name -> the field's first value
** (without OWS); false, or a fresh table lower-case name -> every value in
** order, for the fields sent more than once; whether every value is field
** text (httpstatus_text.c); whether a name holds an upper-case letter.
** nil when a line is not regular or longer than max bytes, the status
** line is another (see hs_regular_status), a name is no token, or the
** input ends before the empty line. The lines are measured before
** anything is allocated (but for a name found no token); src stays on the
** stack, so its bytes stay where they are meanwhile.
*/
static int hs_l_read_head(lua_State *L) {
  size_t n, max, status, fields, stop, at, i;
  const char *s = hs_head_args(L, &n, &max);
  hs_line lines[HS_HEAD_LINES];
  httpstatus_status st;
  int text = 1, upper = 0;
  stop = s ? hs_measure(s, n, max, &status, &fields, lines) : 0;
  if (stop == 0 || !hs_regular_status(s, status - 2, &st)) {
    lua_pushnil(L);
    return 1;
  }
  lua_settop(L, 3);
  lua_pushinteger(L, lua_tointeger(L, 2) + (lua_Integer)(stop + 2)); /* 4 */
  hs_push_status(L, &st);                                            /* 5-7 */
  lua_createtable(L, 0, (int)fields);                                /* 8 */
  lua_pushboolean(L, 0);                                             /* 9 */
  for (i = 0, at = status; i < fields; i++) {
    httpstatus_field f;
    size_t line;
    const char *value;
    int name;
    if (i < HS_HEAD_LINES) {
      f = lines[i].f;
      line = lines[i].len;
    } else {
      line = httpstatus_field_line(s + at, n - at, max, &f);
    }
    value = s + at + f.value_start;
    name = hs_push_name(L, s + at, f.name_len);
    if (name == 0) {
      lua_pushnil(L);
      return 1;
    }
    if (name == 2) upper = 1;
    lua_pushvalue(L, -1);
    lua_rawget(L, 8); /* name old */
    if (lua_isnil(L, -1)) {
      lua_pop(L, 1);
      lua_pushlstring(L, value, f.value_len);
      lua_rawset(L, 8);
    } else {
      lua_pushlstring(L, value, f.value_len);
      hs_repeat(L, 9);
    }
    if (text && !httpstatus_reason_is_valid(value, f.value_len)) text = 0;
    at += line;
  }
  lua_pushboolean(L, text);
  lua_pushboolean(L, upper);
  return 8;
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
  stop = s ? hs_measure(s, n, max, &status, &fields, NULL) : 0;
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
