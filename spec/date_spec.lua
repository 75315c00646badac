-- HTTP-dates (RFC 9110, 5.6.7) and Retry-After (10.2.3): core.parse_http_date,
-- core.http_date, core.retry_after and their wrappers in httpstatus.retry,
-- checked against Python's email.utils (spec/date_oracle.py) on tens of
-- thousands of dates, then on malformed dates and on values of every type.
local internal = require "internal"
local core = internal.module("httpstatus.core")
local retry = internal.module("httpstatus.retry")
local raises = require "raises"
local bad_values = require "bad_values"
local loops = require "loops"
local quick = require "quick"

-- 2026-03-15T12:00:00Z: two-digit years 76 (after 15 March) to 99 are 19xx
local NOW = 1773576000
-- 2090-07-01T00:00:00Z: 00 to 40 are 2100 to 2140
local LATER = 3802550400
local TIME_MAX = 253402300799
local DELAY_MAX = 2147483647

-- The oracle's dates for NOW and LATER: rows[now] = its lines, "text<TAB>epoch"
-- (split where they are used: valgrind's run takes a few), or nil and why
-- when python3 is absent. Run once: Python
-- takes a while to start, and the suite also runs under valgrind. make
-- test runs it once for all its runtimes: HS_ORACLE_DIR (its own folder,
-- new each run) keeps the answers of this very spec/date_oracle.py.
local oracle_rows, oracle_why
local function oracle()
  if oracle_rows or oracle_why then return oracle_rows, oracle_why end
  -- the sanitizer run preloads libasan into Lua; Python needs none of it
  local python = os.getenv("PYTHON") or "python3"
  local run = python .. " spec/date_oracle.py " .. NOW .. " " .. LATER
  local dir = os.getenv("HS_ORACLE_DIR")
  if dir then -- written whole under a name of its own, then renamed: a reader sees all or none
    local kept = dir .. "/date_oracle.txt"
    run = "test -s " .. kept .. " || { LD_PRELOAD= " .. run .. " >" .. kept .. ".$$ && mv "
      .. kept .. ".$$ " .. kept .. "; } && exec cat " .. kept
  else
    run = "LD_PRELOAD= exec " .. run
  end
  local p = assert(io.popen("if command -v " .. python .. " >/dev/null 2>&1; then " .. run
    .. " 2>&1; else echo no python3; fi"))
  local rows, lines = {}, nil
  for line in p:lines() do
    if line == "no python3" then
      oracle_why = "python3 is not installed: the oracle cannot run"
      break
    end
    if lines and line:byte(1) ~= 35 then -- not "#"
      lines[#lines + 1] = line
    else
      local now = line:match("^# now (%d+)$")
      assert(now, "oracle: " .. line)
      lines = {}
      rows[tonumber(now)] = lines
    end
  end
  p:close()
  if not oracle_why then oracle_rows = rows end
  return oracle_rows, oracle_why
end

describe("parse_http_date against the Python oracle", function()
  for _, now in ipairs { NOW, LATER } do
    it("agrees on every date, now = " .. now, function()
      local all, why = oracle()
      if not all then
        pending(why)
        return
      end
      local lines = assert(all[now], "no dates for " .. now)
      -- the first now gets all three forms, the second only rfc850-dates
      local least = now == NOW and 40000 or 15000
      assert.is_true(#lines > least, "only " .. #lines .. " dates from the oracle")
      local wrong, forms = {}, { imf = 0, rfc850 = 0, asctime = 0 }
      local function differ(text, what, got, want)
        if #wrong < 10 then
          wrong[#wrong + 1] = ("%s: %s %s, oracle %s"):format(text, what, tostring(got),
            tostring(want))
        else
          wrong.more = true
        end
      end
      -- every date, or under valgrind every step-th (spec/loops.lua: the 3
      -- forms and the 7 weekdays still all meet)
      local step = loops.step(#lines, 2000)
      local parse, http_date, retry_after = core.parse_http_date, core.http_date, core.retry_after
      for i = 1, #lines, step do
        local text, epoch = lines[i]:match("^([^\t]+)\t(%d+)$")
        if not text then error("oracle: " .. lines[i]) end
        epoch = tonumber(epoch)
        local t, err = parse(text, now)
        if t ~= epoch then differ(text, "parse", t or err, epoch) end
        local c4 = text:byte(4)
        if c4 == 44 then -- "Sun," IMF-fixdate: what http_date writes
          forms.imf = forms.imf + 1
          local s = http_date(epoch)
          if s ~= text then differ(text, "http_date", s, text) end
          local d = retry_after(text, epoch - 17)
          if d ~= 17 then differ(text, "retry_after", d, 17) end
        elseif c4 == 32 then -- "Sun " asctime-date: no two-digit year, now changes nothing
          forms.asctime = forms.asctime + 1
          local t3 = parse(text)
          if t3 ~= epoch then differ(text, "parse without now", t3, epoch) end
        else
          forms.rfc850 = forms.rfc850 + 1
          if forms.rfc850 % math.ceil(100 / step) == 0 then -- the wrapper passes now on
            local t2 = retry.parse_http_date(text, now)
            if t2 ~= epoch then differ(text, "retry.parse_http_date", t2, epoch) end
          end
        end
      end
      assert.are.same({}, wrong)
      local seen = 15000 / step -- of each form
      assert.is_true(forms.rfc850 > seen)
      if now == NOW then assert.is_true(forms.imf > seen and forms.asctime > seen) end
    end)
  end
end)

describe("parse_http_date", function()
  it("reads the three forms of RFC 9110's example", function()
    for _, text in ipairs {
      "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
      "Sun Nov  6 08:49:37 1994", "Sun Nov 06 08:49:37 1994",
    } do
      assert.are.equal(784111777, core.parse_http_date(text))
      assert.are.equal(784111777, core.parse_http_date(text, NOW))
      assert.are.equal(784111777, retry.parse_http_date(text))
    end
  end)

  it("gives an integer on 5.3+", function()
    local math_type = rawget(math, "type") -- 5.3+
    if math_type then
      assert.are.equal("integer", math_type(core.parse_http_date("Fri, 31 Dec 9999 23:59:59 GMT")))
      assert.are.equal("integer", math_type(core.retry_after("120", NOW)))
    end
    assert.are.equal(TIME_MAX, core.parse_http_date("Fri, 31 Dec 9999 23:59:59 GMT"))
    assert.are.equal(0, core.parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"))
  end)

  it("resolves two-digit years by the 50-year rule against now", function()
    -- without now: the fixed window 1970-2069
    assert.are.equal(3155960983, core.parse_http_date("Friday, 03-Jan-70 07:49:43 GMT", NOW))
    assert.is_nil(core.parse_http_date("Friday, 03-Jan-70 07:49:43 GMT")) -- 1970 was a Saturday
    assert.are.equal(3000, core.parse_http_date("Thursday, 01-Jan-70 00:50:00 GMT"))
    -- 15 March 2076 12:00:00 is exactly 50 years after NOW: still the future
    assert.are.equal(3351499200, core.parse_http_date("Sunday, 15-Mar-76 12:00:00 GMT", NOW))
    -- one second later it is 1976, a Monday
    assert.are.equal(195739201, core.parse_http_date("Monday, 15-Mar-76 12:00:01 GMT", NOW))
    local t, err = core.parse_http_date("Sunday, 15-Mar-76 12:00:01 GMT", NOW)
    assert.is_nil(t)
    assert.are.equal("weekday does not match the date", err)
    -- retry.parse_http_date's now defaults to os.time(): a date near today reads right
    local today = os.time()
    local text = core.http_date(today)
    local long = { Mon = "Monday", Tue = "Tuesday", Wed = "Wednesday", Thu = "Thursday",
                   Fri = "Friday", Sat = "Saturday", Sun = "Sunday" }
    local d, mon, yyyy, hms = text:match("^%a+, (%d%d) (%a+) (%d%d%d%d) (%S+) GMT$")
    local old = ("%s, %s-%s-%s %s GMT"):format(long[text:sub(1, 3)], d, mon, yyyy:sub(3), hms)
    assert.are.equal(today, retry.parse_http_date(old))
  end)

  it("reads a leap second as the second before it", function()
    assert.are.equal(1483228799, core.parse_http_date("Sat, 31 Dec 2016 23:59:60 GMT"))
    assert.is_nil(core.parse_http_date("Sat, 31 Dec 2016 23:58:60 GMT"))
  end)

  it("refuses malformed dates with a message saying what is wrong", function()
    local rows = {
      { "Mon, 06 Nov 1994 08:49:37 GMT", "weekday does not match" },
      { "Sun, 30 Feb 2020 08:49:37 GMT", "no such day" },
      { "Fri, 29 Feb 2019 08:49:37 GMT", "no such day" },
      { "Mon, 07 Nov 1994 24:00:00 GMT", "hour" },
      { "Sun, 06 Nov 1994 08:60:37 GMT", "minute" },
      { "Sun, 06 Nov 1994 08:49:60 GMT", "second" },
      { "Sun, 06 nov 1994 08:49:37 GMT", "month name" },
      { "sun, 06 Nov 1994 08:49:37 GMT", "day name" },
      { "Sun,  06 Nov 1994 08:49:37 GMT", "two-digit day" },
      { "Sun,\t06 Nov 1994 08:49:37 GMT", "space after ','" },
      { "Sun, 06 Nov 1994 08:49:37 GMT ", "unexpected bytes" },
      { " Sun, 06 Nov 1994 08:49:37 GMT", "day name" },
      { "Sun, 06 Nov 1994 08:49:37 UTC", "' GMT'" },
      { "Sun, 06 Nov 1994 08:49:37 gmt", "' GMT'" },
      { "Sun, 06 Nov 1994 08:49:37 GMT\0", "unexpected bytes" },
      { "Sun, 06 Nov 1994\0008:49:37 GMT", "single space" },
      { "Sun, 06 Nov 1994 08:49:37 GMTGMT", "unexpected bytes" },
      { "Sun, 06 Nov 94 08:49:37 GMT", "four-digit year" },
      { "Sun Nov 6 08:49:37 1994", "two digits or a space and one digit" },
      { "Sunday, 06-Nov-1994 08:49:37 GMT", "single space" },
      { "Wed, 31 Dec 1969 23:59:59 GMT", "before 1970" },
      { "", "empty" },
      { "tomorrow", "day name" },
    }
    for _, row in ipairs(rows) do
      local t, err = core.parse_http_date(row[1])
      assert.is_nil(t, row[1])
      assert.is_truthy(err:find(row[2], 1, true), row[1] .. ": " .. err)
      local t2, err2 = retry.parse_http_date(row[1])
      assert.is_nil(t2)
      assert.are.equal(err, err2)
    end
    -- every prefix of a valid date is refused
    local date = "Sunday, 06-Nov-94 08:49:37 GMT"
    for n = 0, #date - 1 do
      assert.is_nil(core.parse_http_date(date:sub(1, n)), date:sub(1, n))
    end
  end)
end)

describe("http_date", function()
  it("writes IMF-fixdate, the form a sender must generate", function()
    assert.are.equal("Sun, 06 Nov 1994 08:49:37 GMT", core.http_date(784111777))
    assert.are.equal("Sun, 06 Nov 1994 08:49:37 GMT", retry.http_date(784111777))
    assert.are.equal("Sun, 06 Nov 1994 08:49:37 GMT", retry.http_date(784111777.0))
    assert.are.equal("Thu, 01 Jan 1970 00:00:00 GMT", retry.http_date(0))
    assert.are.equal("Fri, 31 Dec 9999 23:59:59 GMT", retry.http_date(TIME_MAX))
    assert.are.equal("Tue, 19 Jan 2038 03:14:08 GMT", retry.http_date(2 ^ 31))
  end)

  it("round-trips every 1000003rd second through the three forms", function()
    for t = 0, TIME_MAX, 1000003 * 97 do
      quick.equal(t, core.parse_http_date(core.http_date(t)))
    end
  end)

  it("core answers nil and a message for a t it cannot write; retry raises", function()
    for _, t in ipairs { -1, TIME_MAX + 1, 1.5, 0 / 0, math.huge, -math.huge, 2 ^ 63 } do
      local s, err = core.http_date(t)
      assert.is_nil(s)
      assert.is_truthy(err:find("0..253402300799", 1, true))
      raises("http_date", 1, "integral number of seconds", function() retry.http_date(t) end)
    end
    raises("http_date", 1, "got nil", function() retry.http_date() end)
    raises("http_date", 1, "got string", function() retry.http_date("0") end)
  end)
end)

describe("retry_after", function()
  local date = "Sun, 06 Nov 1994 08:49:37 GMT"
  local t = 784111777

  it("reads delay-seconds: digits only, clamped to 2^31 - 1", function()
    assert.are.equal(120, core.retry_after("120", NOW))
    assert.are.equal(120, core.retry_after(" 0120\t", NOW)) -- OWS trimmed, zeros fine
    assert.are.equal(0, core.retry_after("0", NOW))
    assert.are.equal(DELAY_MAX, core.retry_after("2147483648", NOW))
    assert.are.equal(DELAY_MAX, core.retry_after(("9"):rep(100000), NOW))
    for _, v in ipairs { "-1", "+1", "1.5", "1e3", "1 2", "12s", "", "  ", "120\r\n", "1\0" } do
      local d, err = core.retry_after(v, NOW)
      assert.is_nil(d, v)
      assert.are.equal("string", type(err))
    end
  end)

  it("measures a date against the response's Date, else now", function()
    assert.are.equal(30, core.retry_after(date, t - 30))
    assert.are.equal(0, core.retry_after(date, t + 30)) -- past: no wait
    assert.are.equal(DELAY_MAX, core.retry_after("Fri, 31 Dec 9999 23:59:59 GMT", 0))
    -- the server's clock on both sides: our skewed now does not matter
    assert.are.equal(60, core.retry_after(date, NOW, "Sun, 06 Nov 1994 08:48:37 GMT"))
    assert.are.equal(60, retry.retry_after(date, NOW, "Sun, 06 Nov 1994 08:48:37 GMT"))
    assert.are.equal(60, core.retry_after(date, NOW, "  Sun, 06 Nov 1994 08:48:37 GMT "))
    assert.are.equal(60, core.retry_after(date, NOW, "Sunday, 06-Nov-94 08:48:37 GMT"))
    -- a malformed Date is replaced by now (RFC 9110, 6.6.1)
    assert.are.equal(30, core.retry_after(date, t - 30, "yesterday"))
    assert.are.equal(30, core.retry_after(date, t - 30, "Mon, 06 Nov 1994 08:48:37 GMT"))
    assert.are.equal(30, core.retry_after(date, t - 30, ""))
    -- delay-seconds do not depend on either
    assert.are.equal(5, core.retry_after("5", NOW, "Sun, 06 Nov 1994 08:48:37 GMT"))
    -- a fractional now (ngx.now()) is rounded down
    assert.are.equal(30, core.retry_after(date, t - 30 + 0.999))
    assert.are.equal(31, core.retry_after(date, t - 30 - 0.001))
  end)

  it("defaults now to os.time() in the wrapper", function()
    local soon = core.http_date(os.time() + 3600)
    local d = retry.retry_after(soon)
    assert.is_true(d >= 3598 and d <= 3600, tostring(d))
    assert.are.equal(7, retry.retry_after("7"))
  end)

  it("raises only for the caller's mistakes", function()
    raises("retry_after", 2, "finite number", function() retry.retry_after("5", "now") end)
    raises("retry_after", 2, "got NaN", function() retry.retry_after("5", 0 / 0) end)
    raises("retry_after", 2, "got inf", function() retry.retry_after("5", math.huge) end)
    raises("retry_after", 3, "string or nil expected, got table", function()
      retry.retry_after("5", NOW, {})
    end)
    raises("parse_http_date", 2, "finite number", function() retry.parse_http_date(date, "x") end)
    -- the value itself is parsed, never a programmer error
    local d, err = retry.retry_after({}, NOW)
    assert.is_nil(d)
    assert.is_truthy(err:find("must be a string, got table", 1, true))
  end)
end)

describe("now", function()
  local date = "Sun, 06 Nov 1994 08:49:37 GMT"
  local rfc850 = "Sunday, 06-Nov-94 08:49:37 GMT"
  local tointeger = rawget(math, "tointeger") -- 5.3+

  -- every finite time, as a float and (5.3+) as the integer of the same value
  local function times()
    local list = { 0, NOW, NOW + 0.5, TIME_MAX + 1, 4e18, 4.1e18, 2 ^ 62, 2 ^ 63, 1e300, -1,
                   -4.1e18, -2 ^ 63, -1e300 }
    if tointeger then
      for _, t in ipairs { 4.1e18, 2 ^ 62, -4.1e18, -2 ^ 62 } do list[#list + 1] = tointeger(t) end
      list[#list + 1] = rawget(math, "maxinteger")
      list[#list + 1] = rawget(math, "mininteger")
    end
    return list
  end

  it("is any finite number, integer or float, on every side (#18, 4.6)", function()
    for _, now in ipairs(times()) do
      local label = tostring(now)
      assert.are.equal(120, core.retry_after("120", now), label)
      assert.are.equal(120, retry.retry_after("120", now), label)
      assert.are.equal(120, (retry.retry_delay(503, { ["Retry-After"] = "120" }, 1,
        { now = now, max_delay = 1000 })), label)
      assert.are.equal(784111777, retry.parse_http_date(date, now), label)
      assert.is_number(retry.parse_http_date(rfc850, now), label)
      local wait = retry.retry_after(date, now)
      if now >= 784111777 then
        assert.are.equal(0, wait, label)
      elseif now < 0 and now < -TIME_MAX then
        assert.are.equal(DELAY_MAX, wait, label)
      end
    end
  end)

  it("beyond the dates HTTP carries answers as the nearest end does", function()
    for _, now in ipairs { TIME_MAX + 1, 4e18, 2 ^ 62, 1e300 } do
      assert.are.equal(retry.parse_http_date(rfc850, TIME_MAX), retry.parse_http_date(rfc850, now))
      assert.are.equal(0, retry.retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now))
    end
    for _, now in ipairs { -TIME_MAX - 1, -4e18, -2 ^ 62, -1e300 } do
      assert.are.equal(retry.parse_http_date(rfc850, 0), retry.parse_http_date(rfc850, now))
      assert.are.equal(DELAY_MAX, retry.retry_after(date, now))
    end
  end)

  it("that is no finite number gets one message, from the wrapper's check", function()
    for _, now in ipairs { 0 / 0, math.huge, -math.huge } do
      local _, c_message = core.retry_after("120", now)
      assert.are.equal("now must be a finite number (seconds since the epoch)", c_message)
      local rest = raises("retry_after", 2, c_message .. ", got ", function()
        retry.retry_after("120", now)
      end)
      assert.truthy(rest)
      raises("parse_http_date", 2, c_message .. ", got ", function()
        retry.parse_http_date(date, now)
      end)
      raises("retry_delay", 4, "opts." .. c_message .. ", got ", function()
        retry.retry_delay(503, nil, 1, { now = now })
      end)
    end
  end)
end)

describe("every value of spec/bad_values.lua", function()
  -- each call returns (a result or nil and a message) and never raises
  local function answers(fn, ...)
    local ok, a, b = pcall(fn, ...)
    assert.is_true(ok, tostring(a))
    if a == nil then assert.are.equal("string", type(b)) end
    return a
  end

  it("gets an answer from every core function, in every position", function()
    for _, row in ipairs(bad_values) do
      local v = row[2]
      answers(core.parse_http_date, v)
      answers(core.parse_http_date, v, NOW)
      answers(core.parse_http_date, "Sun, 06 Nov 1994 08:49:37 GMT", v)
      local s = answers(core.http_date, v)
      if s then assert.are.equal(v, core.parse_http_date(s), row[1]) end
      local d = answers(core.retry_after, v, NOW)
      if d then assert.is_true(d >= 0 and d <= DELAY_MAX, row[1]) end
      answers(core.retry_after, "120", v)
      answers(core.retry_after, "Sun, 06 Nov 1994 08:49:37 GMT", NOW, v)
      answers(core.retry_after, v, v, v)
    end
  end)

  it("the wrappers parse any value and raise only argument errors", function()
    for _, row in ipairs(bad_values) do
      local v = row[2]
      answers(retry.parse_http_date, v)
      answers(retry.retry_after, v)
      local ok, err = pcall(retry.http_date, v)
      if not ok then assert.is_truthy(err:find("bad argument #1 to 'http_date'", 1, true)) end
      for _, call in ipairs {
        function() return retry.retry_after("5", v) end,
        function() return retry.retry_after("5", NOW, v) end,
        function() return retry.parse_http_date("5", v) end,
      } do
        local ok2, err2 = pcall(call)
        if not ok2 then assert.is_truthy(err2:find("bad argument #", 1, true), err2) end
      end
    end
  end)
end)
