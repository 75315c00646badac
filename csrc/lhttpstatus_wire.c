/*
** lhttpstatus_wire.c: the wire functions of httpstatus.core.
**
** Those that can fail return nil and a message instead of raising (the
** tests answer false for anything but a string): the Lua wrappers turn a
** message into an argument error with the right level, so the error
** blames the user's call, not a line of ours. quote alone raises, for
** arguments check.quote has already checked.
*/
#include <string.h>

#include "hs_compat.h"
#include "httpstatus.h"
#include "lhttpstatus.h"

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

/* A byte test over a Lua string: false for anything but a string. */
static int hs_string_test(lua_State *L, int (*test)(const char *, size_t)) {
  size_t len;
  const char *s;
  if (lua_type(L, 1) != LUA_TSTRING) {
    lua_pushboolean(L, 0);
    return 1;
  }
  s = lua_tolstring(L, 1, &len);
  lua_pushboolean(L, test(s, len));
  return 1;
}

/*
** is_field_text(s) -> ok, padded: only HTAB, SP, VCHAR and obs-text, the
** bytes a reason phrase or a header field value may hold; no CR, LF, NUL
** or other CTL (httpstatus_text.c's FIELD context: one call, on the hot
** path of every builder). padded, whatever ok says: s begins or ends with
** SP or HTAB, which no field value does (RFC 9110 5.5: they are the OWS
** around it); the response linter asks both in the one call.
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
  lua_pushboolean(L, len > 0 && (s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' ||
                                 s[len - 1] == '\t'));
  return 2;
}

/*
** is_token(s): one or more tchar (RFC 9110 5.6.2), what a field name or a
** method is (httpstatus_text.c's TOKEN bytes; rules.token_lower asks).
*/
static int hs_l_is_token(lua_State *L) {
  return hs_string_test(L, httpstatus_is_token);
}

static void hs_buffer_add(void *ud, const char *bytes, size_t n) {
  luaL_addlstring((luaL_Buffer *)ud, bytes, n);
}

/*
** quote(s, context): s as httpstatus_text_escape writes it for "terminal",
** "json" or "html" (check.quote checked both arguments). Only s, which
** must stay alive, is below the buffer on the stack while it fills.
*/
static int hs_l_quote(lua_State *L) {
  static const char *const names[] = {"json", "html", "terminal", NULL};
  static const httpstatus_text_context contexts[] = {
    HTTPSTATUS_TEXT_JSON, HTTPSTATUS_TEXT_HTML, HTTPSTATUS_TEXT_TERMINAL};
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  int which = luaL_checkoption(L, 2, "terminal", names);
  luaL_Buffer b;
  lua_settop(L, 1);
  luaL_buffinit(L, &b);
  httpstatus_text_escape(contexts[which], s, len, hs_buffer_add, &b);
  luaL_pushresult(&b);
  return 1;
}

/* is_utf8(s): well-formed UTF-8 */
static int hs_l_is_utf8(lua_State *L) {
  return hs_string_test(L, httpstatus_utf8_valid);
}

void hs_push_status(lua_State *L, const httpstatus_status *st) {
  char version[4];
  lua_pushinteger(L, st->code);
  lua_pushlstring(L, st->reason, st->reason_len);
  version[0] = (char)('0' + st->major);
  version[1] = '.';
  version[2] = (char)('0' + st->minor);
  lua_pushlstring(L, version, st->minor < 0 ? 1 : 3);
}

/* parse_status_line(line, lenient) -> code, reason, version | nil, msg */
static int hs_l_parse_status_line(lua_State *L) {
  httpstatus_status st;
  size_t len;
  const char *line, *err;
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
  hs_push_status(L, &st);
  return 3;
}

static const luaL_Reg hs_wire[] = {
  {"status_line", hs_l_status_line},
  {"parse_status_line", hs_l_parse_status_line},
  {"is_field_text", hs_l_is_field_text},
  {"is_token", hs_l_is_token},
  {"quote", hs_l_quote},
  {"is_utf8", hs_l_is_utf8},
  {NULL, NULL}};

void hs_register_wire(lua_State *L) { hs_setfuncs(L, hs_wire, 0); }
