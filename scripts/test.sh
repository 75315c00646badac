#!/bin/sh
# make test: the suite on every supported runtime (and its GC stress specs
# in a process of their own), the real-nginx checks, the specs that reach
# C once more under AddressSanitizer+UBSan (5.4) and valgrind (5.1, in the
# background from the start: it takes the second core), the C tests (ASan,
# TSan), the browser, the installs, then the linters and compilers. Each
# step adds to one tally and says how long it took; the last line is
# "N passed, N failed".
set -u
cd "$(dirname "$0")/.." || exit 1
. scripts/runtimes.sh

pkgs="gcc g++ clang make lua-busted lua-check lua-cjson lua-socket cppcheck valgrind luarocks"
pkgs="$pkgs pkg-config nginx libnginx-mod-http-lua python3 zip unzip"
for rt in $RUNTIMES; do pkgs="$pkgs $(runtime_packages "$rt")"; done
# shellcheck disable=SC2086
sh scripts/deps.sh $pkgs || exit 1

passed=0
failed=0
mkdir -p build
# the specs' oracles (dates, the IANA diff) run Debian's Python straight,
# not through a shim that costs a second a start
[ -x /usr/bin/python3 ] && export PYTHON=/usr/bin/python3

started=$(date +%s)
step_start=$started
elapsed=0
# the seconds the step that just ended took (in $elapsed); the next begins
mark() {
  now=$(date +%s)
  elapsed=$((now - step_start))
  step_start=$now
}

# count a busted run from its summary line, and its exit status (valgrind
# reports through it); its output is shown on failure
busted_count() {
  label=$1 log=$2 status=$3
  mark
  summary=$(grep -E '^[0-9]+ success(es)? / [0-9]+ failures? / [0-9]+ errors?' "$log" | tail -n 1)
  if [ -z "$summary" ]; then
    cat "$log"; failed=$((failed + 1)); echo "FAIL  $label: no summary ($elapsed s)"; return
  fi
  set -- $summary
  passed=$((passed + $1)); failed=$((failed + $4 + $7))
  if [ $(($4 + $7)) -ne 0 ]; then
    cat "$log"
  elif [ "$status" -ne 0 ]; then
    cat "$log"; failed=$((failed + 1)); echo "FAIL  $label: exit status $status"
  fi
  echo "$label: $summary ($elapsed s)"
}

busted_step() {
  label=$1 log=$2; shift 2
  "$@" >"$log" 2>&1
  busted_count "$label" "$log" $?
}

# count a C test program from its own "N passed, N failed" line
counted_step() {
  label=$1 log=$2; shift 2
  "$@" >"$log" 2>&1
  status=$?
  mark
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
  if [ -z "$line" ] || [ "$status" -ne 0 ]; then
    cat "$log"; failed=$((failed + 1)); echo "FAIL  $label ($elapsed s)"
  fi
  if [ -n "$line" ]; then
    set -- $line
    passed=$((passed + $1)); failed=$((failed + $3))
    echo "$label: $line ($elapsed s)"
  fi
}

# a check that is a whole command: it passes or fails as a unit
check() {
  label=$1; shift
  "$@" >build/check.log 2>&1
  checked $? "$label" build/check.log
}

# count a whole command from its exit status; its output is shown on failure
checked() {
  mark
  if [ "$1" -eq 0 ]; then
    passed=$((passed + 1)); echo "ok    $2 ($elapsed s)"
  else
    failed=$((failed + 1)); echo "FAIL  $2 ($elapsed s)"; cat "$3"
  fi
}

# valgrind (5.1) over the specs that reach C, and over the GC stress specs:
# the slowest part, so it runs beside everything else and is counted last.
# The loops that repeat one call thousands of times run shorter under it
# (every runtime runs them in full above): valgrind looks for memory
# errors, which the first rounds meet as well as the last.
valgrind_job() {
  vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite"
  vg="$vg --show-leak-kinds=definite"
  HS_INDEPENDENCE_STEPS=100 HS_CACHE_ROUNDS=4000 $vg lua5.1 /usr/bin/busted --run=c -o plainTerminal --cpath="build/5.1/?.so" \
    >build/busted-valgrind.log 2>&1
  echo $? >build/busted-valgrind.status
  HS_GC_ROUNDS=100 $vg lua5.1 /usr/bin/busted --run=stress -o plainTerminal --cpath="build/5.1/?.so" \
    >build/busted-valgrind-stress.log 2>&1
  echo $? >build/busted-valgrind-stress.status
  # the compilers' and linters' checks of the C code take this core too
  make -s cppcheck LUA_INCDIR=/usr/include/lua5.4 >build/bg-cppcheck.log 2>&1
  echo $? >build/bg-cppcheck.status
  make -s cxx-check CC=gcc >build/bg-cxx.log 2>&1
  echo $? >build/bg-cxx.status
  make -s warnings >build/bg-warnings.log 2>&1
  echo $? >build/bg-warnings.status
}
valgrind_pid=""

