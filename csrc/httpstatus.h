/*
** httpstatus.h: HTTP status codes for C programs, no Lua needed.
**
** The data lives in httpstatus_codes.h (one row per code); this header gives
** read-only lookups over it. Nothing here allocates or keeps mutable state,
** so every function is safe to call from any number of threads.
**
** Conventions: a "code" is an int. Functions that answer about a code give
** NULL or 0 for anything that is not a registered (or, where said, valid)
** code, never undefined behaviour.
*/
#ifndef HTTPSTATUS_H
#define HTTPSTATUS_H

#include <stddef.h>

#include "httpstatus_codes.h"
#include "httpstatus_date.h" /* HTTP dates, Retry-After */
#include "httpstatus_log.h"  /* counting an access log's status codes */

#ifdef __cplusplus
extern "C" {
#endif

#define HTTPSTATUS_VERSION "1.0.0"

/* Facts about a code, combined in httpstatus_entry.flags. */
enum httpstatus_flag {
  HTTPSTATUS_F_NO_CONTENT = 1 << 0,         /* a response never has content */
  HTTPSTATUS_F_CACHEABLE = 1 << 1,          /* heuristically cacheable */
  HTTPSTATUS_F_NO_STORE = 1 << 2,           /* caches must not store it */
  HTTPSTATUS_F_RETRYABLE = 1 << 3,          /* the same request may succeed */
  HTTPSTATUS_F_RETRY_AFTER = 1 << 4,        /* Retry-After has a meaning */
  HTTPSTATUS_F_REDIRECT_PERMANENT = 1 << 5, /* 301, 308 */
  HTTPSTATUS_F_REDIRECT_TEMPORARY = 1 << 6, /* 302, 303, 307 */
  HTTPSTATUS_F_KEEPS_METHOD = 1 << 7,       /* 307, 308 */
  HTTPSTATUS_F_TO_GET = 1 << 8,             /* 303: follow with GET */
  HTTPSTATUS_F_DEPRECATED = 1 << 9,         /* 102, 305, 510 */
  HTTPSTATUS_F_HTTP1_ONLY = 1 << 10         /* 101, 426: need Upgrade */
};

/* How the IANA registry lists a code. */
typedef enum httpstatus_registration {
  HTTPSTATUS_PERMANENT,
  HTTPSTATUS_TEMPORARY,
  HTTPSTATUS_UNUSED,
  HTTPSTATUS_OBSOLETED
} httpstatus_registration;

/* Requirement level of a header field (RFC 2119 words). */
typedef enum httpstatus_level {
  HTTPSTATUS_NONE,
  HTTPSTATUS_MUST,
  HTTPSTATUS_SHOULD,
  HTTPSTATUS_MAY
} httpstatus_level;

/* Response classes, numbered by first digit (RFC 9110, Section 15). */
typedef enum httpstatus_class {
  HTTPSTATUS_CLASS_NONE = 0,
  HTTPSTATUS_INFORMATIONAL = 1,
  HTTPSTATUS_SUCCESS = 2,
  HTTPSTATUS_REDIRECTION = 3,
  HTTPSTATUS_CLIENT_ERROR = 4,
  HTTPSTATUS_SERVER_ERROR = 5
} httpstatus_class;

/* Every code as a constant: HTTPSTATUS_NOT_FOUND == 404, and so on. */
enum httpstatus_code {
#define HTTPSTATUS_ENUM_(code, NAME, r, ref, reg, f, e) HTTPSTATUS_##NAME = code,
  HTTPSTATUS_MAP(HTTPSTATUS_ENUM_)
#undef HTTPSTATUS_ENUM_
  HTTPSTATUS_CODE_END_
};

typedef struct httpstatus_entry {
  int code;
  const char *name;      /* "NOT_FOUND" */
  const char *reason;    /* "Not Found" */
  const char *reference; /* "RFC 9110, Section 15.5.5" */
  httpstatus_registration registration;
  unsigned flags;             /* HTTPSTATUS_F_* */
  const char *expires;        /* temporary registrations only, else NULL */
} httpstatus_entry;

/* When a header field's rule holds (see HTTPSTATUS_HEADER_FIELDS). */
typedef enum httpstatus_header_kind {
  HTTPSTATUS_ALWAYS, /* unconditional */
  HTTPSTATUS_WHEN,   /* under `condition` */
  HTTPSTATUS_AS_200  /* when a 200 to the same request would have sent it */
} httpstatus_header_kind;

typedef struct httpstatus_header_field {
  int code;
  const char *name;           /* "Location" */
  httpstatus_level level;     /* MUST, SHOULD or MAY */
  httpstatus_header_kind kind;
  const char *condition;      /* NULL for ALWAYS */
} httpstatus_header_field;

typedef struct httpstatus_alias {
  int code;
  const char *phrase; /* "Payload Too Large" */
  const char *source; /* "RFC 7231" */
} httpstatus_alias;

typedef struct httpstatus_unofficial {
  int code;
  const char *vendor; /* "nginx" */
  const char *reason; /* "Client Closed Request" */
} httpstatus_unofficial;

/* The registered codes, ascending; NULL past the end. */
size_t httpstatus_count(void);
const httpstatus_entry *httpstatus_entry_at(size_t i);
/* The entry of a registered code, else NULL. */
const httpstatus_entry *httpstatus_find(int code);

size_t httpstatus_alias_count(void);
const httpstatus_alias *httpstatus_alias_at(size_t i);
size_t httpstatus_unofficial_count(void);
const httpstatus_unofficial *httpstatus_unofficial_at(size_t i);

/* Header field rules, sorted by code, in the order of the list. */
size_t httpstatus_header_field_count(void);
const httpstatus_header_field *httpstatus_header_field_at(size_t i);
/* Why a deprecated code is deprecated, else NULL. */
const char *httpstatus_deprecation(int code);

/* Reason phrase and constant name of a registered code, else NULL. */
const char *httpstatus_reason(int code);
const char *httpstatus_name(int code);

/* 1 for 100..599 (RFC 9110 status codes are three digits, 1xx to 5xx). */
int httpstatus_is_valid(int code);
httpstatus_class httpstatus_class_of(int code);
/* "informational" ... "server_error" for a valid code, else NULL. */
const char *httpstatus_class_name(int code);
/* 1 when a registered code has every flag in `flags`. */
int httpstatus_has(int code, unsigned flags);

/*
** The content rule, in one place: what a response with this code, to a
** request with this method, says about content. `method` may be NULL (no
** method known: as GET); methods are case-sensitive (RFC 9110, 9.1).
** Returns 0 for an invalid code, else a set of these flags:
*/
#define HTTPSTATUS_CONTENT_SENT 1u     /* it carries content: not 1xx, 204, 205,
                                          304, HEAD, a 2xx to CONNECT (RFC 9110
                                          6.4.1, 9.3.6, 15) */
#define HTTPSTATUS_CONTENT_HEADERS 2u  /* its content headers are computed
                                          (Content-Type...): for the content it
                                          carries, or for HEAD the content a GET
                                          would carry (RFC 9110, 9.3.2) */
#define HTTPSTATUS_CONTENT_OF_GET 4u   /* a HEAD answer: its header fields,
                                          Content-Length too, are those of the
                                          GET's answer, whose content it leaves
                                          out (RFC 9110 8.6, 9.3.2) */
#define HTTPSTATUS_CONTENT_FRAMED 8u   /* it may carry Content-Length: not 1xx,
                                          204, a 2xx to CONNECT (RFC 9110 8.6) */
#define HTTPSTATUS_CONTENT_CHUNKED 16u /* it may carry Transfer-Encoding: framed
                                          and not 205, which states "no content"
                                          with Content-Length: 0 (RFC 9112 6.1,
                                          RFC 9110 15.3.6) */
#define HTTPSTATUS_CONTENT_LENGTH_UNKNOWN 32u /* 304: a Content-Length gives the
                                          length of the selected representation,
                                          which a builder of it does not know
                                          (RFC 9110 8.6, 15.4.5) */
unsigned httpstatus_content(int code, const char *method);

/*
** Does the response carry content (HTTPSTATUS_CONTENT_SENT)? 0 for invalid
** codes, 1xx, 204, 205, 304, a response to HEAD and a 2xx to CONNECT.
*/
int httpstatus_allows_body(int code, const char *method);

/*
** Does a client that follows this redirect keep `method` (case-sensitive)?
** 307 and 308: always (RFC 9110, 15.4.8-9). 301 and 302: every method but
** POST, which a user agent may change to GET for historical reasons (RFC
** 9110, 15.4.2-3); QUERY stays QUERY (RFC 10008, 2.5). 303: only GET and
** HEAD, which are already the retrieval request it asks for (15.4.4); a
** QUERY, like any other method, becomes GET. 0 for every other code.
*/
int httpstatus_keeps_method(int code, const char *method);

/*
** The normal form reverse lookup compares: ASCII letters lowered, runs of
** space, '-' and '_' as one '_' (none at either end), "'" dropped. Writes
** at most `cap` bytes (no NUL) and returns their count, or -1 when the text
** has another byte or normalizes to more than HTTPSTATUS_MAX_TEXT bytes.
*/
#define HTTPSTATUS_MAX_TEXT 64
int httpstatus_normalize(const char *text, size_t len, char *out, size_t cap);

/*
** The same normal form for any text: every other byte (a NUL, UTF-8,
** punctuation) kept as it is, no limit. Writes at most `len` bytes to out
** (no NUL) and returns their count. What the command's and the page's
** searches compare (hs.normalize).
*/
size_t httpstatus_normal_form(const char *text, size_t len, char *out);

/*
** Reverse lookup of `len` bytes: a reason phrase, constant name or alias,
** ASCII case ignored, runs of space, '-' and '_' alike, "'" ignored, outer
** separators trimmed (see httpstatus_normalize); or exactly three decimal
** digits from 100 to 599. Returns the code, or 0 when the text names none
** (also for NULL and for texts over 4 * HTTPSTATUS_MAX_TEXT bytes).
*/
int httpstatus_from_text(const char *text, size_t len);

/* ---- On the wire (httpstatus_line.c, _text.c, _json.c) ---- */

/* 1 when every byte is HTAB, SP, VCHAR or obs-text (RFC 9112 reason-phrase,
   empty allowed): no CR, LF, NUL, DEL or other control character. The same
   as httpstatus_text_is_safe(HTTPSTATUS_TEXT_FIELD, ...). */
int httpstatus_reason_is_valid(const char *reason, size_t len);

/* 1 when s[0..len) is a token (RFC 9110 5.6.2: one or more tchar), the
   grammar of field names and methods; 0 otherwise, for "" and for NULL. */
int httpstatus_is_token(const char *s, size_t len);

/*
** Writes "HTTP/1.<minor> <code> <reason>" (no CRLF) and a NUL when it fits
** in `cap`, snprintf-style: returns the line's length, so a result >= cap
** means nothing was written. `reason` NULL means the registered phrase (or
** none: "HTTP/1.1 299 " keeps its space). Returns 0, writing nothing, for a
** code outside 100..599, `minor` other than 0 or 1, or an invalid reason.
*/
size_t httpstatus_status_line(char *out, size_t cap, int code,
                              const char *reason, size_t reason_len,
                              int minor);

typedef struct httpstatus_status {
  int code;
  int major, minor;   /* minor is -1 for a lenient "HTTP/2" */
  const char *reason; /* points into the parsed line */
  size_t reason_len;
} httpstatus_status;

/* Also accept "HTTP/1.1 200" (no space, no phrase), "HTTP/2 200", bare LF. */
#define HTTPSTATUS_PARSE_LENIENT 1u

/*
** Parses `len` bytes as a status line (RFC 9112, Section 4); one trailing
** CRLF is allowed. Returns NULL and fills *st on success, else a static
** message saying what is wrong. Never reads outside line[0..len).
*/
const char *httpstatus_parse_status_line(const char *line, size_t len,
                                         unsigned flags,
                                         httpstatus_status *st);

/* ---- The header section, regular lines only (httpstatus_head.c) ---- */

/*
** The length of the line at s[0..len) with its CRLF, when it ends in CRLF
** and its LF is at most `max` bytes in; else 0 (no LF there, a bare LF).
*/
size_t httpstatus_crlf_line(const char *s, size_t len, size_t max);

typedef struct httpstatus_field {
  size_t name_len;    /* the name is line[0..name_len) */
  size_t value_start; /* the value, OWS left out */
  size_t value_len;
} httpstatus_field;

/*
** The length of the field line at s[0..len) with its CRLF, when it is
** regular: a CRLF line (see above) that does not begin with SP or HTAB
** and holds a colon without SP or HTAB before it; *out then says where the
** name and the value are. 0 otherwise (an empty line too). The name is
** not checked to be a token nor the value to be field text.
*/
size_t httpstatus_field_line(const char *s, size_t len, size_t max,
                             httpstatus_field *out);

/* 1 when s[0..len) is well-formed UTF-8 (no overlongs, no surrogates). */
int httpstatus_utf8_valid(const char *s, size_t len);

/* Receives output in pieces; `ud` is the caller's. */
typedef void (*httpstatus_writer)(void *ud, const char *bytes, size_t len);

/*
** Text safety (httpstatus_text.c), for every place text it did not write
** goes: a header field value or reason phrase (FIELD: checked, never
** escaped), a JSON string literal (JSON: httpstatus_json_quote), HTML
** content or a quoted attribute (HTML), a terminal (TERMINAL: printable
** ASCII in double quotes, the rest as \ddd).
*/
typedef enum httpstatus_text_context {
  HTTPSTATUS_TEXT_FIELD,
  HTTPSTATUS_TEXT_JSON,
  HTTPSTATUS_TEXT_HTML,
  HTTPSTATUS_TEXT_TERMINAL
} httpstatus_text_context;

/* 1 when the context takes all `len` bytes as they are (JSON: ASCII
   needing no escape), 0 otherwise or for NULL. */
int httpstatus_text_is_safe(httpstatus_text_context ctx, const char *s,
                            size_t len);

/* Writes s as the context has it, through w (TERMINAL and JSON with their
   quotes); FIELD writes s when it is safe, else nothing. */
void httpstatus_text_escape(httpstatus_text_context ctx, const char *s,
                            size_t len, httpstatus_writer w, void *ud);

/*
** Writes s[0..len) as a JSON string literal, quotes included (RFC 8259):
** '"', '\\' and control characters escaped, valid UTF-8 kept as it is, each
** byte of an invalid UTF-8 sequence written as \ufffd. Code points JSON
** allows raw but a terminal may obey or a reader be fooled by are \u
** escapes too: DEL, the C1 controls, the bidi controls (U+061C, U+200E/F,
** U+202A..E, U+2066..9), U+2028/9 (which end a line of JavaScript); the
** value read back is the same. Never fails.
*/
void httpstatus_json_quote(const char *s, size_t len, httpstatus_writer w,
                           void *ud);

/*
** Writes the RFC 9457 problem document for `code` (100..599) with the given
** string members, in this order: "type" (NULL: "about:blank"), "title"
** (NULL: the registered phrase, or none), "status", "detail" and
** "instance" (NULL: left out); each string escaped as httpstatus_json_quote
** does. Returns the document's length, of which at most `cap` bytes are
** written (no NUL is added): a result over `cap` means the buffer was too
** small, so call again with one that large. 0 for an invalid code.
*/
size_t httpstatus_problem_write(char *out, size_t cap, int code,
                                const char *type, size_t type_len,
                                const char *title, size_t title_len,
                                const char *detail, size_t detail_len,
                                const char *instance, size_t instance_len);

const char *httpstatus_registration_name(httpstatus_registration r);
const char *httpstatus_level_name(httpstatus_level level);

#ifdef __cplusplus
}
#endif

#endif
