/*
** httpstatus_log.c: the access-log scanner (see httpstatus_log.h): lines
** cut from the caller's buffers, each read by httpstatus_log_parse
** (httpstatus_log_line.c), and what it says counted: codes, the
** timeline, upstream answers, request times and the busiest paths.
**
** Lines are found with memchr and judged where they lie in the caller's
** buffer; only the piece of a line cut by the end of a buffer is copied,
** into the struct. Every search is bounded by the line's end, so a line
** is read a small, fixed number of times whatever bytes it holds.
*/
#include <string.h>

#include "httpstatus.h"
#include "httpstatus_log.h"

/*
** The timeline. Bucket b holds the lines of seconds [b * width, (b + 1) *
** width). A line outside the HTTPSTATUS_LOG_BUCKETS buckets in use makes
** the width double (neighbours merged) until it fits.
*/
static void hs_coarsen(httpstatus_log_scan *s) {
  int64_t first = s->bucket_first, nfirst = first / 2; /* first >= 0 */
  int i, j = 0;
  for (i = 0; i < s->nbuckets; i++) {
    httpstatus_log_bucket b = s->bucket[i];
    memset(&s->bucket[i], 0, sizeof b);
    j = (int)((first + i) / 2 - nfirst); /* j <= i */
    s->bucket[j].lines += b.lines;
    s->bucket[j].client_error += b.client_error;
    s->bucket[j].server_error += b.server_error;
  }
  s->nbuckets = s->nbuckets > 0 ? j + 1 : 0;
  s->bucket_first = nfirst;
  s->bucket_seconds *= 2;
}

static void hs_timeline(httpstatus_log_scan *s, int64_t t, int code) {
  httpstatus_log_bucket *b;
  int64_t at;
  for (;;) {
    int64_t n = t / s->bucket_seconds;
    if (s->nbuckets == 0) {
      s->bucket_first = n;
      s->nbuckets = 1;
    }
    at = n - s->bucket_first;
    if (at < 0 && s->nbuckets - at <= HTTPSTATUS_LOG_BUCKETS) { /* earlier */
      memmove(&s->bucket[-at], &s->bucket[0],
              (size_t)s->nbuckets * sizeof s->bucket[0]);
      memset(&s->bucket[0], 0, (size_t)-at * sizeof s->bucket[0]);
      s->nbuckets -= (int)at;
      s->bucket_first = n;
      at = 0;
    }
    if (at >= 0 && at < HTTPSTATUS_LOG_BUCKETS) break;
    hs_coarsen(s);
  }
  if (at >= s->nbuckets) s->nbuckets = (int)at + 1;
  b = &s->bucket[at];
  b->lines++;
  if (code >= 500) b->server_error++;
  else if (code >= 400) b->client_error++;
}

/* a[0..n) and b[0..n) hold the same bytes: memcmp for the few bytes of a
   time or a path, eight at a time (the last eight overlapping), without a
   call per line */
static int hs_same(const char *a, const char *b, size_t n) {
  uint64_t x, y;
  if (n < 8) {
    while (n-- > 0)
      if (*a++ != *b++) return 0;
    return 1;
  }
  memcpy(&x, a + n - 8, 8);
  memcpy(&y, b + n - 8, 8);
  if (x != y) return 0;
  for (; n > 8; a += 8, b += 8, n -= 8) {
    memcpy(&x, a, 8);
    memcpy(&y, b, 8);
    if (x != y) return 0;
  }
  return 1;
}

#define HS_ONES 0x0101010101010101u
#define HS_HIGHS 0x8080808080808080u

/* the bytes of w that are 0 have their high bit set in the result, and
   so may some bytes above the first such (a borrow), never one below */
static uint64_t hs_zeros(uint64_t w) { return (w - HS_ONES) & ~w & HS_HIGHS; }

/* the first byte c1 or c2 in p..e, or e: eight bytes a step, the place in
   the word from its lowest marked byte on a little-endian machine, byte
   by byte elsewhere */
static const char *hs_span(const char *p, const char *e, unsigned char c1,
                           unsigned char c2) {
  uint64_t w, hit, m1 = HS_ONES * c1, m2 = HS_ONES * c2;
  for (; e - p >= 8; p += 8) {
    memcpy(&w, p, 8);
    hit = hs_zeros(w ^ m1) | hs_zeros(w ^ m2);
    if (hit != 0) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      return p + (__builtin_ctzll(hit) >> 3);
#else
      break;
#endif
    }
  }
  while (p < e && *p != (char)c1 && *p != (char)c2) p++;
  return p;
}

