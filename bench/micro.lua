-- Side-by-side timings: each httpstatus function against what a user would
-- write instead, in one process, repetitions interleaved so that drift hits
-- both alike. Prints one tab-separated row per function:
--   name  hs_median hs_min hs_max  base_median base_min base_max  ratio  hs_bytes base_bytes
--   ratio_q1 ratio_q3
-- (nanoseconds per call; ratio = median over repetitions of hs/base timed
-- back to back, which cancels drift better than a ratio of medians; bytes
-- allocated per call). Run by bench/run.sh.
local hs = require "httpstatus"
local cjson = require "cjson"

local REPS = tonumber(os.getenv("BENCH_REPS") or "") or 15
local SCALE = tonumber(os.getenv("BENCH_SCALE") or "") or 1

-- A realistic mix: mostly 200/304/404/500, some other registered codes,
-- a few unregistered and invalid values.
local MIX = {}
do
  local weighted = {
    { 200, 50 }, { 304, 12 }, { 404, 12 }, { 500, 4 }, { 301, 3 }, { 302, 3 }, { 201, 2 },
    { 204, 2 }, { 400, 2 }, { 401, 2 }, { 403, 2 }, { 503, 1 }, { 429, 1 }, { 299, 1 },
    { 499, 1 }, { 0, 1 }, { 600, 1 },
  }
  local seed = 12345
  local pool = {}
  for _, w in ipairs(weighted) do
    for _ = 1, w[2] do pool[#pool + 1] = w[1] end
  end
  for i = 1, 1024 do
    seed = (seed * 16807) % 2147483647 -- deterministic, same on every runtime
    MIX[i] = pool[seed % #pool + 1]
  end
end

-- The strongest version a performance-minded user would paste: one table
-- per question, computed once and indexed by code, read by a one-line
-- function. Each table is built two ways, a hash of the codes that have an
-- answer and an array dense over 1..599 (false where there is none), and
-- the faster of the two on this runtime is the baseline.
local function timed(fn)
  local t0 = os.clock()
  local sink = 0
  for i = 1, 3e5 do if fn(MIX[i % 1024 + 1]) then sink = sink + 1 end end
  return os.clock() - t0
end

-- question: code -> answer (nil or false for none). Three tables: a hash
-- of the codes with an answer; an array over 1..599 holding false where
-- there is none; the same array with those slots set back to nil, which
-- keeps its size (Lua does not shrink an array on removal).
local function strongest(question, predicate)
  local hash, falses, holes = {}, {}, {}
  for c = 1, 599 do falses[c], holes[c] = false, false end
  for c = 100, 599 do
    local v = question(c)
    if v then hash[c], falses[c], holes[c] = v, v, v end
  end
  for c = 1, 599 do if holes[c] == false then holes[c] = nil end end
  local candidates
  if predicate then
    candidates = { function(c) return hash[c] or false end,
                   function(c) return falses[c] end,
                   function(c) return holes[c] or false end }
  else
    candidates = { function(c) return hash[c] end,
                   function(c) return holes[c] end }
  end
  -- only a baseline that answers exactly as httpstatus does counts (a
  -- predicate must say false, not nil, for 0 or 600)
  local probes = { 0, 600, -1, 404.5, "404", false, 1e300 }
  for i = 1, #MIX do probes[#probes + 1] = MIX[i] end
  local best, best_t
  for _, fn in ipairs(candidates) do
    for _, v in ipairs(probes) do
      if fn(v) ~= question(v) then fn = nil break end
    end
    if fn then timed(fn) end
    local t = fn and math.min(timed(fn), timed(fn))
    if t and (best_t == nil or t < best_t) then best, best_t = fn, t end
  end
  return assert(best, "no correct baseline")
end

local base = {}
local QUERIES = { "reason", "name", "class" }
local PREDICATES = { "is_valid", "is_registered", "is_informational", "is_success",
  "is_redirection", "is_client_error", "is_server_error", "is_error", "is_cacheable",
  "is_retryable", "is_deprecated", "is_redirect", "preserves_method", "must_not_store",
  "has_retry_after" }
for _, q in ipairs(QUERIES) do base[q] = strongest(hs[q], false) end
for _, q in ipairs(PREDICATES) do base[q] = strongest(hs[q], true) end
do
  local content = strongest(hs.allows_body, true)
  function base.allows_body(c, method)
    if method == "HEAD" then return false end
    return content(c)
  end
end
local BY_PHRASE = {}
for _, code in ipairs(hs.codes()) do BY_PHRASE[hs.reason(code)] = code end
function base.code(text) return BY_PHRASE[text] end
local PHRASES = {}
for _, code in ipairs(hs.codes()) do PHRASES[code] = hs.reason(code) end
function base.status_line(c) return "HTTP/1.1 " .. c .. " " .. (PHRASES[c] or "") end
function base.parse_status_line(line)
  local v, c, r = line:match("^HTTP/(%d%.%d) (%d%d%d) (.*)$")
  if not v then return nil, "malformed status line" end
  return tonumber(c), r, v
end
function base.problem_json(c, fields)
  return cjson.encode({ type = "about:blank", title = PHRASES[c], status = c,
                        detail = fields.detail }), "application/problem+json"
end

-- inputs per function: codes from the mix, or what each takes
local VALID = {}
for i = 1, #MIX do
  local c = MIX[i]
  VALID[i] = hs.is_valid(c) and c or 200
end
local TEXTS, LINES = {}, {}
for i = 1, #MIX do
  local r = hs.reason(VALID[i])
  TEXTS[i] = r or "No Such Phrase"
  LINES[i] = hs.status_line(VALID[i])
end
local FIELDS = { detail = "order 7 was not found" }

-- each case: a name, a loop for hs and one for the baseline. There is one
-- loop maker per kind of input (codes, texts, lines...), the same for both
-- sides, so whatever the loop costs is paid equally by both.
local cases = {}
local function case(name, iterations, hs_loop, base_loop)
  cases[#cases + 1] = { name = name, n = iterations * SCALE, hs = hs_loop, base = base_loop }
end

local function codes_loop(fn)
  return function(n)
    local sink = 0
    for i = 1, n do
      if fn(MIX[i % 1024 + 1]) then sink = sink + 1 end
    end
    return sink
  end
end

local function body_loop(fn)
  return function(n)
    local sink = 0
    for i = 1, n do
      if fn(MIX[i % 1024 + 1], "GET") then sink = sink + 1 end
    end
    return sink
  end
end

for _, q in ipairs(QUERIES) do case(q, 1e6, codes_loop(hs[q]), codes_loop(base[q])) end
for _, q in ipairs(PREDICATES) do case(q, 1e6, codes_loop(hs[q]), codes_loop(base[q])) end
case("allows_body", 1e6, body_loop(hs.allows_body), body_loop(base.allows_body))

local function texts_loop(fn)
  return function(n)
    local sink = 0
    for i = 1, n do
      if fn(TEXTS[i % 1024 + 1]) then sink = sink + 1 end
    end
    return sink
  end
end
case("code(text)", 1e6, texts_loop(hs.code), texts_loop(base.code))

local function lines_loop(fn)
  return function(n)
    local sink = 0
    for i = 1, n do
      if fn(VALID[i % 1024 + 1]) then sink = sink + 1 end
    end
    return sink
  end
end
local status_line = hs.status_line
case("status_line", 1e6, lines_loop(status_line), lines_loop(base.status_line))

local function parse_loop(fn)
  return function(n)
    local sink = 0
    for i = 1, n do
      if fn(LINES[i % 1024 + 1]) then sink = sink + 1 end
    end
    return sink
  end
end
local parse = hs.parse_status_line
case("parse_status_line", 5e5, parse_loop(parse), parse_loop(base.parse_status_line))

-- Retry-After as an IMF-fixdate, turned into a delay: hs.retry_after against
-- what one writes without it, string.match and then os.time on the fields.
-- That version is also wrong: os.time reads the table as local time, so away
-- from UTC every delay is off by the zone's offset. 1024 dates over
-- 2000..2037, all after NOW; the answers are compared where they can agree.
local NOW = 946684800 -- 2000-01-01
local DATES = {}
do
  local seed = 12345
  for i = 1, 1024 do
    seed = (seed * 16807) % 2147483647
    DATES[i] = hs.http_date(NOW + seed % (38 * 365 * 86400))
  end
end
local MONTHS = { Jan = 1, Feb = 2, Mar = 3, Apr = 4, May = 5, Jun = 6, Jul = 7, Aug = 8,
                 Sep = 9, Oct = 10, Nov = 11, Dec = 12 }
function base.retry_after(value, now)
  local n = tonumber(value)
  if n then return n end
  local d, mon, y, h, mi, s = value:match(
    "^%a%a%a, (%d%d) (%a%a%a) (%d%d%d%d) (%d%d):(%d%d):(%d%d) GMT$")
  if not d then return nil end
  local t = os.time { year = tonumber(y), month = MONTHS[mon], day = tonumber(d),
                      hour = tonumber(h), min = tonumber(mi), sec = tonumber(s) }
  local delay = t - now
  return delay > 0 and delay or 0
end
-- the first call replaces hs's loader stub with the function itself (the
-- stub would stay in a local captured before it, and on Lua 5.1 pcall each call)
assert(hs.retry_after(DATES[1], NOW))
if os.date("!%H", 0) == os.date("%H", 0) then -- local time is UTC (at least in 1970)
  for i = 1, #DATES do
    assert(base.retry_after(DATES[i], NOW) == hs.retry_after(DATES[i], NOW), DATES[i])
  end
end

local function dates_loop(fn)
  return function(n)
    local sink = 0
    for i = 1, n do
      if fn(DATES[i % 1024 + 1], NOW) then sink = sink + 1 end
    end
    return sink
  end
end
case("retry_after", 5e4, dates_loop(hs.retry_after), dates_loop(base.retry_after))

local function problem_loop(fn)
  return function(n)
    local sink = 0
    for i = 1, n do
      if fn(VALID[i % 1024 + 1], FIELDS) then sink = sink + 1 end
    end
    return sink
  end
end
assert(hs.problem_json(404, FIELDS)) -- the loader stub goes (see retry_after above)
local problem_json = hs.problem_json
case("problem_json", 1e5, problem_loop(problem_json), problem_loop(base.problem_json))

-- ns per call of one run
local function time(loop, n)
  local t0 = os.clock()
  loop(n)
  return (os.clock() - t0) * 1e9 / n
end

-- bytes allocated per call, the collector stopped so nothing is freed
local function bytes(loop, n)
  collectgarbage()
  collectgarbage("stop")
  local before = collectgarbage("count")
  loop(n)
  local after = collectgarbage("count")
  collectgarbage("restart")
  return (after - before) * 1024 / n
end

local function stats(list)
  table.sort(list)
  return list[math.floor((#list + 1) / 2)], list[1], list[#list]
end

for _, c in ipairs(cases) do
  c.hs(c.n) -- warm up (and let the JIT compile)
  c.base(c.n)
  local th, tb, ratios = {}, {}, {}
  for r = 1, REPS do -- interleaved, and in turn first, so drift hits both
    if r % 2 == 1 then
      th[r] = time(c.hs, c.n)
      tb[r] = time(c.base, c.n)
    else
      tb[r] = time(c.base, c.n)
      th[r] = time(c.hs, c.n)
    end
    ratios[r] = th[r] / tb[r]
  end
  local hm, hmin, hmax = stats(th)
  local bm, bmin, bmax = stats(tb)
  local small = math.min(c.n, 1e5)
  local ratio = stats(ratios) -- sorts them too
  local q1, q3 = ratios[math.floor(#ratios / 4) + 1], ratios[#ratios - math.floor(#ratios / 4)]
  io.write(table.concat({ c.name, hm, hmin, hmax, bm, bmin, bmax, ratio,
    bytes(c.hs, small), bytes(c.base, small), q1, q3 }, "\t"), "\n")
end
