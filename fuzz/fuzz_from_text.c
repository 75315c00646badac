/*
** libFuzzer target: reverse lookup and normalization on arbitrary bytes.
** A hit must be a valid code, registered unless the text is three digits,
** and the normal form must be bounded and made only of [a-z0-9_].
*/
#include <stdint.h>
#include <stdlib.h>

#include "httpstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  char norm[HTTPSTATUS_MAX_TEXT];
  int i, n, code = httpstatus_from_text(text, size);
  if (code != 0) {
    int digits = size == 3 && text[0] >= '0' && text[0] <= '9';
    if (!httpstatus_is_valid(code)) abort();
    if (!digits && httpstatus_find(code) == NULL) abort();
  }
  n = httpstatus_normalize(text, size, norm, sizeof norm);
  if (n > HTTPSTATUS_MAX_TEXT) abort();
  for (i = 0; i < n; i++) {
    char c = norm[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
      abort();
    if (c == '_' && (i == 0 || i == n - 1 || norm[i - 1] == '_')) abort();
  }
  return 0;
}
