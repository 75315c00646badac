/*
** httpstatus_json.c: JSON string literals from untrusted bytes, the UTF-8
** check they rest on, and RFC 9457 problem documents of string members.
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
    size_t n;
    if (u[i] < 0x80) { /* ASCII, most of what passes here: one test */
      i++;
      continue;
    }
    n = hs_utf8_len(u + i, len - i);
    if (n == 0) return 0;
    i += n;
  }
  return 1;
}

/* "\\u" and four hex digits, for a code point below U+10000, into tmp */
static const char *hs_json_u(unsigned long cp, char *tmp) {
  static const char hex[] = "0123456789abcdef";
  tmp[0] = '\\';
  tmp[1] = 'u';
  tmp[2] = hex[(cp >> 12) & 15];
  tmp[3] = hex[(cp >> 8) & 15];
  tmp[4] = hex[(cp >> 4) & 15];
  tmp[5] = hex[cp & 15];
  tmp[6] = '\0';
  return tmp;
}

/* The escape for a byte that cannot stand in a JSON string, else NULL. */
static const char *hs_json_escape(unsigned char c, char *tmp) {
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
  if (c >= 0x20 && c != 0x7F) return NULL; /* DEL: see httpstatus.h */
  return hs_json_u(c, tmp);
}

/* The code point of the well-formed n-byte sequence at s. */
static unsigned long hs_code_point(const unsigned char *s, size_t n) {
  static const unsigned char lead[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  unsigned long cp = s[0] & lead[n];
  size_t i;
  for (i = 1; i < n; i++) cp = (cp << 6) | (s[i] & 0x3Fu);
  return cp;
}

/* DEL, C1, bidi controls, line and paragraph separators */
static int hs_json_unsafe(unsigned long cp) {
  return cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C ||
         cp == 0x200E || cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

void httpstatus_json_quote(const char *s, size_t len, httpstatus_writer w,
                           void *ud) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, run = 0; /* s[run..i) is safe and not yet written */
  char tmp[8];
  w(ud, "\"", 1);
  while (i < len) {
    const char *esc = NULL;
    size_t n;
    if (u[i] >= 0x20 && u[i] < 0x7F && u[i] != '"' && u[i] != '\\') {
      i++; /* printable ASCII, most of any text: passes as it is */
      continue;
    }
    n = hs_utf8_len(u + i, len - i);
    if (n == 1) {
      esc = hs_json_escape(u[i], tmp);
    } else if (n > 1 && hs_json_unsafe(hs_code_point(u + i, n))) {
      esc = hs_json_u(hs_code_point(u + i, n), tmp);
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

/* A fixed buffer that counts what did not fit (httpstatus_problem_write). */
typedef struct hs_fixed {
  char *out;
  size_t cap, len;
} hs_fixed;

static void hs_fixed_add(void *ud, const char *bytes, size_t n) {
  hs_fixed *f = (hs_fixed *)ud;
  if (f->len <= f->cap && f->cap - f->len >= n) memcpy(f->out + f->len, bytes, n);
  f->len += n;
}

/* `,"key":` and the quoted value; nothing for a NULL value */
static void hs_member(hs_fixed *f, const char *key, const char *v, size_t len,
                      int comma) {
  if (v == NULL) return;
  if (comma) hs_fixed_add(f, ",", 1);
  hs_fixed_add(f, "\"", 1);
  hs_fixed_add(f, key, strlen(key));
  hs_fixed_add(f, "\":", 2);
  httpstatus_json_quote(v, len, hs_fixed_add, f);
}

size_t httpstatus_problem_write(char *out, size_t cap, int code,
                                const char *type, size_t type_len,
                                const char *title, size_t title_len,
                                const char *detail, size_t detail_len,
                                const char *instance, size_t instance_len) {
  hs_fixed f;
  char status[14];
  if (!httpstatus_is_valid(code)) return 0;
  f.out = out;
  f.cap = out == NULL ? 0 : cap;
  f.len = 0;
  if (type == NULL) {
    type = "about:blank";
    type_len = 11;
  }
  if (title == NULL && (title = httpstatus_reason(code)) != NULL)
    title_len = strlen(title);
  hs_fixed_add(&f, "{", 1);
  hs_member(&f, "type", type, type_len, 0);
  hs_member(&f, "title", title, title_len, 1);
  /* a valid code has three digits: no snprintf needed */
  memcpy(status, ",\"status\":ddd", 13);
  status[10] = (char)('0' + code / 100);
  status[11] = (char)('0' + code / 10 % 10);
  status[12] = (char)('0' + code % 10);
  hs_fixed_add(&f, status, 13);
  hs_member(&f, "detail", detail, detail_len, 1);
  hs_member(&f, "instance", instance, instance_len, 1);
  hs_fixed_add(&f, "}", 1);
  return f.len;
}
