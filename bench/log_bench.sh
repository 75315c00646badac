#!/bin/sh
# Access-log counting: core.log_scanner (Lua reading 64 KiB chunks) against
# `awk '{print $9}' | sort | uniq -c` (gawk and mawk) and against
# examples/classify_log.lua, on a log of LOG_MB MiB (default 100) made by
# repeating examples/data/access.log. Rounds are interleaved (each round runs
# every contender once) and the median is reported: lines/s, seconds, peak
# RSS of the largest process, speed relative to the gawk pipeline. The
# scanner's counts are checked against the classifier's first.
#   sh bench/log_bench.sh                 (after `make` for 5.4, 5.1 and LuaJIT)
#   LOG_MB=20 ROUNDS=3 CPATH_5_4="build/5.4/?.so" sh bench/log_bench.sh
set -eu
cd "$(dirname "$0")/.." || exit 1

LOG_MB=${LOG_MB:-100}
ROUNDS=${ROUNDS:-5}
CPATH_5_4=${CPATH_5_4:-build/5.4/?.so}
CPATH_5_1=${CPATH_5_1:-build/5.1/?.so}
CPATH_JIT=${CPATH_JIT:-build/luajit/?.so}
out=build/bench-log
log=$out/access-${LOG_MB}m.log
export LUA_PATH="lua/?.lua;examples/?.lua;;" LC_ALL=C

for tool in lua5.4 /usr/bin/time sort uniq; do
  command -v "$tool" >/dev/null || { echo "log_bench: $tool is missing" >&2; exit 1; }
done
mkdir -p "$out"

if [ ! -s "$log" ]; then
  echo "log_bench: writing $log" >&2
  : > "$log.tmp"
  want=$((LOG_MB * 1024 * 1024))
  while [ "$(wc -c < "$log.tmp")" -lt "$want" ]; do
    cat examples/data/access.log examples/data/access.log examples/data/access.log \
      examples/data/access.log >> "$log.tmp"
  done
  mv "$log.tmp" "$log"
fi
lines=$(wc -l < "$log")
cat "$log" > /dev/null # in the page cache for every contender

# the contenders: name @ command (the log is $1)
set -- \
  "gawk + sort + uniq -c@gawk '{print \$9}' \"\$1\" | sort | uniq -c" \
  "mawk + sort + uniq -c@mawk '{print \$9}' \"\$1\" | sort | uniq -c" \
  "log_scanner, Lua 5.4@LUA_CPATH='$CPATH_5_4' lua5.4 bench/log_bench.lua \"\$1\"" \
  "log_scanner, Lua 5.1@LUA_CPATH='$CPATH_5_1' lua5.1 bench/log_bench.lua \"\$1\"" \
  "log_scanner, LuaJIT@LUA_CPATH='$CPATH_JIT' luajit bench/log_bench.lua \"\$1\"" \
  "classify_log.lua, Lua 5.4@LUA_CPATH='$CPATH_5_4' lua5.4 examples/classify_log.lua \"\$1\""

# the scanner counts what the classifier counts (combined only)
LUA_CPATH="$CPATH_5_4" lua5.4 bench/log_bench.lua "$log" combined > "$out/scanner.txt"
LUA_CPATH="$CPATH_5_4" lua5.4 examples/classify_log.lua "$log" > "$out/classify.txt"
got=$(sed -n 's/^lines \([0-9]*\) malformed \([0-9]*\) .*/\1 \2/p' "$out/scanner.txt")
want=$(sed -n 's/^Lines: \([0-9]*\) total, [0-9]* valid, \([0-9]*\) malformed.*/\1 \2/p' \
  "$out/classify.txt")
if [ "$got" != "$want" ]; then
  echo "log_bench: scanner says '$got' (lines, malformed), classify_log '$want'" >&2
  exit 1
fi

: > "$out/times.tsv"
round=1
while [ "$round" -le "$ROUNDS" ]; do
  i=0
  for row in "$@"; do
    i=$((i + 1))
    name=${row%%@*} cmd=${row#*@}
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$out/rss.txt" sh -c "$cmd" sh "$log" > "$out/stdout.txt"
    end=$(date +%s%N)
    loop=$(sed -n 's/^loop_seconds //p' "$out/stdout.txt")
    printf '%s\t%s\t%s\t%s\t%s\n' "$i" "$name" "$(( (end - start) / 1000 ))" \
      "$(cat "$out/rss.txt")" "${loop:--}" >> "$out/times.tsv"
  done
  echo "log_bench: round $round of $ROUNDS" >&2
  round=$((round + 1))
done

{
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
  echo "machine: $(nproc) cores, $cpu"
  echo "log: $log, $(wc -c < "$log") bytes, $lines lines; median of $ROUNDS interleaved rounds"
  echo
  echo "Seconds and lines/s: the whole command, process start included; in-Lua: the read and"
  echo "scan loop alone, as a program that is already running would pay it."
  echo
  echo "| contender | seconds | lines/s | x gawk pipeline | x classify_log | in-Lua s |" \
    "in-Lua lines/s | peak RSS MiB |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  awk -F '\t' -v lines="$lines" '
    { n[$1]++; t[$1, n[$1]] = $3; r[$1, n[$1]] = $4; l[$1, n[$1]] = $5; name[$1] = $2
      if ($1 > last) last = $1 }
    function median(a, k, m,   i, j, v, s) { # insertion sort of a few values
      for (i = 1; i <= m; i++) s[i] = a[k, i]
      for (i = 2; i <= m; i++) {
        v = s[i]
        for (j = i - 1; j > 0 && s[j] > v; j--) s[j + 1] = s[j]
        s[j + 1] = v
      }
      return s[int((m + 1) / 2)]
    }
    END {
      base = median(t, 1, n[1]); slow = median(t, last, n[last])
      for (k = 1; k <= last; k++) {
        us = median(t, k, n[k])
        loop = l[k, 1] == "-" ? "- | -" : sprintf("%.3f | %.0f", median(l, k, n[k]),
          lines / median(l, k, n[k]))
        printf "| %s | %.3f | %.0f | %.2f | %.1f | %s | %.1f |\n", name[k], us / 1e6,
          lines / (us / 1e6), base / us, slow / us, loop, median(r, k, n[k]) / 1024
      }
    }' "$out/times.tsv"
} | tee "$out/results.md"
