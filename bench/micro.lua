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
-- BENCH_PATH=table or c: time that path's functions whatever the runtime
-- (how the per-runtime choice in httpstatus.lua was made)
local forced = os.getenv("BENCH_PATH")
if forced then
  for fname, fn in pairs(hs._paths()[forced]) do hs[fname] = fn end
end
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

-- The user's version: a pasted table and a small function per question.
local PHRASES, BY_PHRASE, CACHEABLE = {}, {}, {}
for _, code in ipairs(hs.codes()) do
  PHRASES[code] = hs.reason(code)
  BY_PHRASE[hs.reason(code)] = code
  if hs.is_cacheable(code) then CACHEABLE[code] = true end
end
local CLASS = { "informational", "success", "redirection", "client_error", "server_error" }
local floor, type = math.floor, type

local base = {}
function base.reason(c) return PHRASES[c] end
function base.class(c)
  if type(c) == "number" and c >= 100 and c <= 599 and c % 1 == 0 then
    return CLASS[floor(c / 100)]
  end
end
function base.is_success(c) return type(c) == "number" and c >= 200 and c <= 299 end
function base.is_cacheable(c) return CACHEABLE[c] == true end
function base.allows_body(c, method)
  if type(c) ~= "number" or c < 200 or c > 599 or c == 204 or c == 205 or c == 304 then
    return false
  end
  return method ~= "HEAD"
end
function base.code(text) return BY_PHRASE[text] end
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

case("reason", 2e6, codes_loop(hs.reason), codes_loop(base.reason))
case("class", 2e6, codes_loop(hs.class), codes_loop(base.class))
case("is_success", 2e6, codes_loop(hs.is_success), codes_loop(base.is_success))
case("is_cacheable", 2e6, codes_loop(hs.is_cacheable), codes_loop(base.is_cacheable))
case("allows_body", 2e6, body_loop(hs.allows_body), body_loop(base.allows_body))

local function texts_loop(fn)
  return function(n)
    local sink = 0
    for i = 1, n do
      if fn(TEXTS[i % 1024 + 1]) then sink = sink + 1 end
    end
    return sink
  end
end
case("code(text)", 2e6, texts_loop(hs.code), texts_loop(base.code))

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

local function problem_loop(fn)
  return function(n)
    local sink = 0
    for i = 1, n do
      if fn(VALID[i % 1024 + 1], FIELDS) then sink = sink + 1 end
    end
    return sink
  end
end
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
