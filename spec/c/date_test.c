/*
** date_test.c: httpstatus_date.h on its own. Every form and every way of
** being malformed, each truncation of valid dates (in buffers of exactly
** that size, so AddressSanitizer sees any read past the end), every day
** from 1970-01-01 to 9999-12-31 in all three forms against a calendar
** walked here one day at a time, a strided walk over every second, the
** two-digit-year rule at its boundary, and Retry-After's edge cases.
** Loops over many values count as one check each, so the total stays a
** count of properties. Ends with "N passed, N failed"; exits 1 on failure.
*/
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus_date.h"

#include "check.h"

static const char *const months[12] = {"Jan", "Feb", "Mar", "Apr",
                                       "May", "Jun", "Jul", "Aug",
                                       "Sep", "Oct", "Nov", "Dec"};
static const char *const wdays[7] = {"Sun", "Mon", "Tue", "Wed",
                                     "Thu", "Fri", "Sat"};
static const char *const long_wdays[7] = {"Sunday",   "Monday", "Tuesday",
                                          "Wednesday", "Thursday", "Friday",
                                          "Saturday"};

/* The calendar, written again independently of httpstatus_date.c. */
static int leap(int y) { return y % 400 == 0 || (y % 100 != 0 && y % 4 == 0); }
static int month_len(int y, int m) {
  if (m == 2) return leap(y) ? 29 : 28;
  return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
}
/* Zeller's congruence, 0 = Sunday */
static int weekday(int y, int m, int d) {
  int k, j, h;
  if (m < 3) {
    m += 12;
    y--;
  }
  k = y % 100;
  j = y / 100;
  h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7; /* 0 = Sat */
  return (h + 6) % 7;
}

typedef struct civil {
  int y, m, d, hh, mm, ss;
} civil;

static void imf(char *out, const civil *c) {
  snprintf(out, 64, "%s, %02d %s %04d %02d:%02d:%02d GMT",
           wdays[weekday(c->y, c->m, c->d)], c->d, months[c->m - 1], c->y,
           c->hh, c->mm, c->ss);
}
static void rfc850(char *out, const civil *c) {
  snprintf(out, 64, "%s, %02d-%s-%02d %02d:%02d:%02d GMT",
           long_wdays[weekday(c->y, c->m, c->d)], c->d, months[c->m - 1],
           c->y % 100, c->hh, c->mm, c->ss);
}
static void asctime_form(char *out, const civil *c) {
  snprintf(out, 64, "%s %s %2d %02d:%02d:%02d %04d",
           wdays[weekday(c->y, c->m, c->d)], months[c->m - 1], c->d, c->hh,
           c->mm, c->ss, c->y);
}

/* parse text (NUL-terminated here for brevity; the length is passed) */
static const char *parse(const char *s, long long *t) {
  return httpstatus_parse_http_date(s, strlen(s), t);
}
static const char *parse_at(const char *s, long long now, long long *t) {
  return httpstatus_parse_http_date_at(s, strlen(s), now, t);
}

/* err is a message containing want */
static int says(const char *err, const char *want) {
  return err != NULL && strstr(err, want) != NULL;
}

/* the parse fails with a message containing `want` */
static int fails_with(const char *s, const char *want) {
  long long t = 42;
  const char *err = parse(s, &t);
  if (err == NULL || strstr(err, want) == NULL || t != 0) {
    fprintf(stderr, "  %s: got %s\n", s, err ? err : "(accepted)");
    return 0;
  }
  return 1;
}

static int parses_to(const char *s, long long want) {
  long long t = -1;
  const char *err = parse(s, &t);
  if (err != NULL || t != want) {
    fprintf(stderr, "  %s: got %lld %s\n", s, t, err ? err : "");
    return 0;
  }
  return 1;
}

