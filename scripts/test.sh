#!/bin/sh
# make test: the suite on every supported runtime (and its GC stress specs
# in a process of their own), the real-nginx checks, the specs that reach
# C once more under AddressSanitizer+UBSan (5.4) and valgrind (5.1), the C
# tests (ASan, TSan), the browser, the installs, the linters and compilers.
#
# Each part is a job: the jobs run side by side, JOBS at a time (default:
# the number of cores), the longest first, each once the build it needs is
# there; the real-nginx runs mostly wait on sockets and take no slot. A
# part says how long it took, in seconds of the clock and of CPU (the sum
# over parts is the work the suite costs, whatever the machine's load);
# the last line is "N passed, N failed".
set -u
cd "$(dirname "$0")/.." || exit 1
. scripts/runtimes.sh

pkgs="gcc g++ clang make lua-busted lua-check lua-cjson lua-socket cppcheck valgrind luarocks"
pkgs="$pkgs pkg-config nginx libnginx-mod-http-lua python3 zip unzip time"
for rt in $RUNTIMES; do pkgs="$pkgs $(runtime_packages "$rt")"; done
# shellcheck disable=SC2086
sh scripts/deps.sh $pkgs || exit 1

JOBS=${JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
out=build/test
rm -rf "$out" && mkdir -p "$out" || exit 1
# the specs' oracles (dates, the IANA diff) run Debian's Python straight,
# not through a shim that costs a second a start
[ -x /usr/bin/python3 ] && export PYTHON=/usr/bin/python3
# the date oracle's answers, kept for every runtime of this run (date_spec)
export HS_ORACLE_DIR="$PWD/$out"
ASAN_ENV="LD_PRELOAD=$(gcc -print-file-name=libasan.so) ASAN_OPTIONS=detect_leaks=0:abort_on_error=1"
ASAN_ENV="$ASAN_ENV UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1"
VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite"
VALGRIND="$VALGRIND --show-leak-kinds=definite"

# ---- inside a job: its parts, each counted into the job's result file as
# "passed failed log label"
# part KIND LABEL CMD...: run CMD into its own log and count it by KIND:
#   busted   busted's summary line, and its exit status (valgrind reports through it)
#   counted  a C test program's own "N passed, N failed" line
#   check    a whole command: it passes or fails as a unit
part() {
  kind=$1 label=$2; shift 2
  parts=$((parts + 1))
  log=$out/$job.$parts.log
  t0=$(date +%s)
  /usr/bin/time -f '%U %S' -o "$log.cpu" "$@" >"$log" 2>&1
  status=$?
  secs=$(($(date +%s) - t0))
  # (time's last line: a failed command's status comes on a line before it)
  cpu=$(tail -n 1 "$log.cpu" 2>/dev/null | awk '{ printf "%d", $1 + $2 + 0.5 }')
  # (and when it started, in seconds of make test: the critical path shows)
  when="(${secs} s, ${cpu:-?} s CPU, at $((t0 - started)) s)"
  case $kind in
    busted)
      summary=$(grep -E '^[0-9]+ success(es)? / [0-9]+ failures? / [0-9]+ errors?' "$log" | tail -n 1)
      if [ -z "$summary" ]; then
        echo "0 1 $log FAIL  $label: no summary $when"; return
      fi
      # shellcheck disable=SC2086
      set -- $summary
      bad=$(($4 + $7))
      [ "$bad" -eq 0 ] && [ "$status" -ne 0 ] && bad=1 summary="$summary, exit status $status"
      echo "$1 $bad $log $label: $summary $when" ;;
    counted) # (the sum, when the command ran several programs)
      line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" |
        awk '{ p += $1; f += $3 } END { if (NR) print p " passed, " f " failed" }')
      if [ -z "$line" ]; then
        echo "0 1 $log FAIL  $label $when"; return
      fi
      # shellcheck disable=SC2086
      set -- $line
      bad=$3
      [ "$bad" -eq 0 ] && [ "$status" -ne 0 ] && bad=1 line="$line, exit status $status"
      echo "$1 $bad $log $label: $line $when" ;;
    check)
      if [ "$status" -eq 0 ]; then echo "1 0 $log ok    $label $when"
      else echo "0 1 $log FAIL  $label $when"; fi ;;
  esac
}

# ---- the jobs (job_NAME), in the order they start when they can: the
# longest first
build() { # the build of one runtime's core.so, with our strict warnings
  # shellcheck disable=SC2046
  part check "build for $1" make -s $(runtime_make_args "$1")
}
job_build_51() { build 5.1; }
job_build_52() { build 5.2; }
job_build_53() { build 5.3; }
job_build_54() { build 5.4; }
job_build_luajit() { build luajit; }
job_build_asan() { part check "core.so with ASan and UBSan (build/asan)" make -s asan-module; }

