/*
** libFuzzer target: HTTP-date and Retry-After on arbitrary bytes.
** Beyond "no crash, no sanitizer report" it checks what the parsers claim:
** a parsed time is in range and http_date writes it as an IMF-fixdate
** that parses to the same time, with or without a reference time; the
** reference time changes nothing unless the year has two digits; and
** Retry-After gives a delay in 0..HTTPSTATUS_DELAY_MAX that agrees with
** the parser.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus_date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* a few reference times: the epoch, 2026, near the end, and extremes */
static const long long nows[] = {0, 1773576000LL, 253402300000LL,
                                 -1, 253402300799LL + 1};

static void check_round_trip(long long t) {
  char buf[HTTPSTATUS_DATE_LEN + 1];
  long long back = -1;
  if (t < 0 || t > HTTPSTATUS_TIME_MAX) abort();
  if (httpstatus_http_date(buf, sizeof buf, t) != HTTPSTATUS_DATE_LEN) abort();
  if (buf[HTTPSTATUS_DATE_LEN] != '\0') abort();
  if (httpstatus_parse_http_date(buf, HTTPSTATUS_DATE_LEN, &back) != NULL)
    abort();
  if (back != t) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  long long t = -1, t0 = -1, d;
  size_t i;
  /* only rfc850-date has a two-digit year, and only its day names
     ("Sunday", "Tuesday", ...) have a fourth letter */
  int may_be_rfc850 = size > 3 && (s[3] == 'd' || s[3] == 's' ||
                                   s[3] == 'n' || s[3] == 'r' || s[3] == 'u');
  const char *plain = httpstatus_parse_http_date(s, size, &t0);
  if (plain == NULL) {
    check_round_trip(t0);
    /* the same bytes again: the same answer (no hidden state) */
    if (httpstatus_parse_http_date(s, size, &t) != NULL || t != t0) abort();
  } else if (t0 != 0) {
    abort(); /* *t is 0 on failure */
  }
  for (i = 0; i < sizeof nows / sizeof nows[0]; i++) {
    const char *err = httpstatus_parse_http_date_at(s, size, nows[i], &t);
    if (err == NULL) check_round_trip(t);
    if (!may_be_rfc850) {
      if ((err == NULL) != (plain == NULL)) abort();
      if (err == NULL && t != t0) abort();
    }
    err = httpstatus_retry_after(s, size, nows[i], &d);
    if (err == NULL) {
      if (d < 0 || d > HTTPSTATUS_DELAY_MAX) abort();
    } else if (d != 0) {
      abort();
    }
  }
  /* a date Retry-After is the distance from now to the parsed date */
  if (plain == NULL && !may_be_rfc850 && httpstatus_retry_after(s, size, t0 - 5, &d) == NULL &&
      t0 >= 5 && d != 5)
    abort();
  return 0;
}
