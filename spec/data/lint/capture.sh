#!/bin/sh
# Captures the corpus of spec/lint_corpus_spec.lua: what `curl -si` prints
# of responses the real-nginx test's servers send (static files, a
# directory listing, nginx's error pages, redirects, return directives, a
# proxy error, HEAD, 304), one file each, with the Date and the nginx
# version as they were. Run from the repository's root:
#   sh spec/data/lint/capture.sh              Debian's nginx
#   NGINX=build/openresty/nginx/sbin/nginx sh spec/data/lint/capture.sh
set -u
. scripts/nginx.sh
mkdir -p build/readme
cat spec/nginx/locations.conf > build/readme/lint_locations.conf
NGINX_EXTRA_LUA_PATH="$(pwd)/spec/nginx/?.lua" \
  NGINX_EXTRA_LOCATIONS="$(pwd)/build/readme/lint_locations.conf" \
  NGINX_EXTRA_HTTP="$(pwd)/spec/nginx/http.conf" \
  nginx_up examples/openresty/nginx.conf || exit 1
stack=debian
[ "$NGINX" = nginx ] || stack=openresty
out=spec/data/lint/$stack
mkdir -p "$out"
base="http://127.0.0.1:$port"
cap() { name=$1; shift; curl -s -i --max-time 10 "$@" > "$out/$name.http"; }
cap static "$base/lint-static/hello.txt"
cap static-head -I "$base/lint-static/hello.txt"
etag=$(sed -n 's/^[Ee][Tt]ag: \([^\r]*\)\r*$/\1/p' "$out/static.http")
cap static-304 -H "If-None-Match: $etag" "$base/lint-static/hello.txt"
cap listing "$base/lint-static/"
cap dir-redirect "$base/lint-static/dir"
cap not-found "$base/lint-static/missing"
cap post-static -X POST "$base/lint-static/hello.txt"
cap return-204 "$base/lint-return/204"
cap return-301-followed -L "$base/lint-return/301"
cap return-text "$base/lint-return/text"
cap return-403 "$base/lint-return/403"
cap proxy-502 "$base/lint-proxy/down"
cap handler-405 "$base/lint/good-405"
cap handler-bad-405 "$base/lint/bad-405"
echo "captured into $out"
