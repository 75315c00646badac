#!/bin/sh
# The real-nginx test: spec/nginx/ against a real nginx serving
# examples/openresty/ with the test's own locations (spec/nginx/*.conf) and
# the README's nginx blocks (see scripts/nginx.sh).
#   sh scripts/nginx_test.sh once   one run on $NGINX (default: Debian's
#                                   nginx) over HS_NGINX_HTTP (1: HTTP/1.1,
#                                   the default; 2: h2c); busted's summary last
#   sh scripts/nginx_test.sh        make test-nginx: every run there is; with
#                                   NGINX set, on that nginx (HTTP/1.1, and h2c
#                                   where it has HTTP/2), else on Debian's nginx
#                                   (HTTP/1.1) and the modern stack
#                                   (scripts/openresty.sh; HTTP/1.1 and h2c);
#                                   one line a run, then "N passed, N failed"
set -u
cd "$(dirname "$0")/.." || exit 1
given=${NGINX:-}
. scripts/nginx.sh

once() {
  # the client's LuaJIT, busted and libraries; Debian's nginx when it is the
  # one under test; curl and nghttp for h2c
  . scripts/runtimes.sh
  pkgs="gcc make lua-busted lua-cjson lua-socket $(runtime_packages luajit)"
  [ "$NGINX" = nginx ] && pkgs="$pkgs nginx libnginx-mod-http-lua"
  [ "${HS_NGINX_HTTP:-1}" = 2 ] && pkgs="$pkgs curl nghttp2-client"
  # shellcheck disable=SC2086
  sh scripts/deps.sh $pkgs || exit 1
  # the README's blocks marked "-- needs nginx", each served at /readme/N
  mkdir -p build/readme
  luajit spec/nginx/readme_blocks.lua README.md "$(pwd)/build/readme" \
    > build/readme/locations.conf || exit 1
  cat build/readme/locations.conf spec/nginx/locations.conf > build/readme/test_locations.conf
  # and its server-level nginx blocks, in the error_page server of http.conf
  sed -e '/^ *include readme_nginx\.conf;/{r build/readme/nginx.conf' -e 'd}' \
    spec/nginx/http.conf > build/readme/test_http.conf
  # the test stand-in for lua-resty-http (not a Debian package) lives in spec/nginx
  NGINX_EXTRA_LUA_PATH="$(pwd)/spec/nginx/?.lua" \
    NGINX_EXTRA_LOCATIONS="$(pwd)/build/readme/test_locations.conf" \
    NGINX_EXTRA_HTTP="$(pwd)/build/readme/test_http.conf" \
    nginx_up examples/openresty/nginx.conf || exit 1
  main_prefix=$prefix main_port=$port
  # the main nginx's stand-in ports (HS_NGINX_PORT_8081 ...): a second
  # nginx_up exports its own, and the specs talk to the main one's
  main_ports=$(env | grep '^HS_NGINX_PORT_808[1-9]=' | tr '\n' ' ')
  # over HTTP/1.1, a second nginx with two workers for httpstatus.budget
  # (spec/nginx/budget.conf): the same counts whichever worker answers
  budget_env=""
  if [ "${HS_NGINX_HTTP:-1}" = 1 ]; then
    nginx_others=$prefix prefix=""
    NGINX_EXTRA_LUA_PATH="$(pwd)/spec/nginx/?.lua" NGINX_EXTRA_LOCATIONS="" NGINX_EXTRA_HTTP="" \
      nginx_up spec/nginx/budget.conf || exit 1
    budget_env="HS_BUDGET_PORT=$port HS_BUDGET_ERROR_LOG=$prefix/logs/error.log"
  fi
  # every spec, then the error log's check of what they left there
  # shellcheck disable=SC2086
  env $budget_env $main_ports \
    HS_NGINX_README_BLOCKS=$(grep -c "location = /readme/" build/readme/locations.conf) \
    HS_NGINX_PORT=$main_port HS_NGINX_HTTP=${HS_NGINX_HTTP:-1} \
    HS_NGINX_ERROR_LOG="$main_prefix/logs/error.log" \
    HS_NGINX_PID_FILE="$main_prefix/logs/nginx.pid" \
    luajit /usr/bin/busted --run=nginx -o plainTerminal --cpath="build/luajit/?.so" \
    spec/nginx spec/nginx/error_log.lua
}

if [ "${1:-}" = once ]; then
  once
  exit
fi

# one run: BINARY HTTP LABEL; prints "LABEL: <busted's summary>" (all of
# busted's output when something failed) and adds to the tally
passed=0
failed=0
run() {
  name=$3 log=build/nginx-test-$passed-$failed.log
  start=$(date +%s)
  NGINX=$1 HS_NGINX_HTTP=$2 sh scripts/nginx_test.sh once >"$log" 2>&1
  summary=$(grep -E '^[0-9]+ success(es)? / [0-9]+ failures? / [0-9]+ errors?' "$log" | tail -n 1)
  if [ -z "$summary" ]; then
    cat "$log"; failed=$((failed + 1)); echo "FAIL  $name: no summary"; return
  fi
  # shellcheck disable=SC2086
  set -- $summary
  passed=$((passed + $1)); failed=$((failed + $4 + $7))
  [ $(($4 + $7)) -ne 0 ] && cat "$log"
  echo "$name: $summary ($(($(date +%s) - start)) s in all)"
}

# the label of a run on $NGINX over HTTP/$1
label() {
  http=HTTP/1.1
  [ "$1" = 2 ] && http=h2c
  echo "nginx $(nginx_version) ($NGINX), $http"
}

mkdir -p build
if [ -n "$given" ]; then
  run "$NGINX" 1 "$(label 1)"
  if nginx_can_h2c; then
    run "$NGINX" 2 "$(label 2)"
  else
    echo "nginx $(nginx_version) ($NGINX): no h2c run (needs --with-http_v2_module, nginx 1.25.1+)"
  fi
else
  run nginx 1 "$(NGINX=nginx label 1)"
  modern=build/openresty/nginx/sbin/nginx
  sh scripts/openresty.sh
  case $? in
    0) run "$modern" 1 "$(NGINX=$modern label 1)"; run "$modern" 2 "$(NGINX=$modern label 2)" ;;
    77) ;;
    *) failed=$((failed + 1)) ;;
  esac
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
