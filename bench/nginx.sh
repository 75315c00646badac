#!/bin/sh
# Requests per second with wrk against bench/nginx.conf: the httpstatus.ngx
# handler and the hand-written one, alternated, ROUNDS rounds of SECONDS
# each, nginx's worker on the first core and wrk on the second (when there
# are two). Prints "httpstatus<TAB>rps ..." and "by-hand<TAB>rps ..." lines,
# the rounds in order, so that report.lua can pair them.
set -u
cd "$(dirname "$0")/.." || exit 1
. scripts/nginx.sh
ROUNDS=${ROUNDS:-9}
SECONDS_EACH=${SECONDS_EACH:-3}
nginx_up bench/nginx.conf || exit 1
pin=""
[ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null && pin="taskset -c 1"
rps() {
  $pin wrk -t1 -c16 -d"${SECONDS_EACH}s" -H "Accept: application/json" \
    "http://127.0.0.1:$port/$1" 2>/dev/null | awk '/^Requests\/sec/ { print $2 }'
}
rps httpstatus >/dev/null # warm both up
rps by-hand >/dev/null
hs="" hand=""
i=0
while [ "$i" -lt "$ROUNDS" ]; do
  if [ $((i % 2)) -eq 0 ]; then
    hs="$hs $(rps httpstatus)"; hand="$hand $(rps by-hand)"
  else
    hand="$hand $(rps by-hand)"; hs="$hs $(rps httpstatus)"
  fi
  i=$((i + 1))
done
printf 'httpstatus\t%s\nby-hand\t%s\n' "$hs" "$hand"