static void test_forms(void) {
  long long t;
  /* RFC 9110's own example, in its three forms: 784111777 */
  CHECK(parses_to("Sun, 06 Nov 1994 08:49:37 GMT", 784111777));
  CHECK(parses_to("Sunday, 06-Nov-94 08:49:37 GMT", 784111777));
  CHECK(parses_to("Sun Nov  6 08:49:37 1994", 784111777));
  CHECK(parses_to("Sun Nov 06 08:49:37 1994", 784111777)); /* 2DIGIT too */
  CHECK(parses_to("Thu, 01 Jan 1970 00:00:00 GMT", 0));
  CHECK(parses_to("Fri, 31 Dec 9999 23:59:59 GMT", HTTPSTATUS_TIME_MAX));
  CHECK(parses_to("Sat, 29 Feb 2020 12:00:00 GMT", 1582977600));
  CHECK(parses_to("Tue, 29 Feb 2000 00:00:00 GMT", 951782400));
  CHECK(parses_to("Tue, 19 Jan 2038 03:14:08 GMT", 2147483648LL));
  CHECK(parses_to("Wed Feb 29 00:00:00 2012", 1330473600));
  CHECK(parses_to("Wednesday, 09-Sep-15 01:46:40 GMT", 1441763200));
  /* a leap second reads as the second before it, in the same day */
  CHECK(parses_to("Sat, 31 Dec 2016 23:59:60 GMT", 1483228799));
  CHECK(parses_to("Sat Dec 31 23:59:60 2016", 1483228799));
  CHECK(parses_to("Fri, 31 Dec 9999 23:59:60 GMT", HTTPSTATUS_TIME_MAX));
  /* t may be NULL: only check */
  CHECK(httpstatus_parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT", 29,
                                   NULL) == NULL);
  CHECK(httpstatus_parse_http_date("Thu, 01 Jan 1970 00:00:00 GM", 28,
                                   NULL) != NULL);
  /* the length counts, not a NUL */
  CHECK(httpstatus_parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT!!", 29,
                                   &t) == NULL &&
        t == 0);
  CHECK(httpstatus_parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT\0", 30,
                                   &t) != NULL);
  CHECK(httpstatus_parse_http_date(NULL, 29, &t) != NULL);
  CHECK(httpstatus_parse_http_date("", 0, &t) != NULL);
}

