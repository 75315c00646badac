/*
** check.h: the C tests' one assertion. CHECK(cond) counts a pass or a
** failure (printing where and what); each test ends with
** `return check_report();`, whose last line make test reads.
*/
#ifndef HS_CHECK_H
#define HS_CHECK_H

#include <stdio.h>

static int passed, failed;

#define CHECK(cond)                                                          \
  do {                                                                       \
    if (cond) {                                                              \
      passed++;                                                              \
    } else {                                                                 \
      failed++;                                                              \
      fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond);   \
    }                                                                        \
  } while (0)

/* "N passed, N failed" and the exit status */
static int check_report(void) {
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}

#endif
