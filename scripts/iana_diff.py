#!/usr/bin/env python3
"""Compare our code table with IANA's HTTP Status Code Registry.

    python3 scripts/iana_diff.py http-status-codes-1.csv
    python3 scripts/iana_diff.py --write-csv ours.csv      (or - for stdout)

The first form reads IANA's CSV (columns Value,Description,Reference, as
published at https://www.iana.org/assignments/http-status-codes/, downloaded
by you: this script never touches the network) and the HTTPSTATUS_MAP rows of
csrc/httpstatus_codes.h, and prints one line for every difference: a code on
one side only, a phrase, a reference, a registration state or an expiry date.
Exit status: 0 no difference, 1 some, 2 the files could not be read.

The second form writes our own table as a CSV in IANA's format, so that the
comparison can be tested on a file that must match.

What is compared, and how it is normalised:
  phrase      the registry's text: "(Unused)" for our UNUSED rows (306, 418),
              whose reason keeps the historical phrase; IANA's state suffix
              "(TEMPORARY - ...)" or "(OBSOLETED)" is taken off first
  reference   IANA's "[RFC9110, Section 15.3.1]" and ours "RFC 9110, Section
              15.3.1" are the same; several references are IANA's
              "[A][B]" and our "A; B"
  status      permanent, temporary, unused or obsoleted
  expires     the "expires YYYY-MM-DD" of a temporary registration
Ranges ("105-199,Unassigned,") and single Unassigned rows are skipped.
"""

import argparse
import csv
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_HEADER = os.path.join(HERE, os.pardir, "csrc", "httpstatus_codes.h")

# X(code, NAME, "reason", "reference", REGISTRATION, ...rest of the row...)
# Only the leading fields are read, and the expiry is the one date literal in
# the rest, so the row may grow other columns without breaking this script.
ROW = re.compile(
    r'X\(\s*(\d{3})\s*,\s*([A-Z0-9_]+)\s*,\s*"((?:[^"\\]|\\.)*)"\s*,\s*'
    r'"((?:[^"\\]|\\.)*)"\s*,\s*(PERMANENT|TEMPORARY|UNUSED|OBSOLETED)\b(.*)\)\s*\\?\s*$')
DATE = re.compile(r'"(\d{4}-\d{2}-\d{2})"')
STATE = re.compile(r'^(.*?)\s*\((TEMPORARY|OBSOLETED)\b([^)]*)\)\s*$')
EXPIRES = re.compile(r'expires\s+(\d{4}-\d{2}-\d{2})')


class Problem(Exception):
    """A file that cannot be read as expected (exit status 2)."""


class Entry(object):
    def __init__(self, code, phrase, references, status, expires):
        self.code = code
        self.phrase = phrase
        self.references = references
        self.status = status
        self.expires = expires


def normal_reference(text):
    """One reference as we compare it: "RFC9110 , Section 1" -> "RFC 9110, Section 1"."""
    text = " ".join(text.split())
    text = re.sub(r"\s+,", ",", text)
    return re.sub(r"^RFC\s*(\d+)", r"RFC \1", text)


def read_header(path):
    """Our table: {code: Entry} from the HTTPSTATUS_MAP rows."""
    try:
        with io.open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except (IOError, OSError) as e:
        raise Problem("cannot read %s: %s" % (path, e))
    table, inside = {}, False
    for line in lines:
        if line.startswith("#define HTTPSTATUS_MAP(X)"):
            inside = True
            continue
        if not inside:
            continue
        m = ROW.search(line)
        if m:
            code = int(m.group(1))
            reason, reference, registration = m.group(3), m.group(4), m.group(5)
            date = DATE.search(m.group(6))
            status = registration.lower()
            table[code] = Entry(code, "(Unused)" if status == "unused" else reason,
                                [normal_reference(r) for r in reference.split(";")],
                                status, date.group(1) if date else None)
        elif line.strip():
            raise Problem("%s: cannot read this HTTPSTATUS_MAP row: %s" % (path, line.strip()))
        if not line.rstrip().endswith("\\"):
            break
    if not table:
        raise Problem("%s: no HTTPSTATUS_MAP rows found" % path)
    return table


def split_row(row):
    """Value, Description, Reference of one CSV row. A Description or a
    Reference that holds commas but was not quoted splits into more fields:
    the reference is then the trailing run of [...] groups."""
    if len(row) <= 3:
        return (row + ["", "", ""])[:3]
    rest = ",".join(row[1:])
    m = re.match(r"^(.*),((?:\s*\[[^\]]*\])*)\s*$", rest, re.S)
    if not m:
        raise Problem("cannot split this row: %s" % ",".join(row))
    return [row[0], m.group(1), m.group(2)]


