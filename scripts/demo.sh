#!/bin/sh
# make demo: build for Lua 5.4, then show the main jobs on bundled input:
# the httpstatus command in English and Korean, and the access-log classifier.
set -u
cd "$(dirname "$0")/.." || exit 1
sh scripts/deps.sh gcc make lua5.4 liblua5.4-dev || exit 1
make -s LUA_VERSION=5.4 BUILD_DIR=build/5.4 || exit 1
export LUA_PATH="lua/?.lua;lua/?/init.lua;;"
export LUA_CPATH="build/5.4/?.so;;"

if [ -t 1 ]; then bold='\033[1m' plain='\033[0m'; else bold='' plain=''; fi
step() { printf "\n${bold}\$ %s${plain}\n" "$*"; }

step httpstatus 404
lua5.4 bin/httpstatus 404
step httpstatus --lang ko 429
lua5.4 bin/httpstatus --lang ko 429
step httpstatus payload too large
lua5.4 bin/httpstatus payload too large | head -n 9
step httpstatus 499
lua5.4 bin/httpstatus 499
step httpstatus parse "'HTTP/1.1 503 Service Unavailable'"
lua5.4 bin/httpstatus parse "HTTP/1.1 503 Service Unavailable" | head -n 3
step lua examples/classify_log.lua examples/data/access.log
lua5.4 examples/classify_log.lua examples/data/access.log
