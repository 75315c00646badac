#!/bin/sh
# The release as a user gets it: scripts/dist.sh writes the tarball and the
# .src.rock (twice: the bytes must not change), the tarball holds what a user
# needs and nothing of ours, then for Lua 5.1 and 5.4 the .src.rock is
# installed with `luarocks install` into an empty tree with no network (no
# rocks server configured, and inside a network namespace of its own when
# this machine allows one), the module is required from that tree alone and
# the tree's command is run. Exit status 0 when all of it holds, else 1;
# KEEP=1 keeps the work folder (logs, trees) in /tmp.
set -eu
cd "$(dirname "$0")/.."

sh scripts/deps.sh luarocks zip unzip tar gzip gcc lua5.1 liblua5.1-0-dev lua5.4 liblua5.4-dev ||
  exit 1

work=$(mktemp -d /tmp/httpstatus-release.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
fail() { echo "check_release: $*" >&2; exit 1; }

# ---- the files, and that they come out the same twice
sh scripts/dist.sh >"$work/dist.out" 2>"$work/dist.err" || { cat "$work/dist.err"; fail "dist.sh failed"; }
tarball=$(sed -n 1p "$work/dist.out")
rock=$(sed -n 2p "$work/dist.out")
{ [ -f "$tarball" ] && [ -f "$rock" ]; } || fail "dist.sh printed no tarball and rock: $(cat "$work/dist.out")"
cp "$tarball" "$work/first.tar.gz"
cp "$rock" "$work/first.src.rock"
sh scripts/dist.sh >/dev/null 2>&1 || fail "dist.sh failed the second time"
cmp -s "$tarball" "$work/first.tar.gz" || fail "the tarball differs between two runs of dist.sh"
cmp -s "$rock" "$work/first.src.rock" || fail "the .src.rock differs between two runs of dist.sh"
echo "dist.sh: $tarball and $rock, the same bytes twice"

name=$(basename "$tarball" .tar.gz) # httpstatus-VERSION
version=${name#httpstatus-}

# ---- what the tarball holds
tar -tzf "$tarball" >"$work/entries" || fail "$tarball is no gzip tar"
if grep -v "^$name/" "$work/entries" >"$work/stray"; then
  fail "entries outside $name/: $(head -n 5 "$work/stray")"
fi
for path in README.md LICENSE CHANGELOG.md Makefile "$name-1.rockspec" csrc/httpstatus.h \
  lua/httpstatus.lua lua/httpstatus/log.lua lua/httpstatus/cmd/main.lua bin/httpstatus \
  doc/httpstatus.1 completion/httpstatus.bash examples/openresty/nginx.conf types/httpstatus.lua; do
  grep -qx "$name/$path" "$work/entries" || fail "the tarball has no $path"
done
for folder in csrc lua lua/httpstatus/cmd bin doc completion examples types; do
  grep -q "^$name/$folder/." "$work/entries" || fail "the tarball has no $folder/"
done
if grep -E "^$name/(build|bench|spec|fuzz|\.ci)/|^$name/\.[^/]*$|\.(o|so|a)$" "$work/entries" \
  >"$work/unwanted"; then
  fail "the tarball holds what users do not need: $(head -n 5 "$work/unwanted")"
fi
tar -tvzf "$tarball" | awk '$2 != "0/0" { bad = 1; print } END { exit bad }' >"$work/owners" ||
  fail "entries not owned by 0/0: $(head -n 3 "$work/owners")"
echo "tarball: $(wc -l <"$work/entries") entries under $name/, the user's files only"

# ---- the .src.rock: the rockspec and the tarball at the top, as luarocks pack makes it
unzip -Z1 "$rock" | LC_ALL=C sort >"$work/rock-entries"
printf '%s\n' "$name-1.rockspec" "$name.tar.gz" | LC_ALL=C sort >"$work/rock-expected"
cmp -s "$work/rock-entries" "$work/rock-expected" ||
  fail "the .src.rock holds $(tr '\n' ' ' <"$work/rock-entries"), not the rockspec and the tarball"
unzip -p "$rock" "$name.tar.gz" | cmp -s - "$tarball" || fail "the .src.rock's tarball is not $tarball"
unzip -p "$rock" "$name-1.rockspec" | cmp -s - "$name-1.rockspec" ||
  fail "the .src.rock's rockspec is not $name-1.rockspec"
luarocks lint "$name-1.rockspec" >"$work/lint.log" 2>&1 || { cat "$work/lint.log"; fail "luarocks lint"; }
# the checkout's rockspec builds and installs what this one does: the
# installs below stand for `luarocks make` from a checkout on 5.1 and 5.4
# too (scripts/check_installs.sh makes 5.2 and 5.3)
lua5.4 - "$name-1.rockspec" httpstatus-scm-1.rockspec <<'LUA' || fail "the rockspecs build differently"
local function build(path)
  local env = {}
  assert(loadfile(path, "t", env))()
  return env.build, env.dependencies
end
local function same(a, b)
  if type(a) ~= "table" or type(b) ~= "table" then return a == b end
  for k, v in pairs(a) do if not same(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end
local b1, d1 = build(arg[1])
local b2, d2 = build(arg[2])
assert(b1 and same(b1, b2) and same(d1, d2), arg[1] .. " and " .. arg[2] .. " differ in build")
LUA
echo "src.rock: $name-1.rockspec and $name.tar.gz; luarocks lint passes; builds as the scm rockspec"

# ---- installs with no network
cat >"$work/luarocks-config.lua" <<'EOF'
-- no rocks server: an install that wanted to download anything fails
rocks_servers = {}
EOF
offline=""
if command -v unshare >/dev/null 2>&1 && unshare -n true 2>/dev/null; then
  offline="unshare -n" # a network namespace with no interface up
fi
cp "$rock" "$work/"
for v in 5.1 5.4; do
  tree="$work/tree-$v"
  # shellcheck disable=SC2086
  (cd "$work" && env HOME="$work/home" LUAROCKS_CONFIG="$work/luarocks-config.lua" $offline \
    luarocks --lua-version="$v" --tree="$tree" install "$work/$name-1.src.rock") \
    >"$work/install-$v.log" 2>&1 || { cat "$work/install-$v.log"; fail "luarocks install for Lua $v"; }
  # LUA_PATH and LUA_CPATH name only the tree (no ";;"): nothing else can
  # satisfy the require; from / so that no ./?.lua is at hand either
  (cd / && HS_TREE="$tree" LUA_PATH="$tree/share/lua/$v/?.lua;$tree/share/lua/$v/?/init.lua" \
    LUA_CPATH="$tree/lib/lua/$v/?.so" "lua$v" -e '
    local hs = require "httpstatus"
    assert(hs.reason(404) == "Not Found", "reason")
    assert(hs.code("payload too large") == 413, "code")
    assert(hs.reason(404, { lang = "ko" }) == "찾을 수 없음", "the Korean locale")
    assert(hs.status_line(503) == "HTTP/1.1 503 Service Unavailable", "status_line")
    assert(type(require("httpstatus.ngx").exit) == "function", "httpstatus.ngx")
    assert(package.searchpath == nil or
      package.searchpath("httpstatus.core", package.cpath):find(os.getenv("HS_TREE"), 1, true),
      "httpstatus.core from the tree")'
  ) >"$work/require-$v.log" 2>&1 ||
    { cat "$work/require-$v.log"; fail "require from the tree for Lua $v"; }
  out=$(cd / && env -u LUA_PATH -u LUA_CPATH "$tree/bin/httpstatus" 404 2>&1) ||
    fail "the tree's httpstatus 404 failed for Lua $v: $out"
  case "$out" in
    "404 Not Found"*) ;;
    *) fail "the tree's httpstatus 404 for Lua $v printed: $out" ;;
  esac
  # the command's other modules (httpstatus.cmd.*) are in the rock too
  out=$(cd / && env -u LUA_PATH -u LUA_CPATH "$tree/bin/httpstatus" --no-color log - </dev/null 2>&1) ||
    fail "the tree's httpstatus log for Lua $v failed: $out"
  out=$(cd / && env -u LUA_PATH -u LUA_CPATH "$tree/bin/httpstatus" --json html -o "$work/page-$v.html" 2>&1) ||
    fail "the tree's httpstatus html for Lua $v failed: $out"
  case "$out" in
    '{"bytes":'*'"written":'*) ;;
    *) fail "the tree's httpstatus --json html -o FILE for Lua $v printed: $out" ;;
  esac
  rockdir="$tree/lib/luarocks/rocks-$v/httpstatus/$version-1"
  { [ -f "$rockdir/doc/httpstatus.1" ] && [ -f "$rockdir/completion/httpstatus.bash" ]; } ||
    fail "the rock for Lua $v did not keep doc/ and completion/ ($rockdir)"
  echo "luarocks install $name-1.src.rock for Lua $v${offline:+, in a network namespace with no network}: ok"
