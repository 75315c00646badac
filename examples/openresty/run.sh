#!/bin/sh
# Try the OpenResty example: serves examples/openresty/nginx.conf from this
# checkout (the module built for LuaJIT into build/luajit) on a free port of
# 127.0.0.1, with a temporary prefix for its logs, prints requests to try,
# and stops nginx and removes the prefix on Ctrl-C.
#   sh examples/openresty/run.sh
# It rewrites the configuration's marked lines the way `make test` does
# (scripts/nginx.sh): the listen port, lua_package_path/cpath, the paths
# under examples/. Needs Debian's nginx and libnginx-mod-http-lua (or
# NGINX=/path/to/nginx: another nginx with ngx_lua, OpenResty's), LuaJIT
# and LuaSocket (installed when run as root, else named).
# shellcheck disable=SC1091,SC2154 # sourced from the checkout: port, prefix
set -u
cd "$(dirname "$0")/../.." || exit 1
. scripts/runtimes.sh
# Debian's nginx only when no other is named
nginx_pkgs="nginx libnginx-mod-http-lua"
[ -z "${NGINX:-}" ] || nginx_pkgs=""
# shellcheck disable=SC2046,SC2086
sh scripts/deps.sh $nginx_pkgs lua-socket gcc make \
  $(runtime_packages luajit) || exit 1
. scripts/nginx.sh

# /fetch needs lua-resty-http (opm get ledgetech/lua-resty-http, or luarocks
# --lua-version 5.1 install lua-resty-http); without it, a checkout has the
# real-nginx test's stand-in, which does the same calls
fetch_note=""
if ! luajit -e 'assert(package.searchpath("resty.http", package.path))' 2>/dev/null; then
  if [ -f spec/nginx/resty/http.lua ]; then
    NGINX_EXTRA_LUA_PATH="$(pwd)/spec/nginx/?.lua"
    export NGINX_EXTRA_LUA_PATH
    fetch_note="  (lua-resty-http is not installed: /fetch uses the test's stand-in)"
  else
    fetch_note="  (lua-resty-http is not installed: /fetch answers 501)"
  fi
fi
nginx_up examples/openresty/nginx.conf || exit 1
# nginx_up stops nginx on exit; Ctrl-C and kill must also end the script
trap nginx_down EXIT
trap 'echo; echo "stopping nginx"; exit 0' INT TERM HUP

url="http://127.0.0.1:$port"
cat <<EOF
nginx serves examples/openresty/handler.lua at $url
(prefix $prefix: conf/nginx.conf as started, logs/error.log, logs/access.log)

Try, in another terminal:
  curl -i $url/                                    # 200 with a body of ours
  curl -i $url/orders                              # 200, application/json
  curl -i -X POST $url/orders                      # 405 with Allow: GET, HEAD
  curl -i $url/nowhere                             # 404, plain text
  curl -i -H 'Accept: application/json' $url/nowhere   # 404 as problem+json
  curl -i -H 'Accept: text/html' $url/nowhere      # 404 as a small HTML page
  curl -i -H 'Accept: application/json' $url/limited   # 429, Retry-After, extension members
  curl -i $url/busy                                # 503 with Retry-After
  curl -i $url/private                             # 401 with WWW-Authenticate
  curl -i $url/old                                 # 301 to /new, no body
  curl -i $url/login                               # 303 to /welcome
  curl -i -H 'If-None-Match: "v1"' $url/cached     # 304, ETag, no body
  curl -i $url/teapot                              # 418
  curl -I $url/nowhere                             # HEAD: a GET's headers, no body
  curl -i $url/fetch                               # lua-resty-http, retried after a 503: 200
$fetch_note

Ctrl-C stops nginx.
EOF

# nginx runs as a daemon; stay until Ctrl-C, or until it is gone
while [ -s "$prefix/logs/nginx.pid" ] && kill -0 "$(cat "$prefix/logs/nginx.pid")" 2>/dev/null; do
  sleep 1
done
echo "nginx stopped by itself; its error log:"
cat "$prefix/logs/error.log"
exit 1
