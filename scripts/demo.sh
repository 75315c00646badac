#!/bin/sh
# make demo: build for Lua 5.4 and run the bundled examples.
set -u
cd "$(dirname "$0")/.." || exit 1
sh scripts/deps.sh gcc make lua5.4 liblua5.4-dev || exit 1
make -s LUA_VERSION=5.4 BUILD_DIR=build/5.4 || exit 1
export LUA_PATH="lua/?.lua;lua/?/init.lua;;"
export LUA_CPATH="build/5.4/?.so;;"
lua5.4 examples/lookup.lua