static void test_errors(void) {
  static const struct {
    const char *text, *want;
  } rows[] = {
    {"", "empty"},
    /* the day name: case, spelling, the date it claims */
    {"Mon, 06 Nov 1994 08:49:37 GMT", "weekday does not match"},
    {"Monday, 06-Nov-94 08:49:37 GMT", "weekday does not match"},
    {"Mon Nov  6 08:49:37 1994", "weekday does not match"},
    {"sun, 06 Nov 1994 08:49:37 GMT", "day name"},
    {"SUN, 06 Nov 1994 08:49:37 GMT", "day name"},
    {"sunday, 06-Nov-94 08:49:37 GMT", "day name"},
    {"Sonday, 06-Nov-94 08:49:37 GMT", "day name"},
    {"Sund, 06 Nov 1994 08:49:37 GMT", "after the day name"},
    {"SunDAY, 06-Nov-94 08:49:37 GMT", "after the day name"},
    {"Sunday 06-Nov-94 08:49:37 GMT", "after the day name"},
    {" Sun, 06 Nov 1994 08:49:37 GMT", "day name"},
    {"\tSun, 06 Nov 1994 08:49:37 GMT", "day name"},
    /* spaces: exactly one, SP only */
    {"Sun,06 Nov 1994 08:49:37 GMT", "space after ','"},
    {"Sun,\t06 Nov 1994 08:49:37 GMT", "space after ','"},
    {"Sun,  06 Nov 1994 08:49:37 GMT", "two-digit day"},
    {"Sun, 06  Nov 1994 08:49:37 GMT", "month name"},
    {"Sun, 06\tNov 1994 08:49:37 GMT", "single space"},
    {"Sun, 06 Nov 1994  08:49:37 GMT", "time of day"},
    {"Sun, 06 Nov 1994 08:49:37  GMT", "' GMT'"},
    {"Sun, 06 Nov 1994 08:49:37\tGMT", "' GMT'"},
    {"Sun  Nov  6 08:49:37 1994", "month name"},
    {"Sun Nov 6 08:49:37 1994", "two digits or a space and one digit"},
    {"Sun Nov   6 08:49:37 1994", "two digits or a space and one digit"},
    {"Sun Nov  6 08:49:37  1994", "four-digit year"},
    /* the month */
    {"Sun, 06 nov 1994 08:49:37 GMT", "month name"},
    {"Sun, 06 NOV 1994 08:49:37 GMT", "month name"},
    {"Sun, 06 November 1994 08:49:37 GMT", "single space"},
    {"Sun, 06 11 1994 08:49:37 GMT", "month name"},
    {"Sunday, 06-nov-94 08:49:37 GMT", "month name"},
    {"Sun nov  6 08:49:37 1994", "month name"},
    /* the zone */
    {"Sun, 06 Nov 1994 08:49:37 gmt", "' GMT'"},
    {"Sun, 06 Nov 1994 08:49:37 UTC", "' GMT'"},
    {"Sun, 06 Nov 1994 08:49:37 +0000", "' GMT'"},
    {"Sun, 06 Nov 1994 08:49:37", "' GMT'"},
    {"Sun, 06 Nov 1994 08:49:37 GMT ", "unexpected bytes"},
    {"Sun, 06 Nov 1994 08:49:37 GMTX", "unexpected bytes"},
    {"Sun, 06 Nov 1994 08:49:37 GMT\r\n", "unexpected bytes"},
    {"Sunday, 06-Nov-94 08:49:37 UTC", "' GMT'"},
    {"Sun Nov  6 08:49:37 1994 GMT", "unexpected bytes"},
    {"Sun Nov  6 08:49:37 1994 ", "unexpected bytes"},
    /* digits: counts and forms mixed up */
    {"Sun, 6 Nov 1994 08:49:37 GMT", "two-digit day"},
    {"Sun, 06 Nov 94 08:49:37 GMT", "four-digit year"},
    {"Sun, 06 Nov 01994 08:49:37 GMT", "single space"},
    {"Sun, 06-Nov-94 08:49:37 GMT", "single space"},
    {"Sunday, 06 Nov 1994 08:49:37 GMT", "'-'"},
    {"Sunday, 06-Nov-1994 08:49:37 GMT", "single space"},
    {"Sunday, 06-Nov-9 08:49:37 GMT", "two-digit year"},
    {"Sun, 06 Nov 1994 8:49:37 GMT", "time of day"},
    {"Sun, 06 Nov 1994 08:49 GMT", "time of day"},
    {"Sun, 06 Nov 1994 08.49.37 GMT", "time of day"},
    {"Sun, 06 Nov 1994 08:49:37.5 GMT", "' GMT'"},
    {"Sun, +6 Nov 1994 08:49:37 GMT", "two-digit day"},
    {"Sun, 06 Nov 199a 08:49:37 GMT", "four-digit year"},
    /* values out of range */
    {"Mon, 07 Nov 1994 24:00:00 GMT", "hour"},
    {"Sun, 06 Nov 1994 99:00:00 GMT", "hour"},
    {"Sun, 06 Nov 1994 23:60:00 GMT", "minute"},
    {"Sun, 06 Nov 1994 08:49:60 GMT", "second"},
    {"Sun, 06 Nov 1994 23:58:60 GMT", "second"},
    {"Sun, 06 Nov 1994 22:59:60 GMT", "second"},
    {"Sun, 06 Nov 1994 23:59:61 GMT", "second"},
    {"Sun, 06 Nov 1994 08:49:99 GMT", "second"},
    {"Sun, 30 Feb 2020 08:49:37 GMT", "no such day"},
    {"Fri, 29 Feb 2019 08:49:37 GMT", "no such day"},
    {"Mon, 29 Feb 2100 08:49:37 GMT", "no such day"},
    {"Sun, 31 Apr 2020 08:49:37 GMT", "no such day"},
    {"Sun, 31 Jun 2020 08:49:37 GMT", "no such day"},
    {"Sun, 31 Sep 2020 08:49:37 GMT", "no such day"},
    {"Sun, 31 Nov 2020 08:49:37 GMT", "no such day"},
    {"Sun, 00 Nov 1994 08:49:37 GMT", "no such day"},
    {"Sun, 32 Jan 1994 08:49:37 GMT", "no such day"},
    {"Sun Feb 30 08:49:37 2020", "no such day"},
    {"Sun Nov  0 08:49:37 1994", "no such day"},
    {"Sunday, 30-Feb-20 08:49:37 GMT", "no such day"},
    /* before the epoch; the fixed window of two-digit years has no 1969 */
    {"Wed, 31 Dec 1969 23:59:59 GMT", "before 1970"},
    {"Sat, 01 Jan 0000 00:00:00 GMT", "before 1970"},
    {"Mon, 01 Jan 1900 00:00:00 GMT", "before 1970"},
    {"Sun Nov  6 08:49:37 1904", "before 1970"},
  };
  size_t i;
  int bad = 0;
  for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
    if (!fails_with(rows[i].text, rows[i].want)) bad++;
  CHECK(bad == 0);
  CHECK(fails_with("Wed, 06 Nov 1994 08:49:37 GMT", "weekday does not match"));
  CHECK(fails_with("Sun, 06 Nov 1994 24:00:00 GMT", "hour"));
  CHECK(fails_with("Sun, 30 Feb 2020 08:49:37 GMT", "30 Feb"));
}