for rt in $RUNTIMES; do
  # shellcheck disable=SC2046
  if ! make -s $(runtime_make_args "$rt") >build/build-$rt.log 2>&1; then
    cat build/build-$rt.log; failed=$((failed + 1)); echo "FAIL  build for $rt"; continue
  fi
  if [ "$rt" = 5.1 ]; then
    valgrind_job &
    valgrind_pid=$!
  fi
  busted_step "$rt" "build/busted-$rt.log" \
    "$(runtime_interpreter "$rt")" /usr/bin/busted -o plainTerminal --cpath="build/$rt/?.so"
  # each stress spec in a process of its own: under a collector that never
  # pauses, one spec's leftovers would make the next one's heap (and every
  # cycle over it) larger
  busted_step "$rt, GC stress" "build/busted-stress-$rt.log" \
    "$(runtime_interpreter "$rt")" /usr/bin/busted --run=stress -o plainTerminal \
    --cpath="build/$rt/?.so" spec/gc_stress_spec.lua
  busted_step "$rt, log scanner under GC stress" "build/busted-stress-log-$rt.log" \
    "$(runtime_interpreter "$rt")" /usr/bin/busted --run=stress -o plainTerminal \
    --cpath="build/$rt/?.so" spec/log_scan_spec.lua
done

# the real-nginx test: Debian's nginx over HTTP/1.1, then the modern stack
# (built once into build/openresty) over HTTP/1.1 and h2c; without
# ../shared, scripts/openresty.sh says in one line that it is skipped (77)
busted_step "nginx 1.22 (Debian), HTTP/1.1" build/busted-nginx.log sh scripts/nginx_test.sh once
modern=build/openresty/nginx/sbin/nginx
sh scripts/openresty.sh
case $? in
  0) busted_step "nginx 1.29 (build/openresty), HTTP/1.1" build/busted-nginx-modern.log \
       env NGINX=$modern sh scripts/nginx_test.sh once
     busted_step "nginx 1.29 (build/openresty), h2c" build/busted-nginx-h2c.log \
       env NGINX=$modern HS_NGINX_HTTP=2 sh scripts/nginx_test.sh once ;;
  77) ;;
  *) failed=$((failed + 1)); echo "FAIL  building the modern stack (build/openresty.log)" ;;
esac

# the specs that reach C once more, with the C module under the sanitizers
# (ASan must be the first library loaded, hence the preload), and the GC
# stress specs longer: finalizers change the tables the C code walks
if make -s asan-module >build/build-asan.log 2>&1; then
  busted_step "5.4 + ASan/UBSan" build/busted-asan.log \
    env LD_PRELOAD="$(gcc -print-file-name=libasan.so)" \
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    lua5.4 /usr/bin/busted --run=c -o plainTerminal --cpath="build/asan/?.so"
  busted_step "GC stress, 5.4 + ASan/UBSan" build/busted-gc.log env HS_GC_ROUNDS=3000 \
    LD_PRELOAD="$(gcc -print-file-name=libasan.so)" \
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    lua5.4 /usr/bin/busted --run=stress -o plainTerminal --cpath="build/asan/?.so"
else
  cat build/build-asan.log; failed=$((failed + 1)); echo "FAIL  sanitizer build"
fi

for t in core date log; do
  counted_step "C $t test (ASan/UBSan)" "build/ctest-$t.log" make -s "check-c-$t" CC=gcc
done
counted_step "threads (TSan)" build/ctest-threads.log make -s check-threads CC=gcc

counted_step "reference page in headless chromium" build/ctest-browser.log \
  env BUILD_DIR=build/5.4 sh scripts/browser_test.sh

check "core.so exports luaopen_httpstatus_core and the C API only" sh -c \
  '! nm -D --defined-only build/5.4/httpstatus/core.so | awk "{print \$3}" |
     grep -v -e "^luaopen_httpstatus_core\$" -e "^httpstatus_"'
check "Debian's nginx: README's conf.d and sites-enabled files, on a copy of /etc/nginx" \
  sh scripts/debian_nginx_test.sh
check "luarocks make on 5.1-5.4, make install/uninstall, README's recipes" sh scripts/check_installs.sh
check "release: tarball + .src.rock, luarocks install offline on 5.1/5.4" sh scripts/check_release.sh
check "libhttpstatus + pkg-config + examples/c" sh scripts/check_clib.sh

check "make demo runs to the end" sh scripts/demo.sh
check "luacheck" make -s luacheck

if [ -n "$valgrind_pid" ]; then
  wait "$valgrind_pid"
  busted_count "5.1 + valgrind (the specs that reach C)" build/busted-valgrind.log \
    "$(cat build/busted-valgrind.status)"
  busted_count "5.1 + valgrind, GC stress" build/busted-valgrind-stress.log \
    "$(cat build/busted-valgrind-stress.status)"
  checked "$(cat build/bg-cppcheck.status)" "cppcheck" build/bg-cppcheck.log
  checked "$(cat build/bg-cxx.status)" "C core compiles as C++" build/bg-cxx.log
  checked "$(cat build/bg-warnings.status)" \
    "gcc and clang: -Wall -Wextra -Werror -Wconversion, every runtime's headers" \
    build/bg-warnings.log
else
  failed=$((failed + 1)); echo "FAIL  valgrind and the C checks did not run (no 5.1 build)"
fi

echo "make test: $(( $(date +%s) - started )) s in all"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
