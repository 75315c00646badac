/*
** log_test.c: the access-log scanner (httpstatus_log.h) on its own. Every
** line shape once per format, then the property that matters for a
** stream: the counts do not depend on where the input is cut (every byte
** boundary of a sample, one byte at a time, random cuts, the sample log,
** megabytes of random bytes), the limit on carried lines, the last line
** without LF. Ends with "N passed, N failed"; exits 1 when anything
** failed. Run from the top of the tree (it reads examples/data/access.log),
** also under -fsanitize=address,undefined.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"
#include "httpstatus_log.h"
#include "log_same.h"

#include "check.h"

/* a string literal and its length, NUL bytes included */
#define S(lit) lit, sizeof(lit) - 1

#define T "[14/Mar/2026:10:00:00 +0100]"
#define PRE "192.0.2.10 - - " T " "
#define REQ "\"GET / HTTP/1.1\""
#define TAIL " \"-\" \"curl/8.12.1\""
#define LINE(status) PRE REQ " " status " 512" TAIL

#define ANY HTTPSTATUS_LOG_ANY
#define COMBINED HTTPSTATUS_LOG_COMBINED
#define COMMON HTTPSTATUS_LOG_COMMON

/* What httpstatus_log_line answers per format: code, 0 or -1. */
typedef struct {
  const char *line;
  size_t len;
  int any, combined, common;
} hs_case;

