-- Turn bench/run.sh's measurements (a folder of .tsv files) into one
-- Markdown report, with each target of the performance issue checked.
local dir = assert(arg[1], "usage: lua bench/report.lua build/bench")

local function lines(path)
  local f = assert(io.open(path))
  local t = {}
  for line in f:lines() do t[#t + 1] = line end
  f:close()
  return t
end

local function fields(line)
  local t = {}
  for v in (line .. "\t"):gmatch("([^\t]*)\t") do t[#t + 1] = v end
  return t
end

local function median(list)
  table.sort(list)
  return list[math.floor((#list + 1) / 2)]
end

local out = {}
local function say(s) out[#out + 1] = s or "" end
local misses = {}

say("# httpstatus benchmark")
say()
for _, l in ipairs(lines(dir .. "/machine.txt")) do say("- " .. l) end
say()
say("Nanoseconds per call: median of 15 repetitions (min-max), httpstatus and the")
say("baseline timed back to back; ratio = median of the per-repetition ratios")
say("(below 1: httpstatus is faster), with their middle half in brackets: how")
say("much this machine's noise moves it. Bytes: allocated per call. Baselines: a pasted")
say("Lua table with a small function per question, `string.match` for parsing,")
say("concatenation for building, `cjson.encode` for problem documents.")

local RUNTIMES = {
  { "lua5.1", "Lua 5.1", 1.0 }, { "lua5.4", "Lua 5.4", 1.0 },
  { "luajit", "LuaJIT 2.1, JIT on", 1.5 }, { "luajit-joff", "LuaJIT 2.1, -joff", nil },
}
for _, rt in ipairs(RUNTIMES) do
  local name, title, limit = rt[1], rt[2], rt[3]
  say()
  say("## " .. title)
  say()
  say("| function | httpstatus ns | baseline ns | ratio | bytes/call (hs / base) | target |")
  say("| --- | --- | --- | --- | --- | --- |")
  for _, l in ipairs(lines(dir .. "/micro-" .. name .. ".tsv")) do
    local f = fields(l)
    local fname, ratio = f[1], tonumber(f[8])
    local target, ok = "-", true
    if limit then
      target = ("<= %.1f"):format(limit)
      ok = ratio <= limit
      if fname == "parse_status_line" and limit == 1.0 then
        target, ok = "<= 0.5 (2x faster)", ratio <= 0.5
      end
    end
    if fname == "status_line" then
      local bytes_ok = tonumber(f[9]) < 1
      target = target .. ", no allocation"
      ok = ok and bytes_ok
    end
    if not ok then misses[#misses + 1] = title .. ": " .. fname .. (" ratio %.2f"):format(ratio) end
    say(("| %s | %.0f (%.0f-%.0f) | %.0f (%.0f-%.0f) | %.2f (%.2f-%.2f) | %.0f / %.0f | %s %s |")
      :format(fname, tonumber(f[2]), tonumber(f[3]), tonumber(f[4]), tonumber(f[5]),
      tonumber(f[6]), tonumber(f[7]), ratio, tonumber(f[11]), tonumber(f[12]), tonumber(f[9]),
      tonumber(f[10]), target,
      (limit or fname == "status_line") and (ok and "ok" or "**missed**") or ""))
  end
end

say()
say("## What `require \"httpstatus\"` costs")
say()
say("Median of 11 fresh interpreters; targets: under 64 KB of Lua heap and under 1 ms.")
say()
say("| runtime | heap bytes | load ms | target |")
say("| --- | --- | --- | --- |")
for _, rt in ipairs(RUNTIMES) do
  local heaps, times = {}, {}
  for _, l in ipairs(lines(dir .. "/load-" .. rt[1] .. ".tsv")) do
    local f = fields(l)
    heaps[#heaps + 1] = tonumber(f[1])
    times[#times + 1] = tonumber(f[2])
  end
  local heap, ms = median(heaps), median(times)
  local ok = heap < 64 * 1024 and ms < 1
  if not ok then
    misses[#misses + 1] = rt[2] .. (": require costs %d bytes, %.3f ms"):format(heap, ms)
  end
  say(("| %s | %d | %.3f | %s |"):format(rt[2], heap, ms, ok and "ok" or "**missed**"))
end

say()
say("## nginx: requests per second")
say()
say("`wrk -t1 -c16` on 127.0.0.1 (on the second core), one nginx worker (on the first),")
say("a 404 problem+json answer written with `httpstatus.ngx` and by hand")
say("(bench/ngx_*.lua), alternated; the ratio is the median of the per-round")
say("ratios; target 0.95x or more.")
say()
local rps, rounds = {}, {}
for _, l in ipairs(lines(dir .. "/nginx.tsv")) do
  local f = fields(l)
  local list = {}
  for v in f[2]:gmatch("%S+") do list[#list + 1] = tonumber(v) end
  rounds[f[1]] = list
  rps[f[1]] = { nil, table.concat(list, ", ") }
end
-- each round measured both handlers back to back: pair them
local ratios = {}
for i = 1, #rounds.httpstatus do ratios[i] = rounds.httpstatus[i] / rounds["by-hand"][i] end
local ratio = median(ratios)
rps.httpstatus[1] = median(rounds.httpstatus)
rps["by-hand"][1] = median(rounds["by-hand"])
if ratio < 0.95 then misses[#misses + 1] = ("nginx: %.2fx"):format(ratio) end
say("| handler | requests/s (median) | rounds |")
say("| --- | --- | --- |")
say(("| httpstatus.ngx | %.0f | %s |"):format(rps.httpstatus[1], rps.httpstatus[2]))
say(("| by hand | %.0f | %s |"):format(rps["by-hand"][1], rps["by-hand"][2]))
say()
say(("Ratio: %.2fx %s"):format(ratio, ratio >= 0.95 and "(ok)" or "(**missed**)"))
say()
say("## Targets")
say()
if #misses == 0 then
  say("All targets held in this run.")
else
  say("Missed in this run:")
  for _, m in ipairs(misses) do say("- " .. m) end
end
io.write(table.concat(out, "\n"), "\n")
