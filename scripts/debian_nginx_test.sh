#!/bin/sh
# README's setup for Debian's packaged nginx, done as a user would on a copy
# of /etc/nginx: the two ```nginx blocks of README.md whose first line names
# a file under /etc/nginx/ are written to that file in build/debian-nginx
# (a copy of /etc/nginx), the copy's own paths (includes, pid, logs) and
# the blocks' Lua paths and port pointed at build/ and this checkout, then
# Debian's nginx runs it with -p and -c, answers one request through
# httpstatus.ngx, and stops. Nothing outside build/ is touched.
set -eu
cd "$(dirname "$0")/.."
. scripts/runtimes.sh
# shellcheck disable=SC2046
sh scripts/deps.sh nginx libnginx-mod-http-lua lua-socket gcc make $(runtime_packages luajit)
# shellcheck disable=SC2046
make -s $(runtime_make_args luajit)
repo=$(pwd)
etc=$repo/build/debian-nginx
rm -rf "$etc"
cp -a /etc/nginx "$etc"
mkdir -p "$etc/logs"
# the package's default site listens on port 80, which is not ours to take;
# its load_module lines name modules/ under the prefix
rm -f "$etc/sites-enabled/default"
ln -s /usr/share/nginx/modules "$etc/modules"

# the README's blocks, each into the file its first line names
awk -v etc="$etc" '
  /^ *```nginx$/ { n = 1; next }
  /^ *```$/ { n = 0; out = ""; next }
  n == 1 { n = 2; if (match($0, /# \/etc\/nginx\/[^:]*/)) out = etc substr($0, RSTART + 12, RLENGTH - 12) }
  n == 2 && out != "" { sub(/^   /, ""); print > out }
' README.md
for f in conf.d/httpstatus.conf sites-enabled/httpstatus; do
  [ -s "$etc/$f" ] || { echo "README.md has no \`\`\`nginx block for /etc/nginx/$f"; exit 1; }
done
# test-only, beside the README's server on its port: a reason given to exit,
# which this ngx_lua cannot send, so httpstatus.ngx says so at warn; the
# README's files must make that warning reach the log (Debian's nginx.conf
# logs only errors)
cat > "$etc/sites-enabled/test-reason" <<'NGINX'
server {
  listen 8080;
  server_name reason.test;
  location / {
    content_by_lua_block {
      return require("httpstatus.ngx").exit(404, { reason = "Gone Fishing" })
    }
  }
}
NGINX

port=$(luajit -e 'local s = require("socket").bind("127.0.0.1", 0)
  local _, p = s:getsockname() s:close() print(p)')
user=""
[ "$(id -u)" -eq 0 ] && user="user root root;"
for f in "$etc/nginx.conf" "$etc/conf.d/httpstatus.conf" "$etc/sites-enabled/httpstatus" \
  "$etc/sites-enabled/test-reason"; do
  sed -i -e "s|/etc/nginx/|$etc/|g" -e "s|/var/log/nginx/|$etc/logs/|g" \
    -e "s|/run/nginx.pid|$etc/logs/nginx.pid|" -e "s|^user .*;|$user|" \
    -e "s|^worker_processes .*;|worker_processes 1;|" \
    -e "s|/usr/local/share/lua/5.1/|$repo/lua/|" -e "s|/usr/local/lib/lua/5.1/|$repo/build/luajit/|" \
    -e "s|listen 8080;|listen 127.0.0.1:$port;|" "$f"
done

stop() {
  [ -s "$etc/logs/nginx.pid" ] && kill "$(cat "$etc/logs/nginx.pid")" 2>/dev/null
  sleep 0.2
}
trap stop EXIT
nginx -p "$etc/" -c "$etc/nginx.conf" -e "$etc/logs/error.log" -t -q ||
  { echo "nginx -t refused the copy"; exit 1; }
nginx -p "$etc/" -c "$etc/nginx.conf" -e "$etc/logs/error.log" ||
  { cat "$etc/logs/error.log"; exit 1; }
luajit - "$port" <<'LUA' || { cat "$etc/logs/error.log"; exit 1; }
local socket = require "socket"
local c
for _ = 1, 50 do
  c = socket.connect("127.0.0.1", tonumber(arg[1]))
  if c then break end
  socket.sleep(0.1)
end
assert(c, "nginx did not listen")
c:send("GET /orders/7 HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
  .. "Connection: close\r\n\r\n")
local answer = assert(c:receive("*a"))
c:close()
assert(answer:find("^HTTP/1.1 404 "), answer)
assert(answer:find("\r\nContent%-Type: application/problem%+json\r\n"), answer)
assert(answer:find('"detail":"nothing at /orders/7"', 1, true), answer)
c = assert(socket.connect("127.0.0.1", tonumber(arg[1])))
c:send("GET / HTTP/1.1\r\nHost: reason.test\r\nConnection: close\r\n\r\n")
answer = assert(c:receive("*a"))
c:close()
assert(answer:find("^HTTP/1.1 404 Not Found\r\n"), answer) -- nginx's phrase: 0.10.23
print("Debian's nginx with README's conf.d and sites-enabled files: 404 problem+json")
LUA
if grep -E '\[(error|alert|emerg)\]' "$etc/logs/error.log"; then exit 1; fi
grep -q '\[warn\].*opts\.reason is not sent' "$etc/logs/error.log" || {
  echo "the warning that exit's reason was dropped is not in the error log (its level?)"
  cat "$etc/logs/error.log"
  exit 1
}
echo "and its warnings reach the error log"
