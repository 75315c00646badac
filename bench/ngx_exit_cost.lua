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
-- A fourth is the least any handler that chooses its body from Accept
-- pays: the hand-written calls with the status set as exit sets it for a
-- 404 (ngx.status alone: nginx's phrase is ours) and Accept read, nothing
-- else: what exit would cost if all its own work were free.
-- Answers "EXIT_NS BY_HAND_NS EXIT_BYTES READS_AND_WRITER_NS FLOOR_NS".
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

local function floor()
  local _ = ngx.var.http_accept
  ngx.status = 404
  local header = ngx.header
  header["Vary"] = "Accept"
  header["Content-Type"] = "application/problem+json"
  header["Content-Length"] = #BODY
  ngx.print(BODY)
  return ngx.exit(ngx.HTTP_OK)
end

local function run(f, count)
  local t0 = clock()
  for _ = 1, count do f() end
  return (clock() - t0) / count * 1e9
end

-- The four timed in turn, 5 rounds of n / 5 calls, each the median of its
-- rounds: timed one after the other, the last drifted by what ran before
-- it.
local handlers = { with_httpstatus, by_hand, by_hand_reading, floor }
local function median_ns(count)
  local times = {}
  for h = 1, #handlers do times[h] = {} end
  for round = 1, 5 do
    for h = 1, #handlers do
      collectgarbage() -- the garbage of the one before is not this one's
      times[h][round] = run(handlers[h], count)
    end
  end
  for h = 1, #handlers do
    table.sort(times[h])
    times[h] = times[h][3]
  end
  return times[1], times[2], times[3], times[4]
end

local print, send_headers, exit = ngx.print, ngx.send_headers, ngx.exit
local function nothing() end
ngx.print, ngx.send_headers, ngx.exit = nothing, nothing, nothing
-- exit reads the Vary the handler set before: on one request answered
-- again and again it would read the last call's, which a new request does
-- not have, so here that read answers none (every other read and every
-- write goes to ngx.header; the read itself costs 10-15 ns)
local header = ngx.header
ngx.header = setmetatable({}, {
  __index = function(_, name)
    if type(name) == "string" and name:lower() == "vary" then return nil end
    return header[name]
  end,
  __newindex = function(_, name, value) header[name] = value end,
})
median_ns(4000) -- warm up
local exit_ns, hand_ns, reading_ns, floor_ns = median_ns(math.floor(n / 5))
collectgarbage()
collectgarbage("stop")
local kb = collectgarbage("count")
run(with_httpstatus, 10000)
local bytes = (collectgarbage("count") - kb) * 1024 / 10000
collectgarbage("restart")
ngx.print, ngx.send_headers, ngx.exit = print, send_headers, exit
ngx.header = header
local out = ("%.1f %.1f %.1f %.1f %.1f"):format(exit_ns, hand_ns, bytes, reading_ns, floor_ns)
ngx.header["Content-Length"] = #out
ngx.print(out)
