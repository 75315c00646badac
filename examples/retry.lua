-- A client retry loop built on httpstatus's client side: hs.should_retry says
-- whether a response may be retried (a retryable code, an idempotent method,
-- attempts left), hs.retry_delay how long to wait (Retry-After in seconds or
-- as an HTTP-date, measured against the response's Date; else exponential
-- backoff). The server is scripted and the clock is pretend, so the example
-- runs anywhere in no time; pass your client's call as `request` (it has
-- lua-resty-http's shape: request(url, {method = ...}) -> res | nil, err).
-- Run: lua examples/retry.lua
local hs = require "httpstatus"

-- four requests in all; never wait more than 30 s. With many clients, add
-- jitter = "full" so that they do not all come back in the same second.
local OPTS = { max_attempts = 4, max_delay = 30 }

-- A pretend clock, and a server whose clock is an hour behind ours: a
-- Retry-After date measured against our clock would already be past.
local clock = 1700000000
local SKEW = -3600
local function sleep(seconds) clock = clock + seconds end

--- Send until the answer is final, the method may not be repeated or the
-- attempts are used up. Returns the last response, the attempts made and
-- should_retry's word for why it stopped ("not_retryable": a final answer,
-- success included; "method"; "attempts"), or nil and the error of a request
-- that got no answer at all (whether to retry those is the transport's
-- business: here we give up).
local function with_retries(request, method, url, opts)
  local attempt = 0
  while true do
    attempt = attempt + 1
    local res, err = request(url, { method = method })
    if not res then return nil, err end
    print(("attempt %d: %s %s -> %d %s"):format(attempt, method, url, res.status,
      hs.reason(res.status) or "(unregistered)"))
    local again, why = hs.should_retry(res.status, method, attempt, opts)
    if not again then return res, attempt, why end
    -- a date is measured against the response's Date, so the skew cancels
    -- (without a Date, against opts.now, default os.time())
    local wait = hs.retry_delay(res.status, res.headers, attempt, opts)
    local retry_after = res.headers["Retry-After"]
    print(("  Retry-After %s: waiting %.1f s (%s)"):format(retry_after or "absent", wait,
      (retry_after and hs.has_retry_after(res.status)) and "retry_after" or "backoff"))
    sleep(wait)
  end
end

-- the scripted server: overloaded, rate limited until a date, a bad
-- gateway (no Retry-After: backoff), then fine
local script
local function request()
  local answer = table.remove(script, 1) or { 200 }
  local server_now = math.floor(clock) + SKEW
  local headers = { Date = hs.http_date(server_now) }
  if answer[2] then headers["Retry-After"] = answer[2](server_now) end
  return { status = answer[1], headers = headers }
end
local function seconds(n) return function() return tostring(n) end end
local function date_in(n) return function(now) return hs.http_date(now + n) end end

script = { { 503, seconds(2) }, { 429, date_in(3) }, { 502 }, { 200 } }
local start = clock
local res, attempts = with_retries(request, "GET", "/report", OPTS)
print(("finished with %d after %d attempts, %.1f s of waiting"):format(res.status, attempts,
  clock - start))

-- a POST is not repeated on 503: it may have been applied already
script = { { 503, seconds(5) } }
local _, _, why = with_retries(request, "POST", "/orders", OPTS)
print(("POST stopped at 503 (%s)"):format(why))

-- a server that stays busy: four attempts, then we stop
script = { { 503, seconds(1) }, { 503, seconds(1) }, { 503, seconds(1) }, { 503, seconds(1) } }
res, attempts, why = with_retries(request, "GET", "/busy", OPTS)
print(("GET gave up at %d after %d attempts (%s)"):format(res.status, attempts, why))

-- 421: the server is not the one for this request; any method may try again
script = { { 421 }, { 201 } }
res, attempts = with_retries(request, "POST", "/orders", OPTS)
print(("POST finished with %d after %d attempts"):format(res.status, attempts))

-- Retry-After on its own, the three HTTP-date forms, against a Date
local date = "Sun, 06 Nov 1994 08:49:37 GMT"
for _, value in ipairs { "120", "Sun, 06 Nov 1994 08:50:37 GMT",
                         "Sunday, 06-Nov-94 08:50:37 GMT", "Sun Nov  6 08:50:37 1994",
                         "Sun, 06 Nov 1994 08:00:00 GMT", "soon" } do
  local wait, err = hs.retry_after(value, nil, date)
  print(("retry_after(%q) = %s"):format(value, wait or "nil, " .. err))
end
