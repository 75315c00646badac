#!/bin/sh
# Run spec/nginx/ against a real nginx serving examples/openresty/: a fresh
# prefix in a temporary folder, a free port on 127.0.0.1, the module from
# build/luajit. nginx is stopped by its pid whatever happens.
# Prints busted's summary line last; exits non-zero when anything failed.
set -u
cd "$(dirname "$0")/.." || exit 1
repo=$(pwd)

make -s LUA_VERSION=5.1 LUA_INCDIR=/usr/include/luajit-2.1 BUILD_DIR=build/luajit || exit 1

prefix=$(mktemp -d /tmp/httpstatus-nginx.XXXXXX)
chmod 755 "$prefix"
stop() {
  if [ -s "$prefix/logs/nginx.pid" ]; then
    kill "$(cat "$prefix/logs/nginx.pid")" 2>/dev/null
    sleep 0.2
  fi
  rm -rf "$prefix"
}
trap stop EXIT INT TERM
mkdir -p "$prefix/logs" "$prefix/conf"

# a port nobody listens on: ask the kernel for one, then let it go
port=$(luajit -e 'local s = require("socket").bind("127.0.0.1", 0)
  local _, p = s:getsockname() s:close() print(p)') || exit 1

# the example configuration, pointed at this checkout; as root the workers
# run as root too, so they can read a checkout under /root
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root root;"
sed -e "s|listen 127.0.0.1:8080;|listen 127.0.0.1:$port;|" \
    -e "s|lua_package_path \"[^\"]*\";|lua_package_path \"$repo/lua/?.lua;$repo/lua/?/init.lua;;\";|" \
    -e "s|lua_package_cpath \"[^\"]*\";|lua_package_cpath \"$repo/build/luajit/?.so;;\";|" \
    -e "s|content_by_lua_file examples/openresty/handler.lua;|content_by_lua_file $repo/examples/openresty/handler.lua;|" \
    -e "s|^worker_processes 1;|$user_line\nworker_processes 1;|" \
    examples/openresty/nginx.conf > "$prefix/conf/nginx.conf"

if ! nginx -p "$prefix/" -c conf/nginx.conf -e logs/error.log; then
  echo "nginx did not start"; cat "$prefix/logs/error.log" 2>/dev/null; exit 1
fi
tries=0
until luajit -e "assert(require('socket').connect('127.0.0.1', $port))" 2>/dev/null; do
  tries=$((tries + 1))
  if [ "$tries" -gt 50 ]; then echo "nginx did not listen on $port"; exit 1; fi
  sleep 0.1
done

HS_NGINX_PORT=$port HS_NGINX_ERROR_LOG="$prefix/logs/error.log" \
  luajit /usr/bin/busted --run=nginx -o plainTerminal --cpath="build/luajit/?.so"
