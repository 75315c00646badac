/*
** threads_test.c: several threads, each with its own lua_State, load the
** module and call every function many times at once. Built with
** -fsanitize=thread by `make test`: a race in the C core or the binding
** (which keep no mutable global state) would be reported. Every thread
** must also compute the same digest of all the answers as a single
** thread does. Ends with "N passed, N failed".
*/
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

int luaopen_httpstatus_core(lua_State *L);

#define THREADS 4
#define ROUNDS "3"

/* Calls every public function over -10..1010 and folds the answers into
   one number; the same on every thread or something is shared. */
static const char *const script =
  "local hs = require 'httpstatus'\n"
  "local sum = 0\n"
  "local function fold(v)\n"
  "  local s = tostring(v)\n"
  "  for i = 1, #s do sum = (sum * 31 + s:byte(i)) % 2147483647 end\n"
  "end\n"
  "for _ = 1, " ROUNDS " do\n"
  "  for code = -10, 1010 do\n"
  "    fold(hs.reason(code)) fold(hs.reason(code, {lang = 'ko'}))\n"
  "    fold(hs.name(code)) fold(hs.class(code)) fold(hs.is_valid(code))\n"
  "    fold(hs.is_registered(code)) fold(hs.is_success(code))\n"
  "    fold(hs.is_error(code)) fold(hs.is_cacheable(code))\n"
  "    fold(hs.is_retryable(code)) fold(hs.allows_body(code, 'HEAD'))\n"
  "    fold(hs.preserves_method(code)) fold(hs.describe(code, 'ko'))\n"
  "    local info = hs.info(code)\n"
  "    if info then fold(info.reference) fold(#info.aliases) end\n"
  "    fold(hs.unofficial(code) and #hs.unofficial(code))\n"
  "    if hs.is_valid(code) then\n"
  "      local line = hs.status_line(code)\n"
  "      fold(line) fold(hs.parse_status_line(line))\n"
  "      fold(hs.problem_json(code, {detail = 'd', n = code}))\n"
  "      fold(hs.error_body(code, 'text/html'))\n"
  "      if hs.allows_body(code) and not hs.required_headers(code)[1] then\n"
  "        fold(hs.serialize(hs.response(code, {body = 'x'})))\n"
  "      end\n"
  "    end\n"
  "  end\n"
  "  for _, t in ipairs {'Not Found', 'payload too large', 'x', '404'} do\n"
  "    fold(hs.code(t))\n"
  "  end\n"
  "end\n"
  "return tostring(sum)\n";

typedef struct job {
  const char *lua_path;
  char digest[64];
  char error[256];
} job;

static void *run(void *arg) {
  job *j = (job *)arg;
  lua_State *L = luaL_newstate();
  if (L == NULL) {
    snprintf(j->error, sizeof j->error, "no memory for a lua_State");
    return NULL;
  }
  luaL_openlibs(L);
  /* the C module comes linked in: preload it, and find the Lua files */
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "preload");
  lua_pushcfunction(L, luaopen_httpstatus_core);
  lua_setfield(L, -2, "httpstatus.core");
  lua_pop(L, 1);
  lua_pushstring(L, j->lua_path);
  lua_setfield(L, -2, "path");
  lua_pop(L, 1);
  if (luaL_loadstring(L, script) != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
    snprintf(j->error, sizeof j->error, "%s", lua_tostring(L, -1));
  } else {
    snprintf(j->digest, sizeof j->digest, "%s", lua_tostring(L, -1));
  }
  lua_close(L);
  return NULL;
}

int main(int argc, char **argv) {
  job alone, jobs[THREADS];
  pthread_t threads[THREADS];
  int i, passed = 0, failed = 0;
  const char *lua_path = argc > 1 ? argv[1] : "lua/?.lua";
  memset(&alone, 0, sizeof alone);
  alone.lua_path = lua_path;
  run(&alone);
  if (alone.error[0]) {
    fprintf(stderr, "single thread: %s\n", alone.error);
    failed++;
  } else {
    passed++;
  }
  for (i = 0; i < THREADS; i++) {
    memset(&jobs[i], 0, sizeof jobs[i]);
    jobs[i].lua_path = lua_path;
    if (pthread_create(&threads[i], NULL, run, &jobs[i]) != 0) {
      fprintf(stderr, "cannot start thread %d\n", i);
      failed++;
    }
  }
  for (i = 0; i < THREADS; i++) {
    pthread_join(threads[i], NULL);
    if (jobs[i].error[0] || strcmp(jobs[i].digest, alone.digest) != 0) {
      fprintf(stderr, "thread %d: %s (digest %s, alone %s)\n", i, jobs[i].error,
              jobs[i].digest, alone.digest);
      failed++;
    } else {
      passed++;
    }
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
