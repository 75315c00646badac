/*
** httpstatus_text.c: text safety, in one place. Which bytes each context
** takes as they are (one table, a bit per context), and how the others are
** written there. Every text a library user or a request gives reaches a
** header, a JSON document, an HTML page or a terminal through here:
**
**   FIELD     a header field value or reason phrase: HTAB, SP, VCHAR and
**             obs-text (RFC 9110 5.5, RFC 9112 4); nothing is escaped, a
**             text with another byte (CR, LF, NUL, DEL...) is refused
**   JSON      a JSON string literal (httpstatus_json_quote)
**   HTML      element content and quoted attribute values: & < > " ' as
**             character references; C0 controls but HTAB, LF, CR and DEL
**             (which HTML forbids) as U+FFFD's reference
**   TERMINAL  printable ASCII in double quotes: " and \ escaped, every
**             other byte outside SP..~ as \ddd (Lua's decimal escape), so
**             no ESC, C1 control or raw newline reaches a terminal
**
** and one grammar beside them: TOKEN, the bytes of a token (RFC 9110
** 5.6.2 tchar), what a field name or a method is made of
** (httpstatus_is_token; httpstatus.rules asks it through core.is_token).
*/
#include <string.h>

#include "httpstatus.h"

#define HS_FIELD 1u
#define HS_TERMINAL 2u /* also JSON's ASCII that needs no escape, DEL aside */
#define HS_HTML 4u
#define HS_TOKEN 8u /* a tchar: ALPHA, DIGIT and !#$%&'*+-.^_`|~ */

/* byte -> the contexts that take it as it is */
static const unsigned char hs_safe[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 4, 0, 0, 4, 0, 0, /* 00 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 10 */
  7, 15, 1, 15, 15, 15, 11, 11, 7, 7, 15, 15, 7, 15, 15, 7, /* 20 */
  15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 7, 7, 3, 7, 3, 7, /* 30 */
  7, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, /* 40 */
  15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 7, 5, 7, 15, 15, /* 50 */
  15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, /* 60 */
  15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 7, 15, 7, 15, 0, /* 70 */
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, /* 80 */
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, /* 90 */
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, /* a0 */
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, /* b0 */
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, /* c0 */
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, /* d0 */
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, /* e0 */
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, /* f0 */
};

static unsigned hs_bit(httpstatus_text_context ctx) {
  switch (ctx) {
  case HTTPSTATUS_TEXT_FIELD: return HS_FIELD;
  case HTTPSTATUS_TEXT_HTML: return HS_HTML;
  case HTTPSTATUS_TEXT_TERMINAL: return HS_TERMINAL;
  default: return 0; /* JSON: its own walk, over UTF-8 */
  }
}

int httpstatus_text_is_safe(httpstatus_text_context ctx, const char *s,
                            size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  unsigned bit = hs_bit(ctx);
  size_t i;
  if (s == NULL) return 0;
  if (ctx == HTTPSTATUS_TEXT_JSON) {
    for (i = 0; i < len; i++) /* ASCII with nothing to escape */
      if (!(hs_safe[u[i]] & HS_TERMINAL)) return 0;
    return 1;
  }
  for (i = 0; i < len; i++)
    if (!(hs_safe[u[i]] & bit)) return 0;
  return 1;
}

int httpstatus_reason_is_valid(const char *reason, size_t len) {
  return httpstatus_text_is_safe(HTTPSTATUS_TEXT_FIELD, reason, len);
}

int httpstatus_is_token(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i;
  if (s == NULL || len == 0) return 0;
  for (i = 0; i < len; i++)
    if (!(hs_safe[u[i]] & HS_TOKEN)) return 0;
  return 1;
}

/* the HTML escape of a byte HTML content cannot hold as it is */
static const char *hs_html_escape(unsigned char c) {
  switch (c) {
  case '&': return "&amp;";
  case '<': return "&lt;";
  case '>': return "&gt;";
  case '"': return "&quot;";
  case '\'': return "&#39;";
  default: return "&#xfffd;"; /* a control HTML does not allow */
  }
}

/* the TERMINAL escape of c into tmp */
static const char *hs_terminal_escape(unsigned char c, char *tmp) {
  if (c == '"') return "\\\"";
  if (c == '\\') return "\\\\";
  tmp[0] = '\\';
  tmp[1] = (char)('0' + c / 100);
  tmp[2] = (char)('0' + c / 10 % 10);
  tmp[3] = (char)('0' + c % 10);
  tmp[4] = '\0';
  return tmp;
}

void httpstatus_text_escape(httpstatus_text_context ctx, const char *s,
                            size_t len, httpstatus_writer w, void *ud) {
  const unsigned char *u = (const unsigned char *)s;
  unsigned bit = hs_bit(ctx);
  size_t i, run = 0; /* s[run..i) is safe and not yet written */
  char tmp[8];
  if (ctx == HTTPSTATUS_TEXT_JSON) {
    httpstatus_json_quote(s, len, w, ud);
    return;
  }
  if (ctx == HTTPSTATUS_TEXT_FIELD) { /* nothing to escape: all or nothing */
    if (httpstatus_text_is_safe(ctx, s, len)) w(ud, s, len);
    return;
  }
  if (ctx == HTTPSTATUS_TEXT_TERMINAL) w(ud, "\"", 1);
  for (i = 0; i < len; i++) {
    const char *esc;
    if (hs_safe[u[i]] & bit) continue;
    esc = ctx == HTTPSTATUS_TEXT_HTML ? hs_html_escape(u[i])
                                      : hs_terminal_escape(u[i], tmp);
    if (i > run) w(ud, s + run, i - run);
    w(ud, esc, strlen(esc));
    run = i + 1;
  }
  if (i > run) w(ud, s + run, i - run);
  if (ctx == HTTPSTATUS_TEXT_TERMINAL) w(ud, "\"", 1);
}