# valgrind (5.1) over the specs that reach C, and over the GC stress specs.
# HS_LOOP_SCALE (spec/loops.lua) runs the specs' long loops (thousands of
# calls, the sample log in pieces of a byte, the date oracle's 65,000 dates)
# at a twentieth of their length, never under what each needs to mean
# something: valgrind looks for memory errors, which the first rounds meet
# as well as the last; every runtime and ASan run the loops in full. The GC
# stress specs, the same way, run 40 rounds here (300 on every runtime,
# 3000 under ASan).
# shellcheck disable=SC2086
job_valgrind() {
  part busted "5.1 + valgrind (the specs that reach C)" env HS_LOOP_SCALE=0.05 \
    $VALGRIND lua5.1 /usr/bin/busted --run=c -o plainTerminal --cpath="build/5.1/?.so"
}
# shellcheck disable=SC2086
job_valgrind_stress() {
  part busted "5.1 + valgrind, GC stress" env HS_GC_ROUNDS=40 $VALGRIND lua5.1 /usr/bin/busted \
    --run=stress -o plainTerminal --cpath="build/5.1/?.so"
}

# the specs that reach C once more, with the C module under the sanitizers
# (ASan must be the first library loaded, hence the preload), and the GC
# stress specs longer: finalizers change the tables the C code walks
job_asan() {
  # shellcheck disable=SC2086
  part busted "5.4 + ASan/UBSan (the specs that reach C)" env $ASAN_ENV lua5.4 /usr/bin/busted \
    --run=c -o plainTerminal --cpath="build/asan/?.so"
}
job_asan_stress() {
  # shellcheck disable=SC2086
  part busted "5.4 + ASan/UBSan, GC stress" env HS_GC_ROUNDS=3000 $ASAN_ENV lua5.4 \
    /usr/bin/busted --run=stress -o plainTerminal --cpath="build/asan/?.so"
}

runtime() {
  lua=$(runtime_interpreter "$1")
  part busted "$1" "$lua" /usr/bin/busted -o plainTerminal --cpath="build/$1/?.so"
  # each stress spec in a process of its own: under a collector that never
  # pauses, one spec's leftovers would make the next one's heap (and every
  # cycle over it) larger
  part busted "$1, GC stress" "$lua" /usr/bin/busted --run=stress -o plainTerminal \
    --cpath="build/$1/?.so" spec/gc_stress_spec.lua
  part busted "$1, log scanner under GC stress" "$lua" /usr/bin/busted --run=stress \
    -o plainTerminal --cpath="build/$1/?.so" spec/log_scan_spec.lua
}
job_rt_51() { runtime 5.1; }
job_rt_52() { runtime 5.2; }
job_rt_53() { runtime 5.3; }
job_rt_54() { runtime 5.4; }
job_rt_luajit() { runtime luajit; }

# the real-nginx test: Debian's nginx over HTTP/1.1, then the modern stack
# (built once into build/openresty) over HTTP/1.1 and h2c; without
# ../shared, scripts/openresty.sh says in one line that it is skipped (77)
job_nginx() {
  part busted "nginx 1.22 (Debian), HTTP/1.1" sh scripts/nginx_test.sh once
  modern=build/openresty/nginx/sbin/nginx
  sh scripts/openresty.sh >"$out/openresty.line" 2>&1
  case $? in
    0) part busted "nginx 1.29 (build/openresty), HTTP/1.1" \
         env NGINX=$modern sh scripts/nginx_test.sh once
       part busted "nginx 1.29 (build/openresty), h2c" \
         env NGINX=$modern HS_NGINX_HTTP=2 sh scripts/nginx_test.sh once ;;
    77) cat "$out/openresty.line" >&2 ;;
    *) echo "0 1 build/openresty.log FAIL  building the modern stack (build/openresty.log)" ;;
  esac
}

