/*
** httpstatus_log.h: counting the status codes of an access log, buffer by
** buffer, in C.
**
** The caller owns one httpstatus_log_scan (no allocation, no global state:
** any number of scanners may run in any number of threads), feeds it the
** log in buffers of any size cut anywhere, and reads the counts. A line is
** what lies between two LFs; one CR before the LF is dropped. A line cut
** across buffers is carried in the struct, up to HTTPSTATUS_LOG_MAX_LINE
** bytes: a longer line is counted as one malformed line and skipped up to
** its LF without being stored, so memory never depends on the input. The
** counts are the same however the input is cut, one byte at a time or all
** at once.
**
** Formats (nginx and Apache):
**   combined: IP ident user [time] "request" STATUS BYTES "referer" "agent"
**             optionally followed by SP and anything (e.g. $request_time)
**   common:   IP ident user [time] "request" STATUS BYTES
**             and nothing after
**   vhost:    Apache's vhost_combined: one more word ("host:port") and SP
**             before a combined line
**   json:     one JSON object a line (nginx's escape=json), its members
**             "status" (a number or a string of three digits), and when
**             present "time_local" or "time_iso8601", "request" (or
**             "request_uri", "uri"), "upstream_status", "request_time"
**   template: a log_format string of nginx (httpstatus_log_set_template,
**             see httpstatus_log_line.c): literal text and $variables;
**             $status is required
** Each of IP, ident and user is one or more bytes other than SP, HTAB, LF,
** VT, FF and CR (Lua's %S), followed by exactly one SP. The time is one or
** more bytes other than ']' in brackets. A quoted field may hold anything;
** a backslash escapes the byte after it. STATUS is three digits and a
** valid code (100..599); BYTES is "-" or digits. Any other line, the empty
** line included, is malformed, and so is a line over the limit. Apart
** from that limit, this is parse_line of examples/classify_log.lua (which
** knows combined only) byte for byte; spec/log_scan_spec.lua compares the
** two on thousands of damaged lines.
*/
#ifndef HTTPSTATUS_LOG_H
#define HTTPSTATUS_LOG_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The longest line kept across buffers, LF not counted, CR counted. A
   longer line is malformed even when it arrives in one buffer, so that the
   way the input is cut never changes a count. */
#define HTTPSTATUS_LOG_MAX_LINE 65536

/* codes[c - HTTPSTATUS_LOG_FIRST_CODE] counts status c, for the codes
   httpstatus_is_valid accepts */
#define HTTPSTATUS_LOG_FIRST_CODE 100
#define HTTPSTATUS_LOG_NCODES 500

/* Which formats a scanner accepts (httpstatus_log_init). */
#define HTTPSTATUS_LOG_COMBINED 1u
#define HTTPSTATUS_LOG_COMMON 2u
#define HTTPSTATUS_LOG_VHOST 4u
#define HTTPSTATUS_LOG_JSON 8u
#define HTTPSTATUS_LOG_ANY                                                \
  (HTTPSTATUS_LOG_COMBINED | HTTPSTATUS_LOG_COMMON | HTTPSTATUS_LOG_VHOST | \
   HTTPSTATUS_LOG_JSON)
/* set by httpstatus_log_set_template: the lines follow that template only */
#define HTTPSTATUS_LOG_TEMPLATE 16u

/* A template: at most this many pieces (texts and variables) and bytes of
   literal text. */
#define HTTPSTATUS_LOG_MAX_PIECES 64
#define HTTPSTATUS_LOG_MAX_TEXT 1024

/* The fields a line may name (httpstatus_log_fields, template variables). */
enum {
  HTTPSTATUS_LOG_F_OTHER,    /* any variable the report does not read */
  HTTPSTATUS_LOG_F_STATUS,   /* $status */
  HTTPSTATUS_LOG_F_UPSTREAM, /* $upstream_status: "502, 504 : 200" */
  HTTPSTATUS_LOG_F_RTIME,    /* $request_time: seconds, "0.125" */
  HTTPSTATUS_LOG_F_TLOCAL,   /* $time_local: 14/Mar/2026:10:00:00 +0100 */
  HTTPSTATUS_LOG_F_TISO,     /* $time_iso8601: 2026-03-14T10:00:00+01:00 */
  HTTPSTATUS_LOG_F_REQUEST,  /* $request: GET /path?query HTTP/1.1 */
  HTTPSTATUS_LOG_F_URI,      /* $request_uri or $uri: /path?query */
  HTTPSTATUS_LOG_NFIELDS
};