static const hs_case cases[] = {
  /* combined, as nginx and Apache write it */
  {S(LINE("200")), 200, 200, 0},
  {S("2001:db8:85a3::8a2e:370:7334 - - " T
     " \"GET /missing HTTP/2.0\" 404 153 \"-\" \"-\""),
   404, 404, 0},
  {S("198.51.100.7 - alice " T " \"GET /admin/ HTTP/1.1\" 200 4096 \"-\" "
     "\"Mozilla/5.0 (X11)\""),
   200, 200, 0},
  {S(PRE "\"GET /my documents/a file.txt HTTP/1.1\" 301 512" TAIL), 301, 301,
   0},
  {S(PRE "\"OPTIONS /api HTTP/2.0\" 204 - \"https://x.example/\" \"ua\""), 204,
   204, 0},
  {S(PRE "\"-\" 408 0" TAIL), 408, 408, 0},
  {S(LINE("100")), 100, 100, 0},
  {S(LINE("599")), 599, 599, 0},
  {S(LINE("499") " \"203.0.113.9\" 0.532"), 499, 499, 0}, /* more fields */
  {S(LINE("200") " "), 200, 200, 0},       /* SP and nothing: still more */
  {S(LINE("200") " junk \" \\"), 200, 200, 0}, /* anything after the SP */
  /* escapes: a backslash takes the next byte, whatever it is */
  {S(PRE "\"GET /q=\\\"x\\\" HTTP/1.1\" 200 512" TAIL), 200, 200, 0},
  {S(PRE "\"GET /q=\\x22x\\x22 HTTP/1.1\" 200 512" TAIL), 200, 200, 0},
  {S(PRE "\"\\\\\" 200 512" TAIL), 200, 200, 0},   /* "\\" */
  {S(PRE "\"\\\\\\\"\" 200 512" TAIL), 200, 200, 0}, /* "\\\"" */
  {S(PRE "\"a\\\" 200 512" TAIL), 0, 0, 0},    /* escaped quote runs on */
  {S(PRE "\"a\\"), 0, 0, 0},                   /* backslash at the end */
  {S(PRE "\"\\"), 0, 0, 0},
  {S(PRE "\"GET /q=\"x\" HTTP/1.1\" 200 512" TAIL), 0, 0, 0}, /* bare quote */
  {S(PRE REQ " 200 512 \"a\\\"b\" \"ua\\\\\""), 200, 200, 0},
  /* common: nothing after the bytes */
  {S(PRE REQ " 200 512"), 200, 0, 200},
  {S(PRE REQ " 404 -"), 404, 0, 404},
  {S(PRE REQ " 200 512\r"), 200, 0, 200},
  {S(PRE REQ " 000 512"), -1, 0, -1},
  {S(PRE REQ " 200 512 "), 0, 0, 0},  /* a trailing SP is not nothing */
  {S(PRE REQ " 200 512 \"-\""), 0, 0, 0}, /* the agent is missing */
  {S(PRE REQ " 200 512\t"), 0, 0, 0},
  /* line ends */
  {S(LINE("304") "\r"), 304, 304, 0},
  {S(LINE("304") "\r\r"), 0, 0, 0}, /* only one CR is dropped */
  {S(LINE("304") "\rx"), 0, 0, 0},
  {S(""), 0, 0, 0},
  {S("\r"), 0, 0, 0},
  {S(" "), 0, 0, 0},
  /* the status */
  {S(LINE("000")), -1, -1, 0},
  {S(LINE("099")), -1, -1, 0},
  {S(LINE("600")), -1, -1, 0},
  {S(LINE("999")), -1, -1, 0},
  {S(LINE("2OO")), 0, 0, 0},
  {S(LINE("20")), 0, 0, 0},
  {S(LINE("2000")), 0, 0, 0},
  {S(LINE("-200")), 0, 0, 0},
  {S(PRE REQ " 000 512 \"-\""), 0, 0, 0}, /* bad shape beats bad status */
  {S(PRE REQ "  200 512" TAIL), 0, 0, 0},
  /* the bytes */
  {S(PRE REQ " 200 5x2" TAIL), 0, 0, 0},
  {S(PRE REQ " 200 -5" TAIL), 0, 0, 0},
  {S(PRE REQ " 200 --" TAIL), 0, 0, 0},
  {S(PRE REQ " 200  \"-\" \"ua\""), 0, 0, 0},
  {S(PRE REQ " 200"), 0, 0, 0},
  {S(PRE REQ " 200 "), 0, 0, 0},
  /* missing, doubled or odd fields */
  {S("192.0.2.10 - " T " " REQ " 200 512" TAIL), 0, 0, 0},
  {S("192.0.2.10  - - " T " " REQ " 200 512" TAIL), 0, 0, 0},
  {S("192.0.2.10\t- - " T " " REQ " 200 512" TAIL), 0, 0, 0},
  {S(" 192.0.2.10 - - " T " " REQ " 200 512" TAIL), 0, 0, 0},
  {S("192.0.2.10 - - 14/Mar/2026:10:00:00 " REQ " 200 512" TAIL), 0, 0, 0},
  {S("192.0.2.10 - - [] " REQ " 200 512" TAIL), 0, 0, 0},
  {S("192.0.2.10 - - [14/Mar/2026 " REQ " 200 512" TAIL), 0, 0, 0},
  {S("192.0.2.10 - - " T REQ " 200 512" TAIL), 0, 0, 0},
  {S("a b c[x] [t] " REQ " 200 512" TAIL), 200, 200, 0}, /* '[' in user */
  {S("a b c [t [u] " REQ " 200 512" TAIL), 200, 200, 0}, /* '[' in time */
  {S(PRE "GET / HTTP/1.1 200 512" TAIL), 0, 0, 0},
  {S(PRE REQ " 200 512 \"-\"\"ua\""), 0, 0, 0},
  {S(PRE REQ " 200 512 - \"ua\""), 0, 0, 0},
  {S(PRE REQ " 200 512 \"-\" ua"), 0, 0, 0},
  {S(PRE REQ " 200 512 \"-\" \"ua"), 0, 0, 0}, /* cut in the agent */
  {S(PRE REQ " 200 512 \"-\" \"ua\"junk"), 0, 0, 0},
  {S(PRE REQ " 200 512 \"-\" \"ua\"\t1"), 0, 0, 0},
  {S(PRE REQ " 200 512 \"-\""), 0, 0, 0},
  {S(PRE REQ " 200 512 \"-"), 0, 0, 0},
  {S(PRE "\"GET / HTTP/1.1"), 0, 0, 0},
  {S("-- MARK --"), 0, 0, 0},
  {S("GET / HTTP/1.1"), 0, 0, 0},
  {S("2026/03/14 09:41:07 [error] 2231#2231: *88123 upstream timed out"), 0,
   0, 0},
  /* NUL and binary bytes: fine inside a field, never as a separator */
  {S("192.0.2.\0 - - " T " " REQ " 200 512" TAIL), 200, 200, 0},
  {S(PRE "\"\0\x16\x03\x01\xff\" 400 157 \"-\" \"\0\""), 400, 400, 0},
  {S("192.0.2.10\0- - " T " " REQ " 200 512" TAIL), 0, 0, 0},
  {S(PRE REQ " 200 512\0" TAIL), 0, 0, 0},
  {S(PRE REQ " 200\0" "512" TAIL), 0, 0, 0},
  {S(LINE("200") "\0"), 0, 0, 0},
  {S("\0\0\0\0\0\0\0\0"), 0, 0, 0},
  {S("\x16\x03\x01\x00\xf1\x01\x00\x00\x9f\x03\x03\xad\xac 200 \x80\x81\"\""),
   0, 0, 0},
  {S("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"), 0,
   0, 0},
  {S("\v \f \x85 [\xa0] \"\" 200 1 \"\" \"\""), 0, 0, 0}, /* VT is a space */
  {S("\x85 \xa0 \x01 [\x7f] \"\" 200 1 \"\" \"\""), 200, 200, 0},
};
#define NCASES (sizeof cases / sizeof cases[0])

static int expected(const hs_case *c, unsigned formats) {
  if (formats == ANY) return c->any;
  return formats == COMBINED ? c->combined : c->common;
}

static void test_cases(void) {
  static const unsigned formats[] = {ANY, COMBINED, COMMON};
  size_t i, f;
  for (i = 0; i < NCASES; i++) {
    for (f = 0; f < 3; f++) {
      int got = httpstatus_log_line(cases[i].line, cases[i].len, formats[f]);
      int want = expected(&cases[i], formats[f]);
      if (got != want)
        fprintf(stderr, "case %u, formats %u: got %d, want %d\n",
                (unsigned)i, formats[f], got, want);
      CHECK(got == want);
    }
    CHECK(httpstatus_log_line(cases[i].line, cases[i].len, 0) == 0);
  }
  CHECK(httpstatus_log_line(NULL, 0, ANY) == 0);
  CHECK(httpstatus_log_line(NULL, 10, ANY) == 0);
}

/* ---- scanners ---- */

