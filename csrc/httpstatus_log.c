/*
** httpstatus_log.c: the access-log scanner (see httpstatus_log.h): lines
** cut from the caller's buffers, each read by httpstatus_log_parse
** (httpstatus_log_line.c), and what it says counted: codes, the
** timeline, upstream answers, request times and the busiest paths.
**
** Lines are judged where they lie in the caller's buffer; only the piece
** of a line cut by the end of a buffer is copied, into the struct. Every
** search stops at the line's end (the fast path's at any LF, or at most
** 16 bytes past it), so a line is read a small, fixed number of times
** whatever bytes it holds.
**
** Most lines of most logs are combined lines whose quoted fields hold no
** backslash: those a fast path reads (hs_fast_line) in one pass that
** also finds the line's end, with the time compared with the last
** line's bytes and the path found on the way; anything it is not sure
** of it leaves to httpstatus_log_parse, which decides alike, on the line
** cut at its LF by memchr. A line carried across buffers always goes to
** the latter: fed one line at a time, each without its LF, the scanner is
** its own reference (spec/c/log_test.c, spec/log_fast_spec.lua and
** fuzz/fuzz_log.c compare the two).
*/
#include <string.h>

#include "httpstatus.h"
#include "httpstatus_log.h"

/* SSE2 for the searches (hs_span, hs_quote_end) where the compiler
   offers it: GCC and Clang on every x86-64 */
#if defined(__SSE2__) && defined(__GNUC__)
#define HS_SSE2 1
#include <emmintrin.h>
#endif

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

/* the index of the bucket of time t, the buckets moved or merged first
   when it lies outside them */
static int hs_bucket_of(httpstatus_log_scan *s, int64_t t) {
  int64_t at;
  for (;;) {
    /* a constant divisor for the default width is a multiplication */
    int64_t n = s->bucket_seconds == 60 ? t / 60 : t / s->bucket_seconds;
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
  return (int)at;
}

/* The buckets move only in hs_bucket_of: the last line's bucket is kept
   for the next line of the same minute (most lines), which then needs
   no division. */
static void hs_timeline(httpstatus_log_scan *s, int64_t t, int code) {
  httpstatus_log_bucket *b;
  if (s->last_at < 0 || t != s->last_time) {
    s->last_at = hs_bucket_of(s, t);
    s->last_time = t;
  }
  b = &s->bucket[s->last_at];
  b->lines++;
  if (code >= 500) b->server_error++;
  else if (code >= 400) b->client_error++;
}

/* p[0..n), n < 8, as one word with no loop: every byte is in it, so two
   texts of one length give the same word only when they are the same
   (from 4 bytes on two words of 4 that overlap, else 1 to 3 bytes) */
static uint64_t hs_short_word(const char *p, size_t n) {
  uint32_t x, y;
  if (n >= 4) {
    memcpy(&x, p, 4);
    memcpy(&y, p + n - 4, 4);
    return (uint64_t)x << 32 | y;
  }
  if (n == 0) return 0;
  return (uint64_t)(unsigned char)p[0] << 16 |
         (uint64_t)(unsigned char)p[n / 2] << 8 | (unsigned char)p[n - 1];
}

/* the word at p, read whatever its alignment */
static uint64_t hs_word8(const char *p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return w;
}

/* a[0..n) and b[0..n) hold the same bytes: memcmp for the few bytes of a
   path without a call, and up to 24 bytes (most paths) without a branch
   on the length: three words, at the start, the middle and the end, cover
   8 to 24 bytes; a longer path is also compared eight bytes a step */
static int hs_same(const char *a, const char *b, size_t n) {
  size_t m;
  if (n < 8) return hs_short_word(a, n) == hs_short_word(b, n);
  m = (n - 8) / 2;
  if ((hs_word8(a) ^ hs_word8(b)) | (hs_word8(a + m) ^ hs_word8(b + m)) |
      (hs_word8(a + n - 8) ^ hs_word8(b + n - 8)))
    return 0;
  if (n > 24) { /* then eight bytes a step between the first and the last */
    size_t i;
    for (i = 8; i < n - 8; i += 8)
      if (hs_word8(a + i) != hs_word8(b + i)) return 0;
  }
  return 1;
}

#define HS_ONES 0x0101010101010101u
#define HS_HIGHS 0x8080808080808080u

/* the bytes of w that are 0 have their high bit set in the result, and
   so may some bytes above the first such (a borrow), never one below */
static uint64_t hs_zeros(uint64_t w) { return (w - HS_ONES) & ~w & HS_HIGHS; }

/* the byte of the word read at p whose high bit `hit` marks first, or
   NULL where the byte order is not known to be little-endian (the caller
   then looks at the bytes one by one) */
static const char *hs_hit_at(const char *p, uint64_t hit) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return p + (__builtin_ctzll(hit) >> 3);
#else
  (void)p;
  (void)hit;
  return NULL;
#endif
}

