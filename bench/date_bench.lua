-- retry.retry_after on IMF-fixdates against the version users write by
-- hand: string.match, then os.time on the fields. Repetitions interleaved;
-- prints ns per call (median of the repetitions) for both sides and the
-- median of the per-repetition ratios, which cancels drift better than a
-- ratio of medians. Then why the hand-written one is not just slower but
-- wrong: os.time reads its table as LOCAL time, so outside a UTC machine
-- every delay is off by the zone's offset (and by an hour around a DST
-- change), and it has no rfc850 or asctime form and no weekday check.
--
--   LUA_PATH="lua/?.lua;;" LUA_CPATH="build/5.4/?.so;;" lua5.4 bench/date_bench.lua
--   TZ=Asia/Seoul ... shows the zone error
local retry = require "httpstatus.retry"
local core = require "httpstatus.core"

local REPS = tonumber(os.getenv("BENCH_REPS") or "") or 15
local N = tonumber(os.getenv("BENCH_N") or "") or 200000

local clock, floor = os.clock, math.floor
local tonumber, os_time = tonumber, os.time

-- 1024 dates spread over 2000..2037, and a now before them
local NOW = 946684800
local DATES = {}
do
  local seed = 12345
  for i = 1, 1024 do
    seed = (seed * 16807) % 2147483647 -- deterministic, same on every runtime
    DATES[i] = core.http_date(NOW + seed % (38 * 365 * 86400))
  end
end

local MONTHS = { Jan = 1, Feb = 2, Mar = 3, Apr = 4, May = 5, Jun = 6, Jul = 7, Aug = 8,
                 Sep = 9, Oct = 10, Nov = 11, Dec = 12 }

-- What one writes without the library: digits, else one IMF-fixdate pattern.
local function by_hand(value, now)
  local n = tonumber(value)
  if n then return n end
  local d, mon, y, h, mi, s = value:match(
    "^%a%a%a, (%d%d) (%a%a%a) (%d%d%d%d) (%d%d):(%d%d):(%d%d) GMT$")
  if not d then return nil end
  local t = os_time { year = tonumber(y), month = MONTHS[mon], day = tonumber(d),
                      hour = tonumber(h), min = tonumber(mi), sec = tonumber(s) }
  local delay = t - now
  return delay > 0 and delay or 0
end

local function loop(fn)
  return function(n)
    local sink = 0
    for i = 1, n do
      sink = sink + fn(DATES[i % 1024 + 1], NOW)
    end
    return sink
  end
end

local function time(f, n)
  local t0 = clock()
  f(n)
  return (clock() - t0) * 1e9 / n
end

local function median(xs)
  local s = {}
  for i = 1, #xs do s[i] = xs[i] end
  table.sort(s)
  return s[floor((#s + 1) / 2)]
end

local cases = {
  { "retry.retry_after", loop(retry.retry_after) },
  { "core.retry_after", loop(core.retry_after) },
}
local base = loop(by_hand)

base(N) -- warm up both sides (and the JIT)
for _, c in ipairs(cases) do c[2](N) end

print(("%-20s %10s %10s %8s"):format("", "hs ns", "hand ns", "ratio"))
for _, c in ipairs(cases) do
  local hs_ns, base_ns, ratios = {}, {}, {}
  for r = 1, REPS do
    hs_ns[r] = time(c[2], N)
    base_ns[r] = time(base, N)
    ratios[r] = hs_ns[r] / base_ns[r]
  end
  print(("%-20s %10.1f %10.1f %8.2f"):format(c[1], median(hs_ns), median(base_ns),
    median(ratios)))
end

-- the answers: equal only where local time is UTC
local off = 0
for i = 1, #DATES do
  local want = retry.retry_after(DATES[i], NOW)
  local got = by_hand(DATES[i], NOW)
  if got ~= want then off = off + 1 end
end
print(("by hand disagrees on %d of %d dates (TZ=%s): %s"):format(off, #DATES,
  os.getenv("TZ") or "unset", off == 0 and "this machine runs on UTC"
    or "os.time read the fields as local time"))
