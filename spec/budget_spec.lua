-- httpstatus.budget against the stand-in shared dict of spec/fake_ngx.lua
-- (ngx_lua's shdict semantics: incr with init and init_ttl, add, expire,
-- LRU eviction when full) and a clock the spec moves. Two budgets over one
-- dict stand for two workers; dict.before runs one worker's call in the
-- middle of another's, to interleave them. spec/nginx/budget_spec.lua runs
-- the same module in a real nginx with two workers.
local fake_ngx = require "fake_ngx"
local raises = require "raises"

local budget = require "httpstatus.budget"

-- a dict (1 MiB unless given) and a clock, and new(opts) -> a budget over
-- them; new2 makes a second "worker" over the same dict
local function setup(opts, capacity)
  local clock = fake_ngx.clock(1773576000) -- on a slot boundary of every window used here
  local dict = fake_ngx.shared_dict(capacity or 1024 * 1024, clock)
  local function new(o)
    return fake_ngx.with_ngx({ up = dict }, clock, function()
      local b = budget.new("up", o) -- not a tail call: the error blames this line
      return b
    end)
  end
  return new(opts), dict, clock, new
end

-- n allows, all let through
local function requests(b, key, n)
  for _ = 1, n do assert.is_true((b:allow(key))) end
end

-- can_retry until it refuses; the number it granted
local function drain(b, key)
  local granted = 0
  while true do
    local ok, why = b:can_retry(key)
    if not ok then
      assert.are.equal("budget", why)
      return granted
    end
    granted = granted + 1
    assert(granted < 10000, "can_retry never refuses")
  end
end

describe("budget.new", function()
  it("needs a lua_shared_dict that exists, and OpenResty", function()
    local clock = fake_ngx.clock()
    local dict = fake_ngx.shared_dict(65536, clock)
    fake_ngx.with_ngx({ up = dict }, clock, function()
      raises("new", 1, 'no lua_shared_dict "down"', function() budget.new("down") end)
      raises("new", 1, "the name of a lua_shared_dict expected, got nil", function() budget.new() end)
      raises("new", 1, "got table", function() budget.new(dict) end)
    end)
    raises("new", 1, "ngx.shared is missing", function() budget.new("up") end)
  end)

  it("refuses unknown options and bad values, naming them", function()
    local _, _, _, new = setup()
    local rows = {
      { { ration = 0.2 }, 'unknown option "ration"' },
      { { 0.2 }, "unknown option 1" },
      { "fast", "table or nil expected" },
      { { ratio = -0.1 }, "opts.ratio must be a finite number >= 0, got -0.1" },
      { { ratio = 0 / 0 }, "opts.ratio must be" },
      { { window = 0 }, "opts.window must be a finite number > 0" },
      { { window = math.huge }, "opts.window must be" },
      { { min_per_second = "3" }, "opts.min_per_second must be" },
      { { failures = 0 }, "opts.failures must be an integer >= 1, or false" },
      { { failures = 2.5 }, "opts.failures must be" },
      { { failure_ratio = 1.5 }, "opts.failure_ratio must be a number in (0, 1]" },
      { { min_requests = 0 }, "opts.min_requests must be" },
      { { open_time = 0 }, "opts.open_time must be" },
      { { open_time = 10, max_open_time = 5 }, "opts.max_open_time (5) must be >= opts.open_time" },
      { { probes = 0 }, "opts.probes must be" },
      { { max_retry_after = -1 }, "opts.max_retry_after must be" },
      { { max_keys = 1.5 }, "opts.max_keys must be" },
      { { codes = 503 }, "opts.codes must be a list of status codes" },
      { { codes = { 503, "502" } }, 'opts.codes[2] must be a status code 100..599, got string "502"' },
    }
    for _, row in ipairs(rows) do
      raises("new", 2, row[2], function() new(row[1]) end)
    end
    -- false turns a breaker rule off; every option at once is fine
    assert.is_table(new { failures = false, failure_ratio = false })
    assert.is_table(new { ratio = 0.1, window = 1, min_per_second = 0, failures = 3,
      failure_ratio = 0.9, min_requests = 5, open_time = 1, max_open_time = 8, probes = 2,
      max_retry_after = 30, max_keys = 10, codes = { 502, 503.0 } })
  end)
end)

