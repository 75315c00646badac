# Sourced: start and stop a throwaway nginx for the tests and the benchmark.
#   nginx_up CONF   start nginx with configuration CONF (a template in the
#                   repository, see below) on a free port of 127.0.0.1;
#                   sets $prefix (a fresh temporary folder) and $port
#   nginx_down      stop it (and those in $nginx_others) by its pid and remove
#                   the folder (also on exit)
#   nginx_lua_built_in, nginx_can_h2c, nginx_version: what $NGINX is
# The binary is $NGINX: Debian's nginx by default, or any nginx with
# ngx_lua (OpenResty's, build/openresty's). When ngx_lua is compiled into
# it, CONF's load_module lines for the Debian modules are left out. nginx
# itself never sees NGINX in its environment: it reads that variable as
# sockets inherited from an old master (and then stays in the foreground).
# In CONF, "listen 127.0.0.1:8080;", the two lua_package_*path lines and
# paths under examples/, bench/, spec/ or build/readme/ are pointed at this checkout and its
# build/luajit module (NGINX_EXTRA_LUA_PATH, when set, is added to the Lua
# path: the tests' stand-ins). Test-only configuration, rewritten the same
# way: NGINX_EXTRA_LOCATIONS names a file of location blocks to include in
# the server, NGINX_EXTRA_HTTP a file to include in the http block (caches,
# more servers). HS_NGINX_HTTP=2 adds "http2 on;" to the listen line: h2c
# with prior knowledge beside HTTP/1.1 (nginx 1.25.1 or later). More ports
# for test servers: 127.0.0.1:8081 ... 127.0.0.1:8089 each stand for a free
# port of their own, exported as HS_NGINX_PORT_8081 ... (a "listen
# 127.0.0.1:808N;" line gets "http2 on;" like the main one; nobody listens
# on one that no server names). As root, workers run as root too, so they
# can read a checkout under /root.
repo=$(pwd)
prefix=""
port=""
NGINX=${NGINX:-nginx}

# nginx_others: the prefixes of nginxes started before this one (a test
# that runs two moves $prefix there before the second nginx_up); mktemp's
# names hold no space
nginx_others=""

nginx_down() {
  for p in $prefix $nginx_others; do
    if [ -s "$p/logs/nginx.pid" ]; then
      kill "$(cat "$p/logs/nginx.pid")" 2>/dev/null
      sleep 0.2
    fi
    rm -rf "$p"
  done
  prefix="" nginx_others=""
}

# "1.29.2": the nginx version $NGINX says it is (OpenResty's "1.27.1.2" too)
nginx_version() {
  env -u NGINX "$NGINX" -v 2>&1 | sed -n 's|^nginx version: [^/]*/\([0-9][0-9.]*\).*|\1|p'
}

# Is ngx_lua compiled into $NGINX (OpenResty names it ngx_lua-*, the
# sources lua-nginx-module)?
nginx_lua_built_in() {
  env -u NGINX "$NGINX" -V 2>&1 | grep -Eq -- '--add-module=[^ ]*(lua-nginx-module|ngx_lua)'
}

# Can $NGINX serve h2c beside HTTP/1.1 on one port ("http2 on;": 1.25.1)?
nginx_can_h2c() {
  env -u NGINX "$NGINX" -V 2>&1 | grep -q -- '--with-http_v2_module' &&
    nginx_version | awk -F. '{ exit !($1 > 1 || ($1 == 1 && ($2 > 25 || ($2 == 25 && $3 >= 1)))) }'
}