/*
** Every prefix of valid dates is refused, in a heap buffer of exactly that
** many bytes; each valid date with a byte after it is refused too.
*/
static void test_truncated(void) {
  static const char *const valid[] = {
    "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
    "Sun Nov  6 08:49:37 1994",      "Wed Nov 16 08:49:37 1994",
    "Wednesday, 09-Sep-15 01:46:40 GMT"};
  static const char extra[] = {' ', '\t', 'x', '0', '\0', '\r', '\n'};
  size_t i, n, k;
  int bad = 0;
  for (i = 0; i < sizeof valid / sizeof valid[0]; i++) {
    size_t len = strlen(valid[i]);
    char *buf;
    long long t;
    if (parse(valid[i], &t) != NULL) bad++;
    for (n = 0; n < len; n++) {
      buf = (char *)malloc(n ? n : 1);
      if (buf == NULL) abort();
      memcpy(buf, valid[i], n);
      if (httpstatus_parse_http_date(buf, n, &t) == NULL) {
        fprintf(stderr, "  prefix %u of '%s' accepted\n", (unsigned)n, valid[i]);
        bad++;
      }
      if (httpstatus_retry_after(buf, n, 0, &t) == NULL &&
          !(n > 0 && buf[0] >= '0' && buf[0] <= '9'))
        bad++;
      free(buf);
    }
    for (k = 0; k < sizeof extra; k++) {
      buf = (char *)malloc(len + 1);
      if (buf == NULL) abort();
      memcpy(buf, valid[i], len);
      buf[len] = extra[k];
      if (httpstatus_parse_http_date(buf, len + 1, &t) == NULL) bad++;
      free(buf);
    }
  }
  CHECK(bad == 0);
}

static int same(const char *a, const char *b, const char *what) {
  if (strcmp(a, b) == 0) return 1;
  fprintf(stderr, "  %s: got '%s', want '%s'\n", what, a, b);
  return 0;
}

/* n as `width` digits at p */
static void digits(char *p, int n, int width) {
  while (width-- > 0) {
    p[width] = (char)('0' + n % 10);
    n /= 10;
  }
}

/*
** The IMF-fixdate of a walked day and time, by hand rather than with
** snprintf: this runs for every day of eight thousand years.
*/
static void fast_imf(char *out, const civil *c, int wd) {
  memcpy(out, "Www, DD Mmm YYYY HH:MM:SS GMT", 30);
  memcpy(out, wdays[wd], 3);
  digits(out + 5, c->d, 2);
  memcpy(out + 8, months[c->m - 1], 3);
  digits(out + 12, c->y, 4);
  digits(out + 17, c->hh, 2);
  digits(out + 20, c->mm, 2);
  digits(out + 23, c->ss, 2);
}

