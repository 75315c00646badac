-- make bench (bench/ngx_var_trap.sh): inside the worker, after one of the
-- two handlers above served for a while, what a read of ngx.var compiled
-- now costs, and exit on its first calls in this worker (its sending
-- stubbed out, as in bench/ngx_exit_cost.lua): 5 rounds of 40,000 calls
-- each, CPU time by os.clock, medians. Answers "VAR_NS EXIT_NS".
local hsngx = require "httpstatus.ngx"
local clock = os.clock

local function read_var() return ngx.var.http_accept end
local function exit_404()
  return hsngx.exit(404, { detail = "no order 7", instance = "/orders/7" })
end

local function run(f, count)
  local t0 = clock()
  for _ = 1, count do f() end
  return (clock() - t0) / count * 1e9
end
local function median_ns(f)
  local times = {}
  for round = 1, 5 do
    collectgarbage()
    times[round] = run(f, 40000)
  end
  table.sort(times)
  return times[3]
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
local var_ns, exit_ns = median_ns(read_var), median_ns(exit_404)
ngx.print, ngx.send_headers, ngx.exit = print, send_headers, exit
ngx.header = header
-- (exit set a 404's status and fields on this request: this answer's own)
local out = ("%.1f %.1f"):format(var_ns, exit_ns)
ngx.status = 200
ngx.header["Vary"] = nil
ngx.header["Content-Type"] = "text/plain"
ngx.header["Content-Length"] = #out
ngx.print(out)