# CONF or a test file, pointed at this checkout and the port
nginx_conf() {
  sed -e "s|listen 127.0.0.1:8080;|$listen|" -e "s|127\.0\.0\.1:8080|127.0.0.1:$port|g" \
      -e "s|lua_package_path \"[^\"]*\";|lua_package_path \"$repo/lua/?.lua;$repo/lua/?/init.lua;${NGINX_EXTRA_LUA_PATH:+$NGINX_EXTRA_LUA_PATH;};\";|" \
      -e "s|lua_package_cpath \"[^\"]*\";|lua_package_cpath \"$repo/build/luajit/?.so;;\";|" \
      -e "s| examples/| $repo/examples/|g" -e "s| bench/| $repo/bench/|g" \
      -e "s| build/readme/| $repo/build/readme/|g" \
      -e "s| spec/| $repo/spec/|g" -e "$drop_modules" \
      -e "s|^worker_processes \([0-9][0-9]*\);|$user_line\nworker_processes \1;|" -f "$prefix/ports.sed" "$1"
}

nginx_up() {
  . scripts/runtimes.sh
  # shellcheck disable=SC2046
  make -s $(runtime_make_args luajit) || return 1
  prefix=$(mktemp -d /tmp/httpstatus-nginx.XXXXXX) || return 1
  chmod 755 "$prefix"
  # a signal ends the script, and its end stops nginx (a reader that went
  # away, as in `sh bench/nginx.sh | head`, is SIGPIPE)
  trap nginx_down EXIT
  trap 'exit 1' INT TERM HUP PIPE
  mkdir -p "$prefix/logs" "$prefix/conf"
  # ports nobody listens on: ask the kernel for ten at once (so they
  # differ), then let them go; the first is the main one, the others stand
  # for 127.0.0.1:8081 ... 8089
  ports=$(luajit -e 'local socket, held = require("socket"), {}
    for i = 1, 10 do held[i] = assert(socket.bind("127.0.0.1", 0)) end
    for i = 1, 10 do local _, p = held[i]:getsockname() io.write(p, " ") end
    for i = 1, 10 do held[i]:close() end') || return 1
  up_conf=$1
  # shellcheck disable=SC2086
  set -- $ports
  port=$1
  h2=""
  [ "${HS_NGINX_HTTP:-1}" = 2 ] && h2="\n    http2 on;"
  : > "$prefix/ports.sed"
  for n in 1 2 3 4 5 6 7 8 9; do
    shift
    printf '%s\n' "s|listen 127.0.0.1:808$n;|listen 127.0.0.1:$1;$h2|" \
      "s|127\.0\.0\.1:808$n|127.0.0.1:$1|g" >> "$prefix/ports.sed"
    export "HS_NGINX_PORT_808$n=$1"
  done
  user_line=""
  [ "$(id -u)" -eq 0 ] && user_line="user root root;"
  listen="listen 127.0.0.1:$port;$h2"
  drop_modules=""
  if nginx_lua_built_in; then
    drop_modules='/^load_module .*\/\(ndk_http_module\|ngx_http_lua_module\)\.so;/d'
  fi
  nginx_conf "$up_conf" > "$prefix/conf/nginx.conf"
  if [ -n "${NGINX_EXTRA_LOCATIONS:-}" ]; then
    nginx_conf "$NGINX_EXTRA_LOCATIONS" > "$prefix/conf/extra_locations.conf"
    sed -i "0,/^    location \/ {/s||    include extra_locations.conf;\n    location / {|" \
      "$prefix/conf/nginx.conf"
  fi
  if [ -n "${NGINX_EXTRA_HTTP:-}" ]; then
    nginx_conf "$NGINX_EXTRA_HTTP" > "$prefix/conf/extra_http.conf"
    sed -i "0,/^  server {/s||  include extra_http.conf;\n  server {|" "$prefix/conf/nginx.conf"
  fi
  if ! env -u NGINX "$NGINX" -p "$prefix/" -c conf/nginx.conf -e logs/error.log; then
    echo "nginx did not start"; cat "$prefix/logs/error.log" 2>/dev/null; return 1
  fi
  tries=0
  until luajit -e "assert(require('socket').connect('127.0.0.1', $port))" 2>/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -gt 50 ]; then echo "nginx did not listen on $port"; return 1; fi
    sleep 0.1
  done
}
