--- A retry budget and a circuit breaker per upstream, shared by every nginx
-- worker through a lua_shared_dict (issue 22, section 2).
--
--     local budget = require "httpstatus.budget"
--     local b = budget.new("upstreams")          -- lua_shared_dict upstreams 5m;
--     local ok, why = b:allow("payments")        -- before each request sent
--     b:record("payments", res and res.status, res and res.headers)
--     if b:can_retry("payments") then ... end    -- before each retry
--
-- Pure Lua over ngx.shared: every count is one shdict `incr` (with init and
-- init_ttl) or `add`, so two workers never lose each other's updates; a
-- plain `set` only stores a value that does not depend on what was read
-- (a deadline, a zero), so whichever write lands last is a state some order
-- of the same calls would have left. Every entry has a time to live, and a
-- key takes a place among opts.max_keys before it gets any entry, so a flood
-- of distinct keys never fills the dict (see the bound below).
--
-- Time: ngx.now(), the worker's cached clock, refreshed once per turn of
-- its event loop (milliseconds). The shared dict measures times to live with
-- that same clock, so deadlines and expiry agree. A handler that blocks the
-- loop for a long time sees a stale now until it yields or calls
-- ngx.update_time(); calling it before allow or record is allowed but never
-- needed: a window of seconds does not care about a few stale milliseconds,
-- and another worker's clock differs from this one's by about as much.
--
-- Entries, per key K (names are a tag and K; the dict is best kept for
-- budgets alone):
--   a|K      the slot of P seconds the key last took a place in
--   q0|K q1|K  requests let through, a bucket per window slot (even, odd)
--   t0|K t1|K  retries granted, the same way
--   f0|K f1|K  failures, the same way
--   c|K      consecutive failures       n|K  times the breaker opened
--   o|K      open until (a deadline)    p|K  probes let through half-open
--   w|K      Retry-After: wait until (a deadline)
--   #        places taken in the current slot of P seconds
-- P = max(2 * window, 2 * max_open_time, max_retry_after). A slot has
-- 2 * max_keys places (see admitted); every entry lives at most P after it
-- was last written, and only a key that holds a place in the current slot
-- writes. So at any moment the keys with entries took a place in this slot
-- or the one before: at most 4 * max_keys keys of 12 entries each, about
-- 1.5 KiB a key (nginx's slab gives an entry 128 bytes while its name is
-- under about 36 bytes): 1.5 MiB for the default 256 keys.
-- @module httpstatus.budget

local check = require "httpstatus.check"
local must_be = check.must_be
local core = require "httpstatus.native"
local retry = require "httpstatus.retry"

local error, pairs, rawget, type = error, pairs, rawget, type
local floor, huge = math.floor, math.huge
local format = string.format
local bad, show, options_problem, integer_code = check.bad, check.show, check.options_problem,
  check.code
local header_field, retry_after, reset_wait = retry.field, retry.retry_after, retry.reset_wait

-- What counts as a failure: the codes should_retry calls retryable (the
-- core's is_retryable, this module's own copy), or opts.codes. Retry-After
-- holds back the whole key on those of them where it means "come back
-- later" (has_retry_after: 429 and 503).
local RETRYABLE = core.table("is_retryable", true)
local RETRY_AFTER = core.table("has_retry_after", true)

local M = {}

local DEFAULTS = {
  ratio = 0.2, window = 10, min_per_second = 3,
  failures = 5, failure_ratio = 0.5, min_requests = 20,
  open_time = 5, max_open_time = 60, probes = 1,
  max_retry_after = 120, max_keys = 256,
}
local OPTIONS = { codes = true }
for k in pairs(DEFAULTS) do OPTIONS[k] = true end

-- Key names may be long, but not without end: they go into every entry.
local MAX_KEY = 200

local function finite(v) return type(v) == "number" and v == v and v > -huge and v < huge end
local function integer(v) return finite(v) and v == floor(v) end

