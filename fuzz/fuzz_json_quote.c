/*
** libFuzzer target: the JSON string writer on arbitrary bytes. The output
** must be one valid JSON string literal in valid UTF-8, and for input that
** is valid UTF-8 with no escapes needed it must be the input itself.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct out {
  char *p;
  size_t len, cap;
} out;

static void put(void *ud, const char *bytes, size_t n) {
  out *o = (out *)ud;
  if (o->len + n > o->cap) abort(); /* the caller sized it for the worst case */
  memcpy(o->p + o->len, bytes, n);
  o->len += n;
}

/* Length of a well-formed UTF-8 sequence at s, or 0 (Unicode Table 3-7). */
static size_t utf8_len(const unsigned char *s, size_t len) {
  size_t n, i;
  unsigned cp;
  if (s[0] < 0x80) return 1;
  if (s[0] >= 0xC2 && s[0] <= 0xDF) n = 2, cp = s[0] & 0x1Fu;
  else if (s[0] >= 0xE0 && s[0] <= 0xEF) n = 3, cp = s[0] & 0x0Fu;
  else if (s[0] >= 0xF0 && s[0] <= 0xF4) n = 4, cp = s[0] & 0x07u;
  else return 0;
  if (len < n) return 0;
  for (i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3Fu);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)) return 0;
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
  return n;
}

static int hexdigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

/* Is o one JSON string literal (RFC 8259, section 7) in valid UTF-8? */
static int valid_literal(const out *o, int *escaped) {
  const unsigned char *s = (const unsigned char *)o->p;
  size_t i = 1, end = o->len - 1;
  *escaped = 0;
  if (o->len < 2 || s[0] != '"' || s[end] != '"') return 0;
  while (i < end) {
    size_t n;
    if (s[i] == '\\') {
      *escaped = 1;
      if (i + 1 >= end) return 0;
      if (s[i + 1] != '\0' && strchr("\"\\/bfnrt", s[i + 1]) != NULL) {
        i += 2;
        continue;
      }
      if (s[i + 1] != 'u' || end - i < 6) return 0;
      if (!hexdigit((char)s[i + 2]) || !hexdigit((char)s[i + 3]) ||
          !hexdigit((char)s[i + 4]) || !hexdigit((char)s[i + 5]))
        return 0;
      i += 6;
      continue;
    }
    if (s[i] < 0x20 || s[i] == '"') return 0;
    n = utf8_len(s + i, end - i);
    if (n == 0) return 0;
    i += n;
  }
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  out o;
  int escaped;
  o.cap = 6 * size + 2;
  o.len = 0;
  o.p = (char *)malloc(o.cap ? o.cap : 1);
  if (o.p == NULL) return 0;
  httpstatus_json_quote((const char *)data, size, put, &o);
  if (!valid_literal(&o, &escaped)) abort();
  if (!escaped && (o.len != size + 2 || memcmp(o.p + 1, data, size) != 0))
    abort();
  free(o.p);
  return 0;
}
