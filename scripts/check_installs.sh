#!/bin/sh
# Installs as users do them: `luarocks make` into a temporary tree for each
# of Lua 5.1-5.4, then the module required from that tree alone and the
# command run from it; `luarocks lint`; `make install` into a staging
# DESTDIR followed by `make uninstall`, which must leave nothing behind.
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/httpstatus-installs.XXXXXX)
trap 'rm -rf "$work"' EXIT

luarocks lint httpstatus-scm-1.rockspec

for v in 5.1 5.2 5.3 5.4; do
  # a copy of the sources: the builtin build writes objects next to them.
  # LUA_PATH and LUA_CPATH below name only the tree (no ";;"): nothing else
  # can satisfy the require
  src="$work/src-$v" tree="$work/tree-$v"
  mkdir -p "$src"
  cp -r csrc lua bin doc completion types httpstatus-scm-1.rockspec "$src/"
  (cd "$src" && luarocks --lua-version="$v" --tree="$tree" make httpstatus-scm-1.rockspec \
    >"$work/luarocks-$v.log" 2>&1) || { cat "$work/luarocks-$v.log"; exit 1; }
  LUA_PATH="$tree/share/lua/$v/?.lua;$tree/share/lua/$v/?/init.lua" \
  LUA_CPATH="$tree/lib/lua/$v/?.so" "lua$v" -e '
    local hs = require "httpstatus"
    assert(hs.reason(404) == "Not Found" and hs.code("payload too large") == 413)
    assert(hs.reason(404, { lang = "ko" }) == "찾을 수 없음")
    assert(hs.status_line(200) == "HTTP/1.1 200 OK")
    assert(require("httpstatus.ngx"), "httpstatus.ngx is installed")'
  # luarocks wraps the command in a script that sets the paths itself
  out=$("$tree/bin/httpstatus" 404 2>&1 || true)
  case "$out" in
    *"404 Not Found"*) ;;
    *) echo "the installed command failed for $v: $out"; exit 1 ;;
  esac
  echo "luarocks make for Lua $v: ok"
done

# building never breaks for users: OpenResty's own header tree through
# LUA_INCDIR; one clear line for missing headers and for an unsupported version
resty="$work/openresty/luajit/include/luajit-2.1"
mkdir -p "$resty" && cp /usr/include/luajit-2.1/*.h "$resty/"
make -s LUA_VERSION=5.1 LUA_INCDIR="$resty" BUILD_DIR="$work/build-resty" CFLAGS="-O1 -w"
test -f "$work/build-resty/httpstatus/core.so"
if out=$(make -s LUA_VERSION=5.3 LUA_INCDIR=/nonexistent BUILD_DIR="$work/b1" 2>&1); then
  echo "a build without headers succeeded"; exit 1; fi
case "$out" in *"no lua.h in /nonexistent"*"liblua5.3-dev"*"LUA_INCDIR"*) ;;
  *) echo "unclear message for missing headers: $out"; exit 1 ;; esac
if out=$(make -s LUA_VERSION=5.5 BUILD_DIR="$work/b2" 2>&1); then
  echo "LUA_VERSION=5.5 was accepted"; exit 1; fi
case "$out" in *"LUA_VERSION=5.5 is not supported"*) ;;
  *) echo "unclear message for LUA_VERSION=5.5: $out"; exit 1 ;; esac
echo "builds: OpenResty's LUA_INCDIR form, clear lines for missing headers and 5.5"

stage="$work/stage"
make -s install DESTDIR="$stage" PREFIX=/usr/local LUA_VERSION=5.4
test -f "$stage/usr/local/share/lua/5.4/httpstatus/locale/ko.lua"
test -x "$stage/usr/local/bin/httpstatus"
test -f "$stage/usr/local/lib/lua/5.4/httpstatus/core.so"
test -f "$stage/usr/local/share/man/man1/httpstatus.1"
test -f "$stage/usr/local/share/bash-completion/completions/httpstatus"
test -f "$stage/usr/local/share/zsh/site-functions/_httpstatus"
make -s uninstall DESTDIR="$stage" PREFIX=/usr/local LUA_VERSION=5.4
if [ -e "$stage" ]; then echo "make uninstall left: $(find "$stage")"; exit 1; fi
echo "make install + uninstall: nothing left behind"

# a user's own prefix: the command finds its modules with no LUA_PATH set,
# a second Lua version gets its own command and says which one httpstatus runs
home="$work/home"
make -s install PREFIX="$home/.local" LUA_VERSION=5.4 >/dev/null
note=$(make -s install PREFIX="$home/.local" LUA_VERSION=5.1 BUILD_DIR=build/5.1)
case "$note" in *"now runs Lua 5.1 (httpstatus-5.4 stays)"*) ;;
  *) echo "no note about the second version: $note"; exit 1 ;; esac
for cmd in httpstatus httpstatus-5.4 httpstatus-5.1; do
  out=$(cd / && env -u LUA_PATH -u LUA_CPATH -u LUA_PATH_5_4 -u LUA_CPATH_5_4 \
    "$home/.local/bin/$cmd" 404 2>&1) || { echo "$cmd failed: $out"; exit 1; }
  case "$out" in *"404 Not Found"*) ;; *) echo "$cmd: $out"; exit 1 ;; esac
done
MANPATH="$home/.local/share/man" man -w httpstatus >/dev/null 2>&1 ||
  test -f "$home/.local/share/man/man1/httpstatus.1"
echo "make install PREFIX=~/.local for 5.4 and 5.1: both commands run without LUA_PATH"
