#!/bin/sh
# Requests per second and the worker's CPU time per request, with wrk
# against bench/nginx.conf on $NGINX (Debian's nginx by default; see
# scripts/nginx.sh): the httpstatus.ngx handler, the hand-written one,
# httpstatus.ngx behind httpstatus.budget and the hand-written one that
# also chooses its body from Accept, alternated, ROUNDS rounds (at
# least 10) of SECONDS_EACH seconds, nginx's worker on the first core and
# wrk on the second (when there are two). Then httpstatus.budget's own cost
# inside the worker (bench/ngx_budget_cost.lua), 5 times, and exit's own
# cost beside the hand-written handler's calls (bench/ngx_exit_cost.lua).
#   NGINX=... sh bench/nginx.sh LABEL
# Prints, for bench/report.lua, tab-separated:
#   stack  LABEL  NGINX-VERSION  NGX-LUA-VERSION (10029: 0.10.29)
#   same   LABEL  yes|no  what differs   (the two answers, apart from Date)
#   round  LABEL  HANDLER  ROUND  REQUESTS/S  REQUESTS  CPU-MICROSECONDS
#   budget LABEL  ALLOW+RECORD-NS  CAN_RETRY-NS  ALLOW+RECORD-BYTES
#   cost   LABEL  EXIT-NS  BY-HAND-NS  EXIT-BYTES  READS+WRITER-NS  FLOOR-NS
#                                                    (bench/ngx_exit_cost.lua)
set -u
cd "$(dirname "$0")/.." || exit 1
label=${1:?usage: NGINX=... sh bench/nginx.sh LABEL}
. scripts/nginx.sh
# (run alone it needs wrk; bench/run.sh installs it)
sh scripts/deps.sh wrk || exit 1
ROUNDS=${ROUNDS:-10}
[ "$ROUNDS" -lt 10 ] && ROUNDS=10 # single rounds vary by +-15% on 2 cores
SECONDS_EACH=${SECONDS_EACH:-3}
NGINX_EXTRA_LUA_PATH="$(pwd)/bench/?.lua" nginx_up bench/nginx.conf || exit 1
pin=""
[ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null && pin="taskset -c 1"
master=$(cat "$prefix/logs/nginx.pid")
worker=$(cut -d' ' -f1 "/proc/$master/task/$master/children")
tick_us=$((1000000 / $(getconf CLK_TCK)))

# the answer to GET /PATH, with Accept: application/json, without Date
answer() {
  luajit -e "local c = assert(require('socket').connect('127.0.0.1', $port))
    c:send('GET /$1 HTTP/1.1\r\nHost: bench\r\nAccept: application/json\r\nConnection: close\r\n\r\n')
    io.write((assert(c:receive('*a')):gsub('\r\nDate: [^\r\n]*', '')))"
}
printf 'stack\t%s\t%s\t%s\n' "$label" "$(nginx_version)" \
  "$(answer ngx-lua-version | sed -n '$p')"
# the two answers must be the same bytes (Date apart), or the race is unfair
hs=$(answer httpstatus) hand=$(answer by-hand) negotiating=$(answer negotiating)
if [ "$hs" = "$hand" ] && [ "$hs" = "$negotiating" ]; then
  printf 'same\t%s\tyes\t\n' "$label"
else
  differs=$(printf '%s\n' "$hs" > "$prefix/hs.txt"; printf '%s\n' "$hand" > "$prefix/hand.txt"
    printf '%s\n' "$negotiating" > "$prefix/negotiating.txt"
    { diff "$prefix/hs.txt" "$prefix/hand.txt"; diff "$prefix/hs.txt" "$prefix/negotiating.txt"; } | grep '^[<>]' | tr -d '\r' | tr '\n' ' ')
  printf 'same\t%s\tno\t%s\n' "$label" "$differs"
fi

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$worker/stat"; }

# one wrk round on /HANDLER: requests/s, requests, CPU microseconds
measure() {
  before=$(cpu_ticks)
  out=$($pin wrk -t1 -c16 -d"${SECONDS_EACH}s" -H "Accept: application/json" \
    "http://127.0.0.1:$port/$1" 2>/dev/null)
  after=$(cpu_ticks)
  rps=$(echo "$out" | awk '/^Requests\/sec/ { print $2 }')
  requests=$(echo "$out" | awk '/ requests in / { print $1 }')
  echo "$rps $requests $(((after - before) * tick_us))"
}

round() {
  # shellcheck disable=SC2046
  set -- "$1" "$2" $(measure "$2")
  printf 'round\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$2" "$1" "$3" "$4" "$5"
}

measure httpstatus >/dev/null # warm them up
measure by-hand >/dev/null
measure budget >/dev/null
measure negotiating >/dev/null
i=1
while [ "$i" -le "$ROUNDS" ]; do
  # each handler first, second, third and last in turn
  case $((i % 4)) in
    1) round "$i" httpstatus; round "$i" by-hand; round "$i" budget; round "$i" negotiating ;;
    2) round "$i" by-hand; round "$i" budget; round "$i" negotiating; round "$i" httpstatus ;;
    3) round "$i" budget; round "$i" negotiating; round "$i" httpstatus; round "$i" by-hand ;;
    0) round "$i" negotiating; round "$i" httpstatus; round "$i" by-hand; round "$i" budget ;;
  esac
  i=$((i + 1))
done
# the budget's cost per call inside the worker, nothing else running
i=1
while [ "$i" -le 5 ]; do
  # shellcheck disable=SC2046
  set -- $(luajit -e "local c = assert(require('socket').connect('127.0.0.1', $port))
    c:send('GET /budget-cost HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n')
    io.write((assert(c:receive('*a')):match('\r\n\r\n(.*)$')))")
  printf 'budget\t%s\t%s\t%s\t%s\n' "$label" "$1" "$2" "$3"
  i=$((i + 1))
done
# exit's calls beside the hand-written handler's, sending stubbed out
i=1
while [ "$i" -le 5 ]; do
  # shellcheck disable=SC2046
  set -- $(luajit -e "local c = assert(require('socket').connect('127.0.0.1', $port))
    c:send('GET /exit-cost HTTP/1.1\r\nHost: bench\r\nAccept: application/json\r\nConnection: close\r\n\r\n')
    io.write((assert(c:receive('*a')):match('\r\n\r\n(.*)$')))")
  printf 'cost\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$1" "$2" "$3" "$4" "$5"
  i=$((i + 1))
done
