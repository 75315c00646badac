/*
** httpstatus_line.c: the HTTP/1.x status line, both ways (RFC 9112, 4).
**
**   status-line = HTTP-version SP status-code SP [ reason-phrase ]
**   reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )
**
** The parser reads untrusted bytes: every access is bounded by `len`, it
** never writes, and each way of being malformed has its own message.
*/
#include <string.h>

#include "httpstatus.h"

static int hs_digit(char c) { return c >= '0' && c <= '9'; }

size_t httpstatus_status_line(char *out, size_t cap, int code,
                              const char *reason, size_t reason_len,
                              int minor) {
  size_t need;
  char head[14];
  if (!httpstatus_is_valid(code) || (minor != 0 && minor != 1)) return 0;
  if (reason == NULL) {
    reason = httpstatus_reason(code);
    if (reason == NULL) reason = "";
    reason_len = strlen(reason);
  } else if (!httpstatus_reason_is_valid(reason, reason_len)) {
    return 0;
  }
  /* "HTTP/1.1 404 " is 13 bytes; the space stays even with no phrase */
  memcpy(head, "HTTP/1.x ddd ", 13);
  head[7] = (char)('0' + minor);
  head[9] = (char)('0' + code / 100);
  head[10] = (char)('0' + code / 10 % 10);
  head[11] = (char)('0' + code % 10);
  need = 13 + reason_len;
  if (out != NULL && need < cap) {
    memcpy(out, head, 13);
    if (reason_len) memcpy(out + 13, reason, reason_len);
    out[need] = '\0';
  }
  return need;
}

/* "HTTP/" DIGIT "." DIGIT, or with HTTPSTATUS_PARSE_LENIENT "HTTP/" DIGIT */
static const char *hs_parse_version(const char *p, size_t len, size_t *pos,
                                    unsigned flags, httpstatus_status *st) {
  if (len < 5 || memcmp(p, "HTTP/", 5) != 0)
    return "expected 'HTTP/' at the start";
  if (len < 6 || !hs_digit(p[5])) return "expected a digit after 'HTTP/'";
  st->major = p[5] - '0';
  if (len > 7 && p[6] == '.' && hs_digit(p[7])) {
    st->minor = p[7] - '0';
    *pos = 8;
    return NULL;
  }
  if ((flags & HTTPSTATUS_PARSE_LENIENT) && st->major >= 2 &&
      (len == 6 || p[6] == ' ')) {
    st->minor = -1; /* "HTTP/2 200" as some tools print it */
    *pos = 6;
    return NULL;
  }
  return "expected HTTP-version as 'HTTP/' DIGIT '.' DIGIT";
}

const char *httpstatus_parse_status_line(const char *line, size_t len,
                                         unsigned flags,
                                         httpstatus_status *st) {
  const char *err;
  size_t pos = 0;
  if (line == NULL || st == NULL) return "no line given";
  st->code = 0;
  st->major = st->minor = 0;
  st->reason = NULL;
  st->reason_len = 0;
  /* one trailing CRLF is tolerated; with LENIENT, a bare LF too */
  if (len >= 2 && line[len - 2] == '\r' && line[len - 1] == '\n')
    len -= 2;
  else if ((flags & HTTPSTATUS_PARSE_LENIENT) && len >= 1 &&
           line[len - 1] == '\n')
    len -= 1;
  err = hs_parse_version(line, len, &pos, flags, st);
  if (err) return err;
  if (pos >= len || line[pos] != ' ')
    return "expected a space after the HTTP-version";
  pos++;
  if (len - pos < 3 || !hs_digit(line[pos]) || !hs_digit(line[pos + 1]) ||
      !hs_digit(line[pos + 2]))
    return "expected a three-digit status code";
  st->code = (line[pos] - '0') * 100 + (line[pos + 1] - '0') * 10 +
             (line[pos + 2] - '0');
  pos += 3;
  if (!httpstatus_is_valid(st->code))
    return "status code outside 100..599";
  if (pos == len) {
    if (flags & HTTPSTATUS_PARSE_LENIENT) {
      st->reason = line + pos;
      return NULL;
    }
    return "expected a space after the status code";
  }
  if (line[pos] != ' ') return "expected a space after the status code";
  pos++;
  if (!httpstatus_reason_is_valid(line + pos, len - pos))
    return "invalid byte in the reason phrase (control character, CR or LF)";
  st->reason = line + pos;
  st->reason_len = len - pos;
  return NULL;
}
