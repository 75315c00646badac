/*
** httpstatus_log_line.c: one access-log line read in the formats a scanner
** accepts (see httpstatus_log.h): the fixed formats (combined, common,
** Apache's vhost_combined), nginx's JSON lines, and templates compiled
** from an nginx log_format string. Also the two time fields.
**
** Nothing here allocates or keeps state: a line is judged where it lies,
** and the fields found point into it. Every search is bounded by the
** line's end.
*/
#include <string.h>

#include "httpstatus.h"
#include "httpstatus_log.h"

typedef const unsigned char *hs_ptr;

static int hs_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Lua's %s in the C locale: SP, HTAB, LF, VT, FF, CR */
static int hs_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* no field found yet (a loop the compiler turns into a few stores, where
   memset of the struct became a slow `rep stos`) */
static void hs_clear(httpstatus_log_fields *f) {
  int i;
  f->code = 0;
  for (i = 0; i < HTTPSTATUS_LOG_NFIELDS; i++) {
    f->at[i] = NULL;
    f->len[i] = 0;
  }
}

static void hs_set(httpstatus_log_fields *f, int field, hs_ptr p, hs_ptr e) {
  f->at[field] = (const char *)p;
  f->len[field] = (size_t)(e - p);
}

/*
** Lua's "%S+ " at p: one or more non-space bytes, then one SP. Returns
** the byte after the SP, or NULL.
*/
static hs_ptr hs_word(hs_ptr p, hs_ptr e) {
  hs_ptr start = p;
  uint64_t w, sp, hit;
  /* eight bytes a step while none is SP or below 14 (in (w - n * ONES) &
     ~w & HIGHS, the lowest byte marked is the first below n; bytes above
     it may be marked too); then byte by byte from the first such byte,
     which may be no space after all (below 9) */
  for (; e - p >= 8; p += 8) {
    memcpy(&w, p, 8);
    sp = w ^ 0x2020202020202020u;
    hit = ((w - 0x0e0e0e0e0e0e0e0eu) & ~w & 0x8080808080808080u) |
          ((sp - 0x0101010101010101u) & ~sp & 0x8080808080808080u);
    if (hit != 0) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      p += __builtin_ctzll(hit) >> 3;
#endif
      break;
    }
  }
  while (p < e && !hs_space(*p)) p++;
  if (p == start || p == e || *p != ' ') return NULL;
  return p + 1;
}

/*
** A quoted field at p: returns the byte after its closing quote, or NULL
** when there is none. A backslash escapes the byte after it, whatever it
** is (Apache logs a quote as \"). The next quote is searched again only
** when it was the escaped byte, so a field full of backslashes still
** costs one pass, not one per backslash.
**
** *bs carries the backslash search between the fields of one line: NULL,
** or the first backslash at or after some byte before p (e when there is
** none). A line without backslashes is then searched for them once, not
** once per field.
*/
static hs_ptr hs_quoted_in(hs_ptr p, hs_ptr e, hs_ptr *bs) {
  hs_ptr q;
  if (p == e || *p != '"') return NULL;
  p++;
  q = (hs_ptr)memchr(p, '"', (size_t)(e - p));
  for (;;) {
    if (q == NULL) return NULL;
    if (*bs == NULL || *bs < p) {
      *bs = (hs_ptr)memchr(p, '\\', (size_t)(e - p));
      if (*bs == NULL) *bs = e;
    }
    if (*bs >= q) return q + 1; /* no backslash before the quote */
    p = *bs + 2; /* *bs < q < e, so p <= q + 1 <= e */
    if (p > q) q = (hs_ptr)memchr(p, '"', (size_t)(e - p));
  }
}

