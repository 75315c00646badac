#!/bin/sh
# Access-log figures (make bench; issues 14 and 23). On logs of LOG_SIZES MiB
# (default "10 200", made by repeating examples/data/access.log), times
#   awk '{print $9}' LOG | sort | uniq -c      what one types without us
#   mawk '{c[$9]++} END {...}' LOG             the fastest counting by field
#   wc -l LOG                                   reading the log at all
#   httpstatus log LOG                          the command, on Lua 5.4: the
#                                               default report, timeline and
#                                               busiest paths included
#   the classifier before the C scanner         examples/classify_log.lua of
#                                               commit 4337328, on Lua 5.4
# in LOG_ROUNDS interleaved rounds (default 5; each round runs every
# contender once on every size): wall-clock microseconds, process start
# included, and the peak RSS of the largest process (GNU time's %M, the
# "Maximum resident set size" of time -v). Writes OUT/log.tsv and
# OUT/log-info.txt; bench/report.lua turns them into its "Access logs"
# section (alone: lua5.4 bench/report.lua OUT log).
#   sh bench/log_bench.sh [OUT]     OUT defaults to build/bench; needs build/5.4
#   LOG_ALL=1 also times gawk and mawk by name and the scanner loop alone
#   (bench/log_bench.lua, no report) on Lua 5.4, 5.1 and LuaJIT
#   (build/5.1, build/luajit).
set -eu
cd "$(dirname "$0")/.." || exit 1

out=${1:-build/bench}
LOG_SIZES=${LOG_SIZES:-10 200}
LOG_ROUNDS=${LOG_ROUNDS:-5}
OLD_COMMIT=4337328
export LC_ALL=C LUA_PATH="lua/?.lua;;" LUA_CPATH="build/5.4/?.so;;"

for tool in lua5.4 awk mawk wc sort uniq /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "log_bench: $tool is missing" >&2; exit 1; }
done
[ -f build/5.4/httpstatus/core.so ] || { echo "log_bench: build/5.4 first (make)" >&2; exit 1; }
mkdir -p "$out"

# the logs: whole copies of the sample until the size is reached (kept
# between runs; the sample's lines end in LF, so every copy ends a line)
for mib in $LOG_SIZES; do
  log=$out/access-${mib}m.log
  if [ ! -s "$log" ] || [ -n "$(find examples/data/access.log -newer "$log")" ]; then
    echo "log_bench: writing $log" >&2
    : > "$log.tmp"
    want=$((mib * 1024 * 1024))
    while [ "$(wc -c < "$log.tmp")" -lt "$want" ]; do
      cat examples/data/access.log >> "$log.tmp"
    done
    mv "$log.tmp" "$log"
  fi
done

# the classifier as it was, from git; it needs only require "httpstatus"
old=$out/classify_log_old.lua
old_note="examples/classify_log.lua at $OLD_COMMIT (Lua pattern matching per line)"
if ! git show "$OLD_COMMIT:examples/classify_log.lua" > "$old" 2>/dev/null; then
  rm -f "$old"
  old_note="not measured: no git history with commit $OLD_COMMIT here"
fi

# key@name@command (the log is $1)
set -- \
  "awk@awk '{print \$9}' FILE | sort | uniq -c@awk '{print \$9}' \"\$1\" | sort | uniq -c" \
  "mawkc@mawk '{c[\$9]++}' FILE@mawk '{c[\$9]++} END {for (k in c) print k, c[k]}' \"\$1\"" \
  "wc@wc -l FILE@wc -l \"\$1\"" \
  "httpstatus@httpstatus log FILE (Lua 5.4)@lua5.4 bin/httpstatus log \"\$1\""
[ -f "$old" ] && set -- "$@" \
  "old@classify_log.lua before the scanner (Lua 5.4)@lua5.4 $old \"\$1\""
if [ "${LOG_ALL:-}" = 1 ]; then
  set -- "$@" \
    "gawk@gawk '{print \$9}' FILE | sort | uniq -c@gawk '{print \$9}' \"\$1\" | sort | uniq -c" \
    "mawk@mawk '{print \$9}' FILE | sort | uniq -c@mawk '{print \$9}' \"\$1\" | sort | uniq -c" \
    "loop-5.4@scanner loop alone, Lua 5.4@lua5.4 bench/log_bench.lua \"\$1\"" \
    "loop-5.1@scanner loop alone, Lua 5.1@LUA_CPATH='build/5.1/?.so;;' lua5.1 bench/log_bench.lua \"\$1\"" \
    "loop-luajit@scanner loop alone, LuaJIT@LUA_CPATH='build/luajit/?.so;;' luajit bench/log_bench.lua \"\$1\""
fi

# the old classifier and the command count the same lines (the command's
# default format also reads `common` lines, so compare in combined)
if [ -f "$old" ]; then
  first=${LOG_SIZES%% *}
  counts='s/^Lines: \([0-9]*\) total, \([0-9]*\) valid, \([0-9]*\) malformed.*/\1 \2 \3/p'
  got=$(lua5.4 bin/httpstatus log --format combined "$out/access-${first}m.log" |
    sed -e ':a' -e 's/\([0-9]\),\([0-9]\)/\1\2/' -e 'ta' | sed -n "$counts") # 1,234 -> 1234
  want=$(lua5.4 "$old" "$out/access-${first}m.log" | sed -n "$counts")
  if [ -z "$got" ] || [ "$got" != "$want" ]; then
    echo "log_bench: httpstatus log says '$got' (lines, valid, malformed)," \
      "the old classifier '$want'" >&2
    exit 1
  fi
fi

{
  echo "awk: $(readlink -f "$(command -v awk)") ($(awk --version 2>&1 | head -1 || true))"
  echo "old classifier: $old_note"
  for mib in $LOG_SIZES; do
    log=$out/access-${mib}m.log
    echo "log: $mib MiB: $(wc -c < "$log") bytes, $(wc -l < "$log") lines"
  done
} > "$out/log-info.txt"

: > "$out/log.tsv"
round=1
while [ "$round" -le "$LOG_ROUNDS" ]; do
  for mib in $LOG_SIZES; do
    log=$out/access-${mib}m.log
    lines=$(wc -l < "$log")
    cat "$log" > /dev/null # in the page cache for every contender
    for row in "$@"; do
      key=${row%%@*} rest=${row#*@}
      name=${rest%%@*} cmd=${rest#*@}
      start=$(date +%s%N)
      /usr/bin/time -f "%M" -o "$out/log-rss.txt" sh -c "$cmd" sh "$log" \
        < /dev/null > "$out/log-stdout.txt"
      end=$(date +%s%N)
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mib" "$key" "$name" "$round" \
        "$(( (end - start) / 1000 ))" "$(tail -1 "$out/log-rss.txt")" "$lines" >> "$out/log.tsv"
    done
  done
  echo "log_bench: round $round of $LOG_ROUNDS" >&2
  round=$((round + 1))
done
rm -f "$out/log-rss.txt" "$out/log-stdout.txt"
