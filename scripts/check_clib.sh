#!/bin/sh
# libhttpstatus for C users: install it under a temporary prefix, build
# examples/c/status.c against it with pkg-config (shared and static), run
# both, then uninstall and check that nothing is left.
set -eu
cd "$(dirname "$0")/.."
prefix=$(mktemp -d /tmp/httpstatus-clib.XXXXXX)
trap 'rm -rf "$prefix"' EXIT
make -s install-lib PREFIX="$prefix"
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
flags=$(pkg-config --cflags --libs httpstatus)
# shellcheck disable=SC2086
cc -Wall -Wextra -Werror examples/c/status.c $flags -o "$prefix/status-shared"
# shellcheck disable=SC2086
cc -Wall -Wextra -Werror examples/c/status.c -I"$prefix/include" "$prefix/lib/libhttpstatus.a" \
  -o "$prefix/status-static"
out=$(LD_LIBRARY_PATH="$prefix/lib" "$prefix/status-shared" 413)
# built with the rpath the install hint names, it runs with no LD_LIBRARY_PATH
# shellcheck disable=SC2086
cc -Wall -Wextra -Werror examples/c/status.c $flags -Wl,-rpath,"$prefix/lib" -o "$prefix/status-rpath"
[ "$(env -u LD_LIBRARY_PATH "$prefix/status-rpath" 413)" = "$out" ] || { echo "rpath build failed"; exit 1; }
rm -f "$prefix/status-rpath"
echo "$out"
echo "$out" | grep -q '^413 Content Too Large (client_error, RFC 9110, Section 15.5.14)$'
echo "$out" | grep -q '"Payload Too Large" is 413 today'
[ "$("$prefix/status-static" 413)" = "$out" ]
if "$prefix/status-static" 999 2>/dev/null; then echo "999 should fail"; exit 1; fi
rm -f "$prefix/status-shared" "$prefix/status-static"
make -s uninstall-lib PREFIX="$prefix"
left=$(find "$prefix" -type f)
[ -z "$left" ] || { echo "left behind: $left"; exit 1; }
