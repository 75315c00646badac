--- The client side: whether to retry a request after a response, how long
-- to wait first, and the HTTP-dates that Retry-After and Date carry
-- (RFC 9110, Sections 5.6.7, 9.2.2, 10.2.3 and 15; RFC 8470, 5.2).
--
--     local hs = require "httpstatus"  -- these functions reach users as hs.*
--     local ok, why = hs.should_retry(res.status, "GET", attempt)
--     if ok then sleep(hs.retry_delay(res.status, res.headers, attempt)) end
--
-- Conventions: parsing what a server sent never raises (`nil, message`);
-- the caller's own mistakes (a `now` that is no finite number, an options
-- table with a wrong or unknown field) raise "bad argument #n to 'fname'
-- (...)" blaming the caller's line. Times are seconds since the epoch
-- (os.time(), ngx.time(); ngx.now() too: a fraction is rounded down); any
-- finite number is a time (past 9999 every date HTTP can carry lies behind
-- it).
--
-- One options table may serve both should_retry and retry_delay: each reads
-- only its own fields, refuses any name that is in neither column, and
-- every field has a default:
--
--   field         read by       default and meaning
--   max_attempts  should_retry  3: requests in all, the first included
--   methods       should_retry  GET HEAD OPTIONS TRACE PUT DELETE QUERY: may be repeated
--   codes         should_retry  408 421 425 429 500 502 503 504 (hs.is_retryable)
--   base          retry_delay   0.5: seconds before the first retry (finite, >= 0)
--   factor        retry_delay   2: growth per attempt (finite, >= 0)
--   max_delay     retry_delay   120: cap in seconds, Retry-After included (finite, >= 0)
--   jitter        retry_delay   "none"; or "full", "equal"
--   random        retry_delay   math.random: a function giving [0, 1)
--   now           retry_delay   os.time(): the receive time, for a date
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.retry

local core = require "httpstatus.core"
local check = require "httpstatus.check"
local must_be, got = check.must_be, check.got
local ratelimit = require "httpstatus.ratelimit"

local error, pairs, rawget, type = error, pairs, rawget, type
local floor, huge, random = math.floor, math.huge, math.random
local os_time = os.time
local format, lower = string.format, string.lower
local core_parse, core_http_date = core.parse_http_date, core.http_date
local core_retry_after = core.retry_after
-- this module's own copies, compact (a handful of codes each)
local retryable_set = core.table("is_retryable", true)
local retry_after_set = core.table("has_retry_after", true)
local function is_retryable(code) return retryable_set[code] == true end
local function has_retry_after(code) return retry_after_set[code] == true end
local reset_delay = ratelimit.reset_delay
-- the codes whose RateLimit reset says when to come back (draft-ietf-httpapi-
-- ratelimit-headers: a throttled client waits for the reset)
local RESET_CODES = { [429] = true, [503] = true }

local M = {}

--- The idempotent methods: those of RFC 9110, 9.2.2, and QUERY, which RFC
-- 10008, 2 defines as safe and idempotent. The same request again has the
-- same intended effect, so a client may repeat it when it cannot tell
-- whether the first one was processed. Case-sensitive, as methods are
-- (9.1). POST, PATCH and CONNECT are not in it.
local IDEMPOTENT = { GET = true, HEAD = true, OPTIONS = true, TRACE = true, PUT = true,
                    DELETE = true, QUERY = true }

-- Codes whose request may be repeated whatever the method: the server
-- never processed it. 421: "whether or not the request method is
-- idempotent" (RFC 9110, 15.5.20); 425: the early data was refused
-- (RFC 8470, 5.2). They still need to be retryable codes (default: yes).
local ANY_METHOD = { [421] = true, [425] = true }

