-- hs.lint's speed (bench/run.sh, one process per runtime): a typical
-- 10-field response table (target: under 10 microseconds on Lua 5.4), the
-- same response as raw bytes with a 16 KiB body, 100 heads without content
-- (and the same over HTTP/2, as curl prints it), curl -L output of a
-- redirect and a page, and raw bytes with a 100 MB body (MB/s; target
-- >= 50 MB/s, and the heap must not grow by the body: it is not copied).
-- Prints one tab-separated row per case:
--   name  unit  median  min  max  heap_kib
-- (unit "us" per call, or "MB/s"; medians of REPS repetitions).
--   LUA_PATH="lua/?.lua;;" LUA_CPATH="build/5.4/?.so;;" lua5.4 bench/lint_bench.lua
local hs = require "httpstatus"

local REPS = tonumber(os.getenv("BENCH_REPS") or "") or 15
local clock = os.clock

local DATE = "Sun, 06 Nov 1994 08:49:37 GMT"
local TABLE = { status = 200, body = string.rep("x", 120), headers = {
  ["Content-Type"] = "text/html; charset=utf-8", ["Content-Length"] = "120",
  Date = DATE, ["Last-Modified"] = DATE, ETag = '"5f1e-120"',
  ["Cache-Control"] = "public, max-age=3600", Vary = "Accept-Encoding",
  Server = "nginx", ["Accept-Ranges"] = "bytes", ["X-Request-Id"] = "abc123",
} }
assert(#hs.lint(TABLE) == 0)

local function raw_of(body)
  return "HTTP/1.1 200 OK\r\nServer: nginx\r\nDate: " .. DATE .. "\r\n"
    .. "Content-Type: text/html\r\nContent-Length: " .. #body .. "\r\n"
    .. "Last-Modified: " .. DATE .. "\r\nConnection: keep-alive\r\n"
    .. 'ETag: "5f1e-4000"\r\nAccept-Ranges: bytes\r\nVary: Accept-Encoding\r\n'
    .. "Cache-Control: max-age=60\r\n\r\n" .. body
end
local PAGE = raw_of(string.rep("<p>some page text</p>\n", 745)) -- 16 KiB
local FOLLOWED = "HTTP/1.1 301 Moved Permanently\r\nServer: nginx\r\nDate: " .. DATE
  .. "\r\nContent-Type: text/html\r\nContent-Length: 0\r\nLocation: /b\r\n\r\n" .. PAGE
assert(#hs.lint(PAGE) == 0 and #hs.lint(FOLLOWED) == 0)

local function median(t)
  table.sort(t)
  return t[math.floor((#t + 1) / 2)]
end

-- us per call over n calls, REPS times
local function per_call(name, subject, n)
  local times = {}
  for r = 1, REPS do
    local t0 = clock()
    for _ = 1, n do hs.lint(subject) end
    times[r] = (clock() - t0) / n * 1e6
  end
  table.sort(times)
  print(("%s\tus\t%.2f\t%.2f\t%.2f\t-"):format(name, median(times), times[1], times[#times]))
end

-- MB/s over the bytes of subject, and the heap growth of one call
local function throughput(name, subject, n)
  local rates = {}
  for r = 1, REPS do
    local t0 = clock()
    for _ = 1, n do hs.lint(subject) end
    local dt = clock() - t0
    rates[r] = #subject * n / 1e6 / (dt > 0 and dt or 1e-9)
  end
  collectgarbage()
  collectgarbage("stop")
  local before = collectgarbage("count")
  hs.lint(subject)
  local grown = collectgarbage("count") - before
  collectgarbage("restart")
  table.sort(rates)
  print(("%s\tMB/s\t%.0f\t%.0f\t%.0f\t%.0f"):format(name, median(rates), rates[1], rates[#rates],
    grown))
end

per_call("table, 10 fields", TABLE, 20000)
-- the worst case for MB/s: heads only, every byte read (100 heads, 10 fields)
local HEADS = string.rep(raw_of(""):gsub("200 OK", "204 No Content")
  :gsub("Content%-Length: 0\r\n", ""), 100)
assert(#hs.lint(HEADS) == 0)
throughput("raw, 100 heads, no content", HEADS, 200)
-- the same heads as curl prints them over HTTP/2: "HTTP/2 204", lower-case
-- names, no connection-specific field (which HTTP/2 has not)
local H2_HEADS = HEADS:gsub("HTTP/1%.1 204 No Content", "HTTP/2 204")
  :gsub("\n([%w-]+):", function(name) return "\n" .. name:lower() .. ":" end)
  :gsub("connection: keep%-alive\r\n", "")
assert(#hs.lint(H2_HEADS) == 0)
throughput("raw, HTTP/2, 100 heads, no content", H2_HEADS, 200)
throughput("raw, 16 KiB body", PAGE, 20000)
throughput("raw, curl -L: 301 then 16 KiB", FOLLOWED, 20000)
throughput("raw, 100 MB body", raw_of(string.rep("x", 100 * 1000 * 1000)), 200)
