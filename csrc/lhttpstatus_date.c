/*
** lhttpstatus_date.c: the HTTP-date and Retry-After functions of
** httpstatus.core, over httpstatus_date.h.
**
** These parse what a server sent, so nothing raises: a value that is not
** what the function takes gives nil and a message, like a malformed one.
** lua/httpstatus/retry.lua turns the caller's own mistakes (a `now` that is
** no number, which it asks `seconds`) into argument errors at the right
** level.
**
** Times cross as seconds since the epoch. 5.3+ pushes them as integers;
** 5.1, 5.2 and LuaJIT as numbers, since their lua_Integer (ptrdiff_t) may be
** 32 bits while a date reaches 253402300799, and a double holds that
** exactly.
*/
#include <math.h>

#include "hs_compat.h"
#include "httpstatus_date.h"
#include "lhttpstatus.h"

static int hs_date_fail(lua_State *L, const char *message) {
  lua_pushnil(L);
  lua_pushstring(L, message);
  return 2;
}

static void hs_push_seconds(lua_State *L, long long t) {
#if LUA_VERSION_NUM >= 503
  lua_pushinteger(L, (lua_Integer)t);
#else
  lua_pushnumber(L, (lua_Number)t);
#endif
}

/*
** The number at idx as whole seconds, rounded down (ngx.now() has
** milliseconds): 1, or 0 when it is no number, NaN or infinite. Every
** finite number is a time: one beyond the dates HTTP can carry (1970 to
** 9999) is clamped to +-HTTPSTATUS_TIME_MAX, which changes no answer
** (every date is then before, or every date after, that time; a two-digit
** year is resolved against a clamped time anyway), keeps the conversion
** defined and treats integers and floats of 5.3+ alike.
*/
static int hs_toseconds(lua_State *L, int idx, long long *out) {
  lua_Number n;
  long long t;
  if (lua_type(L, idx) != LUA_TNUMBER) return 0;
#if LUA_VERSION_NUM >= 503
  if (lua_isinteger(L, idx)) {
    lua_Integer i = lua_tointeger(L, idx);
    *out = i > HTTPSTATUS_TIME_MAX    ? HTTPSTATUS_TIME_MAX
           : i < -HTTPSTATUS_TIME_MAX ? -HTTPSTATUS_TIME_MAX
                                      : (long long)i;
    return 1;
  }
#endif
  n = lua_tonumber(L, idx);
  if (!(n > -HUGE_VAL && n < HUGE_VAL)) return 0; /* NaN fails too */
  if (n > (lua_Number)HTTPSTATUS_TIME_MAX) n = (lua_Number)HTTPSTATUS_TIME_MAX;
  if (n < -(lua_Number)HTTPSTATUS_TIME_MAX) n = -(lua_Number)HTTPSTATUS_TIME_MAX;
  t = (long long)n; /* toward zero */
  if ((lua_Number)t > n) t--;
  *out = t;
  return 1;
}

/* s[0..len) without leading and trailing SP and HTAB */
static const char *hs_trim(const char *s, size_t *len) {
  size_t a = 0, b = *len;
  while (a < b && (s[a] == ' ' || s[a] == '\t')) a++;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) b--;
  *len = b - a;
  return s + a;
}

/* now at idx into *now: 1, or 0 with nil and a message pushed */
static int hs_get_now(lua_State *L, int idx, long long *now) {
  if (hs_toseconds(L, idx, now)) return 1;
  lua_pushnil(L);
  if (lua_type(L, idx) == LUA_TNUMBER)
    lua_pushstring(L, "now must be a finite number (seconds since the epoch)");
  else
    lua_pushfstring(L, "now must be a number (seconds since the epoch), got %s",
                    luaL_typename(L, idx));
  return 0;
}

/*
** parse_http_date(text [, now]) -> seconds | nil, message. now resolves
** the two-digit year of an rfc850-date (RFC 9110, 5.6.7); without it the
** fixed window 1970-2069 applies. No trimming: a field value is already
** trimmed, and this is the grammar's parser.
*/
static int hs_l_parse_http_date(lua_State *L) {
  size_t len;
  const char *s, *err;
  long long t, now = 0;
  int has_now = !lua_isnoneornil(L, 2);
  if (lua_type(L, 1) != LUA_TSTRING) {
    lua_pushnil(L);
    lua_pushfstring(L, "HTTP-date must be a string, got %s",
                    luaL_typename(L, 1));
    return 2;
  }
  if (has_now && !hs_get_now(L, 2, &now)) return 2;
  s = lua_tolstring(L, 1, &len);
  err = has_now ? httpstatus_parse_http_date_at(s, len, now, &t)
                : httpstatus_parse_http_date(s, len, &t);
  if (err != NULL) return hs_date_fail(L, err);
  hs_push_seconds(L, t);
  return 1;
}

