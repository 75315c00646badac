/*
** httpstatus_json.c: JSON string literals from untrusted bytes, and the
** UTF-8 check they rest on.
**
** Problem details (RFC 9457) carry text from requests and applications, so
** whatever the bytes, the output must be valid JSON and valid UTF-8: runs
** of safe bytes are passed through in one piece, the rest is escaped, and
** a byte that does not start a well-formed UTF-8 sequence becomes U+FFFD.
*/
#include <string.h>

#include "httpstatus.h"

/*
** Length of the well-formed UTF-8 sequence at s (Unicode Table 3-7: no
** overlong forms, no surrogates, nothing above U+10FFFF), or 0.
*/
static size_t hs_utf8_len(const unsigned char *s, size_t len) {
  unsigned char c = s[0], lo = 0x80, hi = 0xBF;
  size_t n, i;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0; /* overlong */
    if (c == 0xED) hi = 0x9F; /* surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90; /* overlong */
    if (c == 0xF4) hi = 0x8F; /* above U+10FFFF */
  } else {
    return 0;
  }
  if (len < n || s[1] < lo || s[1] > hi) return 0;
  for (i = 2; i < n; i++)
    if (s[i] < 0x80 || s[i] > 0xBF) return 0;
  return n;
}

int httpstatus_utf8_valid(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  if (s == NULL) return 0;
  while (i < len) {
    size_t n = hs_utf8_len(u + i, len - i);
    if (n == 0) return 0;
    i += n;
  }
  return 1;
}

/* The escape for a byte that cannot stand in a JSON string, else NULL. */
static const char *hs_json_escape(unsigned char c, char *tmp) {
  static const char hex[] = "0123456789abcdef";
  switch (c) {
  case '"':
    return "\\\"";
  case '\\':
    return "\\\\";
  case '\n':
    return "\\n";
  case '\r':
    return "\\r";
  case '\t':
    return "\\t";
  case '\b':
    return "\\b";
  case '\f':
    return "\\f";
  default:
    break;
  }
  if (c >= 0x20) return NULL;
  tmp[0] = '\\';
  tmp[1] = 'u';
  tmp[2] = '0';
  tmp[3] = '0';
  tmp[4] = hex[c >> 4];
  tmp[5] = hex[c & 15];
  tmp[6] = '\0';
  return tmp;
}

void httpstatus_json_quote(const char *s, size_t len, httpstatus_writer w,
                           void *ud) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, run = 0; /* s[run..i) is safe and not yet written */
  char tmp[8];
  w(ud, "\"", 1);
  while (i < len) {
    const char *esc = NULL;
    size_t n = hs_utf8_len(u + i, len - i);
    if (n == 1) {
      esc = hs_json_escape(u[i], tmp);
    } else if (n == 0) {
      esc = "\\ufffd";
      n = 1;
    }
    if (esc != NULL) {
      if (i > run) w(ud, s + run, i - run);
      w(ud, esc, strlen(esc));
      run = i + n;
    }
    i += n;
  }
  if (i > run) w(ud, s + run, i - run);
  w(ud, "\"", 1);
}