-- each number option: a test and what it must be
local NUMBER_RULES = {
  { "ratio", function(v) return finite(v) and v >= 0 end, "a finite number >= 0" },
  { "window", function(v) return finite(v) and v > 0 end, "a finite number > 0 (seconds)" },
  { "min_per_second", function(v) return finite(v) and v >= 0 end, "a finite number >= 0" },
  { "failures", function(v) return v == false or (integer(v) and v >= 1) end,
    "an integer >= 1, or false (no consecutive rule)" },
  { "failure_ratio", function(v) return v == false or (finite(v) and v > 0 and v <= 1) end,
    "a number in (0, 1], or false (no windowed rule)" },
  { "min_requests", function(v) return integer(v) and v >= 1 end, "an integer >= 1" },
  { "open_time", function(v) return finite(v) and v > 0 end, "a finite number > 0 (seconds)" },
  { "max_open_time", function(v) return finite(v) and v > 0 end, "a finite number > 0 (seconds)" },
  { "probes", function(v) return integer(v) and v >= 1 end, "an integer >= 1" },
  { "max_retry_after", function(v) return finite(v) and v >= 0 end,
    "a finite number >= 0 (seconds)" },
  { "max_keys", function(v) return integer(v) and v >= 1 end, "an integer >= 1" },
}

-- the settings of new(opts) (defaults filled in), or nil and a message
local function settings(opts)
  local problem = options_problem(opts, OPTIONS)
  if problem then return nil, problem end
  local s = {}
  for i = 1, #NUMBER_RULES do
    local name, ok, what = NUMBER_RULES[i][1], NUMBER_RULES[i][2], NUMBER_RULES[i][3]
    local v = opts and rawget(opts, name)
    if v == nil then
      v = DEFAULTS[name]
    elseif not ok(v) then
      return nil, must_be("opts." .. name, what, v)
    end
    s[name] = v
  end
  if s.max_open_time < s.open_time then
    return nil, format("opts.max_open_time (%s) must be >= opts.open_time (%s)",
      show(s.max_open_time), show(s.open_time))
  end
  local codes = opts and rawget(opts, "codes")
  if codes == nil then
    s.failing = RETRYABLE
  elseif type(codes) ~= "table" then
    return nil, must_be("opts.codes", "a list of status codes", codes)
  else
    s.failing = {}
    for i = 1, #codes do
      local code = integer_code(codes[i])
      if not code then
        return nil, must_be(format("opts.codes[%d]", i), "a status code 100..599",
          codes[i])
      end
      s.failing[code] = true
    end
  end
  return s
end

-- the shared dict called name, or nil and a message
local function shared_dict(name)
  if type(name) ~= "string" then
    return nil, check.expected("the name of a lua_shared_dict", name)
  end
  local ngx = rawget(_G, "ngx")
  local shared = type(ngx) == "table" and ngx.shared
  if not shared then return nil, "ngx.shared is missing: httpstatus.budget runs in OpenResty" end
  local dict = shared[name]
  if not dict then
    return nil, format("no lua_shared_dict %s (declare it in nginx's http block)",
      check.quote(name))
  end
  return dict, ngx.now
end

-- why key cannot be a key, or nil
local function key_problem(key)
  if type(key) ~= "string" or key == "" or #key > MAX_KEY then
    return "key: " .. check.expected(format("a non-empty string of at most %d bytes", MAX_KEY),
      key)
  end
end

