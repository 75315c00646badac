-- A client retry loop driven by is_retryable and Retry-After.
-- The "server" here is a scripted list of answers, so the example runs
-- anywhere; swap `send` for your HTTP client (lua-resty-http, luasocket...).
-- Run: lua examples/retry.lua
local hs = require "httpstatus"

local MAX_ATTEMPTS = 5
local BASE_DELAY = 0.5 -- seconds; doubled on every attempt when the server says nothing

-- methods that may be repeated without changing the outcome (RFC 9110, 9.2.2)
local IDEMPOTENT = { GET = true, HEAD = true, PUT = true, DELETE = true, OPTIONS = true,
                     TRACE = true }

-- Retry-After is either seconds or an HTTP-date (RFC 9110, 10.2.3). This
-- example reads seconds; a date falls back to the backoff (a real client
-- would subtract the response's Date from it).
local function retry_after_seconds(value)
  if type(value) == "string" and value:find("^%d+$") then return tonumber(value) end
  return nil
end

local function should_retry(method, status, attempt)
  if attempt >= MAX_ATTEMPTS or not hs.is_retryable(status) then return false end
  -- 421 (another connection) and 425 (after the handshake) concern how the
  -- request travelled, not what it did: safe to repeat for any method
  if status == hs.MISDIRECTED_REQUEST or status == hs.TOO_EARLY then return true end
  return IDEMPOTENT[method] == true
end

local function request(send, sleep, method, target)
  local attempt = 0
  while true do
    attempt = attempt + 1
    local status, headers = send(method, target)
    print(("attempt %d: %s %s -> %d %s"):format(attempt, method, target, status,
      hs.reason(status) or "(unregistered)"))
    if not should_retry(method, status, attempt) then return status, attempt end
    local wait = retry_after_seconds(headers["Retry-After"])
    if wait and hs.has_retry_after(status) then
      print(("  server asks to wait %d s (Retry-After)"):format(wait))
    else
      wait = BASE_DELAY * 2 ^ (attempt - 1)
      print(("  backing off %.1f s"):format(wait))
    end
    sleep(wait)
  end
end

-- a scripted server: overloaded, rate limited, a bad gateway, then fine
local script = {
  { 503, { ["Retry-After"] = "2" } },
  { 429, { ["Retry-After"] = "1" } },
  { 502, {} },
  { 200, {} },
}
local function scripted_send()
  local answer = table.remove(script, 1) or { 200, {} }
  return answer[1], answer[2]
end
local slept = 0
local function pretend_sleep(seconds) slept = slept + seconds end

local status, attempts = request(scripted_send, pretend_sleep, "GET", "/report")
print(("finished with %d after %d attempts, %.1f s of waiting"):format(status, attempts, slept))

-- a POST is not repeated on 503: it might have been applied already
script = { { 503, { ["Retry-After"] = "5" } } }
status = request(scripted_send, pretend_sleep, "POST", "/orders")
print(("POST stopped at %d: %s"):format(status, hs.is_retryable(status)
  and "retryable code, but POST is not idempotent" or "not retryable"))
