#!/bin/sh
# make test: the whole suite on every supported runtime, the real-nginx
# checks, then the linters. Each step adds to one tally; the last line is
# "N passed, N failed".
set -u
cd "$(dirname "$0")/.." || exit 1
. scripts/runtimes.sh

pkgs="gcc g++ make lua-busted lua-check lua-cjson lua-socket cppcheck nginx libnginx-mod-http-lua"
for rt in $RUNTIMES; do pkgs="$pkgs $(runtime_packages "$rt")"; done
# shellcheck disable=SC2086
sh scripts/deps.sh $pkgs || exit 1

passed=0
failed=0
mkdir -p build

# count a busted run from its summary line; its output is shown on failure
busted_step() {
  label=$1 log=$2; shift 2
  "$@" >"$log" 2>&1
  summary=$(grep -E '^[0-9]+ successes? / [0-9]+ failures? / [0-9]+ errors?' "$log" | tail -n 1)
  if [ -z "$summary" ]; then
    cat "$log"; failed=$((failed + 1)); echo "FAIL  $label: no summary"; return
  fi
  set -- $summary
  passed=$((passed + $1)); failed=$((failed + $4 + $7))
  [ $(($4 + $7)) -ne 0 ] && cat "$log"
  echo "$label: $summary"
}

# a check that is a whole command: it passes or fails as a unit
check() {
  label=$1; shift
  if "$@" >build/check.log 2>&1; then
    passed=$((passed + 1)); echo "ok    $label"
  else
    failed=$((failed + 1)); echo "FAIL  $label"; cat build/check.log
  fi
}

for rt in $RUNTIMES; do
  # shellcheck disable=SC2046
  if ! make -s $(runtime_make_args "$rt") >build/build-$rt.log 2>&1; then
    cat build/build-$rt.log; failed=$((failed + 1)); echo "FAIL  build for $rt"; continue
  fi
  busted_step "$rt" "build/busted-$rt.log" \
    "$(runtime_interpreter "$rt")" /usr/bin/busted -o plainTerminal --cpath="build/$rt/?.so"
done

busted_step "nginx" build/busted-nginx.log sh scripts/nginx_test.sh

check "luacheck" make -s luacheck
check "cppcheck" make -s cppcheck LUA_INCDIR=/usr/include/lua5.4
check "C core compiles as C++" make -s cxx-check CC=gcc

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
