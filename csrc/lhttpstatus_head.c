/*
** lhttpstatus_head.c: the response linter's fast reader of a header
** section, httpstatus.core.read_head.
**
** It answers only for a head whose every line is regular (see
** httpstatus_head.c) and leaves every other head to the careful reader in
** Lua, which reports what is wrong with it. Nothing is kept between calls.
*/
#include <limits.h>

#include "hs_compat.h"
#include "httpstatus.h"
#include "lhttpstatus.h"

/*
** read_head(src, pos, max) -> after, lines, text | nil
** The head that starts at src's byte pos: the position after its empty
** line; a fresh array { status line, name, value, name, value, ... } (the
** lines without CRLF, names as sent, values without OWS); and whether
** every value is field text (httpstatus_text.c). nil when a line is not
** regular, longer than max bytes, or the input ends before the empty line.
** The lines are counted before anything is allocated; src stays on the
** stack, so its bytes stay where they are while the strings are made.
*/
static int hs_l_read_head(lua_State *L) {
  size_t len, at, n, fields = 0, status, i;
  const char *src = luaL_checklstring(L, 1, &len), *s;
  lua_Integer pos = luaL_checkinteger(L, 2), max = luaL_checkinteger(L, 3);
  httpstatus_field f;
  int text = 1;
  if (pos < 1 || (size_t)pos > len || max < 0) {
    lua_pushnil(L);
    return 1;
  }
  s = src + (size_t)pos - 1;
  n = len - ((size_t)pos - 1);
  status = httpstatus_crlf_line(s, n, (size_t)max);
  if (status == 0) {
    lua_pushnil(L);
    return 1;
  }
  /* the field lines, then the empty line */
  for (at = status; !(n - at >= 2 && s[at] == '\r' && s[at + 1] == '\n');) {
    size_t line = httpstatus_field_line(s + at, n - at, (size_t)max, &f);
    if (line == 0 || fields >= (size_t)(INT_MAX / 2 - 1)) {
      lua_pushnil(L);
      return 1;
    }
    at += line;
    fields++;
  }
  lua_pushinteger(L, pos + (lua_Integer)(at + 2));
  lua_createtable(L, (int)(1 + 2 * fields), 0);
  lua_pushlstring(L, s, status - 2);
  lua_rawseti(L, -2, 1);
  for (i = 0, at = status; i < fields; i++) {
    size_t line = httpstatus_field_line(s + at, n - at, (size_t)max, &f);
    const char *value = s + at + f.value_start;
    lua_pushlstring(L, s + at, f.name_len);
    lua_rawseti(L, -2, (int)(2 + 2 * i));
    lua_pushlstring(L, value, f.value_len);
    lua_rawseti(L, -2, (int)(3 + 2 * i));
    if (text && !httpstatus_reason_is_valid(value, f.value_len)) text = 0;
    at += line;
  }
  lua_pushboolean(L, text);
  return 3;
}

static const luaL_Reg hs_head[] = {{"read_head", hs_l_read_head},
                                   {NULL, NULL}};

void hs_register_head(lua_State *L) { hs_setfuncs(L, hs_head, 0); }
