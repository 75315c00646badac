-- /upstream/flaky?key=K[&times=N][&after=date]: the demo upstream of /fetch
-- (upstream.lua). The first N requests (default 1) for a key get 503 with
-- Retry-After: 1, or with after=date the HTTP-date one second from now; the
-- next ones get 200. Keys live in nginx.conf's lua_shared_dict flaky, for a
-- minute.
local hs = require "httpstatus"
local hsngx = require "httpstatus.ngx"

local ngx = ngx

-- (in a function: README, "Keep a handler's work in a function")
local function handle()
  local key = ngx.var.arg_key or "demo"
  local times = tonumber(ngx.var.arg_times or "1") or 1
  local seen, err = ngx.shared.flaky:incr(key, 1, 0, 60)
  if not seen then
    return hsngx.exit(500, { detail = "lua_shared_dict flaky: " .. err })
  end
  if seen <= times then
    local after = ngx.var.arg_after == "date" and hs.http_date(ngx.time() + 1) or 1
    return hsngx.exit(503, { headers = { ["Retry-After"] = after },
                             detail = "warming up, request " .. seen })
  end
  return hsngx.exit(200, { body = ("ready: key %s, request %d\n"):format(key, seen),
                           content_type = "text/plain" })
end
return handle()