static httpstatus_log_scan *new_scan(unsigned formats) {
  httpstatus_log_scan *s = (httpstatus_log_scan *)malloc(sizeof *s);
  if (s == NULL) {
    fprintf(stderr, "out of memory\n");
    exit(2);
  }
  memset(s, 0xA5, sizeof *s); /* init must not rely on zeroed memory */
  httpstatus_log_init(s, formats);
  return s;
}


/* every line is counted exactly once: valid by code or malformed */
static int consistent(const httpstatus_log_scan *s) {
  uint64_t sum = s->malformed;
  size_t i;
  for (i = 0; i < HTTPSTATUS_LOG_NCODES; i++) sum += s->codes[i];
  return sum == s->lines && s->invalid_status <= s->malformed;
}

static uint64_t code_count(const httpstatus_log_scan *s, int code) {
  return s->codes[code - HTTPSTATUS_LOG_FIRST_CODE];
}

/* xorshift32: the same cuts and bytes on every run */
static unsigned hs_rand(unsigned *state) {
  unsigned x = *state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  *state = x;
  return x;
}

static void feed_whole(httpstatus_log_scan *s, const char *buf, size_t len) {
  httpstatus_log_feed(s, buf, len);
  httpstatus_log_finish(s);
}

static void feed_pieces(httpstatus_log_scan *s, const char *buf, size_t len,
                        size_t piece) {
  size_t at;
  for (at = 0; at < len; at += piece)
    httpstatus_log_feed(s, buf + at, len - at < piece ? len - at : piece);
  httpstatus_log_finish(s);
}

/* cuts at random places, empty pieces included */
static void feed_random(httpstatus_log_scan *s, const char *buf, size_t len,
                        unsigned *seed, size_t max_piece) {
  size_t at = 0;
  while (at < len) {
    size_t n = hs_rand(seed) % (max_piece + 1);
    if (n > len - at) n = len - at;
    httpstatus_log_feed(s, buf + at, n);
    at += n;
  }
  httpstatus_log_finish(s);
}

/* every case joined by LF: the per-line answers, summed, are the counts */
static char *join_cases(size_t *len) {
  size_t i, n = 0;
  char *buf;
  for (i = 0; i < NCASES; i++) n += cases[i].len + 1;
  buf = (char *)malloc(n);
  if (buf == NULL) exit(2);
  n = 0;
  for (i = 0; i < NCASES; i++) {
    memcpy(buf + n, cases[i].line, cases[i].len);
    n += cases[i].len;
    buf[n++] = '\n';
  }
  *len = n;
  return buf;
}

static void test_stream(void) {
  size_t len, i, cut;
  char *buf = join_cases(&len);
  httpstatus_log_scan *want = new_scan(ANY), *s = new_scan(ANY);
  uint64_t malformed = 0, invalid = 0;
  int differ = 0;
  unsigned seed = 12345;

  feed_whole(want, buf, len);
  for (i = 0; i < NCASES; i++) {
    if (cases[i].any <= 0) malformed++;
    if (cases[i].any < 0) invalid++;
  }
  CHECK(want->lines == NCASES);
  CHECK(want->malformed == malformed);
  CHECK(want->invalid_status == invalid);
  CHECK(code_count(want, 200) > 10);
  CHECK(consistent(want));

  /* in two pieces, cut at every byte boundary; then with no final LF */
  for (cut = 0; cut <= len; cut++) {
    httpstatus_log_init(s, ANY);
    httpstatus_log_feed(s, buf, cut);
    httpstatus_log_feed(s, buf + cut, len - cut);
    httpstatus_log_finish(s);
    if (!same_counts(s, want)) differ++;
  }
  CHECK(differ == 0);
  differ = 0;
  for (cut = 0; cut < len; cut++) {
    httpstatus_log_init(s, ANY);
    httpstatus_log_feed(s, buf, cut);
    httpstatus_log_feed(s, buf + cut, len - 1 - cut);
    httpstatus_log_finish(s);
    if (!same_counts(s, want)) differ++;
  }
  CHECK(differ == 0);

  for (i = 1; i <= 17; i++) { /* fixed pieces, one byte at a time first */
    httpstatus_log_init(s, ANY);
    feed_pieces(s, buf, len, i);
    CHECK(same_counts(s, want));
  }
  differ = 0;
  for (i = 0; i < 300; i++) {
    httpstatus_log_init(s, ANY);
    feed_random(s, buf, len, &seed, i < 150 ? 8 : 400);
    if (!same_counts(s, want)) differ++;
  }
  CHECK(differ == 0);

  /* the same bytes under each single format */
  httpstatus_log_init(want, COMBINED);
  feed_whole(want, buf, len);
  httpstatus_log_init(s, COMBINED);
  feed_pieces(s, buf, len, 3);
  CHECK(same_counts(s, want));
  CHECK(want->lines == NCASES && consistent(want));
  httpstatus_log_init(want, COMMON);
  feed_whole(want, buf, len);
  CHECK(code_count(want, 200) == 2 && code_count(want, 404) == 1);
  CHECK(want->invalid_status == 1 && consistent(want));
  httpstatus_log_init(want, 0);
  feed_whole(want, buf, len);
  CHECK(want->lines == NCASES && want->malformed == NCASES);
  free(s);
  free(want);
  free(buf);
}

