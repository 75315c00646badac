#!/bin/sh
# make test: the whole suite on every supported runtime, then the linters.
# Each step adds to one tally; the last line is "N passed, N failed".
set -u
cd "$(dirname "$0")/.." || exit 1
. scripts/runtimes.sh

pkgs="gcc g++ make lua-busted lua-check lua-cjson cppcheck"
for rt in $RUNTIMES; do pkgs="$pkgs $(runtime_packages "$rt")"; done
# shellcheck disable=SC2086
sh scripts/deps.sh $pkgs || exit 1

passed=0
failed=0
mkdir -p build

# one check that is a whole command: it passes or fails as a unit
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
    cat build/build-$rt.log
    failed=$((failed + 1)); echo "FAIL  build for $rt"; continue
  fi
  log=build/busted-$rt.log
  "$(runtime_interpreter "$rt")" /usr/bin/busted -o plainTerminal \
    --cpath="build/$rt/?.so" >"$log" 2>&1
  summary=$(grep -E '^[0-9]+ successes? / [0-9]+ failures? / [0-9]+ errors?' "$log" | tail -n 1)
  if [ -z "$summary" ]; then
    cat "$log"; failed=$((failed + 1)); echo "FAIL  busted on $rt gave no summary"; continue
  fi
  set -- $summary
  ok=$1; bad=$(( $4 + $7 ))
  passed=$((passed + ok)); failed=$((failed + bad))
  if [ "$bad" -ne 0 ]; then cat "$log"; fi
  echo "$rt: $summary"
done

check "luacheck" make -s luacheck
check "cppcheck" make -s cppcheck LUA_INCDIR=/usr/include/lua5.4
check "C core compiles as C++" make -s cxx-check CC=gcc

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
