-- httpstatus.retry: should_retry (codes, idempotent methods, attempts) and
-- retry_delay (Retry-After in any case, against Date or now; exponential
-- backoff, caps and jitter with an injected random).
local internal = require "internal"
local core = internal.module("httpstatus.core")
local hs = require "httpstatus"
local retry = internal.module("httpstatus.retry")
local raises = require "raises"
local bad_values = require "bad_values"
local quick = require "quick"
local loops = require "loops"

local NOW = 1773576000 -- 2026-03-15T12:00:00Z

describe("should_retry", function()
  it("answers by code, then method, then attempts", function()
    local rows = {
      -- code, method, attempt, opts, ok, reason
      { 503, "GET", nil, nil, true },
      { 503, "GET", 1, nil, true },
      { 503, "GET", 2, nil, true },
      { 503, "GET", 3, nil, false, "attempts" }, -- three requests made: the default limit
      { 503, "GET", 99, nil, false, "attempts" },
      { 503.0, "GET", 1.0, nil, true },
      { 503, "POST", nil, nil, false, "method" },
      { 503, "PATCH", nil, nil, false, "method" },
      { 503, "CONNECT", nil, nil, false, "method" },
      { 503, "get", nil, nil, false, "method" }, -- methods are case-sensitive
      { 503, nil, nil, nil, false, "method" },
      { 404, "GET", nil, nil, false, "not_retryable" },
      { 404, "POST", 9, nil, false, "not_retryable" }, -- the code is checked first
      { 200, "GET", nil, nil, false, "not_retryable" },
      { 499, "GET", nil, nil, false, "not_retryable" },
      { 413, "GET", nil, nil, false, "not_retryable" },
      -- 421 and 425 repeat any method (RFC 9110, 15.5.20; RFC 8470, 5.2)
      { 421, "POST", nil, nil, true },
      { 425, "PATCH", nil, nil, true },
      { 421, nil, nil, nil, true },
      { 425, "POST", 3, nil, false, "attempts" },
      { 421, "POST", nil, { methods = { "GET" } }, true },
      { 421, "POST", nil, { codes = { 503 } }, false, "not_retryable" },
      -- options
      { 503, "GET", 1, { max_attempts = 1 }, false, "attempts" },
      { 503, "GET", 4, { max_attempts = 5 }, true },
      { 503, "GET", 1e6, { max_attempts = math.huge }, true },
      { 503, "POST", nil, { methods = { "POST" } }, true },
      { 503, "GET", nil, { methods = { "POST" } }, false, "method" },
      { 503, "GET", nil, { methods = {} }, false, "method" },
      { 404, "GET", nil, { codes = { 404, 409 } }, true },
      { 404.0, "GET", nil, { codes = { 404 } }, true },
      { 503, "GET", nil, { codes = { 404 } }, false, "not_retryable" },
      { 503, "GET", nil, { codes = {} }, false, "not_retryable" },
      { 503, "GET", nil, {}, true },
      { 503, "GET", nil, { base = 3, jitter = "full" }, true }, -- retry_delay's fields ignored
    }
    for i, row in ipairs(rows) do
      local ok, reason = retry.should_retry(row[1], row[2], row[3], row[4])
      assert.are.equal(row[5], ok, "row " .. i)
      assert.are.equal(row[6], reason, "row " .. i)
    end
  end)

  it("retries every retryable code for every idempotent method", function()
    -- RFC 9110, 9.2.2, and QUERY (RFC 10008, 2: safe and idempotent)
    local idempotent = { "GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "QUERY" }
    for code = 100, 599 do
      for _, m in ipairs(idempotent) do
        quick.equal(hs.is_retryable(code), (retry.should_retry(code, m)))
      end
      local any = code == 421 or code == 425
      quick.equal(hs.is_retryable(code) and any, (retry.should_retry(code, "POST")))
    end
  end)

  it("repeats a QUERY like a GET (RFC 10008), but not its lower-case spelling", function()
    assert.is_true(retry.should_retry(503, "QUERY"))
    assert.is_true(hs.should_retry(503, "QUERY", 1))
    assert.are.same({ false, "method" }, { hs.should_retry(503, "query") })
    assert.are.same({ false, "attempts" }, { hs.should_retry(503, "QUERY", 3) })
  end)

  it("answers false, not_retryable for anything that is not a code", function()
    for _, row in ipairs(bad_values) do
      local ok, reason = retry.should_retry(row[2], "GET")
      assert.are.equal(false, ok, row[1])
      assert.are.equal("not_retryable", reason, row[1])
    end
  end)

  it("raises for a bad attempt or malformed opts", function()
    for _, a in ipairs { 0, -1, 1.5, "1", 0 / 0, math.huge, {}, true } do
      raises("should_retry", 3, "integer >= 1", function() retry.should_retry(503, "GET", a) end)
    end
    raises("should_retry", 4, "table or nil expected, got string", function()
      retry.should_retry(503, "GET", 1, "opts")
    end)
    raises("should_retry", 4, "opts.max_attempts", function()
      retry.should_retry(503, "GET", 1, { max_attempts = 0 })
    end)
    raises("should_retry", 4, "opts.max_attempts", function()
      retry.should_retry(503, "GET", 1, { max_attempts = 2.5 })
    end)
    raises("should_retry", 4, "opts.methods must be a list", function()
      retry.should_retry(503, "GET", 1, { methods = "GET" })
    end)
    raises("should_retry", 4, "opts.methods[2]", function()
      retry.should_retry(503, "GET", 1, { methods = { "GET", 5 } })
    end)
    raises("should_retry", 4, "opts.codes[1] must be status codes 100..599, got string", function()
      retry.should_retry(503, "GET", 1, { codes = { "503" } })
    end)
    raises("should_retry", 4, "opts.codes[1]", function()
      retry.should_retry(503, "GET", 1, { codes = { 99 } })
    end)
  end)
end)

describe("retry_delay", function()
  local function fixed(r) return function() return r end end

  it("backs off exponentially: 0.5 * 2^(attempt - 1), capped at 120", function()
    local want = { 0.5, 1, 2, 4, 8, 16, 32, 64, 120, 120, 120 }
    for attempt, d in ipairs(want) do
      local got, extra = retry.retry_delay(503, nil, attempt)
      assert.are.equal(d, got)
      assert.is_nil(extra) -- one value: ngx.sleep(hs.retry_delay(...)) takes exactly one
    end
    assert.are.equal(0.5, retry.retry_delay(503, {}))
    assert.are.equal(120, retry.retry_delay(503, {}, 100000)) -- 2^99999 is inf: capped
  end)

  it("takes base, factor and max_delay", function()
    local rows = {
      -- opts, attempt, delay
      { { base = 1, factor = 3 }, 1, 1 },
      { { base = 1, factor = 3 }, 3, 9 },
      { { base = 1, factor = 1 }, 50, 1 },
      { { base = 2, factor = 2, max_delay = 10 }, 3, 8 },
      { { base = 2, factor = 2, max_delay = 10 }, 4, 10 },
      { { base = 0 }, 1, 0 },
      { { base = 0 }, 100000, 0 }, -- no 0 * inf
      { { factor = 0 }, 1, 0.5 },
      { { factor = 0 }, 2, 0 },
      { { max_delay = 0 }, 5, 0 },
      { { max_delay = 1e300 }, 12, 1024 },
      { { base = 1, max_delay = 1e300 }, 2000, 1e300 }, -- 2^1999 is inf: capped
    }
    for i, row in ipairs(rows) do
      assert.are.equal(row[3], (retry.retry_delay(500, nil, row[2], row[1])), "row " .. i)
    end
  end)

  it("applies jitter after the cap, drawing from opts.random", function()
    local rows = {
      -- jitter, random, attempt, delay
      { "none", 0.25, 3, 2 },
      { "full", 0.25, 3, 0.5 },
      { "full", 0, 3, 0 },
      { "full", 1, 3, 2 },
      { "equal", 0.25, 3, 1.25 },
      { "equal", 0, 3, 1 },
      { "full", 0.5, 20, 60 }, -- half of the cap, not of 0.5 * 2^19
      { "equal", 0.5, 20, 90 },
    }
    for i, row in ipairs(rows) do
      local d = retry.retry_delay(503, nil, row[3], { jitter = row[1], random = fixed(row[2]) })
      assert.are.equal(row[4], d, "row " .. i)
    end
    -- math.random by default: within [0, d]
    for _ = 1, 200 do
      local d = retry.retry_delay(503, nil, 4, { jitter = "full" })
      assert.is_true(d >= 0 and d <= 4)
      d = retry.retry_delay(503, nil, 4, { jitter = "equal" })
      assert.is_true(d >= 2 and d <= 4)
    end
    local calls = 0
    retry.retry_delay(503, nil, 1, { random = function() calls = calls + 1 return 0 end })
    assert.are.equal(0, calls) -- "none" draws nothing
  end)

  it("uses Retry-After when the code gives it a meaning, found in any case", function()
    for _, name in ipairs { "Retry-After", "retry-after", "RETRY-AFTER", "rEtRy-AfTeR" } do
      local d, source = retry.retry_delay(503, { [name] = "7" }, 1)
      assert.are.equal(7, d, name)
      assert.is_nil(source) -- one value: ngx.sleep(hs.retry_delay(...)) takes exactly one
    end
    for _, code in ipairs { 429, 503, 413, 301, 307 } do
      assert.are.equal(7, (retry.retry_delay(code, { ["Retry-After"] = "7" }, 1)))
    end
    -- no meaning for 500, 408, 502: backoff
    for _, code in ipairs { 500, 408, 502, 504, 404, 0 } do
      local d, source = retry.retry_delay(code, { ["Retry-After"] = "7" }, 1)
      assert.are.equal(0.5, d)
      assert.is_nil(source) -- one value: ngx.sleep(hs.retry_delay(...)) takes exactly one
    end
  end)

  it("takes the first of repeated fields, and tables that answer any case", function()
    assert.are.equal(9, (retry.retry_delay(503, { ["retry-after"] = { "9", "5" } }, 1)))
    assert.are.equal(0.5, (retry.retry_delay(503, { ["retry-after"] = {} }, 1)))
    assert.are.equal(0.5, (retry.retry_delay(503, { ["retry-after"] = { 9 } }, 1)))
    assert.are.equal(0.5, (retry.retry_delay(503, { ["retry-after"] = 9 }, 1)))
    -- like ngx.resp.get_headers() and lua-resty-http: lower-case keys, any-case reads
    local raw = { ["retry-after"] = "11" }
    local h = setmetatable({}, { __index = function(_, k) return raw[k:lower()] end })
    assert.are.equal(11, (retry.retry_delay(503, h, 1)))
  end)

  it("caps Retry-After by max_delay and never jitters it", function()
    assert.are.equal(120, (retry.retry_delay(503, { ["Retry-After"] = "3600" }, 1)))
    assert.are.equal(3600, (retry.retry_delay(503, { ["Retry-After"] = "3600" }, 1,
      { max_delay = 1e9 })))
    assert.are.equal(7, (retry.retry_delay(503, { ["Retry-After"] = "7" }, 1,
      { jitter = "full", random = fixed(0) })))
    assert.are.equal(0, (retry.retry_delay(503, { ["Retry-After"] = "0" }, 5)))
  end)

  it("measures a date Retry-After against Date, else opts.now", function()
    local at = core.http_date(NOW + 30)
    assert.are.equal(30, (retry.retry_delay(503, { ["Retry-After"] = at }, 1, { now = NOW })))
    -- the server's Date wins over our clock
    local h = { ["Retry-After"] = at, Date = core.http_date(NOW - 15) }
    assert.are.equal(45, (retry.retry_delay(503, h, 1, { now = NOW })))
    h = { ["retry-after"] = at, ["date"] = { core.http_date(NOW + 20), "x" } }
    assert.are.equal(10, (retry.retry_delay(503, h, 1, { now = NOW })))
    -- a malformed Date: the receive time instead
    h = { ["Retry-After"] = at, Date = "yesterday" }
    assert.are.equal(30, (retry.retry_delay(503, h, 1, { now = NOW })))
    -- a date in the past: go now
    assert.are.equal(0, (retry.retry_delay(503, { ["Retry-After"] = core.http_date(NOW - 1) }, 1,
      { now = NOW })))
    -- opts.now defaults to os.time()
    local d = retry.retry_delay(503, { ["Retry-After"] = core.http_date(os.time() + 60) }, 1)
    assert.is_true(d >= 58 and d <= 60)
  end)

  it("falls back to backoff for a Retry-After that does not parse", function()
    for _, v in ipairs { "soon", "-1", "1.5", "", "Sun, 06 Nov 1994 08:49:37 UTC" } do
      local d, source = retry.retry_delay(503, { ["Retry-After"] = v }, 2)
      assert.are.equal(1, d, v)
      assert.is_nil(source) -- one value: ngx.sleep(hs.retry_delay(...)) takes exactly one
    end
  end)

  it("shares one options table with should_retry", function()
    local policy = { max_attempts = 4, base = 1, factor = 2, max_delay = 30, jitter = "none",
                     methods = { "GET", "POST" }, codes = { 503, 429 } }
    assert.is_true(retry.should_retry(503, "POST", 3, policy))
    assert.are.equal(4, (retry.retry_delay(503, nil, 3, policy)))
  end)

  it("raises for bad headers, attempt and opts", function()
    raises("retry_delay", 2, "table or nil expected, got string", function()
      retry.retry_delay(503, "Retry-After: 5", 1)
    end)
    raises("retry_delay", 3, "integer >= 1", function() retry.retry_delay(503, nil, 0) end)
    raises("retry_delay", 3, "integer >= 1", function() retry.retry_delay(503, nil, 1.5) end)
    raises("retry_delay", 4, "table or nil expected", function()
      retry.retry_delay(503, nil, 1, 5)
    end)
    local bad = {
      { { base = -1 }, "opts.base" },
      { { base = 0 / 0 }, "opts.base" },
      { { factor = "2" }, "opts.factor" },
      { { max_delay = -0.5 }, "opts.max_delay" },
      { { max_delay = 0 / 0 }, "opts.max_delay" },
      { { max_delay = math.huge }, "opts.max_delay must be a finite number" },
      { { base = math.huge }, "opts.base must be a finite number" },
      { { factor = math.huge }, "opts.factor must be a finite number" },
      { { jitter = "half" }, "opts.jitter" },
      { { jitter = true }, "opts.jitter" },
      { { random = 0.5 }, "opts.random must be a function" },
      { { now = "now" }, "opts.now" },
      { { now = math.huge }, "opts.now" },
    }
    for _, row in ipairs(bad) do
      raises("retry_delay", 4, row[2], function() retry.retry_delay(503, nil, 1, row[1]) end)
    end
    for _, r in ipairs { 1.5, -0.1, 0 / 0, "0.5" } do
      raises("retry_delay", 4, "opts.random must return a number in [0, 1]", function()
        retry.retry_delay(503, nil, 1, { jitter = "full", random = fixed(r) })
      end)
    end
  end)

  it("always gives a finite delay, or raises for the options (#18, 4.5)", function()
    -- the three of the issue: inf, NaN (inf * 0 from full jitter) and NaN (inf * 0^1)
    raises("retry_delay", 4, "opts.max_delay must be a finite number >= 0, got inf", function()
      retry.retry_delay(503, nil, 2000, { base = 1, max_delay = math.huge })
    end)
    raises("retry_delay", 4, "opts.max_delay must be a finite number >= 0, got inf", function()
      retry.retry_delay(503, nil, 2000, { max_delay = math.huge, jitter = "full",
                                          random = fixed(0) })
    end)
    raises("retry_delay", 4, "opts.base must be a finite number >= 0, got inf", function()
      retry.retry_delay(503, nil, 2, { base = math.huge, factor = 0 })
    end)
    raises("retry_delay", 4, "opts.factor must be a finite number >= 0, got -inf", function()
      retry.retry_delay(503, nil, 2, { factor = -math.huge })
    end)
    -- every option it accepts, at the edges: a number in [0, max_delay]
    local big = 1.7976931348623157e308
    local values = { 0, 1e-300, 0.5, 1, 2, 1e300, big }
    local function finite_delay(headers, attempt, opts)
      local d = retry.retry_delay(503, headers or nil, attempt, opts)
      if not (d == d and d >= 0 and d <= opts.max_delay and d < math.huge) then
        error(("retry_delay gave %s for base %s, factor %s, max_delay %s, attempt %s, "
          .. "jitter %s %s"):format(tostring(d), opts.base, opts.factor, opts.max_delay, attempt,
            opts.jitter, opts.random()))
      end
    end
    -- every combination, or under valgrind every step-th (spec/loops.lua)
    local n, step = 0, loops.step(7 ^ 3 * 5 * 6 * 2, 1000)
    for _, base in ipairs(values) do
      for _, factor in ipairs(values) do
        for _, max_delay in ipairs(values) do
          for _, attempt in ipairs { 1, 2, 50, 2000, 2 ^ 53 } do
            for _, j in ipairs { { "none", 0 }, { "full", 0 }, { "full", 1 }, { "equal", 0 },
                                 { "equal", 0.5 }, { "equal", 1 } } do
              local opts = { base = base, factor = factor, max_delay = max_delay,
                             jitter = j[1], random = fixed(j[2]) }
              for _, headers in ipairs { false, { ["Retry-After"] = "7" } } do
                n = n + 1
                if n % step == 0 then finite_delay(headers, attempt, opts) end
              end
            end
          end
        end
      end
    end
    assert.are.equal(7 ^ 3 * 5 * 6 * 2, n)
  end)

  it("answers a number for any code", function()
    for _, row in ipairs(bad_values) do
      local d, source = retry.retry_delay(row[2], { ["Retry-After"] = "3" }, 1)
      assert.are.equal(0.5, d, row[1])
      assert.is_nil(source) -- one value: ngx.sleep(hs.retry_delay(...)) takes exactly one
    end
  end)
end)

describe("the module", function()
  it("requires only the core, check and ratelimit (never the facade), and creates no global", function()
    assert.is_nil(rawget(_G, "retry"))
    local src = assert(io.open("lua/httpstatus/retry.lua")):read("*a")
    local required = {}
    for line in src:gmatch("[^\n]+") do
      if not line:find("^%s*%-%-") then -- code, not the usage in the doc comment
        for name in line:gmatch("require%s*%(?%s*[\"']([^\"']+)[\"']") do
          required[#required + 1] = name
        end
      end
    end
    assert.are.same({ "httpstatus.core", "httpstatus.check", "httpstatus.ratelimit" }, required)
  end)
end)
