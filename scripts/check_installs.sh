#!/bin/sh
# Installs as users do them: `luarocks make` from the checkout into a
# temporary tree for Lua 5.2 and 5.3 (leaving no build product in the
# source tree), then the module required from that tree alone and the
# command run from it (scripts/check_release.sh does the same for 5.1 and
# 5.4 with `luarocks install` of the .src.rock, whose rockspec builds as
# this one does: it checks that); a change of headers or CFLAGS rebuilds;
# `luarocks lint`; `make install` into a staging DESTDIR followed by `make
# uninstall`, which must leave nothing behind;
# install paths with a space (they work, and touch nothing beside them) and
# with characters make or the shell cannot carry (refused, nothing touched).
#
# All of it runs in a copy of the checkout (the files git knows, as a fresh
# clone has them): its builds never touch this checkout's build/, which
# make test's other parts are using at the same time. Its builds are -O0
# (CFLAGS, for make and luarocks): they are installed and run, not timed;
# the default flags build in every runtime's part of make test and in the
# release check's tarball.
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/httpstatus-installs.XXXXXX)
trap 'rm -rf "$work"' EXIT
git ls-files --cached --others --exclude-standard | while IFS= read -r f; do
  [ -f "$f" ] && printf '%s\n' "$f"
done | tar -cf - -T - | (mkdir "$work/checkout" && cd "$work/checkout" && tar -xf -)
cd "$work/checkout"
export CFLAGS=-O0
printf 'variables = { CFLAGS = "-O0 -fPIC" }\n' >"$work/luarocks-config.lua"

luarocks lint httpstatus-scm-1.rockspec

for v in 5.2 5.3; do
  # in the checkout itself, as users run it: the build goes to build/luarocks
  # (rebuilt for each version). LUA_PATH and LUA_CPATH below name only the
  # tree (no ";;"): nothing else can satisfy the require
  tree="$work/tree-$v"
  LUAROCKS_CONFIG="$work/luarocks-config.lua" \
    luarocks --lua-version="$v" --tree="$tree" make httpstatus-scm-1.rockspec \
    >"$work/luarocks-$v.log" 2>&1 || { cat "$work/luarocks-$v.log"; exit 1; }
  stray=$(find . -path ./build -prune -o -path ./.git -prune -o \
    \( -name '*.o' -o -name '*.so' -o -path ./httpstatus \) -print)
  [ -z "$stray" ] || { echo "luarocks make for $v left build products in the checkout: $stray"; exit 1; }
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
  # one real line (an empty log gets one sentence, not the report)
  out=$(printf '%s\n' '192.0.2.1 - - [14/Mar/2026:10:00:00 +0100] "GET / HTTP/1.1" 404 5 "-" "c"' |
    "$tree/bin/httpstatus" --no-color log - 2>&1 || true)
  case "$out" in
    "Lines: 1 total, 1 valid"*"404 Not Found"*) ;;
    *) echo "the installed command's log failed for $v: $out"; exit 1 ;;
  esac
  echo "luarocks make for Lua $v: ok"
done