static void test_line_ends(void) {
  httpstatus_log_scan *s = new_scan(ANY);
  static const char line[] = LINE("200");
  size_t len = sizeof line - 1;

  CHECK(s->lines == 0 && s->malformed == 0 && consistent(s));
  httpstatus_log_feed(s, NULL, 0);
  httpstatus_log_finish(s);
  CHECK(s->lines == 0); /* no input, no line */

  httpstatus_log_feed(s, line, len);
  CHECK(s->lines == 0); /* not ended yet */
  httpstatus_log_finish(s);
  CHECK(s->lines == 1 && code_count(s, 200) == 1);
  httpstatus_log_finish(s);
  CHECK(s->lines == 1); /* twice changes nothing */

  /* after finish, a new line: not glued to the one before */
  httpstatus_log_feed(s, PRE, sizeof(PRE) - 1);
  httpstatus_log_finish(s);
  httpstatus_log_feed(s, line + sizeof(PRE) - 1, len - (sizeof(PRE) - 1));
  httpstatus_log_feed(s, "\n", 1);
  CHECK(s->lines == 3 && s->malformed == 2);
  httpstatus_log_finish(s);
  CHECK(s->lines == 3);

  /* empty lines are lines, and malformed; LF LF is two of them */
  httpstatus_log_init(s, ANY);
  feed_whole(s, "\n\n\r\n", 4);
  CHECK(s->lines == 3 && s->malformed == 3);
  httpstatus_log_init(s, ANY);
  feed_whole(s, "\r", 1);
  CHECK(s->lines == 1 && s->malformed == 1);

  /* CRLF across a cut between CR and LF */
  httpstatus_log_init(s, ANY);
  httpstatus_log_feed(s, line, len);
  httpstatus_log_feed(s, "\r", 1);
  httpstatus_log_feed(s, "\n", 1);
  httpstatus_log_finish(s);
  CHECK(s->lines == 1 && code_count(s, 200) == 1);
  free(s);
}

/*
** A valid line of exactly `len` bytes (LF not counted): the agent is
** padded. Returns the buffer with a LF after the line.
*/
static char *line_of(size_t len, int crlf) {
  static const char head[] = PRE REQ " 200 512 \"-\" \"";
  size_t h = sizeof head - 1, body = len - h - 1 - (crlf ? 1 : 0);
  char *buf = (char *)malloc(len + 1);
  if (buf == NULL) exit(2);
  memcpy(buf, head, h);
  memset(buf + h, 'a', body);
  buf[h + body] = '"';
  if (crlf) buf[len - 1] = '\r';
  buf[len] = '\n';
  return buf;
}

static void test_limit(void) {
  const size_t max = HTTPSTATUS_LOG_MAX_LINE;
  static const size_t pieces[] = {1, 7, 4096, 65535, 65536, 65537, 1 << 20};
  httpstatus_log_scan *s = new_scan(ANY);
  size_t i, k;
  char *big;

  /* memory does not grow with the input: one line's worth, counts, and
     the fixed-size timeline and busiest-path sketches */
  CHECK(sizeof(httpstatus_log_scan) < max + 8192 + sizeof(s->bucket) + sizeof(s->paths));

  for (k = 0; k < 4; k++) { /* max - 1, max, max + 1; max with CRLF */
    size_t len = k == 3 ? max + 1 : max - 1 + k;
    int crlf = k == 3, ok = len <= max;
    big = line_of(len, crlf);
    CHECK(httpstatus_log_line(big, len, ANY) == 200); /* one line: fine */
    for (i = 0; i < sizeof pieces / sizeof pieces[0]; i++) {
      httpstatus_log_init(s, ANY);
      feed_pieces(s, big, len + 1, pieces[i]);
      CHECK(s->lines == 1);
      CHECK(code_count(s, 200) == (ok ? 1u : 0u));
      CHECK(s->malformed == (ok ? 0u : 1u));
      httpstatus_log_init(s, ANY); /* no LF: counted at finish */
      feed_pieces(s, big, len, pieces[i]);
      CHECK(s->lines == 1 && s->malformed == (ok ? 0u : 1u));
    }
    free(big);
  }

  /* 16 MiB without a LF, then a good line: two lines, carried or not */
  {
    size_t n = (size_t)16 << 20, tail = sizeof(LINE("204"));
    big = (char *)malloc(n + tail);
    if (big == NULL) exit(2);
    memset(big, 'x', n);
    memcpy(big + n, "\n" LINE("204"), tail);
    for (i = 0; i < sizeof pieces / sizeof pieces[0]; i++) {
      if (pieces[i] < 4096) continue; /* 16 M calls: too slow under ASan */
      httpstatus_log_init(s, ANY);
      feed_pieces(s, big, n + tail, pieces[i]);
      CHECK(s->lines == 2 && s->malformed == 1 && code_count(s, 204) == 1);
    }
    httpstatus_log_init(s, ANY);
    feed_whole(s, big, n + tail);
    CHECK(s->lines == 2 && s->malformed == 1 && code_count(s, 204) == 1);
    httpstatus_log_init(s, ANY); /* overlong, then finish with no LF */
    feed_pieces(s, big, n, 1 << 16);
    CHECK(s->lines == 1 && s->malformed == 1 && s->invalid_status == 0);
    free(big);
  }
  free(s);
}

