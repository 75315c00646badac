/*
** The C core from a C program, no Lua: look a code up, build and read a
** status line, find a code by an old name.
**   cc status.c $(pkg-config --cflags --libs httpstatus) -o status
**   ./status 413
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

int main(int argc, char **argv) {
  int code = argc > 1 ? atoi(argv[1]) : HTTPSTATUS_NOT_FOUND;
  const httpstatus_entry *e = httpstatus_find(code);
  char line[128];
  httpstatus_status parsed;
  const char *err;
  const char *old = "Payload Too Large";

  if (e == NULL) {
    fprintf(stderr, "%d is not a registered status code\n", code);
    return 1;
  }
  printf("%d %s (%s, %s)\n", e->code, e->reason, httpstatus_class_name(code),
         e->reference);
  printf("cacheable by default: %s, retryable: %s\n",
         httpstatus_has(code, HTTPSTATUS_F_CACHEABLE) ? "yes" : "no",
         httpstatus_has(code, HTTPSTATUS_F_RETRYABLE) ? "yes" : "no");
  if (httpstatus_status_line(line, sizeof line, code, NULL, 0, 1) < sizeof line)
    printf("status line: %s\n", line);
  err = httpstatus_parse_status_line(line, strlen(line), 0, &parsed);
  printf("parsed back: %s\n", err ? err : "same code and reason");
  printf("\"%s\" is %d today\n", old, httpstatus_from_text(old, strlen(old)));
  return 0;
}