/* the first byte c1 or c2 in p..e, or e: sixteen bytes a step with
   SSE2, else eight, the place in the word from its lowest marked byte on
   a little-endian machine, byte by byte elsewhere */
static const char *hs_span(const char *p, const char *e, unsigned char c1,
                           unsigned char c2) {
#if defined(HS_SSE2)
  const __m128i v1 = _mm_set1_epi8((char)c1), v2 = _mm_set1_epi8((char)c2);
  for (; e - p >= 16; p += 16) {
    __m128i w = _mm_loadu_si128((const __m128i *)(const void *)p);
    int hit = _mm_movemask_epi8(
      _mm_or_si128(_mm_cmpeq_epi8(w, v1), _mm_cmpeq_epi8(w, v2)));
    if (hit != 0) return p + __builtin_ctz((unsigned)hit);
  }
#else
  uint64_t m1 = HS_ONES * c1, m2 = HS_ONES * c2;
  for (; e - p >= 8; p += 8) {
    uint64_t w, hit;
    memcpy(&w, p, 8);
    hit = hs_zeros(w ^ m1) | hs_zeros(w ^ m2);
    if (hit != 0) {
      const char *at = hs_hit_at(p, hit);
      if (at != NULL) return at;
      break; /* the bytes one by one find it */
    }
  }
#endif
  while (p < e && *p != (char)c1 && *p != (char)c2) p++;
  return p;
}

/* the first byte of p..e that is SP or a control byte up to CR (LF
   included), or e: the end of a word such as Lua's %S+ reads, when that
   byte is SP */
static const char *hs_word_end(const char *p, const char *e) {
  for (; e - p >= 8; p += 8) {
    uint64_t w, hit;
    memcpy(&w, p, 8);
    /* (w - n * ONES) & ~w & HIGHS: the lowest byte marked is the first
       below n */
    hit = ((w - HS_ONES * 0x0e) & ~w & HS_HIGHS) | hs_zeros(w ^ (HS_ONES * ' '));
    if (hit != 0) {
      const char *at = hs_hit_at(p, hit);
      if (at != NULL) return at;
      break; /* the bytes one by one find it */
    }
  }
  while (p < e && *p != ' ' && (unsigned char)*p >= 0x0e) p++;
  return p;
}

static int hs_digit(char c) { return c >= '0' && c <= '9'; }

/* the first byte of p..e that is no digit, or e: eight bytes at once
   where there are eight on a little-endian machine (a byte b - '0' with
   its high bit kept off plus 0x76 reaches 0x80 from 10 up), so that the
   length of the number costs no branch */
static const char *hs_digits_end(const char *p, const char *e) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (e - p >= 8) {
    uint64_t w, other;
    memcpy(&w, p, 8);
    w ^= HS_ONES * '0';
    other = (((w & ~HS_HIGHS) + HS_ONES * 0x76) | w) & HS_HIGHS;
    if (other != 0) return p + (__builtin_ctzll(other) >> 3);
    p += 8;
  }