/* Lots of lines whose counts are known by construction, fed in pieces. */
static void test_huge(void) {
  static const char *const lines[] = {
    LINE("200") "\n", LINE("404") "\r\n", PRE REQ " 301 -\n",
    LINE("000") "\n", "\n", LINE("503") " 0.25\n", "junk\n"};
  static const int codes[] = {200, 404, 301, -1, 0, 503, 0};
  const size_t rounds = 40000, nl = sizeof lines / sizeof lines[0];
  size_t len = 0, i, r, at = 0;
  unsigned seed = 99;
  httpstatus_log_scan *s = new_scan(ANY), *w = new_scan(ANY);
  char *buf;
  for (i = 0; i < nl; i++) len += strlen(lines[i]);
  len *= rounds;
  buf = (char *)malloc(len);
  if (buf == NULL) exit(2);
  for (r = 0; r < rounds; r++)
    for (i = 0; i < nl; i++) {
      size_t n = strlen(lines[i]);
      memcpy(buf + at, lines[i], n);
      at += n;
    }
  feed_whole(w, buf, len);
  CHECK(w->lines == rounds * nl);
  CHECK(w->malformed == rounds * 3 && w->invalid_status == rounds);
  for (i = 0; i < nl; i++)
    if (codes[i] > 0) CHECK(code_count(w, codes[i]) == rounds);
  CHECK(consistent(w));
  feed_pieces(s, buf, len, 7);
  CHECK(same_counts(s, w));
  httpstatus_log_init(s, ANY);
  feed_pieces(s, buf, len, 65536);
  CHECK(same_counts(s, w));
  httpstatus_log_init(s, ANY);
  feed_random(s, buf, len, &seed, 300);
  CHECK(same_counts(s, w));
  free(buf);
  free(s);
  free(w);
}

/* Random bytes, some of them LFs: no crash, and cuts change nothing. */
static void test_binary(void) {
  const size_t len = (size_t)4 << 20;
  unsigned seed = 7;
  size_t i, lf = 0;
  char *buf = (char *)malloc(len);
  httpstatus_log_scan *s = new_scan(ANY), *w = new_scan(ANY);
  if (buf == NULL) exit(2);
  for (i = 0; i < len; i++) {
    buf[i] = (char)(hs_rand(&seed) & 0xFF);
    if (buf[i] == '\n') lf++;
  }
  feed_whole(w, buf, len);
  CHECK(w->lines == lf + (buf[len - 1] != '\n' ? 1u : 0u));
  CHECK(w->malformed == w->lines && consistent(w));
  feed_random(s, buf, len, &seed, 1000);
  CHECK(same_counts(s, w));
  /* only LFs, spaces, quotes and backslashes: the searches' worst case */
  for (i = 0; i < len; i++) buf[i] = " \"\\\n"[hs_rand(&seed) % 4];
  httpstatus_log_init(w, ANY);
  feed_whole(w, buf, len);
  CHECK(consistent(w));
  httpstatus_log_init(s, ANY);
  feed_random(s, buf, len, &seed, 50);
  CHECK(same_counts(s, w));
  /* one long line of backslashes then a quote, judged in one pass */
  memset(buf, '\\', HTTPSTATUS_LOG_MAX_LINE);
  memcpy(buf, PRE "\"", sizeof(PRE));
  CHECK(httpstatus_log_line(buf, HTTPSTATUS_LOG_MAX_LINE, ANY) == 0);
  free(buf);
  free(s);
  free(w);
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
      fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return NULL;
  }
  buf = (char *)malloc((size_t)n + 1);
  if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    fclose(f);
    return NULL;
  }
  fclose(f);
  *len = (size_t)n;
  return buf;
}

/*
** examples/data/access.log: 3000 lines, 16 malformed for the Lua
** classifier (combined only); one of them (line 2233) is a common-format
** line, valid when common is accepted; one (line 1204) has status 000.
*/
static void test_sample(const char *path) {
  size_t len = 0, i;
  static const size_t pieces[] = {1, 2, 3, 61, 4096, 65536};
  unsigned seed = 2026;
  char *buf = read_file(path, &len);
  httpstatus_log_scan *s = new_scan(ANY), *w = new_scan(COMBINED);
  CHECK(buf != NULL);
  if (buf == NULL) {
    fprintf(stderr, "cannot read %s (run from the top of the tree)\n", path);
    free(s);
    free(w);
    return;
  }
  feed_whole(w, buf, len);
  CHECK(w->lines == 3000 && w->malformed == 16 && w->invalid_status == 1);
  CHECK(code_count(w, 418) >= 1 && code_count(w, 444) >= 1);
  CHECK(consistent(w));
  feed_whole(s, buf, len);
  CHECK(s->lines == 3000 && s->malformed == 15 && s->invalid_status == 1);
  for (i = 0; i < sizeof pieces / sizeof pieces[0]; i++) {
    httpstatus_log_init(s, COMBINED);
    feed_pieces(s, buf, len, pieces[i]);
    CHECK(same_counts(s, w));
  }
  for (i = 0; i < 20; i++) {
    httpstatus_log_init(s, COMBINED);
    feed_random(s, buf, len, &seed, 5000);
    CHECK(same_counts(s, w));
  }
  free(buf);
  free(s);
  free(w);
}

