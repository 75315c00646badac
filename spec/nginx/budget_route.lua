-- The routes of spec/nginx/budget.conf, for spec/nginx/budget_spec.lua.
-- Every request makes its budget afresh over the shared dict, so whatever
-- the workers share goes through the dict, never through a worker's Lua.
--   /budget/fetch?b=NAME&key=K&up=ok|503|503ra|down[&attempts=N]
--       one client request, sent to the upstream the way README's loop does
--       (allow, record, should_retry, can_retry, allow again), at most N
--       attempts (default 1). Answers 200 with X-Attempts (requests sent),
--       X-Status (the last upstream status, or "none"), X-Refused ("none",
--       "open", "retry_after" or "budget") and X-Worker (the worker's pid).
--   /budget/allow?b=NAME&key=K   X-Allow and X-Why: what allow answered
--   /budget/stats?b=NAME&key=K   X-Stats: the stats, "name=value" joined by ","
local budget = require "httpstatus.budget"
local hs = require "httpstatus"
local http = require "resty.http"

-- luacheck: globals ngx
local ngx = ngx

local BUDGETS = {
  -- the retry budget alone: 0.2 of the requests over 600 s, plus 6 (0.01/s)
  ratio = { "budget_ratio", { failures = false, failure_ratio = false, window = 600,
                              min_per_second = 0.01 } },
  wait = { "budget_wait", nil },
  -- the README's balancer example's budget (defaults)
  readme = { "upstreams", nil },
  -- three failures in a row open it for 0.3 s, then 0.6 s, ... at most 1.2 s
  breaker = { "budget_breaker", { failures = 3, failure_ratio = false, open_time = 0.3,
                                  max_open_time = 1.2 } },
}

local which = assert(BUDGETS[ngx.var.arg_b], "b=ratio|wait|breaker")
local b = budget.new(which[1], which[2])
local key = assert(ngx.var.arg_key, "key=...")
local action = ngx.var.uri:match("^/budget/(%a+)$")
ngx.header["X-Worker"] = ngx.worker.pid()

-- the answer: the headers set so far and a body of two bytes
local function done()
  ngx.header["Content-Length"] = 2
  ngx.print("ok")
end

if action == "allow" then
  local ok, why = b:allow(key)
  ngx.header["X-Allow"], ngx.header["X-Why"] = tostring(ok), why or "none"
  return done()
end

if action == "stats" then
  local s, parts = b:stats(key), {}
  for _, k in ipairs { "requests", "retries", "failures", "consecutive", "trips", "state" } do
    parts[#parts + 1] = k .. "=" .. tostring(s[k])
  end
  ngx.header["X-Stats"] = table.concat(parts, ",")
  return done()
end

assert(action == "fetch", "fetch, allow or stats")
local up = ngx.var.arg_up or "ok"
local url = up == "down" and "http://127.0.0.1:1/"
  or ("http://127.0.0.1:%s/upstream/%s"):format(ngx.var.server_port, up)
local max = tonumber(ngx.var.arg_attempts or "1")
local attempt, res, refused = 0, nil, nil
local ok, why = b:allow(key)
if not ok then refused = why end
while ok do
  attempt = attempt + 1
  local httpc = http.new()
  httpc:set_timeout(2000)
  res = httpc:request_uri(url, { method = "GET" })
  b:record(key, res and res.status, res and res.headers)
  if attempt >= max then break end
  if res and not hs.should_retry(res.status, "GET", attempt, { max_attempts = max }) then break end
  ok, why = b:can_retry(key)
  if ok then ok, why = b:allow(key) end
  if not ok then refused = why end
end
ngx.header["X-Attempts"] = attempt
ngx.header["X-Status"] = res and res.status or "none"
ngx.header["X-Refused"] = refused or "none"
return done()
