#!/bin/sh
# make bench: side-by-side timings on Lua 5.1, 5.4, LuaJIT (JIT on and
# -joff), what require costs, requests per second and CPU per request in
# nginx (Debian's and the modern stack), and access logs
# counted by `httpstatus log`, hs.lint (bench/lint_bench.lua) against awk and the old classifier
# (bench/log_bench.sh); then one report (bench/report.lua), also written to
# bench/results.md with SAVE=1.
set -u
cd "$(dirname "$0")/.." || exit 1
. scripts/runtimes.sh
# shellcheck disable=SC2046
sh scripts/deps.sh gcc make $(runtime_packages 5.1) $(runtime_packages 5.4) \
  $(runtime_packages luajit) lua-cjson lua-socket nginx libnginx-mod-http-lua wrk time mawk \
  || exit 1
for rt in 5.1 5.4 luajit; do
  # shellcheck disable=SC2046
  make -s $(runtime_make_args "$rt") || exit 1
done
out=build/bench
mkdir -p "$out"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
export LUA_PATH="lua/?.lua;;"

# name, interpreter command, module build
set -- "lua5.1|lua5.1|5.1" "lua5.4|lua5.4|5.4" "luajit|luajit|luajit" "luajit-joff|luajit -joff|luajit"
for row in "$@"; do
  name=${row%%|*} rest=${row#*|}
  cmd=${rest%%|*} build=${rest#*|}
  echo "bench: $name" >&2
  LUA_CPATH="build/$build/?.so;;" $cmd bench/micro.lua > "$out/micro-$name.tsv" || exit 1
  LUA_CPATH="build/$build/?.so;;" $cmd bench/lint_bench.lua > "$out/lint-$name.tsv" || exit 1
  : > "$out/load-$name.tsv"
  i=0
  while [ $i -lt 11 ]; do
    LUA_CPATH="build/$build/?.so;;" $cmd bench/load.lua >> "$out/load-$name.tsv" || exit 1
    i=$((i + 1))
  done
done
# nginx: Debian's, then the modern stack (scripts/openresty.sh builds it once)
echo "bench: nginx (Debian)" >&2
sh bench/nginx.sh "Debian's nginx" > "$out/nginx.tsv" || exit 1
sh bench/ngx_var_trap.sh "Debian's nginx" >> "$out/nginx.tsv" || exit 1
modern=build/openresty/nginx/sbin/nginx
sh scripts/openresty.sh >&2
case $? in
  0) echo "bench: nginx (modern stack)" >&2
     NGINX=$modern sh bench/nginx.sh "the modern stack" >> "$out/nginx.tsv" || exit 1
     NGINX=$modern sh bench/ngx_var_trap.sh "the modern stack" >> "$out/nginx.tsv" || exit 1 ;;
  77) ;;
  *) exit 1 ;;
esac
echo "bench: access logs" >&2
sh bench/log_bench.sh "$out" || exit 1

{
  echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "date: $(date -u +%Y-%m-%d)"
  echo "runtimes: $(lua5.1 -v 2>&1 | head -1); $(lua5.4 -v 2>&1 | head -1); $(luajit -v 2>&1 | head -1); $(nginx -v 2>&1)"
  echo "timezone: $(date +%Z) (TZ=${TZ:-unset})"
  echo "load average (1, 5, 15 min): $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
} > "$out/machine.txt"
lua5.4 bench/report.lua "$out" > "$out/results.md" || exit 1
cat "$out/results.md"
if [ "${SAVE:-}" = 1 ]; then cp "$out/results.md" bench/results.md && echo "written: bench/results.md"; fi