/* What one line says: its code as httpstatus_log_line returns it, and
   where the fields it has lie in the line (len 0: absent). */
typedef struct httpstatus_log_fields {
  int code;
  const char *at[HTTPSTATUS_LOG_NFIELDS];
  size_t len[HTTPSTATUS_LOG_NFIELDS];
} httpstatus_log_fields;

/* A compiled template: pieces in order, each literal text (field < 0,
   text[off..off+len)) or a variable (field >= 0). */
typedef struct httpstatus_log_template {
  int npieces;
  struct {
    short field;
    unsigned short off, len;
  } piece[HTTPSTATUS_LOG_MAX_PIECES];
  char text[HTTPSTATUS_LOG_MAX_TEXT];
} httpstatus_log_template;

/* The timeline: lines counted per bucket of `bucket_seconds` (60 or more;
   doubled when the log spans more than HTTPSTATUS_LOG_BUCKETS buckets, so
   memory stays fixed). */
#define HTTPSTATUS_LOG_BUCKETS 2048
typedef struct httpstatus_log_bucket {
  uint64_t lines, client_error, server_error;
} httpstatus_log_bucket;

/* The busiest paths per class: a Space-Saving sketch of
   HTTPSTATUS_LOG_TOPK counters per class. A path's count is at most
   `error` over its true count, and `error` is at most the class's lines
   divided by HTTPSTATUS_LOG_TOPK; every path that has more lines than
   that is in the sketch. Paths are cut after HTTPSTATUS_LOG_PATH bytes
   and at "?". */
#define HTTPSTATUS_LOG_TOPK 64
#define HTTPSTATUS_LOG_PATH 120
typedef struct httpstatus_log_path {
  uint64_t count, error, hash;
  unsigned short len;
  char path[HTTPSTATUS_LOG_PATH];
} httpstatus_log_path;

typedef struct httpstatus_log_paths {
  int n;
  unsigned char slot[2 * HTTPSTATUS_LOG_TOPK]; /* index + 1, 0 empty */
  httpstatus_log_path entry[HTTPSTATUS_LOG_TOPK];
} httpstatus_log_paths;

typedef struct httpstatus_log_scan {
  /* The counts: read them at any time. A line counts once it ends (at its
     LF, or at httpstatus_log_finish). */
  uint64_t lines;          /* every line, the malformed ones too */
  uint64_t malformed;      /* lines in no accepted format, or invalid_status */
  uint64_t invalid_status; /* of those, lines of the right shape whose
                              status is 000..099 or 600..999 */
  uint64_t codes[HTTPSTATUS_LOG_NCODES];
  /* What the fields say, for the valid lines that have them. */
  uint64_t formats_seen[5]; /* combined, common, vhost, json, template */
  uint64_t timed;           /* lines with a time the timeline took */
  uint64_t upstream_field;  /* lines with an $upstream_status field */
  uint64_t upstream_lines;  /* ... naming at least one upstream answer */
  uint64_t upstream_5xx;    /* 5xx lines after an upstream was tried */
  uint64_t own_5xx;         /* 5xx lines with no upstream: nginx's own */
  uint64_t upstream_retried;   /* more than one upstream tried */
  uint64_t upstream_recovered; /* an upstream failed (5xx), a later one
                                  answered, and the line is not a 5xx */
  uint64_t rtime_lines, rtime_ms_sum, rtime_ms_max; /* $request_time */
  int64_t bucket_first;    /* the number of bucket[0] (seconds / width) */
  int64_t bucket_seconds;  /* the width, 60 s or more */
  int nbuckets;            /* buckets in use */
  int utc_offset;          /* minutes east of UTC of the first timed line */
  httpstatus_log_bucket bucket[HTTPSTATUS_LOG_BUCKETS];
  httpstatus_log_paths paths[5]; /* by class, 1xx..5xx */
  /* Private: the format, the last time read, the line begun in an
     earlier buffer. */
  unsigned formats;
  httpstatus_log_template tpl;
  char time_key[32];
  size_t time_key_len;
  int time_field;          /* time_key's kind: HTTPSTATUS_LOG_F_TLOCAL... */
  uint64_t time_mask;      /* time_key's bytes after the seconds */
  int last_at;             /* the bucket of last_time, or -1 */
  int64_t last_time;       /* the minute of the last timed line */
  int64_t time_value;      /* time_key's minute, in seconds */
  int64_t time_day;        /* time_key's seconds less its hh:mm:ss */
  int overlong;            /* the current line is past the limit: skip it */
  size_t carry_len;
  char carry[HTTPSTATUS_LOG_MAX_LINE];
} httpstatus_log_scan;

