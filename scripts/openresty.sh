#!/bin/sh
# The modern OpenResty stack for the real-nginx test: nginx with
# lua-nginx-module and ngx_devel_kit compiled in and HTTP/2, on OpenResty's
# luajit2, with lua-resty-core and lua-resty-lrucache. Built offline from
# the unmodified sources in ../shared/vendor/openresty (test fixtures, never
# installed for users; their README says what bites) into build/openresty/,
# once: the build is kept and redone only when the sources (their
# SHA256SUMS) or this script change.
# Prints one line. Exit status: 0 ready (build/openresty/nginx/sbin/nginx),
# 77 skipped (no ../shared here, as in a user's clone), else failed (the
# log: build/openresty.log).
set -u
cd "$(dirname "$0")/.." || exit 1
vendor=../shared/vendor/openresty
out=build/openresty
log=build/openresty.log
SKIPPED=77

if [ ! -f "$vendor/SHA256SUMS" ]; then
  echo "nginx, modern stack: skipped ($vendor is absent); to run the real-nginx test on" \
    "your own OpenResty: make test-nginx NGINX=/usr/local/openresty/nginx/sbin/nginx"
  exit $SKIPPED
fi

# the sources must be the ones SHA256SUMS names, every time
if ! (cd "$vendor" && sha256sum --quiet --strict -c SHA256SUMS) >"$log.sums" 2>&1; then
  echo "openresty: the sources in $vendor do not match its SHA256SUMS:" \
    "$(tr '\n' ' ' < "$log.sums")"
  exit 1
fi
rm -f "$log.sums"

# one tarball per component; the versions in the line we print come from their names
tarball() {
  set -- "$vendor"/"$1"-*.tar.gz
  [ $# -eq 1 ] && [ -f "$1" ] || { echo "openresty: expected one $vendor/$1-*.tar.gz" >&2; return 1; }
  echo "$1"
}
nginx_tar=$(tarball nginx-release) && lua_tar=$(tarball lua-nginx-module) &&
  core_tar=$(tarball lua-resty-core) && lru_tar=$(tarball lua-resty-lrucache) &&
  jit_tar=$(tarball luajit2) && ndk_tar=$(tarball ngx_devel_kit) || exit 1
version() { basename "$1" .tar.gz | sed "s/^$2-v\{0,1\}//"; }
what="nginx $(version "$nginx_tar" nginx-release) + lua-nginx-module $(version "$lua_tar" \
lua-nginx-module) (luajit2 $(version "$jit_tar" luajit2), lua-resty-core $(version "$core_tar" \
lua-resty-core))"

stamp="$(sha256sum < "$vendor/SHA256SUMS" | cut -d' ' -f1) $(sha256sum < scripts/openresty.sh |
  cut -d' ' -f1)"
if [ -x "$out/nginx/sbin/nginx" ] && [ "$(cat "$out/stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "openresty: $what in $out, current"
  exit 0
fi

start=$(date +%s)
rm -rf "$out"
mkdir -p "$out/src"
P=$(pwd)/$out
jobs=$(nproc 2>/dev/null || echo 2)
# the compiler, the headers nginx needs (PCRE2 for regex locations, zlib for gzip)
build() {
  sh scripts/deps.sh gcc make libpcre2-dev zlib1g-dev &&
  for t in "$nginx_tar" "$lua_tar" "$core_tar" "$lru_tar" "$jit_tar" "$ndk_tar"; do
    tar -xzf "$t" -C "$out/src" || return 1
  done &&
  make -C "$out/src/luajit2" -j"$jobs" PREFIX="$P/luajit" &&
  make -C "$out/src/luajit2" install PREFIX="$P/luajit" &&
  (cd "$out/src/nginx" &&
    LUAJIT_LIB="$P/luajit/lib" LUAJIT_INC="$P/luajit/include/luajit-2.1" \
    ./auto/configure --prefix="$P/nginx" --with-ld-opt="-Wl,-rpath,$P/luajit/lib" \
      --add-module=../ngx_devel_kit --add-module=../lua-nginx-module --with-http_v2_module &&
    make -j"$jobs" && make install) &&
  make -C "$out/src/lua-resty-core" install PREFIX="$P/luajit" LUA_LIB_DIR="$P/luajit/share/lua/5.1" &&
  make -C "$out/src/lua-resty-lrucache" install PREFIX="$P/luajit" \
    LUA_LIB_DIR="$P/luajit/share/lua/5.1"
}
if ! build >"$log" 2>&1 || ! "$out/nginx/sbin/nginx" -V >>"$log" 2>&1; then
  tail -n 20 "$log" >&2
  echo "openresty: building $what failed; the log: $log"
  exit 1
fi
rm -rf "$out/src" # 60 MB of objects; the stamp decides, not they
echo "$stamp" > "$out/stamp"
echo "openresty: built $what in $out in $(($(date +%s) - start)) s"
