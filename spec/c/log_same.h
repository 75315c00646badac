/*
** The counts of two log scans compared, for the C tests (spec/c/log_test.c)
** and the fuzzer (fuzz/fuzz_log.c): both hold the scanner's fast path to
** its reference parser with these.
*/
#ifndef HS_LOG_SAME_H
#define HS_LOG_SAME_H

#include <string.h>
#include "httpstatus_log.h"

/* the codes, lines, malformed and invalid counts */
static int same_counts(const httpstatus_log_scan *a,
                       const httpstatus_log_scan *b) {
  return a->lines == b->lines && a->malformed == b->malformed &&
         a->invalid_status == b->invalid_status &&
         memcmp(a->codes, b->codes, sizeof a->codes) == 0;
}

/*
** Every count a scanner keeps: the codes and also what the report reads
** (formats, the timeline, upstreams, request times, the busiest paths).
*/
static int same_all(const httpstatus_log_scan *a,
                    const httpstatus_log_scan *b) {
  int i, k;
  if (!same_counts(a, b) ||
      memcmp(a->formats_seen, b->formats_seen, sizeof a->formats_seen) != 0 ||
      a->timed != b->timed || a->upstream_field != b->upstream_field ||
      a->upstream_lines != b->upstream_lines ||
      a->upstream_5xx != b->upstream_5xx || a->own_5xx != b->own_5xx ||
      a->upstream_retried != b->upstream_retried ||
      a->upstream_recovered != b->upstream_recovered ||
      a->rtime_lines != b->rtime_lines || a->rtime_ms_sum != b->rtime_ms_sum ||
      a->rtime_ms_max != b->rtime_ms_max || a->nbuckets != b->nbuckets ||
      (a->nbuckets > 0 && (a->bucket_first != b->bucket_first ||
                           a->bucket_seconds != b->bucket_seconds ||
                           a->utc_offset != b->utc_offset)))
    return 0;
  for (i = 0; i < a->nbuckets; i++)
    if (a->bucket[i].lines != b->bucket[i].lines ||
        a->bucket[i].client_error != b->bucket[i].client_error ||
        a->bucket[i].server_error != b->bucket[i].server_error)
      return 0;
  for (k = 0; k < 5; k++) {
    const httpstatus_log_paths *x = &a->paths[k], *y = &b->paths[k];
    if (x->n != y->n) return 0;
    for (i = 0; i < x->n; i++)
      if (x->entry[i].count != y->entry[i].count ||
          x->entry[i].error != y->entry[i].error ||
          x->entry[i].len != y->entry[i].len ||
          memcmp(x->entry[i].path, y->entry[i].path, x->entry[i].len) != 0)
        return 0;
  }
  return 1;
}

#endif