/*
** Every day of the range, walked here a day at a time (so the expected
** date is never computed by the code under test): http_date writes the
** text built here at three times of day, which parses back to t; the two
** obsolete forms, at a time of day that changes every day, parse to t too.
*/
static void test_every_day(void) {
  static const int times[] = {0, 12 * 3600 + 34 * 60 + 56, 86399};
  civil c;
  long long day = 0;
  int bad = 0, wd = 4; /* 1970-01-01 was a Thursday */
  c.y = 1970;
  c.m = 1;
  c.d = 1;
  while (c.y <= 9999 && bad < 10) {
    char want[64], got[64];
    size_t k;
    long long t = -1;
    if (c.d == 1 && weekday(c.y, c.m, c.d) != wd) bad++; /* calendars agree */
    for (k = 0; k < sizeof times / sizeof times[0]; k++) {
      long long at = day * 86400 + times[k];
      c.hh = times[k] / 3600;
      c.mm = times[k] / 60 % 60;
      c.ss = times[k] % 60;
      fast_imf(want, &c, wd);
      if (httpstatus_http_date(got, sizeof got, at) != 29 ||
          !same(got, want, "http_date"))
        bad++;
      if (httpstatus_parse_http_date(want, 29, &t) != NULL || t != at) bad++;
    }
    {
      int tod = (int)(day * 7919 % 86400);
      long long at = day * 86400 + tod;
      size_t n;
      c.hh = tod / 3600;
      c.mm = tod / 60 % 60;
      c.ss = tod % 60;
      /* asctime-date from the IMF-fixdate's pieces: "Www Mmm DD HH:MM:SS YYYY" */
      fast_imf(got, &c, wd);
      memcpy(want, got, 3);
      want[3] = ' ';
      memcpy(want + 4, got + 8, 3);
      want[7] = ' ';
      want[8] = c.d < 10 ? ' ' : got[5];
      want[9] = got[6];
      want[10] = ' ';
      memcpy(want + 11, got + 17, 8);
      want[19] = ' ';
      memcpy(want + 20, got + 12, 4);
      if (httpstatus_parse_http_date(want, 24, &t) != NULL || t != at) bad++;
      /* rfc850-date: "Weekday, DD-Mmm-YY HH:MM:SS GMT" */
      n = strlen(long_wdays[wd]);
      memcpy(want, long_wdays[wd], n);
      memcpy(want + n, ", DD-Mmm-YY ", 12);
      memcpy(want + n + 2, got + 5, 2);
      memcpy(want + n + 5, got + 8, 3);
      memcpy(want + n + 9, got + 14, 2);
      memcpy(want + n + 12, got + 17, 12); /* "HH:MM:SS GMT" */
      if (httpstatus_parse_http_date_at(want, n + 24, at, &t) != NULL ||
          t != at)
        bad++;
    }
    day++;
    wd = (wd + 1) % 7;
    if (++c.d > month_len(c.y, c.m)) {
      c.d = 1;
      if (++c.m > 12) {
        c.m = 1;
        c.y++;
      }
    }
  }
  CHECK(bad == 0);
  CHECK(day * 86400 - 1 == HTTPSTATUS_TIME_MAX); /* the walk reached the end */
}

/*
** Every 29 February in the range, in the three forms built with snprintf
** (the walk above builds them by hand), and 29 February of every common
** year refused.
*/
static void test_leap_days(void) {
  civil c;
  int bad = 0, leaps = 0;
  c.m = 2, c.d = 29, c.hh = 6, c.mm = 7, c.ss = 8;
  for (c.y = 1970; c.y <= 9999; c.y++) {
    char text[64];
    long long t, t2, t3;
    imf(text, &c);
    if (!leap(c.y)) {
      if (parse(text, &t) == NULL) bad++;
      continue;
    }
    leaps++;
    if (parse(text, &t) != NULL || t % 86400 != 6 * 3600 + 7 * 60 + 8) bad++;
    asctime_form(text, &c);
    if (parse(text, &t2) != NULL || t2 != t) bad++;
    rfc850(text, &c);
    if (parse_at(text, t, &t3) != NULL || t3 != t) bad++;
    /* the next day is 1 March */
    if (httpstatus_http_date(text, sizeof text, t + 86400) != 29 ||
        memcmp(text + 5, "01 Mar", 6) != 0)
      bad++;
  }
  CHECK(bad == 0);
  CHECK(leaps == 1947); /* 2007 multiples of 4 from 1972, less 60 centuries */
}