local DEFAULTS = { max_attempts = 3, base = 0.5, factor = 2, max_delay = 120 }
local JITTERS = { none = true, full = true, equal = true }
local NUMBER_OPTS = { "base", "factor", "max_delay" }
-- every name of the module's table above: one table may serve both
-- functions, and any other name is a mistake
local OPTIONS = { max_attempts = true, methods = true, codes = true, base = true,
                  factor = true, max_delay = true, jitter = true, random = true, now = true }

-- the library's one way to word an argument error (values quoted as
-- printable ASCII)
local bad, options_problem = check.bad, check.options_problem
local integer_code = check.code

-- what a time is (any finite number) is the C core's: core.seconds
local core_seconds = core.seconds

-- now, or a message
local function check_now(now, what)
  if core_seconds(now) == nil then
    return must_be(what, "a finite number (seconds since the epoch)", now)
  end
end

--- Seconds since the epoch for an HTTP-date in any of its three forms
-- (IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", rfc850-date "Sunday,
-- 06-Nov-94 08:49:37 GMT", asctime-date "Sun Nov  6 08:49:37 1994"), or
-- nil and a message: strict (case, spaces, nothing around it), the day
-- must exist and the day name match it, 1970 to 9999. A two-digit year is
-- resolved against `now` (default os.time()) by RFC 9110's 50-year rule.
-- 23:59:60 (a leap second) reads as 23:59:59. Raises only for a `now`
-- that is not a finite number.
function M.parse_http_date(text, now)
  if now == nil then
    now = os_time()
  else
    local err = check_now(now, "now")
    if err then error(bad("parse_http_date", 2, err), 2) end
  end
  return core_parse(text, now)
end

--- t (seconds since the epoch, an integral number from 0, 1970, to
-- 253402300799, the end of 9999) as an IMF-fixdate, the form a sender
-- must generate: "Sun, 06 Nov 1994 08:49:37 GMT". It is a builder: any
-- other t raises (nil too: pass os.time() for now).
function M.http_date(t)
  local s, err = core_http_date(t)
  if not s then error(bad("http_date", 1, got(err, t)), 2) end
  return s
end

--- The seconds a Retry-After field value asks to wait, or nil and a
-- message. value: delay-seconds (digits only; over 2^31 - 1 gives
-- 2^31 - 1) or an HTTP-date (seconds from now to it, 0 if past); SP and
-- HTAB around it are ignored. now: default os.time(). date: the
-- response's Date field value; when it parses, a date Retry-After is
-- measured against it (the server's clock on both sides, so clock skew
-- cancels out), else against now (RFC 9110, 6.6.1: an invalid Date may be
-- replaced by the receive time). Raises for a now that is no finite number
-- or a date that is neither a string nor nil; any value is just parsed.
function M.retry_after(value, now, date)
  if now == nil then
    now = os_time()
  else
    local err = check_now(now, "now")
    if err then error(bad("retry_after", 2, err), 2) end
  end
  local date_problem = check.opt_problem(date, "string")
  if date_problem then error(bad("retry_after", 3, date_problem), 2) end
  return core_retry_after(value, now, date)
end

-- attempt (nil: 1), or a message
local function check_attempt(attempt)
  if attempt ~= nil and not (type(attempt) == "number" and attempt >= 1 and
      attempt == floor(attempt) and attempt ~= huge) then
    return check.expected("attempts made so far, an integer >= 1,", attempt)
  end
end

-- a list field of opts: nil, or a table whose items pass ok
local function check_list(opts, k, ok, what)
  local list = rawget(opts, k)
  if list == nil then return end
  if type(list) ~= "table" then
    return must_be("opts." .. k, "a list of " .. what, list)
  end
  for i = 1, #list do
    if not ok(list[i]) then
      return must_be(format("opts.%s[%d]", k, i), what, list[i])
    end
  end
end

local function is_string(v) return type(v) == "string" end
local function is_code(v) return integer_code(v) ~= nil end

-- the opts of should_retry, or a message
local function check_retry_opts(opts)
  local problem = options_problem(opts, OPTIONS)
  if problem then return problem end
  local m = rawget(opts, "max_attempts")
  if m ~= nil and not (type(m) == "number" and m >= 1 and m == floor(m)) then
    return must_be("opts.max_attempts", "an integer >= 1 (math.huge: no limit)", m)
  end
  return check_list(opts, "methods", is_string, "method names (strings)")
    or check_list(opts, "codes", is_code, "status codes 100..599")
end

-- v == one of list's items
local function in_list(list, v)
  for i = 1, #list do
    if list[i] == v then return true end
  end
  return false
end

--- May the request be sent again after this response? `true`, or `false`
-- and why: "not_retryable" (the code is not one worth retrying: 408, 421,
-- 425, 429, 500, 502, 503, 504, or opts.codes; anything that is no code
-- lands here too), "method" (the method is not idempotent, RFC 9110,
-- 9.2.2: GET HEAD OPTIONS TRACE PUT DELETE, and QUERY, RFC 10008, 2; or
-- opts.methods; case-sensitive,
-- and a method that is no string is none of them) or "attempts" (enough
-- tries: attempt >= opts.max_attempts). Checked in that order.
-- 421 and 425 may repeat any method (RFC 9110, 15.5.20; RFC 8470, 5.2),
-- opts.methods or not. attempt: requests made so far, this one included
-- (default 1), so the default max_attempts 3 allows two retries. Raises
-- for an attempt that is not an integer >= 1 and for malformed opts.
function M.should_retry(code, method, attempt, opts)
  local err = check_attempt(attempt)
  if err then error(bad("should_retry", 3, err), 2) end
  if opts ~= nil then
    err = check_retry_opts(opts)
    if err then error(bad("should_retry", 4, err), 2) end
  end
  local codes = opts and rawget(opts, "codes")
  if codes then
    if not in_list(codes, code) then return false, "not_retryable" end
  elseif not is_retryable(code) then
    return false, "not_retryable"
  end
  if not ANY_METHOD[code] then
    local methods = opts and rawget(opts, "methods")
    if methods then
      if not in_list(methods, method) then return false, "method" end
    elseif not IDEMPOTENT[method] then
      return false, "method"
    end
  end
  local max = opts and rawget(opts, "max_attempts") or DEFAULTS.max_attempts
  if (attempt or 1) >= max then return false, "attempts" end
  return true
end

-- the opts of retry_delay, or a message. base, factor and max_delay are
-- finite: with the cap finite every delay is (backoff that overflows to
-- inf is capped, and base > 0 keeps 0 * inf out), so ngx.sleep always
-- gets a number it takes.
local function check_delay_opts(opts)
  local problem = options_problem(opts, OPTIONS)
  if problem then return problem end
  for i = 1, #NUMBER_OPTS do
    local k = NUMBER_OPTS[i]
    local v = rawget(opts, k)
    if v ~= nil and not (type(v) == "number" and v >= 0 and v < huge) then -- NaN fails
      return must_be("opts." .. k, "a finite number >= 0", v)
    end
  end
  local j = rawget(opts, "jitter")
  if j ~= nil and not JITTERS[j] then
    return must_be("opts.jitter", "\"none\", \"full\" or \"equal\"", j)
  end
  local r = rawget(opts, "random")
  if r ~= nil and type(r) ~= "function" then
    return must_be("opts.random", "a function", r)
  end
  local now = rawget(opts, "now")
  if now ~= nil then return check_now(now, "opts.now") end
end

-- A header field by name in any case, as ngx.resp.get_headers() and
-- lua-resty-http give them (their tables answer any case through a
-- metatable, hence the plain reads first); a repeated field comes as a list:
-- the first value. A value that is no string counts as absent.
local function field(headers, name, lname)
  local v = headers[name]
  if v == nil then v = headers[lname] end
  if v == nil then
    for k, val in pairs(headers) do
      if type(k) == "string" and #k == #lname and lower(k) == lname then
        v = val
        break
      end
    end
  end
  if type(v) == "table" then v = v[1] end
  if type(v) == "string" then return v end
  return nil
end
-- for httpstatus.budget, which reads Retry-After the same way (not in hs.*)
M.field = field

--- The seconds a 429 or 503 asks to wait through the RateLimit field's
-- reset (an exhausted policy's t), or nil: the one reading of it, for
-- retry_delay and httpstatus.budget (not in hs.*). headers: a table.
function M.reset_wait(code, headers)
  if RESET_CODES[code] then return reset_delay(headers) end
  return nil
end

--- Seconds to wait before the next attempt: one finite number >= 0, never
-- inf or NaN (so that ngx.sleep(retry_delay(...)) works: ngx.sleep takes
-- exactly one, and a finite one).
-- When the code gives Retry-After a meaning (413, 429, 503 and the 3xx in
-- use; RFC 9110, 10.2.3) and `headers` has one that parses, its delay,
-- measured against the response's Date when that parses and else against
-- opts.now (default os.time()); no jitter, the server named the time.
-- Else, for 429 and 503, the RateLimit field's reset (t) of an exhausted
-- policy (r=0, or no r), when it has one (draft-ietf-httpapi-ratelimit-headers;
-- no jitter either). Otherwise exponential backoff: base * factor^(attempt - 1), 0.5, 1, 2, 4
-- ... by default. Either way capped by opts.max_delay (default 120 s: a
-- caller that would rather give up than wait that long reads
-- hs.retry_after itself). Then, for backoff only, jitter: "none" (default,
-- the numbers above), "full" (uniform in [0, d]: spreads a crowd of
-- clients best) or "equal" (d/2 plus uniform in [0, d/2]), drawing from
-- opts.random (default math.random), which must return a number in [0, 1].
-- headers: nil or a table of field name -> value or list of values.
-- attempt: requests made so far (default 1). Raises for a headers that is
-- no table, a bad attempt and malformed opts (see the module's table:
-- base, factor and max_delay must be finite, since an infinite cap or base
-- would make an infinite or NaN delay).
function M.retry_delay(code, headers, attempt, opts)
  local headers_problem = check.opt_problem(headers)
  if headers_problem then error(bad("retry_delay", 2, headers_problem), 2) end
  local err = check_attempt(attempt)
  if err then error(bad("retry_delay", 3, err), 2) end
  if opts ~= nil then
    err = check_delay_opts(opts)
    if err then error(bad("retry_delay", 4, err), 2) end
  else
    opts = DEFAULTS
  end
  local max_delay = rawget(opts, "max_delay") or DEFAULTS.max_delay
  if headers and has_retry_after(code) then
    local value = field(headers, "Retry-After", "retry-after")
    if value then
      local d = core_retry_after(value, rawget(opts, "now") or os_time(),
        field(headers, "Date", "date"))
      if d then
        if d > max_delay then d = max_delay end
        return d
      end
    end
  end
  -- no usable Retry-After (it wins when both are there, as the draft
  -- says): a 429 or 503 may carry the RateLimit field's reset
  if headers then
    local d = M.reset_wait(code, headers)
    if d then
      if d > max_delay then d = max_delay end
      return d
    end
  end
  local base = rawget(opts, "base") or DEFAULTS.base
  local d = 0
  if base > 0 then -- 0 * inf would be NaN
    d = base * (rawget(opts, "factor") or DEFAULTS.factor) ^ ((attempt or 1) - 1)
  end
  if d > max_delay then d = max_delay end
  local jitter = rawget(opts, "jitter")
  if jitter == "full" or jitter == "equal" then
    local r = (rawget(opts, "random") or random)()
    if not (type(r) == "number" and r >= 0 and r <= 1) then
      error(bad("retry_delay", 4, got("opts.random must return a number in [0, 1]", r)), 2)
    end
    if jitter == "full" then
      d = d * r
    else
      d = d / 2 + d / 2 * r
    end
  end
  return d
end

return M