/* hh:mm:ss at p (two digits each, colons between) in seconds, as
   httpstatus_log_time reads them, or -1 */
static int64_t hs_clock(const char *p) {
  int h, m, sec;
  if (p[2] != ':' || p[5] != ':') return -1;
  if (p[0] < '0' || p[0] > '2' || p[1] < '0' || p[1] > '9' || p[3] < '0' ||
      p[3] > '5' || p[4] < '0' || p[4] > '9' || p[6] < '0' || p[6] > '6' ||
      p[7] < '0' || p[7] > '9')
    return -1;
  h = (p[0] - '0') * 10 + (p[1] - '0');
  m = (p[3] - '0') * 10 + (p[4] - '0');
  sec = (p[6] - '0') * 10 + (p[7] - '0');
  if (h > 23 || sec > 60) return -1;
  return (int64_t)h * 3600 + m * 60 + sec;
}

/*
** The time of a line, read in full only when its day or zone differs
** from the last one's: when only the seconds differ, the last minute is
** taken as it is; when only the clock differs, the clock is read and
** added to the last day (the date, its separators and the zone being the
** same bytes, httpstatus_log_time would read the same day and zone).
*/
static void hs_time(httpstatus_log_scan *s, const httpstatus_log_fields *f,
                    int code) {
  int field = f->len[HTTPSTATUS_LOG_F_TLOCAL] ? HTTPSTATUS_LOG_F_TLOCAL
                                              : HTTPSTATUS_LOG_F_TISO;
  const char *t = f->at[field];
  size_t n = f->len[field], sec = field == HTTPSTATUS_LOG_F_TLOCAL ? 18 : 17;
  int64_t seconds;
  int offset;
  if (n == 0) return;
  if (n != s->time_key_len || n < sec + 2 || !hs_same(t, s->time_key, sec) ||
      !hs_same(t + sec + 2, s->time_key + sec + 2, n - sec - 2)) {
    int64_t hms;
    if (n == s->time_key_len && n >= sec + 2 &&
        hs_same(t, s->time_key, sec - 6) && /* the date */
        hs_same(t + sec + 2, s->time_key + sec + 2, n - sec - 2) &&
        (hms = hs_clock(t + sec - 6)) >= 0) {
      seconds = s->time_day + hms;
      if (seconds < 0) return;
    } else {
      if (!httpstatus_log_time(t, n, field, &seconds, &offset)) return;
      if (s->timed == 0) s->utc_offset = offset;
      s->time_day = seconds - hs_clock(t + sec - 6);
    }
    memcpy(s->time_key, t, n); /* n is 20, 25 or 26 */
    s->time_key_len = n;
    s->time_value = seconds - (seconds % 60);
  }
  s->timed++;
  hs_timeline(s, s->time_value, code);
}

/* $upstream_status: "502, 504 : 200", "-" where none was asked. Each
   number is one upstream tried; a 5xx among them is one that failed. */
static void hs_upstream(httpstatus_log_scan *s, const httpstatus_log_fields *f,
                        int code) {
  const char *p = f->at[HTTPSTATUS_LOG_F_UPSTREAM];
  const char *e = p + f->len[HTTPSTATUS_LOG_F_UPSTREAM];
  int tries = 0, failed = 0;
  s->upstream_field++;
  while (p < e) {
    if (*p >= '0' && *p <= '9') {
      int v = 0;
      tries++;
      while (p < e && *p >= '0' && *p <= '9' && v < 1000)
        v = v * 10 + (*p++ - '0');
      if (v >= 500 && v <= 599) failed = 1;
    } else {
      p++;
    }
  }
  if (tries == 0) {
    if (code >= 500) s->own_5xx++;
    return;
  }
  s->upstream_lines++;
  if (tries > 1) s->upstream_retried++;
  if (code >= 500) s->upstream_5xx++;
  else if (failed) s->upstream_recovered++;
}

