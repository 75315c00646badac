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
#define HTTPSTATUS_LOG_ANY (HTTPSTATUS_LOG_COMBINED | HTTPSTATUS_LOG_COMMON)

typedef struct httpstatus_log_scan {
  /* The counts: read them at any time. A line counts once it ends (at its
     LF, or at httpstatus_log_finish). */
  uint64_t lines;          /* every line, the malformed ones too */
  uint64_t malformed;      /* lines in no accepted format, or invalid_status */
  uint64_t invalid_status; /* of those, lines of the right shape whose
                              status is 000..099 or 600..999 */
  uint64_t codes[HTTPSTATUS_LOG_NCODES];
  /* Private: the line begun in an earlier buffer. */
  unsigned formats;
  int overlong;            /* the current line is past the limit: skip it */
  size_t carry_len;
  char carry[HTTPSTATUS_LOG_MAX_LINE];
} httpstatus_log_scan;

/* Zero counts, no line begun. `formats` is HTTPSTATUS_LOG_COMBINED,
   HTTPSTATUS_LOG_COMMON or both (HTTPSTATUS_LOG_ANY); with neither, every
   line is malformed. */
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
