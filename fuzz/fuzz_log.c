/*
** libFuzzer target: the access-log scanner on arbitrary bytes. Beyond "no
** crash, no sanitizer report" it checks the stream property: the counts
** are the same fed whole, cut at one point, and fed in small pieces, and
** they equal a plain model that splits the whole input at its LFs, with
** nothing carried, and judges each line with httpstatus_log_line (a line
** over the limit is malformed). Every line is counted once, valid or
** malformed. And every count the report reads (timeline, paths...) is
** the same fed whole or cut as when each line is carried to its LF, so
** that the scanner's fast path for whole lines in a buffer reads them
** as its reference parser does.
**
** Input: byte 0 picks the formats (bits 0-3: combined, common, vhost,
** json; the scanner's timeline, upstream and path sketch run on every
** valid line) and, with bits 4-6 all set
** (one input in eight: such a run costs a hundred short ones), puts a
** long line before the rest: a valid head whose user agent runs on for
** HTTPSTATUS_LOG_MAX_LINE - 128 + byte 3 bytes, so that the rest's first
** line makes it end just under, at or over the limit; bytes 1-2 place the
** cut; byte 3 also sets the piece size; the log is the rest.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus_log.h"
#include "../spec/c/log_same.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define HS_HEAD                                                              \
  "192.0.2.10 - - [14/Mar/2026:10:00:00 +0100] \"GET / HTTP/1.1\" 200 5 " \
  "\"-\" \""


/* the reference for all of them: each line fed without its LF, then the
   LF alone, so that every line is carried and read by
   httpstatus_log_parse, never by the fast path of whole buffers */
static void by_line(httpstatus_log_scan *s, const char *buf, size_t len,
                    unsigned formats) {
  const char *end = buf + len, *nl;
  httpstatus_log_init(s, formats);
  while ((nl = (const char *)memchr(buf, '\n', (size_t)(end - buf))) !=
         NULL) {
    httpstatus_log_feed(s, buf, (size_t)(nl - buf));
    httpstatus_log_feed(s, "\n", 1);
    buf = nl + 1;
  }
  httpstatus_log_feed(s, buf, (size_t)(end - buf));
  httpstatus_log_finish(s);
}

static void check_consistent(const httpstatus_log_scan *s) {
  uint64_t sum = s->malformed;
  size_t i;
  for (i = 0; i < HTTPSTATUS_LOG_NCODES; i++) sum += s->codes[i];
  if (sum != s->lines || s->invalid_status > s->malformed) abort();
}

static void model_line(httpstatus_log_scan *m, const char *line, size_t len,
                       unsigned formats) {
  int code = len > HTTPSTATUS_LOG_MAX_LINE
               ? 0
               : httpstatus_log_line(line, len, formats);
  m->lines++;
  if (code > 0) {
    if (code < 100 || code > 599) abort();
    m->codes[code - HTTPSTATUS_LOG_FIRST_CODE]++;
  } else {
    m->malformed++;
    if (code < 0) m->invalid_status++;
  }
}

/* the model: counts kept in a scanner struct; memchr keeps it fast on
   long lines */
static void model(httpstatus_log_scan *m, const char *buf, size_t len,
                  unsigned formats) {
  const char *end = buf + len, *nl;
  httpstatus_log_init(m, formats);
  while ((nl = (const char *)memchr(buf, '\n', len)) != NULL) {
    model_line(m, buf, (size_t)(nl - buf), formats);
    buf = nl + 1;
    len = (size_t)(end - buf);
  }
  if (buf < end) model_line(m, buf, (size_t)(end - buf), formats);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* static: four 70 KB structs per run would cost more than the scan;
     a fuzzer runs one input at a time */
  static httpstatus_log_scan whole, cut, pieces, expect, reference;
  unsigned formats;
  const char *buf;
  char *big = NULL;
  size_t len, at, where, step;
  if (size < 4) return 0;
  formats = data[0] & 15u;
  where = (size_t)data[1] | (size_t)data[2] << 8;
  step = (size_t)data[3] % 97 + 1;
  buf = (const char *)data + 4;
  len = size - 4;
  if ((data[0] & 0x70u) == 0x70u) { /* a long line first, near the limit */
    size_t head = sizeof HS_HEAD - 1;
    size_t fill = HTTPSTATUS_LOG_MAX_LINE - 128 + data[3];
    big = (char *)malloc(fill + len);
    if (big == NULL) return 0;
    memcpy(big, HS_HEAD, head);
    memset(big + head, 'a', fill - head);
    memcpy(big + fill, buf, len);
    buf = big;
    len += fill;
    where *= 2; /* cuts across the whole of it */
    step *= 257; /* 70 K one-byte feeds would slow the search down */
  }
  where %= len + 1;

  httpstatus_log_init(&whole, formats);
  httpstatus_log_feed(&whole, buf, len);
  httpstatus_log_finish(&whole);

  httpstatus_log_init(&cut, formats);
  httpstatus_log_feed(&cut, buf, where);
  httpstatus_log_feed(&cut, buf + where, len - where);
  httpstatus_log_finish(&cut);

  httpstatus_log_init(&pieces, formats);
  for (at = 0; at < len; at += step)
    httpstatus_log_feed(&pieces, buf + at, len - at < step ? len - at : step);
  httpstatus_log_finish(&pieces);
  httpstatus_log_finish(&pieces); /* twice changes nothing */

  model(&expect, buf, len, formats);
  check_consistent(&whole);
  if (!same_counts(&whole, &cut) || !same_counts(&whole, &pieces) ||
      !same_counts(&whole, &expect))
    abort();
  by_line(&reference, buf, len, formats);
  if (!same_all(&whole, &reference) || !same_all(&cut, &reference)) abort();
  free(big);
  return 0;
}
