#!/bin/sh
# What a handler that reads ngx.var at its chunk's top level costs the rest
# of the worker (README: "Keep a handler's work in a function"): for each
# of bench/ngx_var_toplevel.lua and bench/ngx_var_in_function.lua, a fresh
# nginx ($NGINX, as bench/nginx.sh) serves it to wrk for TRAP_SECONDS
# seconds (5; LuaJIT gave up on the reader after 1 to 3 s of requests on
# this 2-core machine), then bench/ngx_var_cost.lua measures, 3 times, an
# ngx.var read and exit compiled after that.
#   NGINX=... sh bench/ngx_var_trap.sh LABEL
# Prints, for bench/report.lua, tab-separated:
#   trap  LABEL  toplevel|in-function  VAR-NS  EXIT-NS  TRAP-SECONDS
set -u
cd "$(dirname "$0")/.." || exit 1
label=${1:?usage: NGINX=... sh bench/ngx_var_trap.sh LABEL}
. scripts/nginx.sh
sh scripts/deps.sh wrk || exit 1
TRAP_SECONDS=${TRAP_SECONDS:-5}
pin=""
[ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null && pin="taskset -c 1"
for variant in toplevel in-function; do
  NGINX_EXTRA_LUA_PATH="$(pwd)/bench/?.lua" nginx_up bench/nginx.conf || exit 1
  $pin wrk -t1 -c16 -d"${TRAP_SECONDS}s" "http://127.0.0.1:$port/var-$variant" >/dev/null 2>&1
  i=1
  while [ "$i" -le 3 ]; do
    # shellcheck disable=SC2046
    set -- $(luajit -e "local c = assert(require('socket').connect('127.0.0.1', $port))
      c:send('GET /var-cost HTTP/1.1\r\nHost: bench\r\nAccept: application/json\r\nConnection: close\r\n\r\n')
      io.write((assert(c:receive('*a')):match('\r\n\r\n(.*)$')))")
    printf 'trap\t%s\t%s\t%s\t%s\t%s\n' "$label" "$variant" "$1" "$2" "$TRAP_SECONDS"
    i=$((i + 1))
  done
  nginx_down
done