/* A strided walk over the seconds: the round trip and the time of day. */
static void test_seconds(void) {
  long long t;
  int bad = 0;
  long steps = 0;
  for (t = 0; t <= HTTPSTATUS_TIME_MAX; t += 999983) { /* a prime stride */
    char buf[32];
    long long back = -1;
    int tod = (int)(t % 86400);
    steps++;
    if (httpstatus_http_date(buf, sizeof buf, t) != 29 || strlen(buf) != 29)
      bad++;
    if (parse(buf, &back) != NULL || back != t) bad++;
    if ((buf[17] - '0') * 10 + (buf[18] - '0') != tod / 3600 ||
        (buf[20] - '0') * 10 + (buf[21] - '0') != tod / 60 % 60 ||
        (buf[23] - '0') * 10 + (buf[24] - '0') != tod % 60)
      bad++;
  }
  CHECK(bad == 0);
  CHECK(steps > 250000);
}

static void test_http_date(void) {
  char buf[40];
  memset(buf, '#', sizeof buf);
  CHECK(httpstatus_http_date(buf, 29, 0) == 29); /* too small: nothing */
  CHECK(buf[0] == '#' && buf[28] == '#');
  CHECK(httpstatus_http_date(NULL, 0, 0) == 29);
  CHECK(httpstatus_http_date(NULL, 100, 0) == 29);
  CHECK(httpstatus_http_date(buf, 30, 784111777) == 29);
  CHECK(strcmp(buf, "Sun, 06 Nov 1994 08:49:37 GMT") == 0);
  CHECK(buf[30] == '#'); /* nothing past the NUL */
  CHECK(httpstatus_http_date(buf, sizeof buf, HTTPSTATUS_TIME_MAX) == 29);
  CHECK(strcmp(buf, "Fri, 31 Dec 9999 23:59:59 GMT") == 0);
  CHECK(httpstatus_http_date(buf, sizeof buf, 2147483647LL) == 29);
  CHECK(strcmp(buf, "Tue, 19 Jan 2038 03:14:07 GMT") == 0);
  CHECK(httpstatus_http_date(buf, sizeof buf, -1) == 0);
  CHECK(httpstatus_http_date(buf, sizeof buf, HTTPSTATUS_TIME_MAX + 1) == 0);
  CHECK(httpstatus_http_date(buf, sizeof buf, LLONG_MIN) == 0);
  CHECK(httpstatus_http_date(buf, sizeof buf, LLONG_MAX) == 0);
  CHECK(httpstatus_http_date(NULL, 0, -1) == 0);
}

/* 2026-03-15T12:00:00Z: the window for two-digit years ends 2076-03-15 */
#define NOW_2026 1773576000LL

