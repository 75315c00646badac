/*
** httpstatus_head.c: the lines of an HTTP/1.x header section in their
** regular shape (RFC 9112, Sections 2.2 and 5), found in one pass for the
** response linter:
**
**   field-line = field-name ":" OWS field-value OWS CRLF
**
** A line is regular when it ends in CRLF within `max` bytes, and a field
** line when, besides, it does not begin with SP or HTAB (obs-fold) and
** holds a colon with no SP or HTAB just before it. Whatever is not regular
** is what the linter reports on: these functions answer 0 and the caller
** reads the head the careful way. They only split the bytes: whether a
** name is a token (httpstatus_is_token) or a value field text
** (httpstatus_text.c) is not judged here. Every read is bounded by `len`;
** nothing is written but *out; no allocation.
*/
#include <string.h>

#include "httpstatus.h"

size_t httpstatus_crlf_line(const char *s, size_t len, size_t max) {
  const char *lf;
  size_t at;
  if (s == NULL || len == 0) return 0;
  lf = (const char *)memchr(s, '\n', len < max + 1 ? len : max + 1);
  if (lf == NULL) return 0;
  at = (size_t)(lf - s);
  if (at == 0 || s[at - 1] != '\r') return 0; /* a bare LF */
  return at + 1;
}

static int hs_ows(char c) { return c == ' ' || c == '\t'; }

size_t httpstatus_field_line(const char *s, size_t len, size_t max,
                             httpstatus_field *out) {
  size_t n = httpstatus_crlf_line(s, len, max), colon, start, stop;
  const char *c;
  if (n == 0 || out == NULL || hs_ows(s[0])) return 0;
  c = (const char *)memchr(s, ':', n - 2);
  if (c == NULL) return 0;
  colon = (size_t)(c - s);
  if (colon > 0 && hs_ows(s[colon - 1])) return 0;
  start = colon + 1;
  stop = n - 2;
  while (start < stop && hs_ows(s[start])) start++;
  while (stop > start && hs_ows(s[stop - 1])) stop--;
  out->name_len = colon;
  out->value_start = start;
  out->value_len = stop - start;
  return n;
}