done

# ---- the README's commands in the unpacked tarball: make, make install and
# make demo's build work there; make test and make check say they need a clone
tar -xzf "$tarball" -C "$work"
tree_dir="$work/$name"
make -s -C "$tree_dir" >"$work/make.log" 2>&1 || { cat "$work/make.log"; fail "make in the tarball"; }
make -s -C "$tree_dir" install PREFIX="$work/prefix" >"$work/make.log" 2>&1 ||
  { cat "$work/make.log"; fail "make install in the tarball"; }
out=$(cd / && env -u LUA_PATH -u LUA_CPATH "$work/prefix/bin/httpstatus" 404 2>&1 |
  sed 1q)
case "$out" in "404 Not Found") ;; *) fail "the tarball's make install: httpstatus 404 printed $out" ;; esac
for goal in test check; do
  if out=$(make -s -C "$tree_dir" "$goal" 2>&1); then fail "make $goal in the tarball succeeded"; fi
  case "$out" in *"make $goal needs a clone of the repository"*) ;;
    *) fail "make $goal in the tarball said: $out" ;; esac
done
echo "the tarball: make and make install work; make test and make check say they need a clone"

# ---- the version users see is the release's
got=$(cd / && LUA_PATH="$work/tree-5.4/share/lua/5.4/?.lua" LUA_CPATH="$work/tree-5.4/lib/lua/5.4/?.so" \
  lua5.4 -e 'print(require("httpstatus").VERSION)')
[ "$got" = "$version" ] ||
  fail "hs.VERSION is \"$got\" but the release is $version: set HTTPSTATUS_VERSION in csrc/httpstatus.h"
echo "hs.VERSION: $got"
