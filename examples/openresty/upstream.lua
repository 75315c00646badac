-- /fetch: an upstream call through lua-resty-http, retried the way
-- httpstatus's client side says. hs.should_retry decides whether an answer
-- may be retried (a retryable code, an idempotent method, attempts left),
-- hs.retry_delay how long to wait first (the upstream's Retry-After, in
-- seconds or as an HTTP-date measured against its Date; else backoff), and
-- ngx.sleep waits without blocking the worker. Served by nginx.conf's
-- location = /fetch; the upstream is this server's /upstream/flaky (flaky.lua),
-- which answers 503 with Retry-After: 1 before it answers 200.
local hs = require "httpstatus"
local hsngx = require "httpstatus.ngx"

local ngx = ngx

-- lua-resty-http (`opm get ledgetech/lua-resty-http` or `luarocks install
-- lua-resty-http`): without it this route says so, the others still work
local found, http = pcall(require, "resty.http")
if not found then
  ngx.log(ngx.WARN, "/fetch needs lua-resty-http: ", http)
  return hsngx.exit(501, { detail = "this route needs lua-resty-http" })
end

-- Three requests at most. A client is waiting on us, so never sleep more
-- than 1 s before a retry: retry_delay caps a longer Retry-After at that (a
-- gateway that would rather give up than retry early reads hs.retry_after
-- itself). Backoff without Retry-After: 0.1 s, 0.2 s, with full jitter so
-- that many workers do not come back at once.
local RETRY = { max_attempts = 3, base = 0.1, max_delay = 1, jitter = "full" }
local METHOD = "GET"

-- (in a function: README, "Keep a handler's work in a function")
local function handle()
  -- in your copy, your upstream's URL
  local url = ("http://%s:%s/upstream/flaky?%s"):format(ngx.var.server_addr,
    ngx.var.server_port, ngx.var.args or "")

  local attempt, waited = 0, 0
  local res, err, why
  while true do
    attempt = attempt + 1
    local httpc = http.new()
    httpc:set_timeout(2000) -- ms, for the connect, each send and each read
    res, err = httpc:request_uri(url, { method = METHOD })
    if not res then break end -- no answer at all: not retried here
    local again
    again, why = hs.should_retry(res.status, METHOD, attempt, RETRY)
    if not again then break end
    local wait = hs.retry_delay(res.status, res.headers, attempt, RETRY)
    ngx.sleep(wait)
    waited = waited + wait
  end

  local report = { ["X-Attempts"] = attempt, ["X-Waited"] = ("%.3f"):format(waited) }
  if not res then
    ngx.log(ngx.WARN, "upstream ", url, ": ", err)
    return hsngx.exit(err == "timeout" and 504 or 502, { headers = report,
                      detail = "the upstream did not answer", extensions = { attempts = attempt } })
  end
  if res.status == 200 then
    return hsngx.exit(200, { headers = report, body = res.body,
                             content_type = res.headers["Content-Type"] })
  end
  -- a failure that may not be retried, or tried often enough ("attempts")
  return hsngx.exit(502, { headers = report, detail = "the upstream answered " .. res.status,
                           extensions = { upstream_status = res.status, attempts = attempt,
                                          stopped = why } })
end
return handle()