describe("a budget's methods", function()
  local b = setup()

  it("raise for a bad key, status or headers, at the caller's line", function()
    for _, fname in ipairs { "allow", "record", "can_retry", "stats" } do
      for _, key in ipairs { 1, "", ("k"):rep(201), false } do
        raises(fname, 1, "key: a non-empty string of at most 200 bytes expected",
          function() b[fname](b, key) end)
      end
      raises(fname, 1, "a budget expected, got string \"k\"; call b:" .. fname,
        function() b[fname]("k") end)
    end
    raises("record", 2, "status code 100..599 or nil (no answer) expected, got 99",
      function() b:record("k", 99) end)
    raises("record", 2, 'got string "503"', function() b:record("k", "503") end)
    raises("record", 2, "got 503.5", function() b:record("k", 503.5) end)
    raises("record", 3, "table or nil expected, got string", function()
      b:record("k", 503, "Retry-After: 1")
    end)
  end)
end)

describe("the retry budget", function()
  it("grants ratio * requests + min_per_second * window retries, then refuses", function()
    local b = setup() -- 0.2, 10 s, 3 per second: a reserve of 30
    assert.are.equal(30, drain(b, "up1"))        -- the floor alone
    requests(b, "up1", 100)
    assert.are.equal(20, drain(b, "up1"))        -- 0.2 * 100 more
    requests(b, "up1", 5)
    assert.are.equal(1, drain(b, "up1"))
    local s = b:stats("up1")
    assert.are.same({ 105, 51 }, { s.requests, s.retries })
    -- keys are apart
    assert.are.equal(30, drain(b, "up2"))
  end)

  it("counts across workers: two budgets over one dict are one budget", function()
    local w1, _, _, new = setup { ratio = 0.5, min_per_second = 0 }
    local w2 = new { ratio = 0.5, min_per_second = 0 }
    requests(w1, "k", 10)
    requests(w2, "k", 10)
    local granted = 0
    for _ = 1, 20 do
      if w1:can_retry("k") then granted = granted + 1 end
      if w2:can_retry("k") then granted = granted + 1 end
    end
    assert.are.equal(10, granted)
  end)

  it("slides over the window: the previous slot counts by the share still inside it", function()
    local b, _, clock = setup { ratio = 0.5, min_per_second = 0, window = 10 }
    requests(b, "k", 40)
    assert.are.equal(20, drain(b, "k"))
    clock.advance(15) -- half of the last slot is still in the window: 20 requests, 10 retries
    requests(b, "k", 20) -- 40 requests now, so 20 retries, 10 of them taken
    assert.are.equal(10, drain(b, "k"))
    clock.advance(10) -- the first slot is gone, the second half inside: 10 requests, 5 retries
    assert.are.equal(0, drain(b, "k"))
    clock.advance(5)
    assert.are.equal(0, b:stats("k").requests)
    assert.are.equal(0, drain(b, "k"))
  end)

  it("lets no more through than the limit when workers race between count and check", function()
    local w1, dict, _, new = setup { ratio = 0, min_per_second = 0.1, window = 10 } -- one retry
    local w2 = new { ratio = 0, min_per_second = 0.1, window = 10 }
    -- each of w1's reads runs a whole can_retry of w2 first: w2 sees w1's count
    local inside = false
    dict.before = function(op)
      if op == "get" and not inside then
        inside = true
        local ok = w2:can_retry("k")
        inside = false
        if ok then dict.granted = (dict.granted or 0) + 1 end
      end
    end
    local granted = 0
    for _ = 1, 5 do
      if w1:can_retry("k") then granted = granted + 1 end
    end
    dict.before = nil
    assert.are.equal(1, granted + (dict.granted or 0))
  end)
end)