/* ---- the fast path against the reference parser ---- */


/*
** The reference: each line fed without its LF, then the LF alone, so
** that every line is carried and read by httpstatus_log_parse, never by
** the fast path.
*/
static void feed_by_line(httpstatus_log_scan *s, const char *buf,
                         size_t len) {
  const char *end = buf + len, *nl;
  while ((nl = (const char *)memchr(buf, '\n', (size_t)(end - buf))) !=
         NULL) {
    httpstatus_log_feed(s, buf, (size_t)(nl - buf));
    httpstatus_log_feed(s, "\n", 1);
    buf = nl + 1;
  }
  httpstatus_log_feed(s, buf, (size_t)(end - buf));
  httpstatus_log_finish(s);
}

/* buf's counts, fed whole and in pieces, equal the reference's, for the
   formats given; returns how many ways of feeding differed */
static int differs_from_reference(const char *buf, size_t len,
                                  unsigned formats, unsigned *seed) {
  static httpstatus_log_scan want, got;
  int bad = 0;
  size_t piece;
  httpstatus_log_init(&want, formats);
  feed_by_line(&want, buf, len);
  httpstatus_log_init(&got, formats);
  feed_whole(&got, buf, len);
  bad += !same_all(&got, &want);
  for (piece = 61; piece <= 65536; piece *= 4) {
    httpstatus_log_init(&got, formats);
    feed_pieces(&got, buf, len, piece);
    bad += !same_all(&got, &want);
  }
  httpstatus_log_init(&got, formats);
  feed_random(&got, buf, len, seed, 3000);
  bad += !same_all(&got, &want);
  return bad;
}

/* lines the fast path must leave to the reference parser, or read alike */
static const char *const tricky[] = {
  /* escaped quotes and backslashes in the request, referer and agent */
  PRE "\"GET /a\\\"b HTTP/1.1\" 200 5 \"-\" \"ua\"",
  PRE "\"GET /a\\\\ HTTP/1.1\" 404 5 \"-\" \"ua\"",
  PRE REQ " 200 5 \"x\\\"y\" \"ua\"",
  PRE REQ " 500 5 \"-\" \"Mozilla \\\"quoted\\\" agent\"",
  PRE REQ " 200 5 \"-\" \"ua\\\\\"",
  PRE REQ " 200 5 \"-\" \"ua\\\"",
  PRE "\"GET /q?x=\\x22 HTTP/1.1\" 200 5 \"-\" \"ua\\x22\" 0.125",
  /* backslashes outside the quoted fields, which the fast path reads */
  "192.0.2.10 a\\b - " T " " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:00 +0100\\] " REQ " 200 5 \"-\" \"ua\"",
  PRE REQ " 200 5 \"-\" \"ua\" \\\"tail\\",
  /* an LF where the fast path looks for something else: two lines */
  PRE "\"GET /a\nb HTTP/1.1\" 200 5 \"-\" \"ua\"",
  PRE REQ " 200 5 \"-\" \"u\na\"",
  PRE REQ " 200 5 \"ref\ner\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00\n:00 +0100] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:00 +0100]\n " REQ " 200 5",
  PRE REQ " 200\n5 \"-\" \"ua\"",
  PRE REQ " 200 5\r\"-\" \"ua\"",
  PRE REQ " 200 5 \"-\" \"ua\"\r \"x\"",
  /* quotes, brackets and spaces where the fast path looks */
  PRE "\"GET /a\"b HTTP/1.1\" 200 5 \"-\" \"ua\"",
  PRE "\"GET\" 400 5 \"-\" \"ua\"",
  PRE "\"\" 400 0 \"-\" \"-\"",
  PRE "\"GET  /two-spaces HTTP/1.1\" 200 5 \"-\" \"ua\"",
  PRE "\"GET /?only-query HTTP/1.1\" 200 5 \"-\" \"ua\"",
  PRE "\"GET ?q HTTP/1.1\" 200 5 \"-\" \"ua\"",
  PRE "\"GET /p?a b HTTP/1.1\" 302 5 \"-\" \"ua\"",
  PRE "\"GET /end\" 200 5 \"-\" \"ua\"",
  PRE "\"GET /p\"",
  PRE REQ " 200 5 \"-x\" \"ua\"",
  PRE REQ " 200 5 \"-\"\"ua\"",
  PRE REQ " 200 5 \"-\" \"ua\" tail \"with\" quotes",
  PRE REQ " 200 5 \"-\" \"ua\"x",
  PRE REQ " 200 5 \"-\" \"u\"a\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:00 +0100]] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:0] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:00 +0100 x] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:00 +01]0] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 -- - " T " " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - -- " T " " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - -\t" T " " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 \x01 \x02 " T " " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:00 +0100]\"GET / HTTP/1.1\" 200 5",
  /* times: the seconds, the clock, the day, the zone, the kind */
  "192.0.2.10 - - [14/Mar/2026:10:00:59 +0100] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:xx +0100] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:61 +0100] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:60 +0100] " REQ " 500 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:00:6x +0100] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:01:00 +0100] " REQ " 404 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:10:61:00 +0100] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:24:00:00 +0100] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:1x:00:00 +0100] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [14/Mar/2026:11:00:00 +0000] " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - [15/Mar/2026:11:00:00 +0000] " REQ " 503 5 \"-\" \"ua\"",
  "192.0.2.10 - - [15/Mar/2026:11:00:00 +0000]" REQ " 503 5 \"-\" \"ua\"",
  "{\"time_iso8601\":\"15/Mar/2026:11:00:01 +0000\",\"status\":200}",
  "{\"time_iso8601\":\"2026-03-15T11:00:01+00:00\",\"status\":200}",
  "{\"time_local\":\"2026-03-15T11:00:02+00:00\",\"status\":200}",
  "{\"time_local\":\"15/Mar/2026:11:00:xx +0000\",\"status\":200}",
  "192.0.2.10 - - [15/Mar/2026:11:00:02 +0000] " REQ " 200 5 \"-\" \"ua\"",
  /* the status, the bytes, what follows */
  PRE REQ " 000 5 \"-\" \"ua\"",
  PRE REQ " 600 5 \"-\" \"ua\"",
  PRE REQ " 2x0 5 \"-\" \"ua\"",
  PRE REQ " 200 - \"-\" \"ua\"",
  PRE REQ " 200 -5 \"-\" \"ua\"",
  PRE REQ " 200 5",
  PRE REQ " 200 -",
  PRE REQ " 200 5 ",
  PRE REQ " 200 ",
  PRE REQ " 499 0 \"-\" \"ua\" \"203.0.113.9\" 0.532",
  /* missing fields */
  "192.0.2.10 - " T " " REQ " 200 5 \"-\" \"ua\"",
  "192.0.2.10 - - " REQ " 200 5 \"-\" \"ua\"",
  PRE " 200 5 \"-\" \"ua\"",
  PRE REQ " \"-\" \"ua\"",
  PRE REQ " 200 5 \"-\"",
  PRE REQ " 200 5 \"ua\"",
  "",
  "-",
  "- - -",
  "- - - [",
  "- - - []",
  /* other formats on the same scanner */
  "vhost.example:443 " PRE REQ " 200 5 \"-\" \"ua\"",
  "{\"status\":502,\"request\":\"GET /json HTTP/1.1\",\"upstream_status\":\"502, 200\"}",
  "{\"status\":\"404\",\"request_uri\":\"/u?x\",\"request_time\":\"0.5\"}",
};

