#!/bin/sh
# The reference page in a real browser: writes build/site/index.html with
# Lua 5.4, then spec/browser/page_test.js drives Debian's chromium (headless)
# through playwright-core, which is told where chromium is and never
# downloads a browser. Installs chromium (apt) and playwright-core (npm,
# into build/npm, from spec/browser/package.json) only when missing, so it
# runs offline once they are there. Leaves build/site/screenshot.png.
# The last line is "N passed, N failed"; the exit status is 1 on a failure.
#   BUILD_DIR   where the 5.4 core.so is built (default build/5.4)
#   CHROMIUM    the browser (default /usr/bin/chromium)
set -u
cd "$(dirname "$0")/.." || exit 1
BUILD_DIR=${BUILD_DIR:-build/5.4}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
NPM_DIR=build/npm
SITE=build/site

fail() {
  echo "browser_test: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}

[ -x "$CHROMIUM" ] || sh scripts/deps.sh chromium || fail "no chromium"
# a Korean font, so that the screenshot shows Hangul rather than boxes (optional)
sh scripts/deps.sh fonts-nanum >&2 ||
  echo "browser_test: no Korean font, Hangul shows as boxes in the screenshot" >&2
[ -x "$CHROMIUM" ] || fail "$CHROMIUM is not there"
command -v node >/dev/null 2>&1 || sh scripts/deps.sh nodejs npm || fail "no node"
if [ ! -f "$NPM_DIR/node_modules/playwright-core/package.json" ]; then
  command -v npm >/dev/null 2>&1 || fail "npm is needed once, to install playwright-core"
  mkdir -p "$NPM_DIR" || fail "cannot make $NPM_DIR"
  cp spec/browser/package.json "$NPM_DIR/package.json" || fail "cannot copy package.json"
  npm install --prefix "$NPM_DIR" --no-audit --no-fund --loglevel=error >/dev/null ||
    fail "npm install playwright-core failed"
fi

make -s LUA_VERSION=5.4 BUILD_DIR="$BUILD_DIR" >/dev/null || fail "cannot build core.so"
mkdir -p "$SITE"
LUA_PATH="lua/?.lua;;" LUA_CPATH="$BUILD_DIR/?.so;;" lua5.4 - "$SITE/index.html" <<'LUA' ||
local f = assert(io.open(arg[1], "wb"))
assert(f:write(require("httpstatus.cmd.html").html { lang = "en" }))
assert(f:close())
LUA
  fail "cannot write $SITE/index.html"
LUA_PATH="lua/?.lua;;" LUA_CPATH="$BUILD_DIR/?.so;;" lua5.4 spec/browser/search_words.lua \
  "$SITE/search_words.json" || fail "cannot write $SITE/search_words.json"

# Chromium as root needs --no-sandbox (the test passes it); its wrapper's
# own chatter goes to the log, not the report
CHROMIUM="$CHROMIUM" NODE_PATH="$NPM_DIR/node_modules" \
  timeout 120 node spec/browser/page_test.js "$SITE/index.html" "$SITE/screenshot.png" \
  "$SITE/search_words.json" \
  2>build/browser_test.log
status=$?
[ "$status" -eq 124 ] && fail "timed out (see build/browser_test.log)"
exit "$status"