#endif
  while (p < e && hs_digit(*p)) p++;
  return p;
}

/* hh:mm:ss at p (two digits each, colons between) in seconds, as
   httpstatus_log_time reads them, or -1; the checks joined with & rather
   than &&, as one branch */
static int64_t hs_clock(const char *p) {
  int h = (p[0] - '0') * 10 + (p[1] - '0');
  int m = (p[3] - '0') * 10 + (p[4] - '0');
  int sec = (p[6] - '0') * 10 + (p[7] - '0');
  int ok = (p[2] == ':') & (p[5] == ':') & hs_digit(p[0]) & hs_digit(p[1]) &
           hs_digit(p[3]) & hs_digit(p[4]) & hs_digit(p[6]) &
           hs_digit(p[7]) & (h <= 23) & (m <= 59) & (sec <= 60);
  return ok ? (int64_t)h * 3600 + m * 60 + sec : -1;
}

/* two digits at p that httpstatus_log_time reads as seconds of the same
   minute: 00..59 (it takes 60, a leap second, as the next minute's 00) */
static int hs_second(const char *p) {
  return p[0] >= '0' && p[0] <= '5' && p[1] >= '0' && p[1] <= '9';
}

/* the place of the seconds in a time field */
static size_t hs_sec_at(int field) {
  return field == HTTPSTATUS_LOG_F_TLOCAL ? 18 : 17;
}

/* a[0..8) and b[0..8) differ in the bytes that mask keeps */
static uint64_t hs_diff8(const char *a, const char *b, uint64_t mask) {
  uint64_t x, y;
  memcpy(&x, a, 8);
  memcpy(&y, b, 8);
  return (x ^ y) & mask;
}

/*
** How a time t[0..n) of kind field stands to the last one read: 2 in
** its minute (the same bytes but for seconds, both 00..59), 1 on its day
** and in its zone with a clock that reads (*hms, its seconds), 0 neither.
** The key is 20, 25 or 26 bytes (0 before the first), its seconds at 17
** or 18, and time_mask keeps the bytes after them in its last eight: the
** bytes are compared eight at a time.
*/
static int hs_time_match(const httpstatus_log_scan *s, const char *t,
                         size_t n, int field, int64_t *hms) {
  size_t sec = hs_sec_at(field);
  const char *k = s->time_key;
  uint64_t all = ~(uint64_t)0;
  if (field != s->time_field || n != s->time_key_len) return 0;
  if ((hs_diff8(t, k, all) | hs_diff8(t + sec - 14, k + sec - 14, all) |
       hs_diff8(t + n - 8, k + n - 8, s->time_mask)) != 0)
    return 0; /* the date (sec - 6 bytes) or what follows the seconds */
  if (hs_diff8(t + sec - 8, k + sec - 8, all) == 0 && hs_second(t + sec) &&
      hs_second(k + sec)) /* a key at :60 is in the next minute */
    return 2;
  *hms = hs_clock(t + sec - 6);
  return *hms >= 0;
}

