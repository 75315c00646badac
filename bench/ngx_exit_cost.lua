-- make bench: what httpstatus.ngx's exit costs inside one worker, beside
-- the hand-written handler's calls (bench/ngx_by_hand.lua), both with the
-- sending stubbed out (ngx.print, ngx.send_headers and ngx.exit do
-- nothing here, so the same request can be answered n times): ?n= calls
-- of each, timed with os.clock (the worker's CPU time) after a warm-up,
-- then the bytes a call of exit allocates.
-- A third handler is the hand-written one plus what exit reads and it does
-- not (ngx.headers_sent, the method, Accept), with the problem document
-- written by hs.problem_json rather than a constant: what a user who wants
-- exit's answers without httpstatus.ngx would write.
-- Answers "EXIT_NS BY_HAND_NS EXIT_BYTES READS_AND_WRITER_NS".
local hsngx = require "httpstatus.ngx"
local set_status = require("ngx.resp").set_status
local clock = os.clock
local n = tonumber(ngx.var.arg_n) or 100000
local BODY = '{"type":"about:blank","title":"Not Found","status":404,'
  .. '"detail":"no order 7","instance":"/orders/7"}'

local function with_httpstatus()
  return hsngx.exit(404, { detail = "no order 7", instance = "/orders/7" })
end
-- the sending of bench/ngx_by_hand.lua
local function send_by_hand(body)
  if set_status then set_status(404, "Not Found") else ngx.status = 404 end
  local header = ngx.header
  header["Vary"] = "Accept"
  header["Content-Type"] = "application/problem+json"
  header["Content-Length"] = #body
  ngx.print(body)
  return ngx.exit(ngx.HTTP_OK)
end
local function by_hand() return send_by_hand(BODY) end

local problem_json = require("httpstatus").problem_json
local function by_hand_reading()
  if ngx.headers_sent then error("headers sent") end
  local _, _ = ngx.req.get_method(), ngx.var.http_accept
  return send_by_hand(problem_json(404, { detail = "no order 7", instance = "/orders/7" }))
end

local function run(f, count)
  local t0 = clock()
  for _ = 1, count do f() end
  return (clock() - t0) / count * 1e9
end

local print, send_headers, exit = ngx.print, ngx.send_headers, ngx.exit
local function nothing() end
ngx.print, ngx.send_headers, ngx.exit = nothing, nothing, nothing
run(with_httpstatus, 20000)
run(by_hand, 20000)
run(by_hand_reading, 20000)
local exit_ns, hand_ns = run(with_httpstatus, n), run(by_hand, n)
local reading_ns = run(by_hand_reading, n)
collectgarbage()
collectgarbage("stop")
local kb = collectgarbage("count")
run(with_httpstatus, 10000)
local bytes = (collectgarbage("count") - kb) * 1024 / 10000
collectgarbage("restart")
ngx.print, ngx.send_headers, ngx.exit = print, send_headers, exit
local out = ("%.1f %.1f %.1f %.1f"):format(exit_ns, hand_ns, bytes, reading_ns)
ngx.header["Content-Length"] = #out
ngx.print(out)
