/*
** core_test.c: the Lua-free C core on its own. Table invariants, every
** function on every code from -1 to 1000 and on NULL, empty and huge
** inputs. Ends with "N passed, N failed"; exits 1 when anything failed.
** Built and run by `make test` (also under the sanitizers).
*/
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

#include "check.h"

static int printable(const char *s) {
  if (s == NULL || *s == '\0') return 0;
  for (; *s; s++)
    if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7E) return 0;
  return 1;
}

/* NAME is the phrase upper-cased, "'" dropped, runs of space/'-' as '_' */
static int name_matches_reason(const char *name, const char *reason) {
  char want[128];
  size_t n = 0;
  int sep = 0;
  for (; *reason && n + 2 < sizeof want; reason++) {
    char c = *reason;
    if (c == '\'') continue;
    if (c == ' ' || c == '-') {
      sep = 1;
      continue;
    }
    if (sep && n > 0) want[n++] = '_';
    sep = 0;
    want[n++] = (char)((c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c);
  }
  want[n] = '\0';
  return strcmp(want, name) == 0;
}

static void test_table(void) {
  size_t i;
  int last = 0;
  CHECK(httpstatus_count() == 64);
  CHECK(httpstatus_entry_at(httpstatus_count()) == NULL);
  CHECK(httpstatus_entry_at((size_t)-1) == NULL);
  for (i = 0; i < httpstatus_count(); i++) {
    const httpstatus_entry *e = httpstatus_entry_at(i);
    CHECK(e != NULL);
    CHECK(e->code > last); /* sorted and unique */
    last = e->code;
    CHECK(httpstatus_is_valid(e->code));
    CHECK(httpstatus_find(e->code) == e);
    CHECK(printable(e->name));
    CHECK(printable(e->reason));
    CHECK(printable(e->reference));
    CHECK(httpstatus_reason_is_valid(e->reason, strlen(e->reason)));
    CHECK(name_matches_reason(e->name, e->reason));
    CHECK(httpstatus_registration_name(e->registration) != NULL);
    CHECK(((e->flags & HTTPSTATUS_F_DEPRECATED) != 0) ==
          (httpstatus_deprecation(e->code) != NULL));
    CHECK((e->expires != NULL) == (e->registration == HTTPSTATUS_TEMPORARY));
    CHECK(httpstatus_from_text(e->reason, strlen(e->reason)) == e->code);
    CHECK(httpstatus_from_text(e->name, strlen(e->name)) == e->code);
  }
  for (i = 0; i < httpstatus_alias_count(); i++) {
    const httpstatus_alias *a = httpstatus_alias_at(i);
    CHECK(httpstatus_find(a->code) != NULL); /* points at a registered code */
    CHECK(printable(a->phrase));
    CHECK(printable(a->source));
    CHECK(strcmp(a->phrase, httpstatus_reason(a->code)) != 0);
    CHECK(httpstatus_from_text(a->phrase, strlen(a->phrase)) == a->code);
  }
  CHECK(httpstatus_alias_at(httpstatus_alias_count()) == NULL);
  last = 0;
  for (i = 0; i < httpstatus_unofficial_count(); i++) {
    const httpstatus_unofficial *u = httpstatus_unofficial_at(i);
    CHECK(u->code >= last); /* sorted by code */
    last = u->code;
    CHECK(httpstatus_is_valid(u->code));
    CHECK(printable(u->vendor));
    CHECK(printable(u->reason));
  }
  CHECK(httpstatus_unofficial_at(httpstatus_unofficial_count()) == NULL);
}

static void test_every_code(void) {
  static const int extremes[] = {INT_MIN, -1, INT_MAX, 99, 600, 1000};
  static const char *const methods[] = {NULL, "GET", "HEAD", "CONNECT", ""};
  int code;
  size_t i, m;
  for (code = -1; code <= 1000; code++) {
    const httpstatus_entry *e = httpstatus_find(code);
    int valid = code >= 100 && code <= 599;
    char line[64];
    size_t n;
    CHECK(httpstatus_is_valid(code) == valid);
    CHECK((httpstatus_class_name(code) != NULL) == valid);
    CHECK((int)httpstatus_class_of(code) == (valid ? code / 100 : 0));
    CHECK((httpstatus_reason(code) != NULL) == (e != NULL));
    CHECK((httpstatus_name(code) != NULL) == (e != NULL));
    CHECK(httpstatus_has(code, 0) == 0);
    if (!valid) CHECK(e == NULL);
    for (m = 0; m < sizeof methods / sizeof methods[0]; m++) {
      int body = httpstatus_allows_body(code, methods[m]);
      unsigned f = httpstatus_content(code, methods[m]);
      CHECK(body == 0 || body == 1);
      if (!valid || code < 200) CHECK(body == 0);
      /* one rule: sending content is one of its answers */
      CHECK(body == ((f & HTTPSTATUS_CONTENT_SENT) != 0));
      /* content sent is described; a HEAD answer describes the GET's */
      if (body) CHECK((f & HTTPSTATUS_CONTENT_HEADERS) != 0);
      if (valid && methods[m] != NULL && strcmp(methods[m], "HEAD") == 0) {
        CHECK(!body && (f & HTTPSTATUS_CONTENT_OF_GET) != 0);
        CHECK(((f & HTTPSTATUS_CONTENT_HEADERS) != 0) ==
              httpstatus_allows_body(code, "GET"));
      }
      if (f & HTTPSTATUS_CONTENT_CHUNKED) CHECK((f & HTTPSTATUS_CONTENT_FRAMED) != 0);
    }
    n = httpstatus_status_line(line, sizeof line, code, NULL, 0, 1);
    CHECK((n != 0) == valid);
    if (valid) {
      httpstatus_status st;
      CHECK(n < sizeof line && strlen(line) == n);
      CHECK(httpstatus_parse_status_line(line, n, 0, &st) == NULL);
      CHECK(st.code == code && st.minor == 1);
    }
  }
  for (i = 0; i < sizeof extremes / sizeof extremes[0]; i++) {
    code = extremes[i];
    CHECK(httpstatus_find(code) == NULL);
    CHECK(httpstatus_class_name(code) == NULL);
    CHECK(httpstatus_status_line(NULL, 0, code, NULL, 0, 1) == 0);
    CHECK(httpstatus_allows_body(code, "GET") == 0);
    CHECK(httpstatus_keeps_method(code, "GET") == 0);
  }
  /* RFC 10008, 2.5: QUERY survives 301, 302, 307, 308; 303 turns it into GET */
  CHECK(httpstatus_keeps_method(301, "QUERY") && httpstatus_keeps_method(302, "QUERY"));
  CHECK(httpstatus_keeps_method(307, "QUERY") && httpstatus_keeps_method(308, "QUERY"));
  CHECK(!httpstatus_keeps_method(303, "QUERY") && httpstatus_keeps_method(303, "GET"));
  CHECK(!httpstatus_keeps_method(301, "POST") && httpstatus_keeps_method(307, "POST"));
  CHECK(!httpstatus_keeps_method(200, "GET") && !httpstatus_keeps_method(308, NULL));
}

typedef struct sink {
  size_t len;
} sink;

static void count_bytes(void *ud, const char *bytes, size_t n) {
  (void)bytes;
  ((sink *)ud)->len += n;
}

static void test_odd_inputs(void) {
  httpstatus_status st;
  char out[32], norm[HTTPSTATUS_MAX_TEXT];
  size_t big = 1024 * 1024;
  char *huge = (char *)malloc(big);
  sink s;
  CHECK(huge != NULL);
  if (huge == NULL) return;
  memset(huge, 'a', big);
  /* NULL and empty */
  CHECK(httpstatus_from_text(NULL, 0) == 0);
  CHECK(httpstatus_from_text(NULL, 10) == 0);
  CHECK(httpstatus_from_text("", 0) == 0);
  CHECK(httpstatus_normalize(NULL, 3, norm, sizeof norm) == -1);
  CHECK(httpstatus_normalize("", 0, norm, sizeof norm) == 0);
  CHECK(httpstatus_normal_form(NULL, 3, norm) == 0);
  CHECK(httpstatus_normal_form("", 0, norm) == 0);
  /* the same form for any text: other bytes (NUL, UTF-8) kept as they are */
  CHECK(httpstatus_normal_form(" -I'm a\0_TEA--pot\xc3\x89 ", 20, norm) == 15 &&
        memcmp(norm, "im_a\0_tea_pot\xc3\x89", 15) == 0);
  CHECK(httpstatus_normalize(" -I'm a\0_TEA--pot\xc3\x89 ", 20, norm, sizeof norm) == -1);
  CHECK(httpstatus_normal_form("Not-Found", 9, norm) == 9 &&
        httpstatus_normalize("Not-Found", 9, norm + 16, 16) == 9 &&
        memcmp(norm, norm + 16, 9) == 0 && memcmp(norm, "not_found", 9) == 0);
  CHECK(httpstatus_parse_status_line(NULL, 0, 0, &st) != NULL);
  CHECK(httpstatus_parse_status_line("", 0, 0, &st) != NULL);
  CHECK(httpstatus_parse_status_line("HTTP/1.1 200 OK", 15, 0, NULL) != NULL);
  CHECK(httpstatus_reason_is_valid(NULL, 0) == 0);
  CHECK(httpstatus_reason_is_valid("", 0) == 1);
  CHECK(httpstatus_utf8_valid(NULL, 0) == 0);
  CHECK(httpstatus_utf8_valid("", 0) == 1);
  s.len = 0;
  httpstatus_json_quote("", 0, count_bytes, &s);
  CHECK(s.len == 2);
  /* a buffer too small gets nothing, and the length it would need */
  CHECK(httpstatus_status_line(out, 5, 404, NULL, 0, 1) == 22);
  CHECK(httpstatus_status_line(NULL, 0, 404, NULL, 0, 1) == 22);
  CHECK(httpstatus_status_line(out, sizeof out, 404, NULL, 0, 2) == 0);
  CHECK(httpstatus_status_line(out, sizeof out, 404, "a\r\nb", 4, 1) == 0);
  CHECK(httpstatus_status_line(out, sizeof out, 404, "a\0b", 3, 1) == 0);
  CHECK(httpstatus_status_line(out, sizeof out, 299, NULL, 0, 0) == 13);
  CHECK(strcmp(out, "HTTP/1.0 299 ") == 0);
  /* huge inputs: bounded work, sensible answers */
  CHECK(httpstatus_from_text(huge, big) == 0);
  CHECK(httpstatus_normalize(huge, big, norm, sizeof norm) == -1);
  {
    char *form = (char *)malloc(big);
    CHECK(form != NULL && httpstatus_normal_form(huge, big, form) == big &&
          form[0] == 'a' && form[big - 1] == 'a');
    free(form);
  }
  CHECK(httpstatus_reason_is_valid(huge, big) == 1);
  CHECK(httpstatus_utf8_valid(huge, big) == 1);
  CHECK(httpstatus_parse_status_line(huge, big, 0, &st) != NULL);
  CHECK(httpstatus_status_line(NULL, 0, 200, huge, big, 1) == 13 + big);
  s.len = 0;
  httpstatus_json_quote(huge, big, count_bytes, &s);
  CHECK(s.len == big + 2);
  memcpy(huge, "HTTP/1.1 200 ", 13);
  CHECK(httpstatus_parse_status_line(huge, big, 0, &st) == NULL);
  CHECK(st.reason_len == big - 13);
  huge[big - 1] = '\n'; /* a bare LF at the very end */
  CHECK(httpstatus_parse_status_line(huge, big, 0, &st) != NULL);
  CHECK(httpstatus_parse_status_line(huge, big, HTTPSTATUS_PARSE_LENIENT,
                                     &st) == NULL);
  memset(huge, 0xFF, big); /* invalid UTF-8 everywhere */
  CHECK(httpstatus_utf8_valid(huge, big) == 0);
  s.len = 0;
  httpstatus_json_quote(huge, big, count_bytes, &s);
  CHECK(s.len == big * 6 + 2); /* each byte as \ufffd */
  free(huge);
}

/* httpstatus_problem_write: defaults, escaping, the size contract */
static void test_problem_write(void) {
  char out[256];
  const char *want = "{\"type\":\"about:blank\",\"title\":\"Not Found\","
                     "\"status\":404,\"detail\":\"a\\\"b\\n\\ufffd\"}";
  size_t n = httpstatus_problem_write(out, sizeof out, 404, NULL, 0, NULL, 0,
                                      "a\"b\n\xff", 5, NULL, 0);
  int code;
  CHECK(n == strlen(want) && memcmp(out, want, n) == 0);
  /* too small: the length all the same, nothing past cap */
  memset(out, 'x', sizeof out);
  CHECK(httpstatus_problem_write(out, 10, 404, NULL, 0, NULL, 0, "a\"b\n\xff", 5,
                                 NULL, 0) == n);
  CHECK(out[10] == 'x');
  CHECK(httpstatus_problem_write(NULL, 0, 404, NULL, 0, NULL, 0, NULL, 0, NULL,
                                 0) == strlen("{\"type\":\"about:blank\",\"title\":"
                                              "\"Not Found\",\"status\":404}"));
  /* an unregistered code has no title unless given; every member given */
  n = httpstatus_problem_write(out, sizeof out, 299, "t", 1, NULL, 0, NULL, 0,
                               "/i", 2);
  want = "{\"type\":\"t\",\"status\":299,\"instance\":\"/i\"}";
  CHECK(n == strlen(want) && memcmp(out, want, n) == 0);
  n = httpstatus_problem_write(out, sizeof out, 503, "t", 1, "x", 1, "d", 1, "i", 1);
  want = "{\"type\":\"t\",\"title\":\"x\",\"status\":503,\"detail\":\"d\","
         "\"instance\":\"i\"}";
  CHECK(n == strlen(want) && memcmp(out, want, n) == 0);
  /* a member's own length counts, NUL included */
  n = httpstatus_problem_write(out, sizeof out, 400, NULL, 0, NULL, 0, "a\0b", 3,
                               NULL, 0);
  want = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
         "\"detail\":\"a\\u0000b\"}";
  CHECK(n == strlen(want) && memcmp(out, want, n) == 0);
  for (code = -1; code < 1000; code++)
    CHECK((httpstatus_problem_write(out, sizeof out, code, NULL, 0, NULL, 0, NULL, 0,
                                    NULL, 0) > 0) == (code >= 100 && code <= 599));
}

/* the regular lines of a header section: split, or left to the caller */
static int field_is(const char *line, size_t max, const char *name,
                    const char *value) {
  httpstatus_field f;
  size_t len = strlen(line), n = httpstatus_field_line(line, len, max, &f);
  if (name == NULL) return n == 0;
  return n == len && f.name_len == strlen(name) &&
         memcmp(line, name, f.name_len) == 0 && f.value_len == strlen(value) &&
         memcmp(line + f.value_start, value, f.value_len) == 0;
}

static void test_field_lines(void) {
  httpstatus_field f;
  CHECK(field_is("Vary: Accept\r\n", 100, "Vary", "Accept"));
  CHECK(field_is("X:\t a b \t\r\n", 100, "X", "a b"));
  CHECK(field_is("X:\r\n", 100, "X", ""));
  CHECK(field_is("X:   \r\n", 100, "X", ""));
  CHECK(field_is(": v\r\n", 100, "", "v")); /* not a token: the caller says */
  CHECK(field_is("X: a\rb\r\n", 100, "X", "a\rb"));
  CHECK(field_is("X: a:b\r\n", 100, "X", "a:b"));
  CHECK(field_is("X : v\r\n", 100, NULL, NULL));  /* space before the colon */
  CHECK(field_is(" X: v\r\n", 100, NULL, NULL));  /* obs-fold */
  CHECK(field_is("\tv\r\n", 100, NULL, NULL));
  CHECK(field_is("no colon\r\n", 100, NULL, NULL));
  CHECK(field_is("X: v\n", 100, NULL, NULL));      /* a bare LF */
  CHECK(field_is("X: v\r", 100, NULL, NULL));      /* no LF: the input ends */
  CHECK(field_is("\r\n", 100, NULL, NULL));        /* the empty line */
  CHECK(field_is("X: v\r\n", 5, "X", "v"));        /* the LF 5 bytes in */
  CHECK(field_is("X: v\r\n", 4, NULL, NULL));
  /* only the first line, and never past len */
  CHECK(httpstatus_field_line("A: b\r\nC: d\r\n", 12, 100, &f) == 6);
  CHECK(httpstatus_field_line("A: b\r\n", 5, 100, &f) == 0);
  CHECK(httpstatus_field_line(NULL, 5, 100, &f) == 0);
  CHECK(httpstatus_field_line("A: b\r\n", 6, 100, NULL) == 0);
  CHECK(httpstatus_crlf_line("HTTP/1.1 200 OK\r\nA", 19, 100) == 17);
  CHECK(httpstatus_crlf_line("\n", 1, 100) == 0);
  CHECK(httpstatus_crlf_line("", 0, 100) == 0);
}

/* tokens (RFC 9110 5.6.2): one or more tchar, every byte tried */
static void test_tokens(void) {
  static const char tchar[] = "!#$%&'*+-.^_`|~0123456789"
                              "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  int b;
  for (b = 0; b < 256; b++) {
    char s[3] = {'A', (char)b, 'z'};
    int want = b != 0 && strchr(tchar, b) != NULL;
    CHECK(httpstatus_is_token(s + 1, 1) == want);
    CHECK(httpstatus_is_token(s, 3) == want);
  }
  CHECK(httpstatus_is_token("Content-Type", 12) == 1);
  CHECK(httpstatus_is_token("GET", 0) == 0);
  CHECK(httpstatus_is_token(NULL, 3) == 0);
}

int main(void) {
  test_table();
  test_every_code();
  test_odd_inputs();
  test_problem_write();
  test_field_lines();
  test_tokens();
  return check_report();
}