--- A budget over the lua_shared_dict `shdict_name` (every worker that makes
-- one over the same dict shares its counts: make it at module level or in
-- init_worker, with the same opts everywhere). Raises for a name that is no
-- lua_shared_dict, outside OpenResty, and for malformed or unknown opts.
function M.new(shdict_name, opts)
  local dict, now_fn = shared_dict(shdict_name)
  if not dict then error(bad("new", 1, now_fn), 2) end
  local s, why = settings(opts)
  if not s then error(bad("new", 2, why), 2) end

  local get, set, add, incr, delete, expire = dict.get, dict.set, dict.add, dict.incr,
    dict.delete, dict.expire
  local ratio, window, failing = s.ratio, s.window, s.failing
  local reserve = s.min_per_second * window -- the floor, as retries per window
  local failures, failure_ratio, min_requests = s.failures, s.failure_ratio, s.min_requests
  local open_time, max_open_time, probes = s.open_time, s.max_open_time, s.probes
  local max_retry_after, max_keys = s.max_retry_after, s.max_keys
  local lifetime = 2 * window
  if 2 * max_open_time > lifetime then lifetime = 2 * max_open_time end
  if max_retry_after > lifetime then lifetime = max_retry_after end

  local b = {}

  -- the window slot of now: the names of the current and previous buckets'
  -- tags, the previous one's weight (the share of it still inside a window
  -- that ends now) and the current one's time to live (to the end of the
  -- next slot, so a name is free again when its parity comes back)
  local function slot(now)
    local n = floor(now / window)
    local weight = 1 - (now - n * window) / window
    local ttl = (n + 2) * window - now
    if n % 2 == 0 then return 0, weight, ttl end
    return 1, weight, ttl
  end

  -- Does key hold a place in this slot of `lifetime` seconds (taking one
  -- if there is room)? The value of a|K is the slot the key last took a
  -- place in. New keys take the first max_keys places of a slot; a key that
  -- held one in the slot before may also take the next max_keys, which new
  -- keys never reach, so a flood of new keys cannot push out the keys in use.
  local function admitted(key, now)
    local name = "a|" .. key
    local n = floor(now / lifetime)
    local held = get(dict, name)
    if held == n then return true end
    local limit = held == n - 1 and 2 * max_keys or max_keys
    local taken = incr(dict, "#", 1, 0, (n + 1) * lifetime - now)
    if taken and taken <= limit then
      set(dict, name, n, (n + 2) * lifetime - now)
      return true
    end
    if taken then incr(dict, "#", -1) end -- refused: the place stays free
    return false
  end

  -- the sliding-window count of a counter (tag "q", "t" or "f")
  local function count(cur_name, prev_name, weight)
    return (get(dict, cur_name) or 0) + (get(dict, prev_name) or 0) * weight
  end

  local function check_self(self, fname)
    if self ~= b then
      error(bad(fname, 1, format("%s; call b:%s(key), with a colon",
        check.expected("a budget", self), fname)), 3)
    end
  end

  -- open the breaker after `trips` openings so far, unless another worker
  -- just did: `add` lets one of them through
  local function trip(key, trips, now)
    local interval = open_time * 2 ^ trips
    if interval > max_open_time then interval = max_open_time end
    if add(dict, "o|" .. key, now + interval, interval) then
      local name = "n|" .. key
      incr(dict, name, 1, 0, lifetime)
      expire(dict, name, lifetime)
      delete(dict, "p|" .. key)
    end
  end

  -- a probe succeeded: the breaker closes, and the failures of the outage
  -- leave the window (else the next failure would find the ratio still high)
  local function close(key)
    delete(dict, "n|" .. key)
    delete(dict, "p|" .. key)
    delete(dict, "f0|" .. key)
    delete(dict, "f1|" .. key)
  end

  --- true, or false and why not: "retry_after" (the upstream asked us to
  -- wait, and the time has not passed) or "open" (the breaker is open, or
  -- half-open with its probes already out). A true counts one request.
  function b.allow(self, key)
    check_self(self, "allow")
    local problem = key_problem(key)
    if problem then error(bad("allow", 1, problem), 2) end
    local now = now_fn()
    if not admitted(key, now) then return true end
    local w = get(dict, "w|" .. key)
    if w and w > now then return false, "retry_after" end
    local o = get(dict, "o|" .. key)
    if o and o > now then return false, "open" end
    local trips = get(dict, "n|" .. key)
    if trips and trips > 0 then -- half-open: a few probes only
      local p = incr(dict, "p|" .. key, 1, 0, open_time)
      if not p or p > probes then return false, "open" end
    end
    local parity, _, ttl = slot(now)
    incr(dict, (parity == 0 and "q0|" or "q1|") .. key, 1, 0, ttl)
    return true
  end

  -- seconds to hold the key back after this answer, or nil
  local function wait_of(status, headers, now)
    if not (RETRY_AFTER[status] and failing[status]) then return nil end
    local value = header_field(headers, "Retry-After", "retry-after")
    local d = value and retry_after(value, floor(now), header_field(headers, "Date", "date"))
    -- no usable Retry-After (it wins when both are there): a 429 or 503
    -- may say when its quota returns in the RateLimit field
    if not d then d = reset_wait(status, headers) end
    if not d or d <= 0 then return nil end
    if d > max_retry_after then d = max_retry_after end
    return d
  end

  --- Feeds the breaker with an answer: status (nil: no answer at all, a
  -- connection error or a timeout) and its headers (a Retry-After on a 429
  -- or 503 holds the whole key back).
  function b.record(self, key, status, headers)
    check_self(self, "record")
    local problem = key_problem(key)
    if problem then error(bad("record", 1, problem), 2) end
    if status ~= nil then
      local code = integer_code(status)
      if not code then
        error(bad("record", 2, check.expected("status code 100..599 or nil (no answer)",
          status)), 2)
      end
      status = code
    end
    local headers_problem = check.opt_problem(headers)
    if headers_problem then error(bad("record", 3, headers_problem), 2) end
    local now = now_fn()
    if not admitted(key, now) then return end
    if headers then
      local d = wait_of(status, headers, now)
      if d then set(dict, "w|" .. key, now + d, d) end
    end
    if status and not failing[status] then
      local name = "c|" .. key
      local c = get(dict, name)
      if c and c ~= 0 then set(dict, name, 0, lifetime) end
      local trips = get(dict, "n|" .. key)
      if trips and trips > 0 then
        local o = get(dict, "o|" .. key)
        if not (o and o > now) then close(key) end
      end
      return
    end
    local c = incr(dict, "c|" .. key, 1, 0, lifetime) or 0
    local parity, weight, ttl = slot(now)
    local fname, pname = "f0|" .. key, "f1|" .. key
    if parity == 1 then fname, pname = pname, fname end
    incr(dict, fname, 1, 0, ttl)
    local o = get(dict, "o|" .. key)
    if o and o > now then return end -- open already
    local trips = get(dict, "n|" .. key) or 0
    if trips > 0 or (failures and c >= failures) then return trip(key, trips, now) end
    if failure_ratio then
      local q = count(parity == 0 and "q0|" .. key or "q1|" .. key,
        parity == 0 and "q1|" .. key or "q0|" .. key, weight)
      if q >= min_requests and count(fname, pname, weight) >= failure_ratio * q then
        return trip(key, trips, now)
      end
    end
  end

  --- true (and the retry is counted), or false, "budget": retries stay
  -- under ratio * requests + min_per_second * window over the window.
  function b.can_retry(self, key)
    check_self(self, "can_retry")
    local problem = key_problem(key)
    if problem then error(bad("can_retry", 1, problem), 2) end
    local now = now_fn()
    if not admitted(key, now) then return false, "budget" end
    local parity, weight, ttl = slot(now)
    local tname, tprev = "t0|" .. key, "t1|" .. key
    local qname, qprev = "q0|" .. key, "q1|" .. key
    if parity == 1 then tname, tprev, qname, qprev = tprev, tname, qprev, qname end
    -- take a place first, then look: of workers that race, none is let
    -- through past the limit (one that is refused gives its place back)
    local t = incr(dict, tname, 1, 0, ttl)
    if not t then return false, "budget" end
    local retries = t + (get(dict, tprev) or 0) * weight
    if retries <= ratio * count(qname, qprev, weight) + reserve then return true end
    incr(dict, tname, -1)
    return false, "budget"
  end

  --- A fresh table for logs and metrics: requests, retries, failures (the
  -- window's counts), consecutive (failures in a row), trips (openings
  -- since the breaker last closed), state ("closed", "open", "half_open"),
  -- wait (seconds Retry-After still holds the key back, 0 if none). Reads
  -- only: a key without a place reads as all zeros and "closed".
  function b.stats(self, key)
    check_self(self, "stats")
    local problem = key_problem(key)
    if problem then error(bad("stats", 1, problem), 2) end
    local now = now_fn()
    local parity, weight = slot(now)
    local cur, prev = parity == 0 and "0|" or "1|", parity == 0 and "1|" or "0|"
    local o = get(dict, "o|" .. key)
    local trips = get(dict, "n|" .. key) or 0
    local w = get(dict, "w|" .. key)
    local state = "closed"
    if o and o > now then state = "open" elseif trips > 0 then state = "half_open" end
    return {
      requests = floor(count("q" .. cur .. key, "q" .. prev .. key, weight)),
      retries = floor(count("t" .. cur .. key, "t" .. prev .. key, weight)),
      failures = floor(count("f" .. cur .. key, "f" .. prev .. key, weight)),
      consecutive = get(dict, "c|" .. key) or 0,
      trips = trips,
      state = state,
      wait = (w and w > now) and w - now or 0,
    }
  end

  return b
end

return M
