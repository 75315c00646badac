#!/usr/bin/env python3
"""Oracle for spec/date_spec.lua: valid HTTP-dates and their epoch seconds.

    python3 spec/date_oracle.py NOW [NOW...]

prints, for each NOW, a line "# now NOW" and then one line per date,
"text<TAB>epoch": every day from 1970-01-01 to 2100-12-31 in one of the
three forms of RFC 9110, 5.6.7 (the form and the time of day change from
day to day, so every month, weekday and form meet), every 29 February in
all three forms, and rfc850-dates on both sides of the 50-year rule around
NOW (seconds since the epoch, the same `now` the spec passes to
parse_http_date). Only the first NOW gets the IMF-fixdates and
asctime-dates: they do not depend on now.

The epoch comes from Python's email.utils.parsedate_to_datetime, checked
against calendar.timegm of the date the text was made from. Two fix-ups,
because Python reads dates differently from RFC 9110:
  - a two-digit year: Python takes 69-99 as 19xx and 00-68 as 20xx, a fixed
    window; RFC 9110 says a year more than 50 years after now is the most
    recent past year with those digits. The year is replaced by the RFC's
    (year_for below), and the text is written with that year's weekday.
  - asctime-date has no zone, so Python returns a naive datetime; HTTP-dates
    are UTC, so it is read as UTC.
Only dates the parser must accept are printed: 1970 or later, seconds 00-59
(Python refuses the leap second 60).
"""
import calendar
import datetime
import sys
from email.utils import parsedate_to_datetime

UTC = datetime.timezone.utc
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]  # Python's weekday()
LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday"]


def imf(d):
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year,
        d.hour, d.minute, d.second)


def rfc850(d):
    return "%s, %02d-%s-%02d %02d:%02d:%02d GMT" % (
        LONG_DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year % 100,
        d.hour, d.minute, d.second)


def asctime(d, two_digit_day=False):
    day = "%02d" % d.day if two_digit_day else "%2d" % d.day
    return "%s %s %s %02d:%02d:%02d %04d" % (
        DAYS[d.weekday()], MONTHS[d.month - 1], day,
        d.hour, d.minute, d.second, d.year)


def year_for(yy, d, now):
    """RFC 9110's year for two digits yy on d's month, day and time: the
    latest year with those digits whose date is at most 50 years after now.
    Compared as tuples, so 29 February needs no special case."""
    limit = (now.year + 50, now.month, now.day, now.hour, now.minute,
             now.second)
    y = now.year - now.year % 100 + yy + 100
    while (y, d.month, d.day, d.hour, d.minute, d.second) > limit:
        y -= 100
    return y


def as_epoch(text, two_digit_year=None):
    dt = parsedate_to_datetime(text)
    if dt.tzinfo is None:  # asctime-date: no zone in the text; it is UTC
        dt = dt.replace(tzinfo=UTC)
    if two_digit_year is not None:
        dt = dt.replace(year=two_digit_year)
    return int(dt.timestamp())


def emit(out, text, d, two_digit_year=None):
    got = as_epoch(text, two_digit_year)
    want = calendar.timegm(d.timetuple())
    if got != want:
        raise SystemExit("oracle disagrees with itself on %r: %d != %d"
                         % (text, got, want))
    out.append("%s\t%d" % (text, got))


def emit_rfc850(out, d, now):
    """d written as an rfc850-date, if its two digits mean d's year; else
    the date they do mean (same month, day and time), if it exists."""
    y = year_for(d.year % 100, d, now)
    if y != d.year:
        if y < 1970:
            return
        try:
            d = d.replace(year=y)
        except ValueError:  # 29 February in a common year
            return
    emit(out, rfc850(d), d, y)


def dates(now, out, rfc850_only):
    day = datetime.datetime(1970, 1, 1, tzinfo=UTC)
    end = datetime.datetime(2100, 12, 31, tzinfo=UTC)
    n = 0
    while day <= end:
        tod = (n * 7919 + 12345) % 86400
        d = day + datetime.timedelta(seconds=tod)
        form = n % 3
        if form == 2:
            emit_rfc850(out, d, now)
        elif rfc850_only:
            pass
        elif form == 0:
            emit(out, imf(d), d)
        else:
            emit(out, asctime(d, two_digit_day=n % 2 == 0), d)
        n += 1
        day += datetime.timedelta(days=1)
    # every 29 February, in all three forms
    for y in range(1972, 2101, 4):
        if not calendar.isleap(y):
            continue
        d = datetime.datetime(y, 2, 29, 23, 59, 59, tzinfo=UTC)
        if not rfc850_only:
            emit(out, imf(d), d)
            emit(out, asctime(d), d)
        emit_rfc850(out, d, now)
    # around the 50-year boundary, for every two-digit year
    edge = now.replace(year=now.year + 50) if not (
        now.month == 2 and now.day == 29) else now.replace(
            year=now.year + 50, day=28)
    for delta in (-86400, -1, 0, 1, 86400):
        for back in range(0, 100):
            d = edge + datetime.timedelta(seconds=delta)
            try:
                d = d.replace(year=d.year - back)
            except ValueError:
                continue
            if 1970 <= d.year <= 9999:
                emit_rfc850(out, d, now)


def main():
    if len(sys.argv) < 2:
        raise SystemExit("usage: date_oracle.py NOW [NOW...]")
    out = []
    for i, arg in enumerate(sys.argv[1:]):
        out.append("# now %d" % int(arg))
        dates(datetime.datetime.fromtimestamp(int(arg), UTC), out, i > 0)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