/* the tricky lines, each after a valid line (so that the time cache
   holds something), with LF, CRLF, CR CR LF, or no line end at all */
static char *tricky_log(size_t *len) {
  static const char *const ends[] = {"\n", "\r\n", "\r\r\n", " \n"};
  size_t i, e, n = 0, cap = 0;
  char *buf;
  for (i = 0; i < sizeof tricky / sizeof tricky[0]; i++)
    cap += 4 * (strlen(tricky[i]) + sizeof(LINE("200")) + 8);
  buf = (char *)malloc(cap);
  if (buf == NULL) exit(2);
  for (e = 0; e < 4; e++)
    for (i = 0; i < sizeof tricky / sizeof tricky[0]; i++) {
      n += (size_t)sprintf(buf + n, "%s\n%s%s", LINE("200"), tricky[i],
                           ends[(e + i) % 4]);
    }
  *len = n;
  return buf;
}

/* one byte of buf set at random to a byte the parsers look at */
static void damage(char *buf, size_t len, unsigned *seed) {
  static const char bytes[] = "\\\"\n\r []-?/:0 \t\x01";
  buf[hs_rand(seed) % len] = bytes[hs_rand(seed) % (sizeof bytes - 1)];
}

static void test_fast_path(const char *path) {
  static const unsigned formats[] = {
    ANY, COMBINED, COMMON, COMBINED | COMMON, HTTPSTATUS_LOG_VHOST | COMMON,
    COMBINED | HTTPSTATUS_LOG_JSON, COMBINED | HTTPSTATUS_LOG_VHOST};
  size_t len, sample_len = 0, i, f;
  unsigned seed = 99;
  int bad = 0;
  char *buf = tricky_log(&len), *sample = read_file(path, &sample_len);
  char *copy;
  for (f = 0; f < sizeof formats / sizeof formats[0]; f++)
    bad += differs_from_reference(buf, len, formats[f], &seed);
  CHECK(bad == 0);
  free(buf);
  CHECK(sample != NULL);
  if (sample == NULL) return;
  /* the sample, as it is and damaged: a few bytes per copy, many copies */
  bad = differs_from_reference(sample, sample_len, ANY, &seed);
  bad += differs_from_reference(sample, sample_len, COMBINED, &seed);
  CHECK(bad == 0);
  copy = (char *)malloc(sample_len);
  if (copy == NULL) exit(2);
  bad = 0;
  for (i = 0; i < 40; i++) {
    size_t k;
    memcpy(copy, sample, sample_len);
    for (k = 0; k < 50 + 50 * i; k++) damage(copy, sample_len, &seed);
    bad += differs_from_reference(copy, sample_len, i % 2 ? ANY : COMBINED,
                                  &seed);
  }
  CHECK(bad == 0);
  /* long lines: the agent padded to just under, at and over the limit */
  bad = 0;
  for (i = 0; i < 4; i++) {
    size_t n = HTTPSTATUS_LOG_MAX_LINE - 1 + i % 3;
    char *big = line_of(n, i == 3), *two = (char *)malloc(2 * (n + 1));
    if (two == NULL) exit(2);
    memcpy(two, big, n + 1);
    memcpy(two + n + 1, big, n + 1);
    bad += differs_from_reference(two, 2 * (n + 1), ANY, &seed);
    free(big);
    free(two);
  }
  CHECK(bad == 0);
  free(copy);
  free(sample);
}

