/*
** httpstatus.c: lookups over the code table of httpstatus_codes.h.
** Everything is const data and pure functions: no allocation, no globals
** that change, so the core is thread-safe by construction.
*/
#include <string.h>

#include "httpstatus.h"

/* Row positions, so a code can find its row through a switch. */
enum hs_row_index {
#define HS_ROW_INDEX(code, NAME, r, ref, reg, f, e) HS_ROW_##NAME,
  HTTPSTATUS_MAP(HS_ROW_INDEX)
#undef HS_ROW_INDEX
  HS_ROW_COUNT
};

static const httpstatus_entry hs_entries[HS_ROW_COUNT] = {
#define HS_ENTRY(code, NAME, reason, ref, reg, flags, expires) \
  {code, #NAME, reason, ref, HTTPSTATUS_##reg, (unsigned)(flags), expires},
  HTTPSTATUS_MAP(HS_ENTRY)
#undef HS_ENTRY
};

static const httpstatus_alias hs_aliases[] = {
#define HS_ALIAS(code, phrase, source) {code, phrase, source},
  HTTPSTATUS_ALIASES(HS_ALIAS)
#undef HS_ALIAS
};

static const httpstatus_unofficial hs_unofficial[] = {
#define HS_UNOFFICIAL(code, vendor, reason) {code, vendor, reason},
  HTTPSTATUS_UNOFFICIAL(HS_UNOFFICIAL)
#undef HS_UNOFFICIAL
};

static const httpstatus_header_field hs_header_fields[] = {
#define HS_FIELD(code, name, level, kind, condition) \
  {code, name, HTTPSTATUS_##level, HTTPSTATUS_##kind, condition},
  HTTPSTATUS_HEADER_FIELDS(HS_FIELD)
#undef HS_FIELD
};

#define HS_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

size_t httpstatus_header_field_count(void) {
  return HS_COUNTOF(hs_header_fields);
}

const httpstatus_header_field *httpstatus_header_field_at(size_t i) {
  return i < HS_COUNTOF(hs_header_fields) ? &hs_header_fields[i] : NULL;
}

const char *httpstatus_deprecation(int code) {
  switch (code) {
#define HS_DEPRECATION(c, why) \
  case c:                      \
    return why;
    HTTPSTATUS_DEPRECATIONS(HS_DEPRECATION)
#undef HS_DEPRECATION
  default:
    return NULL;
  }
}

size_t httpstatus_count(void) { return HS_ROW_COUNT; }

const httpstatus_entry *httpstatus_entry_at(size_t i) {
  return i < HS_ROW_COUNT ? &hs_entries[i] : NULL;
}

/*
** A switch over the listed codes: compilers turn it into a jump table,
** and unlike a designated-initializer index it also compiles as C++.
*/
const httpstatus_entry *httpstatus_find(int code) {
  switch (code) {
#define HS_CASE(c, NAME, r, ref, reg, f, e) \
  case c:                                          \
    return &hs_entries[HS_ROW_##NAME];
    HTTPSTATUS_MAP(HS_CASE)
#undef HS_CASE
  default:
    return NULL;
  }
}

size_t httpstatus_alias_count(void) { return HS_COUNTOF(hs_aliases); }

const httpstatus_alias *httpstatus_alias_at(size_t i) {
  return i < HS_COUNTOF(hs_aliases) ? &hs_aliases[i] : NULL;
}

size_t httpstatus_unofficial_count(void) { return HS_COUNTOF(hs_unofficial); }

const httpstatus_unofficial *httpstatus_unofficial_at(size_t i) {
  return i < HS_COUNTOF(hs_unofficial) ? &hs_unofficial[i] : NULL;
}

const char *httpstatus_reason(int code) {
  const httpstatus_entry *e = httpstatus_find(code);
  return e ? e->reason : NULL;
}

const char *httpstatus_name(int code) {
  const httpstatus_entry *e = httpstatus_find(code);
  return e ? e->name : NULL;
}

int httpstatus_is_valid(int code) { return code >= 100 && code <= 599; }

httpstatus_class httpstatus_class_of(int code) {
  return httpstatus_is_valid(code) ? (httpstatus_class)(code / 100)
                                   : HTTPSTATUS_CLASS_NONE;
}

const char *httpstatus_class_name(int code) {
  static const char *const names[] = {NULL,          "informational",
                                      "success",     "redirection",
                                      "client_error", "server_error"};
  return names[httpstatus_class_of(code)];
}

int httpstatus_has(int code, unsigned flags) {
  const httpstatus_entry *e = httpstatus_find(code);
  return e != NULL && flags != 0 && (e->flags & flags) == flags;
}

unsigned httpstatus_content(int code, const char *method) {
  httpstatus_class cls = httpstatus_class_of(code);
  int head = method != NULL && strcmp(method, "HEAD") == 0;
  /* a 2xx to CONNECT turns the connection into a tunnel (RFC 9110, 9.3.6) */
  int tunnel = cls == HTTPSTATUS_SUCCESS && method != NULL &&
               strcmp(method, "CONNECT") == 0;
  unsigned flags = 0;
  if (cls == HTTPSTATUS_CLASS_NONE) return 0;
  if (cls != HTTPSTATUS_INFORMATIONAL && !tunnel &&
      !httpstatus_has(code, HTTPSTATUS_F_NO_CONTENT))
    flags |= head ? HTTPSTATUS_CONTENT_HEADERS
                  : HTTPSTATUS_CONTENT_SENT | HTTPSTATUS_CONTENT_HEADERS;
  if (head) flags |= HTTPSTATUS_CONTENT_OF_GET;
  if (cls != HTTPSTATUS_INFORMATIONAL && code != 204 && !tunnel) {
    flags |= HTTPSTATUS_CONTENT_FRAMED;
    if (code != 205) flags |= HTTPSTATUS_CONTENT_CHUNKED;
    if (code == 304) flags |= HTTPSTATUS_CONTENT_LENGTH_UNKNOWN;
  }
  return flags;
}

int httpstatus_allows_body(int code, const char *method) {
  return (httpstatus_content(code, method) & HTTPSTATUS_CONTENT_SENT) != 0;
}

int httpstatus_keeps_method(int code, const char *method) {
  if (method == NULL) return 0;
  if (httpstatus_has(code, HTTPSTATUS_F_KEEPS_METHOD)) return 1;
  if (httpstatus_has(code, HTTPSTATUS_F_TO_GET))
    return strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
  if (httpstatus_has(code, HTTPSTATUS_F_REDIRECT_PERMANENT) ||
      httpstatus_has(code, HTTPSTATUS_F_REDIRECT_TEMPORARY))
    return strcmp(method, "POST") != 0; /* 301, 302 */
  return 0;
}

/*
** Reverse lookup compares texts in a normal form: runs of ' ', '-' and '_'
** become one '_' (none at either end), "'" vanishes, ASCII letters are
** lowered. hs_norm_next gives the next normalized byte, 0 at the end, or
** -1 for a byte that no phrase contains; with `keep`, such a byte is
** given as it is (httpstatus_normal_form: any text, the search's keys),
** a NUL byte as 256 so that it is not the end.
*/
typedef struct hs_norm {
  const char *s;
  size_t len, i;   /* for a C string (our own phrases) len is SIZE_MAX */
  int started, keep;
} hs_norm;

static int hs_is_alnum(unsigned char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         (ch >= '0' && ch <= '9');
}

static int hs_norm_next(hs_norm *n) {
  int sep = 0;
  while (n->i < n->len) {
    unsigned char ch = (unsigned char)n->s[n->i];
    if (ch == '\0' && n->len == (size_t)-1) return 0; /* a C string ends */
    if (ch == ' ' || ch == '-' || ch == '_') {
      sep = 1;
    } else if (ch != '\'') {
      if (!n->keep && !hs_is_alnum(ch)) return -1;
      if (sep && n->started) return '_'; /* ch stays for the next call */
      n->i++;
      n->started = 1;
      if (ch == '\0') return 256; /* kept: only `keep` gets here */
      return (ch >= 'A' && ch <= 'Z') ? ch + ('a' - 'A') : ch;
    }
    n->i++;
  }
  return 0;
}

static hs_norm hs_norm_of(const char *s, size_t len) {
  hs_norm n;
  n.s = s;
  n.len = len;
  n.i = 0;
  n.started = 0;
  n.keep = 0;
  return n;
}

int httpstatus_normalize(const char *text, size_t len, char *out,
                         size_t cap) {
  hs_norm it = hs_norm_of(text, len);
  size_t n = 0;
  int ch;
  if (text == NULL) return -1;
  while ((ch = hs_norm_next(&it)) > 0) {
    if (n == cap || n == HTTPSTATUS_MAX_TEXT) return -1;
    out[n++] = (char)ch;
  }
  return ch < 0 ? -1 : (int)n;
}

size_t httpstatus_normal_form(const char *text, size_t len, char *out) {
  hs_norm it = hs_norm_of(text, len);
  size_t n = 0;
  int ch;
  if (text == NULL) return 0;
  it.keep = 1;
  while ((ch = hs_norm_next(&it)) > 0) out[n++] = (char)(ch & 0xff);
  return n;
}

/*
** Does the candidate phrase normalize to exactly norm[0..n)? Every phrase
** starts with a letter or digit, so its first byte, lowered, must be
** norm[0]: that test turns most candidates away before any other work.
*/
static int hs_matches(const char *candidate, const char *norm, int n) {
  unsigned char first = (unsigned char)candidate[0];
  hs_norm it;
  int k = 0, ch;
  if (first >= 'A' && first <= 'Z') first = (unsigned char)(first + ('a' - 'A'));
  if (first != (unsigned char)norm[0]) return 0;
  it = hs_norm_of(candidate, (size_t)-1); /* no strlen: stop at the NUL */
  while ((ch = hs_norm_next(&it)) > 0) {
    if (k == n || norm[k] != (char)ch) return 0;
    k++;
  }
  return k == n;
}

static int hs_three_digits(const char *t, size_t len) {
  int code;
  if (len != 3) return 0;
  if (t[0] < '0' || t[0] > '9' || t[1] < '0' || t[1] > '9' || t[2] < '0' ||
      t[2] > '9')
    return 0;
  code = (t[0] - '0') * 100 + (t[1] - '0') * 10 + (t[2] - '0');
  return httpstatus_is_valid(code) ? code : 0;
}

int httpstatus_from_text(const char *text, size_t len) {
  char norm[HTTPSTATUS_MAX_TEXT];
  int n;
  size_t i;
  if (text == NULL || len == 0 || len > 4 * HTTPSTATUS_MAX_TEXT) return 0;
  if (text[0] >= '0' && text[0] <= '9') return hs_three_digits(text, len);
  n = httpstatus_normalize(text, len, norm, sizeof norm);
  if (n <= 0) return 0;
  /* names normalize exactly as their reasons do, so reasons cover both */
  for (i = 0; i < HS_ROW_COUNT; i++)
    if (hs_matches(hs_entries[i].reason, norm, n)) return hs_entries[i].code;
  for (i = 0; i < HS_COUNTOF(hs_aliases); i++)
    if (hs_matches(hs_aliases[i].phrase, norm, n)) return hs_aliases[i].code;
  return 0;
}

const char *httpstatus_registration_name(httpstatus_registration r) {
  switch (r) {
  case HTTPSTATUS_PERMANENT:
    return "permanent";
  case HTTPSTATUS_TEMPORARY:
    return "temporary";
  case HTTPSTATUS_UNUSED:
    return "unused";
  case HTTPSTATUS_OBSOLETED:
    return "obsoleted";
  }
  return NULL;
}

const char *httpstatus_level_name(httpstatus_level level) {
  switch (level) {
  case HTTPSTATUS_MUST:
    return "must";
  case HTTPSTATUS_SHOULD:
    return "should";
  case HTTPSTATUS_MAY:
    return "may";
  case HTTPSTATUS_NONE:
    break;
  }
  return NULL;
}
