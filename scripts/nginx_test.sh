#!/bin/sh
# Run spec/nginx/ against a real nginx serving examples/openresty/ (see
# scripts/nginx.sh). Prints busted's summary line last.
set -u
cd "$(dirname "$0")/.." || exit 1
. scripts/nginx.sh
# the README's blocks marked "-- needs nginx", each served at /readme/N
mkdir -p build/readme
luajit spec/nginx/readme_blocks.lua README.md "$(pwd)/build/readme" > build/readme/locations.conf ||
  exit 1
# the test stand-in for lua-resty-http (not a Debian package) lives in spec/nginx
NGINX_EXTRA_LUA_PATH="$(pwd)/spec/nginx/?.lua" \
  NGINX_EXTRA_LOCATIONS="$(pwd)/build/readme/locations.conf" \
  nginx_up examples/openresty/nginx.conf || exit 1
HS_NGINX_README_BLOCKS=$(grep -c "location = /readme/" build/readme/locations.conf) \
  HS_NGINX_PORT=$port HS_NGINX_ERROR_LOG="$prefix/logs/error.log" \
  HS_NGINX_PID_FILE="$prefix/logs/nginx.pid" \
  luajit /usr/bin/busted --run=nginx -o plainTerminal --cpath="build/luajit/?.so"