job_installs() {
  part check "luarocks make on 5.2 and 5.3, make install/uninstall, README's recipes" \
    sh scripts/check_installs.sh
}
job_release() {
  part check "release: tarball + .src.rock, luarocks install offline on 5.1/5.4" \
    sh scripts/check_release.sh
}
# STRICT=1 (from the environment) asks make for the build the runtime job
# made, so that these reuse it rather than build build/5.4 again
job_browser() {
  part counted "reference page in headless chromium" env STRICT=1 BUILD_DIR=build/5.4 \
    sh scripts/browser_test.sh
}
job_c_tests() {
  part counted "C tests: core, date, log (ASan/UBSan)" make -s check-c CC=gcc
  part counted "threads (TSan)" make -s check-threads CC=gcc
}
job_c_lint() {
  part check "cppcheck" make -s cppcheck LUA_INCDIR=/usr/include/lua5.4
  part check "C core compiles as C++" make -s cxx-check CC=gcc
  part check "gcc and clang: -Wall -Wextra -Werror -Wconversion, every runtime's headers" \
    make -s warnings
}
job_small() {
  # shellcheck disable=SC2016
  part check "core.so exports luaopen_httpstatus_core and the C API only" sh -c \
    '! nm -D --defined-only build/5.4/httpstatus/core.so | awk "{print \$3}" |
       grep -v -e "^luaopen_httpstatus_core\$" -e "^httpstatus_"'
  part check "libhttpstatus + pkg-config + examples/c" sh scripts/check_clib.sh
  part check "make demo runs to the end" env STRICT=1 sh scripts/demo.sh
  part check "luacheck" make -s luacheck
}
job_debian_nginx() {
  part check "Debian's nginx: README's conf.d and sites-enabled files, on a copy of /etc/nginx" \
    sh scripts/debian_nginx_test.sh
}

# ---- the queue: NAME [NEEDS...]; a job starts once every job it needs
# has ended well
queue=""
add() { queue="$queue $1"; name=$1; shift; eval "needs_$name=\"\$*\""; }
add build_51
add valgrind build_51
add build_asan
add asan build_asan
add build_luajit
add nginx build_luajit
add build_54
add build_52
add build_53
add rt_53 build_53
add rt_52 build_52
add rt_51 build_51
add rt_luajit build_luajit
add rt_54 build_54
add installs
add browser build_54
add c_tests
add release
add c_lint
add asan_stress build_asan
add valgrind_stress build_51
add small build_54
add debian_nginx build_luajit
LIGHT=" nginx " # jobs that mostly wait, and take no slot

started=$(date +%s)
passed=0 failed=0 cpu_total=0 running=0 light=0

# a job's state: ended well (0), ended badly (1), or not ended (2)
ended() { # (builtins only: the loop below asks often)
  [ -f "$out/$1.status" ] || return 2
  read -r st <"$out/$1.status"
  [ "$st" = 0 ]
}

start() {
  job=$1
  (
    parts=0
    "job_$job" >"$out/$job.result" 2>"$out/$job.err"
    # a job ends well when all its parts passed
    awk '$2 != 0 { bad = 1 } END { exit bad }' "$out/$job.result"
    echo $? >"$out/$job.status.tmp" && mv "$out/$job.status.tmp" "$out/$job.status"
  ) &
  case $LIGHT in *" $job "*) light=$((light + 1)) ;; *) running=$((running + 1)) ;; esac
  eval "state_$job=running"
}

# print a job's parts, count them, show the log of a failed one
report() {
  job=$1
  while read -r p f log label; do
    passed=$((passed + p)) failed=$((failed + f))
    [ "$f" -ne 0 ] && [ -f "$log" ] && cat "$log"
    echo "$label"
    cpu=$(echo "$label" | sed -n 's/.*, \([0-9]*\) s CPU, at [0-9]* s)$/\1/p')
    cpu_total=$((cpu_total + ${cpu:-0}))
  done <"$out/$job.result"
  [ -s "$out/$job.err" ] && cat "$out/$job.err"
  case $LIGHT in *" $job "*) light=$((light - 1)) ;; *) running=$((running - 1)) ;; esac
  eval "state_$job=done"
}

waiting=$queue
while [ -n "$waiting" ] || [ $((running + light)) -gt 0 ]; do
  # start what can start, in queue order
  still=""
  for job in $waiting; do
    needs=""
    eval "needs=\$needs_$job"
    ready=1
    for need in $needs; do
      ended "$need"
      case $? in
        0) ;;
        1) ready=0
           echo "0 1 - FAIL  $job: not run, $need failed" >"$out/$job.result"
           echo 1 >"$out/$job.status"; : >"$out/$job.err"
           eval "state_$job=running"; running=$((running + 1)); ready=skip; break ;;
        *) ready=0 ;;
      esac
    done
    if [ "$ready" = 1 ]; then
      case $LIGHT in
        *" $job "*) start "$job"; continue ;;
        *) if [ "$running" -lt "$JOBS" ]; then start "$job"; continue; fi ;;
      esac
    fi
    [ "$ready" = skip ] || still="$still $job"
  done
  waiting=$still
  # collect what has ended
  for job in $queue; do
    state=""
    eval "state=\${state_$job:-}"
    [ "$state" = running ] && [ -f "$out/$job.status" ] && report "$job"
  done
  sleep 0.5
done
wait

echo "make test: $(($(date +%s) - started)) s in all, $cpu_total s of CPU in its parts (JOBS=$JOBS)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
