# Sourced: start and stop a throwaway nginx for the tests and the benchmark.
#   nginx_up CONF   start nginx with configuration CONF (a template in the
#                   repository, see below) on a free port of 127.0.0.1;
#                   sets $prefix (a fresh temporary folder) and $port
#   nginx_down      stop it by its pid and remove the folder (also on exit)
# In CONF, "listen 127.0.0.1:8080;", the two lua_package_*path lines and
# paths under examples/ or bench/ are pointed at this checkout and its
# build/luajit module (NGINX_EXTRA_LUA_PATH, when set, is added to the Lua
# path: the tests' stand-ins; NGINX_EXTRA_LOCATIONS names a file of location
# blocks to include in the server). As root, workers run as root too, so they can
# read a checkout under /root.
repo=$(pwd)
prefix=""
port=""

nginx_down() {
  if [ -n "$prefix" ]; then
    if [ -s "$prefix/logs/nginx.pid" ]; then
      kill "$(cat "$prefix/logs/nginx.pid")" 2>/dev/null
      sleep 0.2
    fi
    rm -rf "$prefix"
    prefix=""
  fi
}

nginx_up() {
  . scripts/runtimes.sh
  # shellcheck disable=SC2046
  make -s $(runtime_make_args luajit) || return 1
  prefix=$(mktemp -d /tmp/httpstatus-nginx.XXXXXX) || return 1
  chmod 755 "$prefix"
  trap nginx_down EXIT INT TERM
  mkdir -p "$prefix/logs" "$prefix/conf"
  # a port nobody listens on: ask the kernel for one, then let it go
  port=$(luajit -e 'local s = require("socket").bind("127.0.0.1", 0)
    local _, p = s:getsockname() s:close() print(p)') || return 1
  user_line=""
  [ "$(id -u)" -eq 0 ] && user_line="user root root;"
  sed -e "s|listen 127.0.0.1:8080;|listen 127.0.0.1:$port;|" \
      -e "s|lua_package_path \"[^\"]*\";|lua_package_path \"$repo/lua/?.lua;$repo/lua/?/init.lua;${NGINX_EXTRA_LUA_PATH:+$NGINX_EXTRA_LUA_PATH;};\";|" \
      -e "s|lua_package_cpath \"[^\"]*\";|lua_package_cpath \"$repo/build/luajit/?.so;;\";|" \
      -e "s| examples/| $repo/examples/|g" -e "s| bench/| $repo/bench/|g" \
      -e "s|^worker_processes 1;|$user_line\nworker_processes 1;|" \
      "$1" > "$prefix/conf/nginx.conf"
  # NGINX_EXTRA_LOCATIONS: a file of location blocks for the tests, included
  # in the server block
  if [ -n "${NGINX_EXTRA_LOCATIONS:-}" ]; then
    cp "$NGINX_EXTRA_LOCATIONS" "$prefix/conf/extra_locations.conf"
    sed -i "0,/^    location \/ {/s||    include extra_locations.conf;\n    location / {|" \
      "$prefix/conf/nginx.conf"
  fi
  if ! nginx -p "$prefix/" -c conf/nginx.conf -e logs/error.log; then
    echo "nginx did not start"; cat "$prefix/logs/error.log" 2>/dev/null; return 1
  fi
  tries=0
  until luajit -e "assert(require('socket').connect('127.0.0.1', $port))" 2>/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -gt 50 ]; then echo "nginx did not listen on $port"; return 1; fi
    sleep 0.1
  done
}