/*
** t at idx as a time http_date can write, else -1: an integer, or a float
** with an integral value in range (checked before the cast, so the cast
** is defined; NaN fails the check).
*/
static long long hs_totime(lua_State *L, int idx) {
  lua_Number n;
  if (lua_type(L, idx) != LUA_TNUMBER) return -1;
#if LUA_VERSION_NUM >= 503
  if (lua_isinteger(L, idx)) {
    lua_Integer i = lua_tointeger(L, idx);
    return (i >= 0 && (long long)i <= HTTPSTATUS_TIME_MAX) ? (long long)i
                                                           : -1;
  }
#endif
  n = lua_tonumber(L, idx);
  if (n >= 0 && n <= (lua_Number)HTTPSTATUS_TIME_MAX &&
      (lua_Number)(long long)n == n)
    return (long long)n;
  return -1;
}

/* http_date(t) -> "Sun, 06 Nov 1994 08:49:37 GMT" | nil, message */
static int hs_l_http_date(lua_State *L) {
  char buf[HTTPSTATUS_DATE_LEN + 1];
  if (httpstatus_http_date(buf, sizeof buf, hs_totime(L, 1)) == 0)
    return hs_date_fail(L, "integral number of seconds 0..253402300799 "
                           "expected (1970 to 9999)");
  lua_pushlstring(L, buf, HTTPSTATUS_DATE_LEN);
  return 1;
}

/*
** retry_after(value, now [, date]) -> seconds | nil, message.
** An HTTP-date value is measured against the response's Date (`date`) when
** that parses: both come from the origin's clock, so the difference holds
** whatever the skew between the two machines (RFC 9110, 10.2.3 with 6.6.1).
** A Date that does not parse is replaced by `now`, the receive time, as
** RFC 9110, 6.6.1 lets a recipient do with an invalid Date. `date` is
** trimmed of SP and HTAB like the value.
*/
static int hs_l_retry_after(lua_State *L) {
  size_t len, dlen;
  const char *s, *err;
  long long now, delay, origin;
  if (lua_type(L, 1) != LUA_TSTRING) {
    lua_pushnil(L);
    lua_pushfstring(L, "Retry-After must be a string, got %s",
                    luaL_typename(L, 1));
    return 2;
  }
  if (!hs_get_now(L, 2, &now)) return 2;
  if (!lua_isnoneornil(L, 3)) {
    const char *d;
    if (lua_type(L, 3) != LUA_TSTRING) {
      lua_pushnil(L);
      lua_pushfstring(L, "Date must be a string or nil, got %s",
                      luaL_typename(L, 3));
      return 2;
    }
    d = lua_tolstring(L, 3, &dlen);
    d = hs_trim(d, &dlen);
    if (httpstatus_parse_http_date_at(d, dlen, now, &origin) == NULL)
      now = origin;
  }
  s = lua_tolstring(L, 1, &len);
  err = httpstatus_retry_after(s, len, now, &delay);
  if (err != NULL) return hs_date_fail(L, err);
  hs_push_seconds(L, delay);
  return 1;
}

/*
** seconds(v) -> whole seconds | nil: what a `now` is (hs_toseconds), for
** the Lua wrappers, which raise for the caller's own mistakes: any finite
** number, rounded down and clamped beyond the dates HTTP carries.
*/
static int hs_l_seconds(lua_State *L) {
  long long t;
  if (!hs_toseconds(L, 1, &t)) {
    lua_pushnil(L);
    return 1;
  }
  hs_push_seconds(L, t);
  return 1;
}

static const luaL_Reg hs_date_funcs[] = {
  {"seconds", hs_l_seconds},
  {"parse_http_date", hs_l_parse_http_date},
  {"http_date", hs_l_http_date},
  {"retry_after", hs_l_retry_after},
  {NULL, NULL}};

void hs_register_date(lua_State *L) { hs_setfuncs(L, hs_date_funcs, 0); }