describe("the breaker", function()
  it("opens after opts.failures consecutive failures of the retryable kinds", function()
    local b = setup { failures = 3, failure_ratio = false }
    for _, status in ipairs { 503, 502 } do b:record("k", status) end
    b:record("k", 404) -- not a failure of the upstream: the run starts again
    b:record("k", 501) -- not retryable either
    b:record("k", 503)
    b:record("k", nil) -- no answer
    assert.is_true((b:allow("k")))
    assert.are.equal("closed", b:stats("k").state)
    b:record("k", 504)
    assert.are.same({ false, "open" }, { b:allow("k") })
    local s = b:stats("k")
    assert.are.same({ "open", 1, 3 }, { s.state, s.trips, s.consecutive })
    assert.is_true((b:allow("other"))) -- per key
  end)

  it("counts opts.codes instead of should_retry's kinds when given", function()
    local b = setup { failures = 2, failure_ratio = false, codes = { 404 } }
    b:record("k", 503)
    b:record("k", 503)
    assert.is_true((b:allow("k")))
    b:record("k", 404)
    b:record("k", 404)
    assert.are.same({ false, "open" }, { b:allow("k") })
  end)

  it("probes when half-open, closes on success, reopens longer on failure, up to the cap", function()
    local b, _, clock, new = setup { failures = 2, failure_ratio = false, open_time = 1,
                                     max_open_time = 3 }
    local w2 = new { failures = 2, failure_ratio = false, open_time = 1, max_open_time = 3 }
    b:record("k", nil)
    b:record("k", nil)
    assert.are.same({ false, "open" }, { w2:allow("k") })
    clock.advance(0.999)
    assert.are.same({ false, "open" }, { b:allow("k") })
    clock.advance(0.001) -- half-open: one probe, from either worker
    assert.are.equal("half_open", b:stats("k").state)
    assert.is_true((w2:allow("k")))
    assert.are.same({ false, "open" }, { b:allow("k") })
    w2:record("k", 502) -- the probe failed: open again, for 2 s
    assert.are.equal("open", b:stats("k").state)
    clock.advance(1.5)
    assert.are.same({ false, "open" }, { b:allow("k") })
    clock.advance(0.5)
    assert.is_true((b:allow("k")))
    b:record("k", nil) -- 4 s would be next: capped at 3
    clock.advance(2.9)
    assert.are.same({ false, "open" }, { b:allow("k") })
    clock.advance(0.1)
    assert.is_true((b:allow("k")))
    assert.are.equal(3, b:stats("k").trips)
    b:record("k", 200) -- the probe answered: closed
    local s = b:stats("k")
    assert.are.same({ "closed", 0, 0 }, { s.state, s.trips, s.consecutive })
    for _ = 1, 5 do assert.is_true((w2:allow("k"))) end
    b:record("k", 503) -- one failure after closing does not reopen it
    assert.is_true((b:allow("k")))
    b:record("k", 503) -- two do, for open_time again
    assert.are.same({ false, "open" }, { b:allow("k") })
    clock.advance(1)
    assert.is_true((b:allow("k")))
  end)

  it("lets another probe out when a probe never answers", function()
    local b, _, clock = setup { failures = 1, failure_ratio = false, open_time = 2, probes = 2 }
    b:record("k", 503)
    clock.advance(2)
    assert.is_true((b:allow("k")))
    assert.is_true((b:allow("k")))
    assert.are.same({ false, "open" }, { b:allow("k") })
    clock.advance(2) -- neither answered
    assert.is_true((b:allow("k")))
  end)

  it("opens on the window's failure ratio once there are min_requests", function()
    local b, _, clock = setup { failures = false, failure_ratio = 0.5, min_requests = 10,
                                window = 1, open_time = 5 }
    for i = 1, 10 do
      assert.is_true((b:allow("k")))
      b:record("k", i % 2 == 0 and 503 or 200) -- never two in a row
      if i < 10 then assert.is_true((b:allow("probe-free"))) end
      assert.are.equal(i < 10 and "closed" or "open", b:stats("k").state, "request " .. i)
    end
    -- below min_requests nothing opens, whatever the ratio
    for _ = 1, 9 do
      assert.is_true((b:allow("few")))
      b:record("few", 503)
    end
    assert.are.equal("closed", b:stats("few").state)
    -- 4 failures in 10 stay under 0.5
    for i = 1, 10 do
      assert.is_true((b:allow("fine")))
      b:record("fine", i <= 4 and 503 or 200)
    end
    assert.are.equal("closed", b:stats("fine").state)
    -- "k" is open: its probe fails, and opens it again for twice as long,
    -- although the window has long forgotten the failures (and there is no
    -- consecutive rule)
    clock.advance(5)
    assert.is_true((b:allow("k")))
    b:record("k", 503)
    assert.are.same({ "open", 2 }, { b:stats("k").state, b:stats("k").trips })
    clock.advance(9.9)
    assert.are.same({ false, "open" }, { b:allow("k") })
    clock.advance(0.1)
    assert.is_true((b:allow("k")))
    b:record("k", 200)
    assert.are.equal("closed", b:stats("k").state)
  end)

  it("forgets the outage's failures when a probe closes it", function()
    -- a long window, a short open time: the failures are still in the window
    local b, _, clock = setup { failures = false, failure_ratio = 0.5, min_requests = 10,
                                window = 60, open_time = 1 }
    for i = 1, 10 do
      assert.is_true((b:allow("k")))
      b:record("k", i % 2 == 0 and 503 or 200)
    end
    assert.are.equal("open", b:stats("k").state)
    clock.advance(1)
    assert.is_true((b:allow("k")))
    b:record("k", 200)
    assert.are.equal("closed", b:stats("k").state)
    assert.is_true((b:allow("k")))
    b:record("k", 503) -- 1 failure in 12 requests since it closed, not 6
    assert.are.equal("closed", b:stats("k").state)
  end)
end)