def read_csv(path):
    """IANA's table: {code: Entry}, and the differences found while reading."""
    try:
        with io.open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    except (IOError, OSError, UnicodeDecodeError, csv.Error) as e:
        raise Problem("cannot read %s: %s" % (path, e))
    if not rows or [c.strip().lower() for c in rows[0][:3]] != ["value", "description",
                                                                "reference"]:
        raise Problem("%s: expected the header row Value,Description,Reference" % path)
    table, notes = {}, []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        value, description, reference = (c.strip() for c in split_row(row))
        if re.match(r"^\d{3}-\d{3}$", value):
            continue  # a range, always Unassigned
        if not re.match(r"^\d{3}$", value):
            raise Problem("%s, line %d: not a status code: %r" % (path, n, value))
        if description.lower() == "unassigned":
            continue
        code = int(value)
        phrase, status, expires = description, "permanent", None
        m = STATE.match(description)
        if m:
            phrase, status = m.group(1), m.group(2).lower()
            e = EXPIRES.search(m.group(3))
            expires = e.group(1) if e else None
        elif description == "(Unused)":
            status = "unused"
        references = [normal_reference(r) for r in re.findall(r"\[([^\]]*)\]", reference)]
        if not references and reference:
            references = [normal_reference(reference)]
        if code in table:
            notes.append((code, "listed twice in the CSV"))
        table[code] = Entry(code, phrase, references, status, expires)
    return table, notes


def differences(ours, theirs):
    """Every difference as (code, text), in code order."""
    out = []
    for code in sorted(set(ours) | set(theirs)):
        a, b = ours.get(code), theirs.get(code)
        if b is None:
            out.append((code, 'missing from the CSV (ours: "%s")' % a.phrase))
            continue
        if a is None:
            out.append((code, 'missing from our table (IANA: "%s", %s)'
                        % (b.phrase, "; ".join(b.references) or "no reference")))
            continue
        if a.phrase != b.phrase:
            out.append((code, 'phrase: ours "%s", IANA "%s"' % (a.phrase, b.phrase)))
        if a.references != b.references:
            out.append((code, 'reference: ours "%s", IANA "%s"'
                        % ("; ".join(a.references), "; ".join(b.references))))
        if a.status != b.status:
            out.append((code, "status: ours %s, IANA %s" % (a.status, b.status)))
        if a.expires != b.expires:
            out.append((code, "expires: ours %s, IANA %s" % (a.expires or "none",
                                                            b.expires or "none")))
    return out


def iana_reference(ref):
    return "[" + re.sub(r"^RFC (\d+)", r"RFC\1", ref) + "]"


def write_csv(table, out):
    """Our table in IANA's format: every code 100..599, gaps as Unassigned ranges."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Value", "Description", "Reference"])
    gap = None

    def close_gap(upto):
        if gap is not None:
            w.writerow([str(gap) if gap == upto else "%d-%d" % (gap, upto), "Unassigned", ""])

    for code in range(100, 600):
        e = table.get(code)
        if e is None:
            if gap is None:
                gap = code
            continue
        close_gap(code - 1)
        gap = None
        description = e.phrase
        if e.status == "temporary":
            description += " (TEMPORARY - expires %s)" % e.expires
        elif e.status == "obsoleted":
            description += " (OBSOLETED)"
        w.writerow([str(code), description, "".join(iana_reference(r) for r in e.references)])
    close_gap(599)


def main(argv=None):
    p = argparse.ArgumentParser(description="Diff csrc/httpstatus_codes.h against IANA's CSV.")
    p.add_argument("csv", nargs="?", help="IANA's http-status-codes-1.csv")
    p.add_argument("--write-csv", metavar="FILE",
                   help="write our table in IANA's CSV format to FILE (- for stdout)")
    p.add_argument("--header", default=DEFAULT_HEADER,
                   help="the code table (default: csrc/httpstatus_codes.h)")
    args = p.parse_args(argv)
    if (args.csv is None) == (args.write_csv is None):
        p.print_usage(sys.stderr)
        sys.stderr.write("iana_diff.py: give either a CSV to compare or --write-csv FILE\n")
        return 2
    try:
        ours = read_header(args.header)
        if args.write_csv is not None:
            if args.write_csv == "-":
                write_csv(ours, sys.stdout)
            else:
                with io.open(args.write_csv, "w", encoding="utf-8", newline="") as f:
                    write_csv(ours, f)
            return 0
        theirs, notes = read_csv(args.csv)
    except Problem as e:
        sys.stderr.write("iana_diff.py: %s\n" % e)
        return 2
    found = sorted(notes + differences(ours, theirs), key=lambda d: d[0])
    for code, text in found:
        sys.stdout.write("%d: %s\n" % (code, text))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