/*
** The scanner reads a time in full only when its day or zone changed (the
** rest it takes from the last line's): on lines whose clocks, seconds,
** days and zones vary at random, some not times at all, every line lands
** in the minute httpstatus_log_time gives it read alone, or in none when
** that does not read it (seconds "xx" after a line of the same minute
** too).
*/
static void test_time_cache(void) {
  static httpstatus_log_scan s;
  static uint64_t want[2048];
  static const char *zones[] = {"+0100", "+0000", "-0030", "+0160"};
  static const char *isozones[] = {"+01:00", "Z", "-00:30", "+01:60"};
  /* day 14 from 10:00, day 15 to 09:59: the span fits in 2048 minutes */
  static const char hour0[2][6] = {"1122x", "0009x"};
  static const char *seconds[] = {"60", "61", "xx", "6x", "99"};
  uint64_t timed = 0, rnd = 7;
  int64_t base = 0, secs;
  int i, ok = 1, off;
  httpstatus_log_init(&s, ANY);
  memset(want, 0, sizeof want);
  CHECK(httpstatus_log_time(S("14/Mar/2026:08:00:00 +0000"),
                            HTTPSTATUS_LOG_F_TLOCAL, &secs, &off));
  base = secs / 60; /* the earliest minute below is 14 Mar 09:00 UTC */
  for (i = 0; i < 20000; i++) {
    static char t[32];
    static int iso;
    char line[256];
    size_t tn;
    int field, n, again;
    rnd = rnd * 6364136223846793005u + 1442695040888963407u;
    again = i > 0 ? (int)(rnd >> 54) % 8 : 7;
    /* the same day mostly, the next one at times; hours that are none */
    {
      int day = 14 + (int)((rnd >> 20) % 8 == 0);
      char h0 = hour0[day - 14][(rnd >> 24) % 5], h1 = (char)('0' + (rnd >> 28) % 10);
      int mi = (int)((rnd >> 32) % 60), se = (int)((rnd >> 38) % 60);
      int z = (int)((rnd >> 44) % 16), odd = (int)((rnd >> 50) % 16);
      /* seconds that read (60 too) and some that do not */
      char sec[3] = {(char)('0' + se / 10), (char)('0' + se % 10), 0};
      if (odd < 5) memcpy(sec, seconds[odd], 2);
      z = z < 12 ? 0 : z - 12;
      if (again < 3) { /* the last time with other seconds */
        memcpy(t + (iso ? 17 : 18), sec, 2);
      } else if (again == 3) { /* the last time's text in the other kind */
        iso = !iso;
      } else {
        iso = (int)(rnd >> 60) % 3 == 0;
        if (iso)
          n = snprintf(t, sizeof t, "2026-03-%02dT%c%c:%02d:%s%s", day, h0,
                       h1, mi, sec, isozones[z]);
        else
          n = snprintf(t, sizeof t, "%02d/Mar/2026:%c%c:%02d:%s %s", day, h0,
                       h1, mi, sec, zones[z]);
      }
    }
    field = iso ? HTTPSTATUS_LOG_F_TISO : HTTPSTATUS_LOG_F_TLOCAL;
    n = (int)strlen(t);
    tn = (size_t)n;
    if (iso)
      n = snprintf(line, sizeof line,
                   "{\"time_iso8601\":\"%s\",\"status\":200}\n", t);
    else
      n = snprintf(line, sizeof line, "192.0.2.1 - - [%s] " REQ " 200 1" TAIL
                   "\n", t);
    httpstatus_log_feed(&s, line, (size_t)n);
    if (httpstatus_log_time(t, tn, field, &secs, &off)) {
      if (secs / 60 - base < 0 || secs / 60 - base >= 2048) {
        ok = 0;
        continue;
      }
      want[secs / 60 - base]++;
      timed++;
    }
  }
  CHECK(ok);
  CHECK(timed > 5000 && timed < 15000); /* both kinds of line occur */
  CHECK(s.timed == timed);
  CHECK(s.bucket_seconds == 60);
  for (i = 0; i < 2048; i++) {
    int64_t at = base + i - s.bucket_first;
    uint64_t got = at >= 0 && at < s.nbuckets ? s.bucket[at].lines : 0;
    if (got != want[i]) ok = 0;
  }
  CHECK(ok);
}

int main(int argc, char **argv) {
  test_cases();
  test_stream();
  test_line_ends();
  test_limit();
  test_huge();
  test_binary();
  test_time_cache();
  test_sample(argc > 1 ? argv[1] : "examples/data/access.log");
  test_fast_path(argc > 1 ? argv[1] : "examples/data/access.log");
  return check_report();
}
