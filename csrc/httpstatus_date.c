/*
** httpstatus_date.c: HTTP-date both ways, and Retry-After (RFC 9110,
** 5.6.7 and 10.2.3).
**
**   HTTP-date    = IMF-fixdate / obs-date
**   IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT
**   obs-date     = rfc850-date / asctime-date
**   rfc850-date  = day-name-l "," SP date2 SP time-of-day SP GMT
**   asctime-date = day-name SP date3 SP time-of-day SP year
**   date1 = day SP month SP year          ; 06 Nov 1994
**   date2 = day "-" month "-" 2DIGIT      ; 06-Nov-94
**   date3 = month SP ( 2DIGIT / ( SP DIGIT ) )   ; Nov  6
**
** The calendar is proleptic Gregorian arithmetic on whole days counted
** from 1970-01-01, written out here rather than taken from timegm() or
** mktime(): those depend on TZ and the locale, mktime() reads local time,
** and timegm() is not in C99.
*/
#include "httpstatus_date.h"

static const char *const hs_months[12] = {"Jan", "Feb", "Mar", "Apr",
                                          "May", "Jun", "Jul", "Aug",
                                          "Sep", "Oct", "Nov", "Dec"};
/* 0 is Sunday, as in struct tm */
static const char *const hs_wdays[7] = {"Sun", "Mon", "Tue", "Wed",
                                        "Thu", "Fri", "Sat"};
/* what day-name-l adds to day-name: "Sun" + "day" */
static const char *const hs_wday_rest[7] = {"day",  "day", "sday", "nesday",
                                            "rsday", "day", "urday"};
/* days before the first of each month in a common year */
static const int hs_month_start[12] = {0,   31,  59,  90,  120, 151,
                                       181, 212, 243, 273, 304, 334};

#define HS_DAY 86400LL

/* every message the parsers give, so tests and callers can compare */
static const char HS_E_EMPTY[] = "empty HTTP-date";
static const char HS_E_DAYNAME[] =
  "expected a day name: Mon ... Sun or Monday ... Sunday (case-sensitive)";
static const char HS_E_AFTER_DAYNAME[] =
  "expected ', ' (IMF-fixdate), a full day name and ', ' (rfc850-date) "
  "or ' ' (asctime-date) after the day name";
static const char HS_E_COMMA_SPACE[] = "expected a single space after ','";
static const char HS_E_MONTH[] =
  "expected a month name: Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec "
  "(case-sensitive)";
static const char HS_E_DAY[] = "expected a two-digit day";
static const char HS_E_ASCDAY[] =
  "expected the day as two digits or a space and one digit";
static const char HS_E_YEAR4[] = "expected a four-digit year";
static const char HS_E_YEAR2[] = "expected a two-digit year";
static const char HS_E_DASH[] = "expected '-' between day, month and year";
static const char HS_E_SPACE[] = "expected a single space between the parts";
static const char HS_E_TIME[] = "expected the time of day as HH:MM:SS";
static const char HS_E_GMT[] = "expected ' GMT' after the time (upper case)";
static const char HS_E_TRAILING[] = "unexpected bytes after the HTTP-date";
static const char HS_E_HOUR[] = "hour must be 00-23";
static const char HS_E_MINUTE[] = "minute must be 00-59";
static const char HS_E_SECOND[] =
  "second must be 00-59 (60 only as 23:59:60, a leap second)";
static const char HS_E_MDAY[] =
  "no such day in that month (such as 30 Feb, or 29 Feb in a common year)";
static const char HS_E_EPOCH[] =
  "year before 1970 (times before the epoch are not supported)";
static const char HS_E_YEAR_MAX[] = "year after 9999";
static const char HS_E_WEEKDAY[] = "weekday does not match the date";

static int hs_digit(char c) { return c >= '0' && c <= '9'; }