describe("Retry-After", function()
  it("holds the whole key back on a 503 or 429, on every worker, until it passes", function()
    local b, _, clock, new = setup()
    local w2 = new()
    b:record("k", 503, { ["Retry-After"] = "2" })
    assert.are.same({ false, "retry_after" }, { w2:allow("k") })
    assert.are.same({ false, "retry_after" }, { b:allow("k") })
    assert.are.equal(2, b:stats("k").wait)
    clock.advance(1.999)
    assert.are.same({ false, "retry_after" }, { w2:allow("k") })
    clock.advance(0.001)
    assert.is_true((w2:allow("k")))
    assert.is_true((b:allow("k")))
    -- names in any case, a list (the first value), a date against the response's Date
    local t0 = clock()
    b:record("a", 429, { ["retry-after"] = { "3", "9" } })
    b:record("d", 503, { ["RETRY-AFTER"] = "Sun, 06 Nov 1994 08:49:41 GMT",
                         Date = "Sun, 06 Nov 1994 08:49:37 GMT" })
    clock.set(t0 + 2.9)
    assert.are.same({ false, "retry_after" }, { b:allow("a") })
    assert.are.same({ false, "retry_after" }, { b:allow("d") })
    clock.set(t0 + 3)
    assert.are.same({ true, false }, { (b:allow("a")), (b:allow("d")) })
    clock.set(t0 + 4)
    assert.is_true((b:allow("d")))
  end)

  it("falls back on the RateLimit field's reset of a 429 or 503, and Retry-After wins", function()
    local b, _, clock = setup()
    local t0 = clock()
    b:record("rl", 429, { RateLimit = '"default";r=0;t=3' })
    b:record("both", 503, { ["Retry-After"] = "1", ratelimit = '"default";r=0;t=30' })
    b:record("left", 429, { RateLimit = '"default";r=5;t=30' }) -- quota left: no wait
    b:record("bad", 503, { ["Retry-After"] = "soon", RateLimit = '"default";r=0;t=2' })
    b:record("502", 502, { RateLimit = '"default";r=0;t=30' }) -- no such meaning
    clock.set(t0 + 0.5)
    assert.are.same({ false, "retry_after" }, { b:allow("rl") })
    assert.are.same({ false, "retry_after" }, { b:allow("both") })
    assert.are.same({ false, "retry_after" }, { b:allow("bad") })
    assert.is_true((b:allow("left")))
    assert.is_true((b:allow("502")))
    clock.set(t0 + 1)
    assert.is_true((b:allow("both")))
    clock.set(t0 + 2)
    assert.is_true((b:allow("bad")))
    assert.are.same({ false, "retry_after" }, { b:allow("rl") })
    clock.set(t0 + 3)
    assert.is_true((b:allow("rl")))
  end)

  it("is capped by max_retry_after, and ignored where it means no wait for the key", function()
    local b, _, clock = setup { max_retry_after = 5 }
    local t0 = clock()
    b:record("cap", 503, { ["Retry-After"] = "86400" })
    clock.set(t0 + 4.9)
    assert.are.same({ false, "retry_after" }, { b:allow("cap") })
    clock.set(t0 + 5)
    assert.is_true((b:allow("cap")))
    for _, case in ipairs {
      { 500, "10" }, { 502, "10" }, -- no Retry-After meaning (RFC 9110, 10.2.3)
      { 301, "10" }, { 200, "10" }, { 413, "10" }, -- not a failure of the upstream
      { 503, "0" }, { 503, "soon" }, { 503, "-5" }, { 503, "Sun, 06 Nov 1994 08:49:37 GMT" },
    } do
      b:record("x", case[1], { ["Retry-After"] = case[2] })
      assert.is_true((b:allow("x")), case[1] .. " " .. case[2])
    end
  end)
end)

describe("stats", function()
  it("gives a fresh table of the window's counts and the state", function()
    local b = setup { failures = 2, failure_ratio = false }
    assert.are.same({ requests = 0, retries = 0, failures = 0, consecutive = 0, trips = 0,
                      state = "closed", wait = 0 }, b:stats("k"))
    requests(b, "k", 3)
    b:record("k", 503)
    b:record("k", 200)
    b:record("k", 503)
    assert.is_true(b:can_retry("k"))
    local s = b:stats("k")
    assert.are.same({ requests = 3, retries = 1, failures = 2, consecutive = 1, trips = 0,
                      state = "closed", wait = 0 }, s)
    s.requests = 99
    assert.are.equal(3, b:stats("k").requests)
  end)
end)

