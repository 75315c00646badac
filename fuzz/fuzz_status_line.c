/*
** libFuzzer target: the status-line parser and builder on arbitrary bytes.
** Beyond "no crash, no sanitizer report" it checks what the parser claims:
** a parsed line has a valid code, a reason inside the input made only of
** reason bytes, and building that line again then parsing it gives the same
** code and reason back. The same bytes are split as field lines of a
** header section (httpstatus_field_line), and what it claims is checked.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "httpstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_round_trip(int code, const char *reason, size_t len,
                             int minor) {
  char buf[512];
  httpstatus_status again;
  size_t n = httpstatus_status_line(buf, sizeof buf, code, reason, len, minor);
  if (n == 0 || n >= sizeof buf) return;
  if (httpstatus_parse_status_line(buf, n, 0, &again) != NULL) abort();
  if (again.code != code || again.minor != minor) abort();
  if (again.reason_len != len || memcmp(again.reason, reason, len) != 0)
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *line = (const char *)data;
  unsigned flags;
  for (flags = 0; flags <= HTTPSTATUS_PARSE_LENIENT; flags++) {
    httpstatus_status st;
    if (httpstatus_parse_status_line(line, size, flags, &st) != NULL)
      continue;
    if (!httpstatus_is_valid(st.code)) abort();
    if (st.reason < line || st.reason + st.reason_len > line + size) abort();
    if (!httpstatus_reason_is_valid(st.reason, st.reason_len)) abort();
    if (st.minor == 0 || st.minor == 1)
      check_round_trip(st.code, st.reason, st.reason_len, st.minor);
  }
  /* the input as field lines: what the splitter claims holds, bounded */
  {
    size_t at = 0, max = size % 97;
    httpstatus_field f;
    while (at < size) {
      size_t n = httpstatus_field_line(line + at, size - at, max, &f);
      const char *l = line + at;
      if (n == 0) break;
      if (n < 3 || n > size - at || n - 1 > max) abort();
      if (l[n - 2] != '\r' || l[n - 1] != '\n') abort();
      if (memchr(l, '\n', n - 1) != NULL) abort();
      if (f.name_len >= n - 2 || l[f.name_len] != ':') abort();
      if (memchr(l, ':', f.name_len) != NULL) abort();
      if (l[0] == ' ' || l[0] == '\t') abort();
      if (f.value_start <= f.name_len || f.value_start + f.value_len > n - 2)
        abort();
      if (f.value_len > 0 &&
          (l[f.value_start] == ' ' || l[f.value_start] == '\t' ||
           l[f.value_start + f.value_len - 1] == ' ' ||
           l[f.value_start + f.value_len - 1] == '\t'))
        abort();
      at += n;
    }
  }
  /* the input as a reason: accepted exactly when every byte may appear */
  {
    char small[16];
    size_t n = httpstatus_status_line(small, sizeof small, 404, line, size, 1);
    if ((n != 0) != httpstatus_reason_is_valid(line, size)) abort();
    if (n != 0 && n != 13 + size) abort();
    check_round_trip(404, line, size, 1);
  }
  return 0;
}