static void test_two_digit_years(void) {
  char text[64];
  civil c;
  long long t;
  int yy, bad = 0;
  /* at the boundary: exactly 50 years ahead is still the future... */
  c.y = 2076, c.m = 3, c.d = 15, c.hh = 12, c.mm = 0, c.ss = 0;
  rfc850(text, &c); /* the weekday of 2076 */
  CHECK(parse_at(text, NOW_2026, &t) == NULL && t == 3351499200LL);
  /* ...one second more is the past: 1976, so this weekday is wrong */
  c.ss = 1;
  rfc850(text, &c);
  CHECK(parse_at(text, NOW_2026, &t) != NULL);
  c.y = 1976;
  rfc850(text, &c);
  CHECK(parse_at(text, NOW_2026, &t) == NULL && t == 195739201LL);
  /* the day before and after the boundary */
  c.y = 2076, c.m = 3, c.d = 14, c.ss = 0;
  rfc850(text, &c);
  CHECK(parse_at(text, NOW_2026, &t) == NULL && t == 3351412800LL);
  c.y = 1976, c.d = 16;
  rfc850(text, &c);
  CHECK(parse_at(text, NOW_2026, &t) == NULL && t == 195825600LL);
  /* every two-digit year on 1 June against 2026: 76..99 are 19xx (76 is
     past 2076-03-15), 00..75 20xx */
  for (yy = 0; yy < 100; yy++) {
    c.y = yy >= 76 ? 1900 + yy : 2000 + yy;
    c.m = 6, c.d = 1, c.hh = c.mm = c.ss = 0;
    rfc850(text, &c);
    if (parse_at(text, NOW_2026, &t) != NULL) bad++;
    /* the fixed window: 70..99 19xx, 00..69 20xx */
    c.y = yy >= 70 ? 1900 + yy : 2000 + yy;
    rfc850(text, &c);
    if (parse(text, &t) != NULL) bad++;
  }
  CHECK(bad == 0);
  /* a later now moves the window into the next century */
  c.y = 2110, c.m = 1, c.d = 1, c.hh = c.mm = c.ss = 0;
  rfc850(text, &c);
  CHECK(parse_at(text, 3486931200LL /* 2080-06-30 */, &t) == NULL &&
        t == 4417977600LL);
  /* a window reaching before 1970: the date is refused, not moved */
  c.y = 1955, c.m = 6, c.d = 1;
  rfc850(text, &c);
  CHECK(says(parse_at(text, 946684800LL /* 2000 */, &t), "before 1970"));
  /* a window reaching past 9999 */
  c.y = 9905, c.m = 1, c.d = 1;
  rfc850(text, &c); /* "-05" seen from 9983 is 10005 */
  CHECK(says(parse_at(text, 252865843200LL /* 9983-01-01 */, &t),
             "after 9999"));
  /* any now is allowed; it is clamped into the range for the rule */
  CHECK(parse_at("Sunday, 06-Nov-94 08:49:37 GMT", LLONG_MIN, &t) == NULL &&
        t == 784111777);
  /* 9999 is the clamped now: 94 is 9994, whose 6 Nov is a Sunday again
     (8000 years are twenty 400-year cycles of 146097 days) */
  CHECK(parse_at("Sunday, 06-Nov-94 08:49:37 GMT", LLONG_MAX, &t) == NULL &&
        t == 784111777 + 20 * 146097 * 86400LL);
}

static int delay_is(const char *s, long long now, long long want) {
  long long d = -1;
  const char *err = httpstatus_retry_after(s, strlen(s), now, &d);
  if (err != NULL || d != want) {
    fprintf(stderr, "  Retry-After '%s': got %lld %s\n", s, d, err ? err : "");
    return 0;
  }
  return 1;
}

static int delay_fails(const char *s, const char *want) {
  long long d = -1;
  const char *err = httpstatus_retry_after(s, strlen(s), 0, &d);
  if (err == NULL || strstr(err, want) == NULL || d != 0) {
    fprintf(stderr, "  Retry-After '%s': got %s\n", s, err ? err : "(ok)");
    return 0;
  }
  return 1;
}