/*
** The time of a line, read in full only when its kind, day or zone
** differs from the last one's: when only the seconds differ, the last
** minute is taken as it is; when only the clock differs, the clock is
** read and added to the last day (the date, its separators and the zone
** being the same bytes, httpstatus_log_time would read the same day and
** zone). match and hms: hs_time_match's answer when known, else -1.
*/
static void hs_time(httpstatus_log_scan *s, const httpstatus_log_fields *f,
                    int code, int match, int64_t hms) {
  int field = f->len[HTTPSTATUS_LOG_F_TLOCAL] ? HTTPSTATUS_LOG_F_TLOCAL
                                              : HTTPSTATUS_LOG_F_TISO;
  const char *t = f->at[field];
  size_t n = f->len[field], sec = hs_sec_at(field);
  int64_t seconds;
  int offset;
  if (n == 0) return;
  if (match < 0) match = hs_time_match(s, t, n, field, &hms);
  if (match == 1) {
    seconds = s->time_day + hms;
    if (seconds < 0) return;
    memcpy(s->time_key + sec - 6, t + sec - 6, 8); /* the rest is the same */
    s->time_value = seconds - (seconds % 60);
  } else if (match == 0) {
    unsigned char m[8];
    size_t i;
    if (!httpstatus_log_time(t, n, field, &seconds, &offset)) return;
    if (s->timed == 0) s->utc_offset = offset;
    s->time_day = seconds - hs_clock(t + sec - 6);
    memcpy(s->time_key, t, n); /* n is 20, 25 or 26 */
    s->time_key_len = n;
    s->time_field = field;
    for (i = 0; i < 8; i++) m[i] = n - 8 + i >= sec + 2 ? 0xff : 0;
    memcpy(&s->time_mask, m, 8); /* the bytes after the seconds */
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

/* one step of the path hash */
static uint64_t hs_mix(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0xff51afd7ed558ccdu;
  return h ^ (h >> 32);
}

/* a path's hash (it only places paths in the table: the counts do not
   depend on it), from the words hs_same compares: one below 8 bytes,
   three up to 24 (most paths, with no loop), and beyond that also every
   eight bytes between the first and the last */
static uint64_t hs_hash(const char *p, size_t n) {
  uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15u, w;
  if (n < 8) {
    w = hs_short_word(p, n);
  } else {
    h = hs_mix(hs_mix(h, hs_word8(p)), hs_word8(p + (n - 8) / 2));
    if (n > 24) {
      size_t i;
      for (i = 8; i < n - 8; i += 8) h = hs_mix(h, hs_word8(p + i));
    }
    w = hs_word8(p + n - 8);
  }
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

/* What the fast path learnt of a line while reading it, so that counting
   it searches nothing again. */
typedef struct hs_known {
  int time_match;   /* hs_time_match's answer for its time, or -1 */
  int64_t hms;      /* and the clock it read */
  const char *path; /* the path of its request, NULL for none */
  size_t path_len;
} hs_known;

/* What a line read as format `which` (-1: none) says, counted; k is NULL
   or what the fast path knows of it. */
static void hs_tally(httpstatus_log_scan *s, int which,
                     const httpstatus_log_fields *f, const hs_known *k) {
  int code = f->code;
  s->lines++;
  if (code > 0) {
    /* the bound check keeps memory safe should the valid range change */
    unsigned i = (unsigned)(code - HTTPSTATUS_LOG_FIRST_CODE);
    if (i < HTTPSTATUS_LOG_NCODES && which >= 0 && which < 5) {
      s->codes[i]++;
      s->formats_seen[which]++;
      if (k == NULL) {
        hs_time(s, f, code, -1, 0);
        if (f->at[HTTPSTATUS_LOG_F_UPSTREAM] != NULL) hs_upstream(s, f, code);
        if (f->len[HTTPSTATUS_LOG_F_RTIME] > 0) hs_rtime(s, f);
        hs_paths(s, f, code);
        return;
      }
      hs_time(s, f, code, k->time_match, k->hms);
      if (k->path != NULL) hs_path(&s->paths[code / 100 - 1], k->path, k->path_len);
      return;
    }
    code = -1;
  }
  s->malformed++;
  if (code < 0) s->invalid_status++;
}

/* One line, read by the reference parser, httpstatus_log_parse. */
static void hs_count(httpstatus_log_scan *s, const char *line, size_t len) {
  httpstatus_log_fields f;
  int which = -1;
  f.code = 0;
  if (len <= HTTPSTATUS_LOG_MAX_LINE) /* else malformed, however cut */
    which = httpstatus_log_parse(line, len, s->formats, &s->tpl, &f);
  hs_tally(s, which, &f, NULL);
}

/*
** The first '"', '\\' or LF in p..e, or e: where a quoted field with no
** backslash ends, found in the same pass as the line's end. Sixteen bytes
** a step with SSE2 (every x86-64), eight elsewhere on a little-endian
** machine, else byte by byte.
*/
static const char *hs_quote_end(const char *p, const char *e) {
#if defined(HS_SSE2)
  const __m128i q = _mm_set1_epi8('"'), b = _mm_set1_epi8('\\'),
                n = _mm_set1_epi8('\n');
  for (; e - p >= 32; p += 32) { /* two words a step, one branch */
    __m128i w = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16));
    unsigned hit = (unsigned)_mm_movemask_epi8(_mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(w, q), _mm_cmpeq_epi8(w, b)),
      _mm_cmpeq_epi8(w, n)));
    hit |= (unsigned)_mm_movemask_epi8(_mm_or_si128(
             _mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, b)),
             _mm_cmpeq_epi8(x, n)))
           << 16;
    if (hit != 0) return p + __builtin_ctz(hit);
  }
  if (e - p >= 16) {
    __m128i w = _mm_loadu_si128((const __m128i *)(const void *)p);
    int hit = _mm_movemask_epi8(_mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(w, q), _mm_cmpeq_epi8(w, b)),
      _mm_cmpeq_epi8(w, n)));
    if (hit != 0) return p + __builtin_ctz((unsigned)hit);
    p += 16;
  }