/* $request_time: seconds with up to three decimals, as milliseconds */
static void hs_rtime(httpstatus_log_scan *s, const httpstatus_log_fields *f) {
  const char *p = f->at[HTTPSTATUS_LOG_F_RTIME];
  const char *e = p + f->len[HTTPSTATUS_LOG_F_RTIME];
  uint64_t ms = 0;
  int decimals = -1;
  if (p == e) return;
  for (; p < e; p++) {
    if (*p == '.' && decimals < 0) {
      decimals = 0;
    } else if (*p >= '0' && *p <= '9' && ms < ((uint64_t)1 << 40)) {
      if (decimals >= 3) continue;
      ms = ms * 10 + (uint64_t)(*p - '0');
      if (decimals >= 0) decimals++;
    } else {
      return; /* "-" or not a number */
    }
  }
  if (decimals < 0) decimals = 0;
  while (decimals++ < 3) ms *= 10;
  s->rtime_lines++;
  s->rtime_ms_sum += ms;
  if (ms > s->rtime_ms_max) s->rtime_ms_max = ms;
}

/* a path's hash, eight bytes a step (it only places paths in the table:
   the counts do not depend on it) */
static uint64_t hs_hash(const char *p, size_t n) {
  uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15u, w;
  for (; n >= 8; p += 8, n -= 8) {
    memcpy(&w, p, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdu;
    h ^= h >> 32;
  }
  w = 0;
  memcpy(&w, p, n);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53u;
  return h ^ (h >> 29);
}

#define HS_SLOTS (2 * HTTPSTATUS_LOG_TOPK)

/* empties slot i of the table, moving later entries of its run back */
static void hs_unslot(httpstatus_log_paths *t, unsigned i) {
  unsigned j = i;
  for (;;) {
    unsigned k;
    j = (j + 1) % HS_SLOTS;
    if (t->slot[j] == 0) break;
    k = (unsigned)(t->entry[t->slot[j] - 1].hash % HS_SLOTS); /* its home */
    if (i <= j ? (i < k && k <= j) : (i < k || k <= j)) continue;
    t->slot[i] = t->slot[j];
    i = j;
  }
  t->slot[i] = 0;
}

/* Space-Saving: a path not in the table takes the place of the least
   counted, and inherits its count as its error */
static void hs_path(httpstatus_log_paths *t, const char *p, size_t n) {
  uint64_t h;
  unsigned i;
  int m;
  httpstatus_log_path *e;
  if (n > HTTPSTATUS_LOG_PATH) n = HTTPSTATUS_LOG_PATH;
  h = hs_hash(p, n);
  for (i = (unsigned)(h % HS_SLOTS); t->slot[i] != 0; i = (i + 1) % HS_SLOTS) {
    e = &t->entry[t->slot[i] - 1];
    if (e->hash == h && e->len == n && hs_same(e->path, p, n)) {
      e->count++;
      return;
    }
  }
  if (t->n < HTTPSTATUS_LOG_TOPK) {
    m = t->n++;
    t->entry[m].count = t->entry[m].error = 0;
  } else {
    int k;
    for (m = 0, k = 1; k < HTTPSTATUS_LOG_TOPK; k++)
      if (t->entry[k].count < t->entry[m].count) m = k;
    for (i = (unsigned)(t->entry[m].hash % HS_SLOTS);
         t->slot[i] != (unsigned char)(m + 1); i = (i + 1) % HS_SLOTS) {
    }
    hs_unslot(t, i);
    t->entry[m].error = t->entry[m].count;
  }
  e = &t->entry[m];
  e->count++;
  e->hash = h;
  e->len = (unsigned short)n;
  memcpy(e->path, p, n);
  for (i = (unsigned)(h % HS_SLOTS); t->slot[i] != 0; i = (i + 1) % HS_SLOTS) {
  }
  t->slot[i] = (unsigned char)(m + 1);
}

/* the path of $request ("GET /a?b HTTP/1.1") or $request_uri, without
   the query */
static void hs_paths(httpstatus_log_scan *s, const httpstatus_log_fields *f,
                     int code) {
  const char *p = f->at[HTTPSTATUS_LOG_F_REQUEST], *e, *q;
  if (f->len[HTTPSTATUS_LOG_F_REQUEST] > 0) {
    e = p + f->len[HTTPSTATUS_LOG_F_REQUEST];
    p = hs_span(p, e, ' ', ' ');
    if (p == e) return; /* no method: "-" or garbage */
    p++;
    q = hs_span(p, e, ' ', '?');
  } else if (f->len[HTTPSTATUS_LOG_F_URI] > 0) {
    p = f->at[HTTPSTATUS_LOG_F_URI];
    e = p + f->len[HTTPSTATUS_LOG_F_URI];
    q = hs_span(p, e, '?', '?');
  } else {
    return;
  }
  if (q > p) hs_path(&s->paths[code / 100 - 1], p, (size_t)(q - p));
}

static void hs_count(httpstatus_log_scan *s, const char *line, size_t len) {
  httpstatus_log_fields f;
  int code = 0, which = -1;
  s->lines++;
  if (len <= HTTPSTATUS_LOG_MAX_LINE) { /* else malformed, however cut */
    which = httpstatus_log_parse(line, len, s->formats, &s->tpl, &f);
    code = f.code;
  }
  if (code > 0) {
    /* the bound check keeps memory safe should the valid range change */
    unsigned i = (unsigned)(code - HTTPSTATUS_LOG_FIRST_CODE);
    if (i < HTTPSTATUS_LOG_NCODES && which >= 0 && which < 5) {
      s->codes[i]++;
      s->formats_seen[which]++;
      hs_time(s, &f, code);
      if (f.at[HTTPSTATUS_LOG_F_UPSTREAM] != NULL) hs_upstream(s, &f, code);
      if (f.len[HTTPSTATUS_LOG_F_RTIME] > 0) hs_rtime(s, &f);
      hs_paths(s, &f, code);
      return;
    }
    code = -1;
  }
  s->malformed++;
  if (code < 0) s->invalid_status++;
}

/* The line begun in an earlier buffer has ended: count it. */
static void hs_end_carried(httpstatus_log_scan *s) {
  if (s->overlong) {
    s->lines++;
    s->malformed++;
    s->overlong = 0;
  } else {
    hs_count(s, s->carry, s->carry_len);
  }
  s->carry_len = 0;
}

void httpstatus_log_init(httpstatus_log_scan *s, unsigned formats) {
  memset(s, 0, offsetof(httpstatus_log_scan, carry));
  s->formats = formats & HTTPSTATUS_LOG_ANY;
  s->bucket_seconds = 60;
}

const char *httpstatus_log_set_template(httpstatus_log_scan *s,
                                        const char *fmt, size_t len) {
  httpstatus_log_template t;
  const char *problem = httpstatus_log_compile(&t, fmt, len);
  if (problem != NULL) return problem;
  s->tpl = t;
  s->formats = HTTPSTATUS_LOG_TEMPLATE;
  return NULL;
}

void httpstatus_log_set_bucket(httpstatus_log_scan *s, int64_t seconds) {
  if (seconds < 60) seconds = 60;
  if (seconds > ((int64_t)1 << 40)) seconds = (int64_t)1 << 40;
  s->bucket_seconds = seconds - seconds % 60;
}

void httpstatus_log_feed(httpstatus_log_scan *s, const char *buf,
                         size_t len) {
  const char *end, *nl;
  if (len == 0) return;
  end = buf + len;
  if (s->overlong || s->carry_len > 0) { /* finish the carried line */
    size_t n;
    nl = (const char *)memchr(buf, '\n', len);
    n = nl ? (size_t)(nl - buf) : len;
    if (!s->overlong && n > HTTPSTATUS_LOG_MAX_LINE - s->carry_len) {
      s->overlong = 1; /* from now on, skip to its LF */
      s->carry_len = 0;
    }
    if (!s->overlong) {
      memcpy(s->carry + s->carry_len, buf, n);
      s->carry_len += n;
    }
    if (nl == NULL) return;
    hs_end_carried(s);
    buf = nl + 1;
  }
  while ((nl = (const char *)memchr(buf, '\n', (size_t)(end - buf))) !=
         NULL) {
    hs_count(s, buf, (size_t)(nl - buf));
    buf = nl + 1;
  }
  if (buf < end) { /* a line to be continued */
    size_t n = (size_t)(end - buf);
    if (n > HTTPSTATUS_LOG_MAX_LINE) {
      s->overlong = 1;
    } else {
      memcpy(s->carry, buf, n);
      s->carry_len = n;
    }
  }
}

void httpstatus_log_finish(httpstatus_log_scan *s) {
  if (s->overlong || s->carry_len > 0) hs_end_carried(s);
}
