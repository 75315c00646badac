#!/bin/sh
# make demo: build for Lua 5.4, then show the main jobs on bundled input: a
# few hs.* calls, the httpstatus command in English and Korean, an access
# log summarized, and (when nginx with ngx_lua is installed) one request
# answered through httpstatus.ngx. Nothing is cut short.
set -u
cd "$(dirname "$0")/.." || exit 1
. scripts/runtimes.sh
# shellcheck disable=SC2046
sh scripts/deps.sh gcc make $(runtime_packages 5.4) || exit 1
make -s LUA_VERSION=5.4 BUILD_DIR=build/5.4 || exit 1
export LUA_PATH="lua/?.lua;lua/?/init.lua;;"
export LUA_CPATH="build/5.4/?.so;;"

if [ -t 1 ]; then bold='\033[1m' plain='\033[0m'; else bold='' plain=''; fi
step() { printf "\n${bold}\$ %s${plain}\n" "$*"; }

step 'lua5.4   # a few calls of the library (hs = require "httpstatus")'
lua5.4 - <<'LUA'
local hs = require "httpstatus"
local function show(expr, ...) print(("%-44s --> %s"):format(expr, table.concat({ ... }, ", "))) end
show('hs.reason(404)', hs.reason(404))
show('hs.reason(404, { lang = "ko" })', hs.reason(404, { lang = "ko" }))
show('hs.code("Payload Too Large")', hs.code("Payload Too Large"))
show('hs.class(499), hs.is_error(499)', hs.class(499), tostring(hs.is_error(499)))
show('hs.status_line(429)', hs.status_line(429))
show('hs.should_retry(503, "POST")', tostring((hs.should_retry(503, "POST"))),
  select(2, hs.should_retry(503, "POST")))
show('hs.retry_after("Sun, 06 Nov 1994 08:51:37 GMT", 784111777)',
  hs.retry_after("Sun, 06 Nov 1994 08:51:37 GMT", 784111777))
show('hs.problem_json(404, { detail = "no order 7" })', hs.problem_json(404, { detail = "no order 7" }))
LUA

step httpstatus 404
lua5.4 bin/httpstatus 404
step httpstatus --lang ko 429
lua5.4 bin/httpstatus --lang ko 429
step httpstatus payload to large
lua5.4 bin/httpstatus payload to large
step httpstatus 499
lua5.4 bin/httpstatus 499
step httpstatus parse "'HTTP/1.1 503 Service Unavailable'"
lua5.4 bin/httpstatus parse "HTTP/1.1 503 Service Unavailable"
step httpstatus log examples/data/access.log
lua5.4 bin/httpstatus log examples/data/access.log

if command -v nginx >/dev/null 2>&1 && [ -e /usr/lib/nginx/modules/ngx_http_lua_module.so ]; then
  . scripts/nginx.sh
  if nginx_up examples/openresty/nginx.conf >/dev/null 2>&1; then
    step "GET /nowhere with Accept: application/json   # examples/openresty, through hsngx.exit"
    luajit - "$port" <<'LUA'
local socket = require "socket"
local c = assert(socket.connect("127.0.0.1", tonumber(arg[1])))
c:send("GET /nowhere HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
  .. "Connection: close\r\n\r\n")
io.write((assert(c:receive("*a")):gsub("\r\n", "\n")), "\n")
c:close()
LUA
    nginx_down
  fi
else
  printf "\n(nginx with ngx_lua is not installed: apt-get install nginx libnginx-mod-http-lua\n"
  printf " shows one request answered through httpstatus.ngx here)\n"
fi
