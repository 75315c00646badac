/*
** httpstatus_log.c: the access-log scanner (see httpstatus_log.h).
**
** Lines are found with memchr and judged where they lie in the caller's
** buffer; only the piece of a line cut by the end of a buffer is copied,
** into the struct. Every search is bounded by the line's end, so a line
** is read a small, fixed number of times whatever bytes it holds.
*/
#include <string.h>

#include "httpstatus.h"
#include "httpstatus_log.h"

typedef const unsigned char *hs_ptr;

static int hs_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Lua's %s in the C locale: SP, HTAB, LF, VT, FF, CR */
static int hs_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
** Lua's "%S+ " at p: one or more non-space bytes, then one SP. Returns
** the byte after the SP, or NULL.
*/
static hs_ptr hs_word(hs_ptr p, hs_ptr e) {
  hs_ptr start = p;
  while (p < e && !hs_space(*p)) p++;
  if (p == start || p == e || *p != ' ') return NULL;
  return p + 1;
}

/*
** A quoted field at p: returns the byte after its closing quote, or NULL
** when there is none. A backslash escapes the byte after it, whatever it
** is (Apache logs a quote as \"). The next quote is searched again only
** when it was the escaped byte, so a field full of backslashes still
** costs one pass, not one per backslash.
*/
static hs_ptr hs_quoted(hs_ptr p, hs_ptr e) {
  hs_ptr q, b;
  if (p == e || *p != '"') return NULL;
  p++;
  q = (hs_ptr)memchr(p, '"', (size_t)(e - p));
  for (;;) {
    if (q == NULL) return NULL;
    b = (hs_ptr)memchr(p, '\\', (size_t)(q - p));
    if (b == NULL) return q + 1;
    p = b + 2; /* b < q < e, so p <= q + 1 <= e */
    if (p > q) q = (hs_ptr)memchr(p, '"', (size_t)(e - p));
  }
}

/*
** One line, p..e (no LF): the code, 0 when malformed, -1 when only the
** status is wrong. Shape first, status last, as parse_line in
** examples/classify_log.lua checks them.
*/
static int hs_judge(hs_ptr p, hs_ptr e, unsigned formats) {
  hs_ptr q;
  int code;
  if (p < e && e[-1] == '\r') e--; /* a CRLF log */
  if ((p = hs_word(p, e)) == NULL || (p = hs_word(p, e)) == NULL ||
      (p = hs_word(p, e)) == NULL)
    return 0;
  if (p == e || *p != '[') return 0;
  p++;
  q = (hs_ptr)memchr(p, ']', (size_t)(e - p));
  if (q == NULL || q == p || q + 1 == e || q[1] != ' ') return 0;
  p = hs_quoted(q + 2, e); /* the request */
  if (p == NULL || e - p < 5 || p[0] != ' ' || !hs_digit(p[1]) ||
      !hs_digit(p[2]) || !hs_digit(p[3]) || p[4] != ' ')
    return 0;
  code = (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
  p += 5;
  if (p < e && *p == '-') { /* no body bytes */
    p++;
  } else {
    q = p;
    while (p < e && hs_digit(*p)) p++;
    if (p == q) return 0;
  }
  if (p == e) { /* common: nothing after the bytes */
    if (!(formats & HTTPSTATUS_LOG_COMMON)) return 0;
  } else {
    if (!(formats & HTTPSTATUS_LOG_COMBINED) || *p != ' ') return 0;
    p = hs_quoted(p + 1, e); /* the referer */
    if (p == NULL || p == e || *p != ' ') return 0;
    p = hs_quoted(p + 1, e); /* the user agent, then SP and anything */
    if (p == NULL || (p < e && *p != ' ')) return 0;
  }
  return httpstatus_is_valid(code) ? code : -1;
}

int httpstatus_log_line(const char *line, size_t len, unsigned formats) {
  hs_ptr p = (hs_ptr)line;
  if (line == NULL) return 0;
  return hs_judge(p, p + len, formats);
}

static void hs_count(httpstatus_log_scan *s, const char *line, size_t len) {
  int code = 0;
  s->lines++;
  if (len <= HTTPSTATUS_LOG_MAX_LINE) /* else malformed, however cut */
    code = hs_judge((hs_ptr)line, (hs_ptr)line + len, s->formats);
  if (code > 0) {
    /* the bound check keeps memory safe should the valid range change */
    unsigned i = (unsigned)(code - HTTPSTATUS_LOG_FIRST_CODE);
    if (i < HTTPSTATUS_LOG_NCODES) {
      s->codes[i]++;
      return;
    }
    code = -1;
  }
  s->malformed++;
  if (code < 0) s->invalid_status++;
}

/* The line begun in an earlier buffer has ended: count it. */
static void hs_end_carried(httpstatus_log_scan *s) {
  if (s->overlong) {
    s->lines++;
    s->malformed++;
    s->overlong = 0;
  } else {
    hs_count(s, s->carry, s->carry_len);
  }
  s->carry_len = 0;
}

void httpstatus_log_init(httpstatus_log_scan *s, unsigned formats) {
  memset(s, 0, offsetof(httpstatus_log_scan, carry));
  s->formats = formats;
}

void httpstatus_log_feed(httpstatus_log_scan *s, const char *buf,
                         size_t len) {
  const char *end, *nl;
  if (len == 0) return;
  end = buf + len;
  if (s->overlong || s->carry_len > 0) { /* finish the carried line */
    size_t n;
    nl = (const char *)memchr(buf, '\n', len);
    n = nl ? (size_t)(nl - buf) : len;
    if (!s->overlong && n > HTTPSTATUS_LOG_MAX_LINE - s->carry_len) {
      s->overlong = 1; /* from now on, skip to its LF */
      s->carry_len = 0;
    }
    if (!s->overlong) {
      memcpy(s->carry + s->carry_len, buf, n);
      s->carry_len += n;
    }
    if (nl == NULL) return;
    hs_end_carried(s);
    buf = nl + 1;
  }
  while ((nl = (const char *)memchr(buf, '\n', (size_t)(end - buf))) !=
         NULL) {
    hs_count(s, buf, (size_t)(nl - buf));
    buf = nl + 1;
  }
  if (buf < end) { /* a line to be continued */
    size_t n = (size_t)(end - buf);
    if (n > HTTPSTATUS_LOG_MAX_LINE) {
      s->overlong = 1;
    } else {
      memcpy(s->carry, buf, n);
      s->carry_len = n;
    }
  }
}

void httpstatus_log_finish(httpstatus_log_scan *s) {
  if (s->overlong || s->carry_len > 0) hs_end_carried(s);
}