#else
  uint64_t mq = HS_ONES * '"', mb = HS_ONES * '\\', mn = HS_ONES * '\n';
  for (; e - p >= 8; p += 8) {
    uint64_t w, hit;
    memcpy(&w, p, 8);
    hit = hs_zeros(w ^ mq) | hs_zeros(w ^ mb) | hs_zeros(w ^ mn);
    if (hit != 0) {
      const char *at = hs_hit_at(p, hit);
      if (at != NULL) return at;
      break; /* the bytes one by one find it */
    }
  }
#endif
  while (p < e && *p != '"' && *p != '\\' && *p != '\n') p++;
  return p;
}

/* the LF that ends a line at p (p itself, or CR LF), or NULL */
static const char *hs_line_end(const char *p, const char *end) {
  if (p == end) return NULL;
  if (*p == '\n') return p;
  return *p == '\r' && end - p >= 2 && p[1] == '\n' ? p + 1 : NULL;
}

/*
** The common case, read faster: a combined (or common) line at p, in
** the buffer that ends at end, whose quoted fields hold no backslash, so
** that each ends at the next quote. The line's end is found on the way
** (every search also stops at an LF), so the line is read once. Returns
** its LF, with f and *which as httpstatus_log_parse sets them for the
** line (it too tries combined and common first) and what hs_time and
** hs_paths would find in k; or NULL for any line that is not plainly one
** of them, or not whole in the buffer, which the caller then cuts and
** reads the slow way. Only f's time, request and code are written.
*/
static const char *hs_fast_line(const httpstatus_log_scan *s, const char *p,
                                const char *end, httpstatus_log_fields *f,
                                int *which, hs_known *k) {
  const char *start = p, *q, *nl;
  int i, code;
  for (i = 0; i < 3; i++) { /* IP, ident, user: %S+ and one SP each */
    if (end - p >= 2 && p[0] == '-' && p[1] == ' ') { /* the usual "-" */
      p += 2;
      continue;
    }
    q = p;
    p = hs_word_end(p, end); /* stops at an LF too */
    if (p == q || p == end || *p != ' ') return NULL;
    p++;
  }
  if (p == end || *p != '[') return NULL;
  p++;
  /* a time that reads has no ']' (nor LF): one of the last day is read
     here; any other is searched for ']' */
  k->time_match = end - p > 26 && p[26] == ']'
                    ? hs_time_match(s, p, 26, HTTPSTATUS_LOG_F_TLOCAL, &k->hms)
                    : 0;
  q = k->time_match > 0 ? p + 26 : hs_span(p, end, ']', '\n');
  if (q == p || end - q < 3 || q[0] != ']' || q[1] != ' ' || q[2] != '"')
    return NULL;
  f->at[HTTPSTATUS_LOG_F_TLOCAL] = p;
  f->len[HTTPSTATUS_LOG_F_TLOCAL] = (size_t)(q - p);
  p = q + 3;
  /* the request, "METHOD PATH?QUERY ...", up to the next quote; its path
     as hs_paths finds it */
  q = hs_quote_end(p, end);
  if (q == end || *q != '"') return NULL;
  k->path = NULL;
  {
    /* searched sixteen bytes a step up to 16 bytes past q, and then cut
       at q: the request holds no quote, so the answer is the same */
    const char *lim = end - q > 16 ? q + 16 : end;
    const char *m = hs_span(p, lim, ' ', ' '), *path; /* after the method */
    if (m < q) {
      path = m + 1;
      m = hs_span(path, lim, ' ', '?');
      if (m > q) m = q;
      if (m > path) {
        k->path = path;
        k->path_len = (size_t)(m - path);
      }
    }
  }
  if (end - q < 6 || q[1] != ' ' || !hs_digit(q[2]) || !hs_digit(q[3]) ||
      !hs_digit(q[4]) || q[5] != ' ')
    return NULL;
  f->at[HTTPSTATUS_LOG_F_REQUEST] = p;
  f->len[HTTPSTATUS_LOG_F_REQUEST] = (size_t)(q - p);
  code = (q[2] - '0') * 100 + (q[3] - '0') * 10 + (q[4] - '0');
  p = q + 6;
  if (p < end && *p == '-') { /* no body bytes */
    p++;
  } else {
    q = p;
    p = hs_digits_end(p, end);
    if (p == q) return NULL;
  }
  if ((nl = hs_line_end(p, end)) != NULL) { /* common */
    if (!(s->formats & HTTPSTATUS_LOG_COMMON)) return NULL;
    *which = 1;
  } else {
    if (end - p < 2 || p[0] != ' ' || p[1] != '"') return NULL;
    p += 2;
    q = end - p >= 2 && p[0] == '-' && p[1] == '"' /* the referer */
          ? p + 1
          : hs_quote_end(p, end);
    if (end - q < 3 || q[0] != '"' || q[1] != ' ' || q[2] != '"') return NULL;
    q = hs_quote_end(q + 3, end); /* the user agent */
    if (q == end || *q != '"') return NULL;
    p = q + 1;
    nl = hs_line_end(p, end);
    if (nl == NULL) { /* then SP and anything */
      if (p == end || *p != ' ') return NULL;
      nl = (const char *)memchr(p, '\n', (size_t)(end - p));
      if (nl == NULL) return NULL;
    }
    *which = 0;
  }
  if (nl - start > HTTPSTATUS_LOG_MAX_LINE) return NULL;
  f->code = httpstatus_is_valid(code) ? code : -1;
  return nl;
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
  s->last_at = -1;
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
  s->last_at = -1;
}

void httpstatus_log_feed(httpstatus_log_scan *s, const char *buf,
                         size_t len) {
  const char *end, *nl;
  httpstatus_log_fields f; /* the fast path's: it writes three fields */
  hs_known k;
  int fast = (s->formats & HTTPSTATUS_LOG_COMBINED) != 0, which = 0, i;
  if (len == 0) return;
  f.code = 0;
  for (i = 0; i < HTTPSTATUS_LOG_NFIELDS; i++) {
    f.at[i] = NULL;
    f.len[i] = 0;
  }
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
  while (buf < end) {
    nl = fast ? hs_fast_line(s, buf, end, &f, &which, &k) : NULL;
    if (nl != NULL) {
      hs_tally(s, which, &f, &k);
    } else {
      nl = (const char *)memchr(buf, '\n', (size_t)(end - buf));
      if (nl == NULL) break;
      hs_count(s, buf, (size_t)(nl - buf));
    }
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