describe("memory", function()
  it("holds at most 4 * max_keys keys of 12 entries, and keeps the keys in use", function()
    -- a dict as big as the bound: the flood must never evict a live entry
    local b, dict, clock = setup({ max_keys = 50, window = 1, max_open_time = 1,
                                   open_time = 1, max_retry_after = 1, failures = 1 },
                                 4 * 50 * 12 * 128 + 4096)
    -- an upstream that is down, known before the flood
    b:record("down", nil)
    assert.are.same({ false, "open" }, { b:allow("down") })
    local most = 0
    for i = 1, 20000 do
      local key = "flood-" .. i
      b:allow(key)
      b:record(key, 503, { ["Retry-After"] = "1" })
      b:can_retry(key)
      if i % 100 == 0 then
        -- still known to be down: refused, or let out as a probe that fails
        local ok, why = b:allow("down")
        if ok then b:record("down", nil) else assert.are.equal("open", why) end
        assert.are_not.equal("closed", b:stats("down").state, "after " .. i .. " keys")
      end
      if dict.entries() > most then most = dict.entries() end
      if i % 400 == 0 then clock.advance(0.5) end -- 25 s in all: a dozen slots of 2 s
    end
    assert(most <= 4 * 50 * 12 + 1, "the dict held " .. most .. " entries")
    assert(most > 50 * 12, "the flood was kept out entirely: " .. most .. " entries")
    assert.are.equal(0, dict.evicted)
  end)

  it("answers a key beyond the bound with no state: let through, no retry, nothing kept", function()
    local b, dict = setup { max_keys = 2 }
    assert.is_true((b:allow("a")))
    assert.is_true((b:allow("b")))
    local held = dict.entries()
    for _ = 1, 10 do b:record("c", 503, { ["Retry-After"] = "60" }) end
    assert.is_true((b:allow("c")))
    assert.are.same({ false, "budget" }, { b:can_retry("c") })
    assert.are.equal(held, dict.entries())
    assert.are.same({ "closed", 0 }, { b:stats("c").state, b:stats("c").requests })
    assert.are.equal(30, drain(b, "a")) -- the admitted ones keep their budget
  end)
end)

describe("the stand-in shared dict", function()
  -- the shdict semantics the budget relies on, as lua-nginx-module has them
  it("incr creates with init and init_ttl, adds to a live item, revives an expired one", function()
    local clock = fake_ngx.clock(1000)
    local d = fake_ngx.shared_dict(65536, clock)
    assert.are.same({ nil, "not found" }, { d:incr("n", 1) })
    assert.are.equal(6, (d:incr("n", 1, 5, 2)))
    clock.advance(1)
    assert.are.equal(7, (d:incr("n", 1, 5, 10))) -- init_ttl only when created
    assert.are.equal(1, d:ttl("n"))
    clock.advance(1)
    assert.is_nil(d:get("n"))
    assert.are.equal(9, (d:incr("n", 4, 5, 1)))
    assert.are.same({ false, "exists", false }, { d:add("n", 1) })
    assert.is_true((d:set("s", "x")))
    assert.are.same({ nil, "not a number" }, { d:incr("s", 1) })
    assert.is_true(d:expire("s", 0.5))
    clock.advance(0.5)
    assert.is_nil(d:get("s"))
    assert.is_true((d:add("s", 1, 1))) -- an expired item is no obstacle to add
    d:flush_all()
    assert.is_nil(d:get("n"))
  end)

  it("evicts the least recently used items when full, and safe_* refuse instead", function()
    local clock = fake_ngx.clock(1000)
    local d = fake_ngx.shared_dict(128 * 4, clock) -- four items
    for i = 1, 4 do assert.is_true((d:set("k" .. i, i))) end
    assert.are.equal(1, d:get("k1")) -- k1 is now the most recent; k2 the least
    assert.are.same({ nil, "no memory" }, { d:safe_add("k5", 5) })
    local ok, err, forcible = d:add("k5", 5)
    assert.are.same({ true, nil, true }, { ok, err, forcible })
    assert.is_nil(d:get("k2"))
    assert.are.equal(1, d:get("k1"))
    assert.are.equal(1, d.evicted)
  end)
end)