# building never breaks for users: OpenResty's own header tree through
# LUA_INCDIR; one clear line for missing headers and for an unsupported version
resty="$work/openresty/luajit/include/luajit-2.1"
mkdir -p "$resty" && cp /usr/include/luajit-2.1/*.h "$resty/"
make -s LUA_VERSION=5.1 LUA_INCDIR="$resty" BUILD_DIR="$work/build-resty" CFLAGS="-O0 -w"
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

# another Lua's headers, CC or CFLAGS rebuild core.so (the build command is
# kept beside it); the same ones do not
# (-O0: these builds are only counted)
rebuilt() { make LUA_VERSION=5.1 BUILD_DIR="$work/b3" "$@" 2>&1 | grep -c -- '-shared' || true; }
[ "$(rebuilt CFLAGS=-O0)" = 1 ] || { echo "the first build did not compile"; exit 1; }
[ "$(rebuilt CFLAGS=-O0)" = 0 ] || { echo "the same build compiled again"; exit 1; }
[ "$(rebuilt CFLAGS=-O0 LUA_INCDIR=/usr/include/luajit-2.1)" = 1 ] ||
  { echo "LUA_INCDIR=/usr/include/luajit-2.1 reused the Lua 5.1 build"; exit 1; }
[ "$(rebuilt CFLAGS='-O0 -g' LUA_INCDIR=/usr/include/luajit-2.1)" = 1 ] ||
  { echo "CFLAGS='-O0 -g' reused the -O0 build"; exit 1; }
[ "$(rebuilt CFLAGS='-O0 -g' LUA_INCDIR=/usr/include/luajit-2.1)" = 0 ] ||
  { echo "the same flags compiled again"; exit 1; }
echo "builds: other headers or CFLAGS rebuild core.so, the same ones do not"

stage="$work/stage"
make -s install DESTDIR="$stage" PREFIX=/usr/local LUA_VERSION=5.4
test -f "$stage/usr/local/share/lua/5.4/httpstatus/locale/ko.lua"
test -f "$stage/usr/local/share/lua/5.4/httpstatus/cmd/main.lua"
test ! -e "$stage/usr/local/share/lua/5.4/httpstatus/cli.lua"
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
note=$(make -s install PREFIX="$home/.local" LUA_VERSION=5.1 BUILD_DIR=build/5.1 CFLAGS=-O0)
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

# README's two recipes, run as written there: from a checkout with LUA_PATH
# and LUA_CPATH, and under a PREFIX of one's own (HOME here is a fresh one)
readme_block() { # the ```sh block of README.md whose first line is $1
  awk -v first="$1" '/^```/ { if (inside) exit; if ($0 == "```sh") { n = 1; next } }
    n == 1 { if ($0 != first) { n = 0; next } inside = 1; n = 2 }
    inside { print }' README.md
}
for recipe in "# from a checkout: build for one Lua, then point that Lua at lua/ and build/" \
  "# under a PREFIX of your own"; do
  readme_block "$recipe" >"$work/recipe.sh"
  [ -s "$work/recipe.sh" ] || { echo "README.md has no \`\`\`sh block starting \"$recipe\""; exit 1; }
  # the checks after each: the modules come from where the recipe put them
  echo 'cd / && lua5.4 -e "assert(package.searchpath(\"httpstatus\", package.path):find(os.getenv(\"WHERE\"), 1, true))"' \
    >>"$work/recipe.sh"
  case $recipe in *checkout*) where=$(pwd)/lua ;; *) where=$work/recipe-home/.local ;; esac
  out=$(env -u LUA_PATH_5_4 -u LUA_CPATH_5_4 HOME="$work/recipe-home" WHERE="$where" \
    sh -e "$work/recipe.sh" 2>&1) || { echo "README's recipe \"$recipe\" failed: $out"; exit 1; }
  case $out in
    *"404  Not Found"*|*"Not Found"*) ;;
    *) echo "README's recipe \"$recipe\" printed: $out"; exit 1 ;;
  esac
done
echo "README's recipes: from a checkout, and under a PREFIX of one's own"

# install paths (#18 4.12). A space works: install and uninstall in
# "My Stuff" leave the sibling "My" (a folder in one place, a file in
# another) as it was, and uninstall keeps a file of the user's.
paths="$work/paths"
mkdir -p "$paths/d/My" "$paths/f"
echo keep >"$paths/f/My"
for parent in d f; do
  prefix="$paths/$parent/My Stuff"
  make -s install PREFIX="$prefix" LUA_VERSION=5.4 >/dev/null
  out=$(cd / && env -u LUA_PATH -u LUA_CPATH "$prefix/bin/httpstatus" 404 2>&1) ||
    { echo "the command in \"$prefix\" failed: $out"; exit 1; }
  case "$out" in "404 Not Found"*) ;; *) echo "\"$prefix\": $out"; exit 1 ;; esac
  echo mine >"$prefix/share/lua/5.4/httpstatus/mine.lua"
  make -s uninstall PREFIX="$prefix" LUA_VERSION=5.4 >/dev/null
  left=$(find "$prefix" ! -type d ! -name mine.lua)
  [ -z "$left" ] || { echo "make uninstall in \"$prefix\" left: $left"; exit 1; }
  [ "$(cat "$prefix/share/lua/5.4/httpstatus/mine.lua")" = mine ] ||
    { echo "make uninstall removed a file it did not install"; exit 1; }
done
[ -d "$paths/d/My" ] && [ "$(cat "$paths/f/My")" = keep ] ||
  { echo "install or uninstall in \"My Stuff\" touched \"My\""; exit 1; }
# a staging DESTDIR with a space: uninstall removes it, and nothing above it
mkdir -p "$paths/staged"
make -s install DESTDIR="$paths/staged/stage one" PREFIX=/usr/local LUA_VERSION=5.4 >/dev/null
make -s uninstall DESTDIR="$paths/staged/stage one" PREFIX=/usr/local LUA_VERSION=5.4
[ -d "$paths/staged" ] && [ ! -e "$paths/staged/stage one" ] ||
  { echo "uninstall from a staging tree with a space: $(find "$paths/staged")"; exit 1; }

# A path with a character make, the shell or the command's Lua cannot carry
# is refused, with a message, before anything is touched: nothing runs.
# (LUA_INCDIR given: 80 makes need not each ask pkg-config for the headers)
export LUA_INCDIR=/usr/include/lua5.4
rm -rf "$paths" && mkdir -p "$paths"
for var in PREFIX DESTDIR INST_LUADIR INST_BINDIR; do
  for bad in "$paths/a;touch $paths/ran" "$paths/it's" "$paths/a\$(shell touch $paths/ran)" \
    "$paths/\`touch $paths/ran\`" "$paths/a|b" "$paths/a&touch $paths/ran" "$paths/q\"x" \
    "$paths/back\\slash" "$paths/a
b"; do
    for goal in install uninstall; do
      if out=$(make -s "$goal" "$var=$bad" LUA_VERSION=5.4 2>&1); then
        echo "make $goal $var=$bad was accepted"; exit 1
      fi
      case "$out" in *"httpstatus: $var holds ["*"an install path may not hold"*) ;;
        *) echo "unclear refusal of make $goal $var=$bad: $out"; exit 1 ;; esac
    done
  done
done
for goal in install-lib uninstall-lib; do
  if out=$(make -s "$goal" PREFIX="$paths/a b" 2>&1); then echo "$goal took a space"; exit 1; fi
  case "$out" in *"PREFIX holds a space"*) ;; *) echo "$goal: $out"; exit 1 ;; esac
  if make -s "$goal" PREFIX="$paths/a;touch $paths/ran" >/dev/null 2>&1; then
    echo "$goal took a ;"; exit 1; fi
done
[ -z "$(ls -A "$paths")" ] || { echo "a refused install left or ran: $(ls -A "$paths")"; exit 1; }
echo "install paths: a space works and touches nothing beside it; ' \" \` \\ \$ ; | & and line breaks refused"