static int hs_three_digits(hs_ptr p) {
  return (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
}

/* a code read from three digits: itself when valid, -1 when not */
static int hs_valid(int code) { return httpstatus_is_valid(code) ? code : -1; }

/*
** combined or common at p..e (no CR): the code, 0 when malformed, -1 when
** only the status is wrong. Shape first, status last, as parse_line in
** examples/classify_log.lua checks them. *common tells which it was.
*/
static int hs_classic(hs_ptr p, hs_ptr e, unsigned formats,
                      httpstatus_log_fields *f, int *common) {
  hs_ptr q, r, bs = NULL;
  int code;
  if ((p = hs_word(p, e)) == NULL || (p = hs_word(p, e)) == NULL ||
      (p = hs_word(p, e)) == NULL)
    return 0;
  if (p == e || *p != '[') return 0;
  p++;
  q = (hs_ptr)memchr(p, ']', (size_t)(e - p));
  if (q == NULL || q == p || q + 1 == e || q[1] != ' ') return 0;
  hs_set(f, HTTPSTATUS_LOG_F_TLOCAL, p, q);
  r = q + 2;
  p = hs_quoted_in(r, e, &bs); /* the request */
  if (p == NULL || e - p < 5 || p[0] != ' ' || !hs_digit(p[1]) ||
      !hs_digit(p[2]) || !hs_digit(p[3]) || p[4] != ' ')
    return 0;
  hs_set(f, HTTPSTATUS_LOG_F_REQUEST, r + 1, p - 1);
  code = hs_three_digits(p + 1);
  p += 5;
  if (p < e && *p == '-') { /* no body bytes */
    p++;
  } else {
    q = p;
    while (p < e && hs_digit(*p)) p++;
    if (p == q) return 0;
  }
  *common = p == e;
  if (p == e) { /* common: nothing after the bytes */
    if (!(formats & HTTPSTATUS_LOG_COMMON)) return 0;
  } else {
    if (!(formats & (HTTPSTATUS_LOG_COMBINED | HTTPSTATUS_LOG_VHOST)) ||
        *p != ' ')
      return 0;
    p = hs_quoted_in(p + 1, e, &bs); /* the referer */
    if (p == NULL || p == e || *p != ' ') return 0;
    p = hs_quoted_in(p + 1, e, &bs); /* the user agent, then SP and anything */
    if (p == NULL || (p < e && *p != ' ')) return 0;
  }
  return hs_valid(code);
}

/* JSON whitespace */
static hs_ptr hs_ws(hs_ptr p, hs_ptr e) {
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
  return p;
}

/* the names the report reads, and their fields: JSON members of nginx's
   escape=json logs, and the variables a log_format template names */
static const struct {
  const char *name;
  int field;
} hs_json_names[] = {
  {"status", HTTPSTATUS_LOG_F_STATUS},
  {"upstream_status", HTTPSTATUS_LOG_F_UPSTREAM},
  {"request_time", HTTPSTATUS_LOG_F_RTIME},
  {"time_local", HTTPSTATUS_LOG_F_TLOCAL},
  {"time_iso8601", HTTPSTATUS_LOG_F_TISO},
  {"request", HTTPSTATUS_LOG_F_REQUEST},
  {"request_uri", HTTPSTATUS_LOG_F_URI},
  {"uri", HTTPSTATUS_LOG_F_URI},
};

static int hs_json_field(hs_ptr k, size_t n) {
  size_t i;
  for (i = 0; i < sizeof hs_json_names / sizeof hs_json_names[0]; i++)
    if (strlen(hs_json_names[i].name) == n &&
        memcmp(hs_json_names[i].name, k, n) == 0)
      return hs_json_names[i].field;
  return HTTPSTATUS_LOG_F_OTHER;
}

/*
** One flat JSON object (strings, numbers, true, false, null as values;
** nginx writes no other): the members the report reads are noted. The
** code, 0 when malformed or without "status", -1 when "status" is three
** digits but no valid code.
*/
static int hs_json(hs_ptr p, hs_ptr e, httpstatus_log_fields *f) {
  hs_ptr v, ve, bs = NULL;
  p = hs_ws(p, e);
  if (p == e || *p != '{') return 0;
  p = hs_ws(p + 1, e);
  if (p < e && *p == '}') return 0; /* no status */
  for (;;) {
    hs_ptr k = p;
    int field;
    if ((p = hs_quoted_in(p, e, &bs)) == NULL) return 0;
    field = hs_json_field(k + 1, (size_t)(p - k - 2));
    p = hs_ws(p, e);
    if (p == e || *p != ':') return 0;
    p = hs_ws(p + 1, e);
    if (p == e) return 0;
    if (*p == '"') {
      v = p + 1;
      if ((p = hs_quoted_in(p, e, &bs)) == NULL) return 0;
      ve = p - 1;
    } else {
      v = p;
      while (p < e && (hs_digit(*p) || *p == '.' || *p == '-' || *p == '+' ||
                       *p == 'e' || *p == 'E' || (*p >= 'a' && *p <= 'z')))
        p++;
      if (p == v) return 0;
      ve = p;
    }
    if (field != HTTPSTATUS_LOG_F_OTHER) hs_set(f, field, v, ve);
    p = hs_ws(p, e);
    if (p == e) return 0;
    if (*p == '}') break;
    if (*p != ',') return 0;
    p = hs_ws(p + 1, e);
  }
  if (hs_ws(p + 1, e) != e) return 0;
  v = (hs_ptr)f->at[HTTPSTATUS_LOG_F_STATUS];
  if (f->len[HTTPSTATUS_LOG_F_STATUS] != 3 || !hs_digit(v[0]) ||
      !hs_digit(v[1]) || !hs_digit(v[2]))
    return 0;
  return hs_valid(hs_three_digits(v));
}

/* q, a space in $upstream_status, is one of its separators ", " and
   " : " */
static int hs_in_chain(hs_ptr start, hs_ptr q, hs_ptr e) {
  if (*q != ' ') return 0;
  if (q > start && (q[-1] == ',' || q[-1] == ':')) return 1;
  return e - q >= 3 && q[1] == ':' && q[2] == ' ';
}

/*
** The end of a variable that a literal follows: the first place at or
** after p where lit starts. A literal that begins with a quote ends a
** quoted value, where a backslash escapes the byte after it (Apache's \",
** nginx's escape=json); a quote so escaped does not end it. The
** separators of $upstream_status's list do not end it either.
*/
static hs_ptr hs_until(hs_ptr p, hs_ptr e, hs_ptr lit, size_t n, int field) {
  hs_ptr q, b, start = p;
  while (p < e) {
    q = (hs_ptr)memchr(p, lit[0], (size_t)(e - p));
    if (q == NULL) return NULL;
    if (lit[0] == '"') {
      b = (hs_ptr)memchr(p, '\\', (size_t)(q - p));
      if (b != NULL) {
        p = b + 2;
        continue;
      }
    }
    if ((size_t)(e - q) >= n && memcmp(q, lit, n) == 0 &&
        !(field == HTTPSTATUS_LOG_F_UPSTREAM && hs_in_chain(start, q, e)))
      return q;
    p = q + 1;
  }
  return NULL;
}

/* a line in the template: the code, 0 when it does not follow it, -1 when
   only its $status (three digits) is no valid code */
static int hs_template(hs_ptr p, hs_ptr e, const httpstatus_log_template *t,
                       httpstatus_log_fields *f) {
  int i, code = 0;
  for (i = 0; i < t->npieces; i++) {
    int field = t->piece[i].field;
    if (field < 0) { /* literal text */
      size_t n = t->piece[i].len;
      if ((size_t)(e - p) < n || memcmp(p, t->text + t->piece[i].off, n) != 0)
        return 0;
      p += n;
    } else {
      hs_ptr v = p;
      if (i + 1 == t->npieces) {
        p = e;
      } else {
        hs_ptr lit = (hs_ptr)t->text + t->piece[i + 1].off;
        p = hs_until(p, e, lit, t->piece[i + 1].len, field);
        if (p == NULL) return 0;
      }
      if (field == HTTPSTATUS_LOG_F_STATUS) {
        if (p - v != 3 || !hs_digit(v[0]) || !hs_digit(v[1]) ||
            !hs_digit(v[2]))
          return 0;
        code = hs_three_digits(v);
      }
      if (field != HTTPSTATUS_LOG_F_OTHER) hs_set(f, field, v, p);
    }
  }
  if (p != e || code == 0) return 0;
  return hs_valid(code);
}

int httpstatus_log_parse(const char *line, size_t len, unsigned formats,
                         const httpstatus_log_template *tpl,
                         httpstatus_log_fields *f) {
  hs_ptr p = (hs_ptr)line, e, q;
  int common = 0;
  hs_clear(f);
  if (line == NULL) return -1;
  e = p + len;
  if (p < e && e[-1] == '\r') e--; /* a CRLF log */
  if (formats & HTTPSTATUS_LOG_TEMPLATE) {
    if (tpl == NULL || (f->code = hs_template(p, e, tpl, f)) == 0) return -1;
    return 4;
  }
  if (formats & (HTTPSTATUS_LOG_COMBINED | HTTPSTATUS_LOG_COMMON)) {
    f->code = hs_classic(p, e, formats, f, &common);
    if (f->code != 0) return common ? 1 : 0;
  }
  if ((formats & HTTPSTATUS_LOG_JSON) && p < e && (*p == '{' || hs_space(*p))) {
    hs_clear(f);
    if ((f->code = hs_json(p, e, f)) != 0) return 3;
  }
  if ((formats & HTTPSTATUS_LOG_VHOST) && (q = hs_word(p, e)) != NULL) {
    hs_clear(f);
    f->code = hs_classic(q, e, HTTPSTATUS_LOG_VHOST, f, &common);
    if (f->code != 0) return 2;
  }
  hs_clear(f);
  return -1;
}

int httpstatus_log_line(const char *line, size_t len, unsigned formats) {
  httpstatus_log_fields f;
  if (line == NULL) return 0;
  httpstatus_log_parse(line, len, formats & HTTPSTATUS_LOG_ANY, NULL, &f);
  return f.code;
}


static int hs_name_char(unsigned char c) {
  return hs_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         c == '_';
}

const char *httpstatus_log_compile(httpstatus_log_template *t,
                                   const char *fmt, size_t len) {
  hs_ptr p = (hs_ptr)fmt, e = p + len;
  size_t used = 0;
  int status = 0, last_var = 0;
  t->npieces = 0;
  if (fmt == NULL || len == 0) return "the format is empty";
  while (p < e) {
    hs_ptr s = p;
    if (t->npieces == HTTPSTATUS_LOG_MAX_PIECES)
      return "the format has too many pieces";
    if (*p == '$') { /* $name or ${name} */
      int braced = p + 1 < e && p[1] == '{', field = HTTPSTATUS_LOG_F_OTHER;
      size_t i, n;
      s = p += 1 + braced;
      while (p < e && hs_name_char(*p)) p++;
      n = (size_t)(p - s);
      if (n == 0) return "a $ names no variable";
      if (braced) {
        if (p == e || *p != '}') return "a ${ is not closed";
        p++;
      }
      if (last_var) return "two variables with no text between them";
      for (i = 0; i < sizeof hs_json_names / sizeof hs_json_names[0]; i++)
        if (strlen(hs_json_names[i].name) == n && memcmp(hs_json_names[i].name, s, n) == 0)
          field = hs_json_names[i].field;
      if (field == HTTPSTATUS_LOG_F_STATUS) status = 1;
      t->piece[t->npieces].field = (short)field;
      t->piece[t->npieces].off = t->piece[t->npieces].len = 0;
      last_var = 1;
    } else {
      while (p < e && *p != '$') p++;
      if ((size_t)(p - s) > HTTPSTATUS_LOG_MAX_TEXT - used)
        return "the format's text is too long";
      memcpy(t->text + used, s, (size_t)(p - s));
      t->piece[t->npieces].field = -1;
      t->piece[t->npieces].off = (unsigned short)used;
      t->piece[t->npieces].len = (unsigned short)(p - s);
      used += (size_t)(p - s);
      last_var = 0;
    }
    t->npieces++;
  }
  if (!status) return "the format has no $status";
  return NULL;
}

/* n digits at p as a number, or -1 */
static int hs_num(hs_ptr p, int n) {
  int v = 0;
  while (n-- > 0) {
    if (!hs_digit(*p)) return -1;
    v = v * 10 + (*p++ - '0');
  }
  return v;
}

/* days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar */
static int64_t hs_days(int64_t y, int m, int d) {
  int64_t era, yoe, doy;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* a zone "+0100" (colon 0) or "+01:00" (colon 1) in minutes, or -1000 */
static int hs_zone(hs_ptr p, int colon) {
  int h = hs_num(p + 1, 2), m = hs_num(p + 3 + colon, 2);
  if ((*p != '+' && *p != '-') || h < 0 || m < 0 || (colon && p[3] != ':') ||
      h > 23 || m > 59)
    return -1000;
  return (*p == '-' ? -1 : 1) * (h * 60 + m);
}

int httpstatus_log_time(const char *str, size_t len, int field,
                        int64_t *seconds, int *offset) {
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  hs_ptr s = (hs_ptr)str;
  int y, mo = 0, d, h, mi, se, zone;
  if (str == NULL) return 0;
  if (field == HTTPSTATUS_LOG_F_TLOCAL) { /* 14/Mar/2026:10:00:00 +0100 */
    int i;
    if (len != 26 || s[2] != '/' || s[6] != '/' || s[11] != ':' ||
        s[14] != ':' || s[17] != ':' || s[20] != ' ')
      return 0;
    for (i = 0; i < 12; i++)
      if (memcmp(months + 3 * i, s + 3, 3) == 0) mo = i + 1;
    d = hs_num(s, 2), y = hs_num(s + 7, 4), h = hs_num(s + 12, 2);
    mi = hs_num(s + 15, 2), se = hs_num(s + 18, 2), zone = hs_zone(s + 21, 0);
  } else if (field == HTTPSTATUS_LOG_F_TISO) { /* 2026-03-14T10:00:00+01:00 */
    if ((len != 25 && !(len == 20 && s[19] == 'Z')) || s[4] != '-' ||
        s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
      return 0;
    y = hs_num(s, 4), mo = hs_num(s + 5, 2), d = hs_num(s + 8, 2);
    h = hs_num(s + 11, 2), mi = hs_num(s + 14, 2), se = hs_num(s + 17, 2);
    zone = len == 20 ? 0 : hs_zone(s + 19, 1);
  } else {
    return 0;
  }
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 ||
      mi < 0 || mi > 59 || se < 0 || se > 60 || zone == -1000)
    return 0;
  *seconds = ((hs_days(y, mo, d) * 24 + h) * 60 + mi) * 60 + se - zone * 60;
  *offset = zone;
  return *seconds >= 0;
}