/* Zero counts, no line begun. `formats`: HTTPSTATUS_LOG_COMBINED, _COMMON,
   _VHOST and _JSON, or'ed (HTTPSTATUS_LOG_ANY: all four); other bits are
   dropped (a template comes through httpstatus_log_set_template). With
   none of them, every line is malformed. */
void httpstatus_log_init(httpstatus_log_scan *s, unsigned formats);

/*
** Counts the lines that end in buf[0..len) and keeps what follows the last
** LF for the next call. Any bytes are fine (NUL included); buf may be NULL
** when len is 0.
*/
void httpstatus_log_feed(httpstatus_log_scan *s, const char *buf,
                         size_t len);

/*
** The end of one input: a last line without LF counts now. The counts
** stay, and a later feed starts a new line, so one scanner can sum several
** files; calling it twice in a row changes nothing.
*/
void httpstatus_log_finish(httpstatus_log_scan *s);

/*
** Reads an nginx log_format string (its quotes and the "log_format name"
** already removed; nginx's concatenated '...' '...' pieces joined) into the
** scanner's template, and makes the scanner read that format only. $name
** and ${name} are variables; $status must be one of them. Returns NULL, or
** a message for a format it cannot use (the scanner is unchanged then).
*/
const char *httpstatus_log_set_template(httpstatus_log_scan *s,
                                        const char *fmt, size_t len);

/* The timeline's bucket: `seconds` rounded down to whole minutes, at
   least 60 (the default). Call it before the first feed. */
void httpstatus_log_set_bucket(httpstatus_log_scan *s, int64_t seconds);

/* Compiles fmt as httpstatus_log_set_template does; NULL or a message. */
const char *httpstatus_log_compile(httpstatus_log_template *t,
                                   const char *fmt, size_t len);

/*
** One line (no LF; one trailing CR dropped) read in the formats given
** (tpl for HTTPSTATUS_LOG_TEMPLATE, else may be NULL): f->code as
** httpstatus_log_line returns it, and the fields found. Returns which
** format read it (an index into formats_seen), or -1.
*/
int httpstatus_log_parse(const char *line, size_t len, unsigned formats,
                         const httpstatus_log_template *tpl,
                         httpstatus_log_fields *f);

/*
** A time field as seconds since 1970 (UTC), its zone's offset in minutes
** east in *offset: $time_local or $time_iso8601. Returns 0 when it does
** not read, 1 when it does.
*/
int httpstatus_log_time(const char *s, size_t len, int field,
                        int64_t *seconds, int *offset);

/*
** The status of one line (no LF; one trailing CR is dropped): its code,
** 0 for a malformed line, or -1 for a line of the right shape whose status
** is not a valid code. For tests and for callers that split lines
** themselves; a line over HTTPSTATUS_LOG_MAX_LINE is judged like any other
** here.
*/
int httpstatus_log_line(const char *line, size_t len, unsigned formats);

#ifdef __cplusplus
}
#endif

#endif
