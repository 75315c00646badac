/*
** httpstatus_date.h: HTTP-date and Retry-After for C programs, no Lua
** needed (RFC 9110, Sections 5.6.7 and 10.2.3).
**
** A client that gets a 429 or a 503 reads Retry-After, which is either a
** number of seconds or an HTTP-date; a date needs the calendar. These
** functions do the calendar themselves (days from the civil date, UTC
** only): no libc time function, so no time zone, locale or TZ variable can
** change an answer, and nothing allocates or keeps state.
**
** Times are seconds since 1970-01-01T00:00:00Z as long long, without leap
** seconds (POSIX time). The range is that of a four-digit year from the
** epoch on: 0 .. HTTPSTATUS_TIME_MAX (9999-12-31T23:59:59Z).
**
** The parsers read untrusted bytes: every access is bounded by `len` (no
** NUL is needed or looked for), and a failure is a static message saying
** what is wrong.
*/
#ifndef HTTPSTATUS_DATE_H
#define HTTPSTATUS_DATE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* 9999-12-31T23:59:59Z, the last second with a four-digit year */
#define HTTPSTATUS_TIME_MAX 253402300799LL
/* bytes of an IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT", without NUL */
#define HTTPSTATUS_DATE_LEN 29
/* the largest delay Retry-After gives: 2^31 - 1 seconds (68 years) */
#define HTTPSTATUS_DELAY_MAX 2147483647LL

/*
** Parses s[0..len) as an HTTP-date in any of the three forms RFC 9110,
** 5.6.7 says a recipient MUST accept:
**
**   IMF-fixdate   Sun, 06 Nov 1994 08:49:37 GMT
**   rfc850-date   Sunday, 06-Nov-94 08:49:37 GMT     (obsolete)
**   asctime-date  Sun Nov  6 08:49:37 1994           (obsolete; also "Nov 06")
**
** Strict, as the grammar is: names case-sensitive (%s"Sun", %s"Nov",
** %s"GMT"), single spaces, no surrounding whitespace, nothing after the
** date. Beyond the grammar: the day must exist in its month (no 30 Feb),
** hour 00-23, minute 00-59, second 00-59, and the day name must be the
** weekday of the date (a mismatch means the sender computed the date wrong,
** so which half to trust is a guess).
**
** Second 60 is accepted only as 23:59:60, the one place a leap second can
** be (the grammar's range is "00:00:00 - 23:59:60"); POSIX time has no
** leap seconds, so it is read as 23:59:59 of the same day.
**
** A year before 1970 is refused ("before 1970"): such times have no
** seconds-since-the-epoch value here, and no server today sends one.
**
** rfc850-date has a two-digit year. RFC 9110 says a year that appears more
** than 50 years in the future is the most recent past year with those
** digits; httpstatus_parse_http_date_at applies that rule against `now`:
** the year is the latest one with those two digits whose date is not more
** than 50 years after `now` (calendar years: the same month, day and time
** of day 50 years later). httpstatus_parse_http_date, which knows no time,
** uses a fixed window instead: 70-99 are 1970-1999, 00-69 are 2000-2069.
**
** Returns NULL and sets *t, or a static message and sets *t to 0. `t` may
** be NULL to only check the text; `s` NULL is an error.
*/
const char *httpstatus_parse_http_date(const char *s, size_t len,
                                       long long *t);
const char *httpstatus_parse_http_date_at(const char *s, size_t len,
                                          long long now, long long *t);

/*
** Writes t as an IMF-fixdate (what a sender MUST generate) and a NUL when
** it fits, snprintf-style: returns HTTPSTATUS_DATE_LEN, so a result >= cap
** means nothing was written (`out` may then be NULL). Returns 0, writing
** nothing, for t outside 0..HTTPSTATUS_TIME_MAX.
*/
size_t httpstatus_http_date(char *out, size_t cap, long long t);

/*
** The delay a Retry-After field value asks for (RFC 9110, 10.2.3):
**
**   Retry-After = HTTP-date / delay-seconds      delay-seconds = 1*DIGIT
**
** Leading and trailing SP and HTAB are trimmed first: RFC 9110, 5.5 keeps
** them out of a field value, but not every client's header parser strips
** trailing ones. delay-seconds is digits only (no sign, no fraction, no
** inner space), leading zeros allowed, any length; a value over
** HTTPSTATUS_DELAY_MAX gives HTTPSTATUS_DELAY_MAX, as RFC 9111, 1.2.2
** tells caches to do with a delta-seconds too large to represent. An
** HTTP-date gives the seconds from `now` to it, 0 when it has passed, at
** most HTTPSTATUS_DELAY_MAX; `now` also resolves a two-digit year.
**
** `now` is the time to measure against: the receive time, or better the
** response's own Date (the origin's clock, which set the Retry-After),
** when that parses. Any value is allowed.
**
** Returns NULL and sets *delay, or a static message and sets *delay to 0.
** `delay` may be NULL; `s` NULL is an error.
*/
const char *httpstatus_retry_after(const char *s, size_t len, long long now,
                                   long long *delay);

#ifdef __cplusplus
}
#endif

#endif