static int hs_is_leap(long long y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int hs_month_days(long long y, int month) {
  static const int days[12] = {31, 28, 31, 30, 31, 30,
                               31, 31, 30, 31, 30, 31};
  return days[month - 1] + (month == 2 && hs_is_leap(y));
}

/*
** Days from 1970-01-01 to the first of January of y (y >= 1): 365 a year
** plus one for each leap year in between, leap years counted by the
** Gregorian rule up to y - 1 minus those up to 1969 (477 of them).
*/
static long long hs_year_start(long long y) {
  long long p = y - 1;
  return 365 * (y - 1970) + (p / 4 - p / 100 + p / 400) - 477;
}

static long long hs_days_from_civil(long long y, int month, int day) {
  return hs_year_start(y) + hs_month_start[month - 1] +
         (month > 2 && hs_is_leap(y)) + day - 1;
}

/* A broken-down UTC time; wday 0 is Sunday. */
typedef struct hs_tm {
  long long year;
  int month, day, hour, minute, second, wday;
} hs_tm;

/*
** The inverse, for 0 <= t <= HTTPSTATUS_TIME_MAX: an estimate of the year
** from the mean Gregorian year (146097 days per 400 years), corrected by
** at most a step either way, then the month by the table.
*/
static void hs_civil_from_time(long long t, hs_tm *tm) {
  long long days = t / HS_DAY, secs = t % HS_DAY, doy;
  long long y = 1970 + days * 400 / 146097;
  int m = 11;
  while (hs_year_start(y) > days) y--;
  while (hs_year_start(y + 1) <= days) y++;
  doy = days - hs_year_start(y);
  while (hs_month_start[m] + (m >= 2 && hs_is_leap(y)) > doy) m--;
  tm->year = y;
  tm->month = m + 1;
  tm->day = (int)(doy - hs_month_start[m] - (m >= 2 && hs_is_leap(y))) + 1;
  tm->hour = (int)(secs / 3600);
  tm->minute = (int)(secs / 60 % 60);
  tm->second = (int)(secs % 60);
  tm->wday = (int)((days + 4) % 7); /* 1970-01-01 was a Thursday */
}

/* A cursor over the bytes being parsed: never past len. */
typedef struct hs_cursor {
  const char *s;
  size_t len, pos;
} hs_cursor;

static int hs_take(hs_cursor *c, char ch) {
  if (c->pos < c->len && c->s[c->pos] == ch) {
    c->pos++;
    return 1;
  }
  return 0;
}

static int hs_take_text(hs_cursor *c, const char *text, size_t n) {
  size_t i;
  if (c->len - c->pos < n) return 0;
  for (i = 0; i < n; i++)
    if (c->s[c->pos + i] != text[i]) return 0;
  c->pos += n;
  return 1;
}

/* exactly n digits (n <= 4) into *v */
static int hs_take_digits(hs_cursor *c, size_t n, int *v) {
  size_t i;
  int x = 0;
  if (c->len - c->pos < n) return 0;
  for (i = 0; i < n; i++) {
    char ch = c->s[c->pos + i];
    if (!hs_digit(ch)) return 0;
    x = x * 10 + (ch - '0');
  }
  c->pos += n;
  *v = x;
  return 1;
}

/* index of the three-letter name at the cursor, or -1 */
static int hs_take_name(hs_cursor *c, const char *const *names, int count) {
  int i;
  for (i = 0; i < count; i++)
    if (hs_take_text(c, names[i], 3)) return i;
  return -1;
}

/* time-of-day = hour ":" minute ":" second, each 2DIGIT */
static const char *hs_take_time(hs_cursor *c, hs_tm *tm) {
  if (!hs_take_digits(c, 2, &tm->hour) || !hs_take(c, ':') ||
      !hs_take_digits(c, 2, &tm->minute) || !hs_take(c, ':') ||
      !hs_take_digits(c, 2, &tm->second))
    return HS_E_TIME;
  return NULL;
}

static const char *hs_take_month(hs_cursor *c, hs_tm *tm) {
  int m = hs_take_name(c, hs_months, 12);
  if (m < 0) return HS_E_MONTH;
  tm->month = m + 1;
  return NULL;
}

/* date1 SP time-of-day SP GMT, after "Sun, " */
static const char *hs_imf_rest(hs_cursor *c, hs_tm *tm) {
  const char *err;
  int year;
  if (!hs_take_digits(c, 2, &tm->day)) return HS_E_DAY;
  if (!hs_take(c, ' ')) return HS_E_SPACE;
  if ((err = hs_take_month(c, tm)) != NULL) return err;
  if (!hs_take(c, ' ')) return HS_E_SPACE;
  if (!hs_take_digits(c, 4, &year)) return HS_E_YEAR4;
  tm->year = year;
  if (!hs_take(c, ' ')) return HS_E_SPACE;
  if ((err = hs_take_time(c, tm)) != NULL) return err;
  if (!hs_take_text(c, " GMT", 4)) return HS_E_GMT;
  return NULL;
}

/* date2 SP time-of-day SP GMT, after "Sunday, "; the year as written */
static const char *hs_rfc850_rest(hs_cursor *c, hs_tm *tm) {
  const char *err;
  int year;
  if (!hs_take_digits(c, 2, &tm->day)) return HS_E_DAY;
  if (!hs_take(c, '-')) return HS_E_DASH;
  if ((err = hs_take_month(c, tm)) != NULL) return err;
  if (!hs_take(c, '-')) return HS_E_DASH;
  if (!hs_take_digits(c, 2, &year)) return HS_E_YEAR2;
  tm->year = year;
  if (!hs_take(c, ' ')) return HS_E_SPACE;
  if ((err = hs_take_time(c, tm)) != NULL) return err;
  if (!hs_take_text(c, " GMT", 4)) return HS_E_GMT;
  return NULL;
}

/* date3 SP time-of-day SP year, after "Sun " */
static const char *hs_asctime_rest(hs_cursor *c, hs_tm *tm) {
  const char *err;
  int year;
  if ((err = hs_take_month(c, tm)) != NULL) return err;
  if (!hs_take(c, ' ')) return HS_E_SPACE;
  if (hs_take(c, ' ')) {
    if (!hs_take_digits(c, 1, &tm->day)) return HS_E_ASCDAY;
  } else if (!hs_take_digits(c, 2, &tm->day)) {
    return HS_E_ASCDAY;
  }
  if (!hs_take(c, ' ')) return HS_E_SPACE;
  if ((err = hs_take_time(c, tm)) != NULL) return err;
  if (!hs_take(c, ' ')) return HS_E_SPACE;
  if (!hs_take_digits(c, 4, &year)) return HS_E_YEAR4;
  tm->year = year;
  return NULL;
}

/*
** The syntax of the three forms, sorted out by what follows the
** three-letter day name: ',' (IMF-fixdate), ' ' (asctime-date) or the rest
** of the full name (rfc850-date). *two_digit says the year is two digits.
*/
static const char *hs_parse_syntax(const char *s, size_t len, hs_tm *tm,
                                   int *two_digit) {
  hs_cursor c;
  const char *err;
  c.s = s;
  c.len = len;
  c.pos = 0;
  *two_digit = 0;
  if (len == 0) return HS_E_EMPTY;
  tm->wday = hs_take_name(&c, hs_wdays, 7);
  if (tm->wday < 0) return HS_E_DAYNAME;
  if (hs_take(&c, ',')) {
    if (!hs_take(&c, ' ')) return HS_E_COMMA_SPACE;
    err = hs_imf_rest(&c, tm);
  } else if (hs_take(&c, ' ')) {
    err = hs_asctime_rest(&c, tm);
  } else {
    const char *rest = hs_wday_rest[tm->wday];
    size_t n = 0;
    while (rest[n] != '\0') n++;
    if (!hs_take_text(&c, rest, n) || !hs_take(&c, ','))
      return HS_E_AFTER_DAYNAME;
    if (!hs_take(&c, ' ')) return HS_E_COMMA_SPACE;
    *two_digit = 1;
    err = hs_rfc850_rest(&c, tm);
  }
  if (err != NULL) return err;
  if (c.pos != len) return HS_E_TRAILING;
  return NULL;
}

/* one number that orders broken-down times as the calendar does */
static long long hs_order_key(long long year, const hs_tm *tm) {
  return ((((year * 13 + tm->month) * 32 + tm->day) * 24 + tm->hour) * 60 +
          tm->minute) * 61 + tm->second;
}

/*
** RFC 9110, 5.6.7: "Recipients of a timestamp value in rfc850-date format,
** which uses a two-digit year, MUST interpret a timestamp that appears to
** be more than 50 years in the future as representing the most recent year
** in the past that had the same last two digits." So: the latest year
** with those digits whose date is at most 50 calendar years after now. Two
** candidates at most are tried after the first.
*/
static long long hs_resolve_year(const hs_tm *tm, long long now) {
  hs_tm n;
  long long limit, y;
  if (now < 0) now = 0;
  if (now > HTTPSTATUS_TIME_MAX) now = HTTPSTATUS_TIME_MAX;
  hs_civil_from_time(now, &n);
  limit = hs_order_key(n.year + 50, &n);
  y = n.year - n.year % 100 + tm->year + 100;
  while (hs_order_key(y, tm) > limit) y -= 100;
  return y;
}

/* now_given 0: the fixed window 1970-2069 for two-digit years */
static const char *hs_parse(const char *s, size_t len, int now_given,
                            long long now, long long *t) {
  hs_tm tm;
  int two_digit, second;
  const char *err;
  long long days;
  if (t != NULL) *t = 0;
  if (s == NULL) return "no HTTP-date given";
  err = hs_parse_syntax(s, len, &tm, &two_digit);
  if (err != NULL) return err;
  if (tm.hour > 23) return HS_E_HOUR;
  if (tm.minute > 59) return HS_E_MINUTE;
  second = tm.second;
  if (second == 60 && tm.hour == 23 && tm.minute == 59)
    second = 59; /* POSIX time has no leap second: the second before */
  else if (second > 59)
    return HS_E_SECOND;
  if (two_digit) {
    if (now_given)
      tm.year = hs_resolve_year(&tm, now);
    else
      tm.year += tm.year >= 70 ? 1900 : 2000;
  }
  if (tm.year < 1970) return HS_E_EPOCH;
  if (tm.year > 9999) return HS_E_YEAR_MAX;
  if (tm.day < 1 || tm.day > hs_month_days(tm.year, tm.month))
    return HS_E_MDAY;
  days = hs_days_from_civil(tm.year, tm.month, tm.day);
  if ((days + 4) % 7 != tm.wday) return HS_E_WEEKDAY;
  if (t != NULL)
    *t = days * HS_DAY + tm.hour * 3600LL + tm.minute * 60LL + second;
  return NULL;
}

const char *httpstatus_parse_http_date(const char *s, size_t len,
                                       long long *t) {
  return hs_parse(s, len, 0, 0, t);
}

const char *httpstatus_parse_http_date_at(const char *s, size_t len,
                                          long long now, long long *t) {
  return hs_parse(s, len, 1, now, t);
}

static void hs_put2(char *p, int v) {
  p[0] = (char)('0' + v / 10);
  p[1] = (char)('0' + v % 10);
}

size_t httpstatus_http_date(char *out, size_t cap, long long t) {
  hs_tm tm;
  int y;
  if (t < 0 || t > HTTPSTATUS_TIME_MAX) return 0;
  if (out == NULL || cap <= HTTPSTATUS_DATE_LEN) return HTTPSTATUS_DATE_LEN;
  hs_civil_from_time(t, &tm);
  y = (int)tm.year;
  /* "Sun, 06 Nov 1994 08:49:37 GMT" */
  out[0] = hs_wdays[tm.wday][0];
  out[1] = hs_wdays[tm.wday][1];
  out[2] = hs_wdays[tm.wday][2];
  out[3] = ',';
  out[4] = ' ';
  hs_put2(out + 5, tm.day);
  out[7] = ' ';
  out[8] = hs_months[tm.month - 1][0];
  out[9] = hs_months[tm.month - 1][1];
  out[10] = hs_months[tm.month - 1][2];
  out[11] = ' ';
  hs_put2(out + 12, y / 100);
  hs_put2(out + 14, y % 100);
  out[16] = ' ';
  hs_put2(out + 17, tm.hour);
  out[19] = ':';
  hs_put2(out + 20, tm.minute);
  out[22] = ':';
  hs_put2(out + 23, tm.second);
  out[25] = ' ';
  out[26] = 'G';
  out[27] = 'M';
  out[28] = 'T';
  out[29] = '\0';
  return HTTPSTATUS_DATE_LEN;
}

static int hs_ows(char c) { return c == ' ' || c == '\t'; }

const char *httpstatus_retry_after(const char *s, size_t len, long long now,
                                   long long *delay) {
  size_t a = 0, b = len;
  long long t;
  const char *err;
  if (delay != NULL) *delay = 0;
  if (s == NULL) return "no Retry-After value given";
  while (a < b && hs_ows(s[a])) a++;
  while (b > a && hs_ows(s[b - 1])) b--;
  if (a == b) return "empty Retry-After";
  if (hs_digit(s[a])) {
    /* delay-seconds = 1*DIGIT, saturating: no length can overflow */
    long long v = 0;
    size_t i;
    for (i = a; i < b; i++) {
      if (!hs_digit(s[i]))
        return s[i] == '.' ? "delay-seconds must be a whole number"
                           : "delay-seconds must be digits only";
      if (v < HTTPSTATUS_DELAY_MAX) {
        v = v * 10 + (s[i] - '0');
        if (v > HTTPSTATUS_DELAY_MAX) v = HTTPSTATUS_DELAY_MAX;
      }
    }
    if (delay != NULL) *delay = v;
    return NULL;
  }
  if (s[a] == '-' || s[a] == '+')
    return "delay-seconds must be digits only, without a sign";
  err = hs_parse(s + a, b - a, 1, now, &t);
  if (err == HS_E_DAYNAME) return "expected delay-seconds or an HTTP-date";
  if (err != NULL) return err;
  /* max(0, t - now) at most DELAY_MAX, with no overflow for any now */
  if (delay != NULL)
    *delay = t <= now                           ? 0
             : now < t - HTTPSTATUS_DELAY_MAX ? HTTPSTATUS_DELAY_MAX
                                              : t - now;
  return NULL;
}