static void test_retry_after(void) {
  const long long t = 784111777; /* Sun, 06 Nov 1994 08:49:37 GMT */
  const char *date = "Sun, 06 Nov 1994 08:49:37 GMT";
  char *big;
  size_t n = 1024 * 1024;
  long long d;
  CHECK(delay_is("0", 0, 0));
  CHECK(delay_is("120", 0, 120));
  CHECK(delay_is("120", LLONG_MIN, 120)); /* seconds ignore now */
  CHECK(delay_is("000120", 0, 120));
  CHECK(delay_is(" 120", 0, 120));
  CHECK(delay_is("120 \t", 0, 120));
  CHECK(delay_is("2147483646", 0, 2147483646LL));
  CHECK(delay_is("2147483647", 0, HTTPSTATUS_DELAY_MAX));
  CHECK(delay_is("2147483648", 0, HTTPSTATUS_DELAY_MAX));
  CHECK(delay_is("99999999999999999999999999999999", 0, HTTPSTATUS_DELAY_MAX));
  CHECK(delay_is("0000000000000000000000000000000000000001", 0, 1));
  /* a date: from now to it, 0 when past, clamped */
  CHECK(delay_is(date, t - 30, 30));
  CHECK(delay_is(date, t, 0));
  CHECK(delay_is(date, t + 1, 0));
  CHECK(delay_is(date, LLONG_MAX, 0));
  CHECK(delay_is(date, LLONG_MIN, HTTPSTATUS_DELAY_MAX));
  CHECK(delay_is(date, t - HTTPSTATUS_DELAY_MAX, HTTPSTATUS_DELAY_MAX));
  CHECK(delay_is(date, t - HTTPSTATUS_DELAY_MAX - 1, HTTPSTATUS_DELAY_MAX));
  CHECK(delay_is(date, t - HTTPSTATUS_DELAY_MAX + 1, HTTPSTATUS_DELAY_MAX - 1));
  CHECK(delay_is("  Sun, 06 Nov 1994 08:49:37 GMT\t", t - 5, 5));
  CHECK(delay_is("Sunday, 06-Nov-94 08:49:37 GMT", t - 7, 7));
  CHECK(delay_is("Sun Nov  6 08:49:37 1994", t - 9, 9));
  CHECK(delay_is("Fri, 31 Dec 9999 23:59:59 GMT", 0, HTTPSTATUS_DELAY_MAX));
  /* malformed */
  CHECK(delay_fails("", "empty"));
  CHECK(delay_fails(" \t ", "empty"));
  CHECK(delay_fails("-1", "sign"));
  CHECK(delay_fails("+1", "sign"));
  CHECK(delay_fails("1.5", "whole number"));
  CHECK(delay_fails("1e3", "digits only"));
  CHECK(delay_fails("0x10", "digits only"));
  CHECK(delay_fails("1 2", "digits only"));
  CHECK(delay_fails("12s", "digits only"));
  CHECK(delay_fails("120\r\n", "digits only"));
  CHECK(httpstatus_retry_after("1\0", 2, 0, &d) != NULL && d == 0);
  CHECK(delay_fails("soon", "delay-seconds or an HTTP-date"));
  CHECK(delay_fails("Sun, 06 Nov 1994 08:49:37 UTC", "' GMT'"));
  CHECK(delay_fails("Mon, 06 Nov 1994 08:49:37 GMT", "weekday"));
  CHECK(delay_fails("Wed, 31 Dec 1969 23:59:59 GMT", "before 1970"));
  CHECK(httpstatus_retry_after(NULL, 3, 0, &d) != NULL && d == 0);
  CHECK(httpstatus_retry_after("5", 1, 0, NULL) == NULL);
  CHECK(httpstatus_retry_after("x", 1, 0, NULL) != NULL);
  /* a megabyte of digits: bounded work, the clamp */
  big = (char *)malloc(n);
  if (big == NULL) abort();
  memset(big, '9', n);
  CHECK(httpstatus_retry_after(big, n, 0, &d) == NULL &&
        d == HTTPSTATUS_DELAY_MAX);
  big[n - 1] = 'x';
  CHECK(httpstatus_retry_after(big, n, 0, &d) != NULL);
  memset(big, ' ', n);
  CHECK(httpstatus_retry_after(big, n, 0, &d) != NULL);
  memset(big, 'S', n);
  CHECK(httpstatus_parse_http_date(big, n, &d) != NULL);
  memcpy(big, date, 29);
  CHECK(httpstatus_parse_http_date(big, n, &d) != NULL);
  free(big);
}

int main(void) {
  test_forms();
  test_errors();
  test_truncated();
  test_http_date();
  test_every_day();
  test_leap_days();
  test_seconds();
  test_two_digit_years();
  test_retry_after();
  return check_report();
}
