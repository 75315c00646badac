--- `httpstatus log [FILE ...]`: the status codes of nginx and Apache access
-- logs (combined, common, vhost_combined, nginx's JSON lines, or the
-- log_format string given), counted by httpstatus.log's C scanner
-- (httpstatus.cmd.log_count) and reported as text, JSON or an HTML page
-- (httpstatus.cmd.log_html), in English or Korean (httpstatus.cmd.log_words):
-- codes, classes, a timeline of the error ratio, upstream failures apart from
-- nginx's own, client aborts, request times and the busiest paths.
--
-- All input and output goes through an `io` table, so that the specs can
-- run it without files or a terminal:
--   out(s), err(s)      write to standard output and standard error
--   open(path, mode)    like io.open (default io.open)
--   popen(cmd, mode)    like io.popen (default io.popen)
--   stdin               a file to read when no path is given (default io.stdin)
--   gzip                the gzip command, or false for none (default: gzip
--                       when found on PATH)
-- @module httpstatus.cmd.log

local hs = require "httpstatus"
local check = require "httpstatus.check"
local log = require "httpstatus.log"
local WORDS = require "httpstatus.cmd.log_words"
local CLASS_WORDS = require "httpstatus.cmd.words"
local count = require "httpstatus.cmd.log_count"
local log_html = require "httpstatus.cmd.log_html"
local json = require "httpstatus.cmd.json"
local page_file = require "httpstatus.cmd.page_file"
local quote = require("httpstatus.cmd.escape").quote

local stdio = io
local ipairs, pairs, tonumber, tostring, type = ipairs, pairs, tonumber, tostring, type
local concat = table.concat
local format, rep = string.format, string.rep
local max = math.max
local next = next

-- columns a text takes in a terminal: Hangul and other wide letters count two
local function utf8_width(s)
  local n = 0
  for ch in s:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    n = n + ((#ch == 3 and ch:byte(1) >= 0xE1) and 2 or 1)
  end
  return n
end

local CLASSES, share, percent = count.CLASSES, count.share, count.percent
local fill, group = count.fill, count.group

local M = {
  --- The report of a scanner's counts: see httpstatus.cmd.log_count.
  summarize = count.summarize,
  --- The report as an HTML page: see httpstatus.cmd.log_html.
  html = log_html.html,
}

local BAR_WIDTH = 40 -- columns of the longest bar of the class chart
local FORMATS = { any = true, combined = true, common = true, vhost_combined = true,
                  json = true }
local TIMELINE_BAR = 30 -- columns of the bar of the bucket with the highest error ratio
local NAME = "httpstatus log"

M.USAGE = [[
usage: httpstatus log [--json] [--html FILE] [--format F] [--bucket T] [--lang L] [FILE ...]

  FILE          access logs (nginx or Apache); none or - reads standard input;
                names ending in .gz are read through gzip -dc
  --json        the report as JSON (what was not read: its "problems")
  --html FILE   also write the report as an HTML page with charts (a new
                file or an HTML page: never over a log named by mistake)
  --format F    combined, common, vhost_combined, json or any (default: any
                of them), or nginx's log_format string, e.g.
                '$remote_addr [$time_local] "$request" $status $upstream_status'
  --bucket T    the timeline's step: 1m (default: fits 48 rows), 5m, 1h, 1d...
  --lang L      the report in en (default) or ko

exit status: 0 ok, 1 an input could not be read, 2 bad usage
]]

local width_text, offset_text = count.width_text, count.offset_text
M.time_text = count.time_text

local function timeline_text(r, W, line, out_line)
  local tl = r.timeline
  line(fill(W.timeline, { width = width_text(tl.seconds, W), offset = offset_text(tl.offset) }))
  local highest = 0
  for _, row in ipairs(tl.rows) do
    highest = max(highest, share(row.client_error + row.server_error, row.lines))
  end
  -- the word after each count, padded to its longest form so the columns stay
  local word_width = max(utf8_width(fill(W.lines_word, { n = 1 })),
                         utf8_width(fill(W.lines_word, { n = 2 })))
  for _, row in ipairs(tl.rows) do
    local c4, c5 = share(row.client_error, row.lines), share(row.server_error, row.lines)
    local word = fill(W.lines_word, { n = row.lines })
    local w4 = highest > 0 and count.bar_width(c4, highest, TIMELINE_BAR) or 0
    local w5 = highest > 0 and count.bar_width(c5, highest, TIMELINE_BAR) or 0
    out_line((format("  %s %9s %s  4xx %6s  5xx %6s  %s%s", M.time_text(row.start, tl.offset),
      group(row.lines), word .. rep(" ", word_width - utf8_width(word)), percent(c4),
      percent(c5), rep("#", w4), rep("!", w5)):gsub("%s+$", "")))
  end
end

local function format_list(r, W)
  local names = {}
  for _, key in ipairs { "combined", "common", "vhost_combined", "json", "template" } do
    if r.formats[key] then
      names[#names + 1] = W.format_names[key] .. " " .. group(r.formats[key])
    end
  end
  return concat(names, ", ")
end

--- The report as text in lang ("en" or "ko"): lines, classes with bars,
-- codes, the ratios, the timeline, upstreams, request times, busiest paths.
-- inputs: the names read, for the sentence of an empty report (one by default).
function M.text(r, lang, inputs)
  local W = WORDS[lang or "en"]
  if r.empty then return count.empty_text(inputs or { "-" }, W) .. "\n" end
  local names = CLASS_WORDS[lang or "en"].classes
  local out = {}
  local function line(fmt, ...) out[#out + 1] = format(fmt, ...) end
  local function say(template, vars) out[#out + 1] = fill(template, vars) end
  say(W.lines, { total = group(r.lines), valid = group(r.valid), malformed = group(r.malformed),
                 share = percent(share(r.malformed, r.lines)) })
  if r.invalid_status > 0 then say("  " .. W.invalid, { n = group(r.invalid_status) }) end
  if next(r.formats) then say("  " .. W.formats, { list = format_list(r, W) }) end
  if r.custom then out[#out + 1] = count.custom_text(r, W) end
  line("")
  line("%s", W.by_class)
  local largest, wide = 0, 0
  for _, class in ipairs(CLASSES) do
    largest = max(largest, r.classes[class].count)
    wide = max(wide, utf8_width(names[class]))
  end
  for digit, class in ipairs(CLASSES) do
    local c = r.classes[class]
    local width = count.bar_width(c.count, largest, BAR_WIDTH)
    line("  %dxx %s %11s %6s%s", digit, names[class] .. rep(" ", wide - utf8_width(names[class])),
      group(c.count), percent(c.share), width > 0 and "  " .. rep("#", width) or "")
  end
  line("")
  line("%s", W.by_code)
  for _, c in ipairs(r.codes) do
    line("  %11s %6s  %d %s", group(c.count), percent(c.share), c.code, c.meaning)
  end
  line("")
  say(W.error_ratio, { share = percent(r.error_ratio), n = group(r.errors),
                       valid = group(r.valid) })
  if r.aborted > 0 then
    say(W.aborts, { n = group(r.aborted), share = percent(r.aborted_share) })
  end
  say(W.retryable, { share = percent(r.retryable_share), n = group(r.retryable),
                     errors = group(r.errors) })
  say(W.outside, { share = percent(r.unregistered_share), n = group(r.unregistered),
                   codes = group(r.unregistered_codes) })
  if r.timeline then
    line("")
    timeline_text(r, W, line, function(text) out[#out + 1] = text end)
  elseif r.valid > 0 then
    line("")
    line("%s", W.untimed)
  end
  local u = r.upstream
  if u then
    line("")
    say(W.upstream, { n = group(u.field) })
    for _, row in ipairs(count.upstream_rows(u)) do
      say("  " .. W[row[1]], { n = group(row[2]) })
    end
  end
  local rtime = count.request_time_text(r, W)
  if rtime then
    line("")
    out[#out + 1] = rtime
  end
  if next(r.paths) then
    line("")
    line("%s", W.paths)
    for digit, class in ipairs(CLASSES) do
      for i, p in ipairs(r.paths[class] or {}) do
        line("  %s %11s%s  %s", i == 1 and digit .. "xx" or "   ", group(p.count),
          p.error > 0 and " +" .. group(p.error) or "", quote(p.path):sub(2, -2))
      end
    end
  end
  return concat(out, "\n") .. "\n"
end

-- a copy of a list, marked as a JSON array (the caller's list stays as it is)
local function copy_array(list)
  local t = json.array()
  for i, v in ipairs(list) do t[i] = v end
  return t
end

--- The report as JSON: the same fields, with classes and codes as objects
-- keyed by class name and by code ("404"), so that an empty report is
-- valid too; inputs lists the files read ("-" for standard input), problems
-- (when any) what could not be read or written. Names are escaped like
-- every text the command prints. Inputs without a line give
-- {"empty": true, "lines": 0} and the inputs (and problems) alone.
function M.json(r, inputs, problems)
  local t = {}
  if #inputs > 0 then t.inputs = copy_array(inputs) end
  if problems and #problems > 0 then t.problems = copy_array(problems) end
  if r.empty then
    t.empty, t.lines = true, 0
    return json.encode(t) .. "\n"
  end
  local codes = {}
  for _, c in ipairs(r.codes) do
    codes[tostring(c.code)] = { count = c.count, share = c.share, class = c.class,
                                registered = c.registered, retryable = c.retryable,
                                meaning = c.meaning }
  end
  for k, v in pairs(r) do t[k] = v end
  t.codes, t.registry_date = codes, hs.REGISTRY_DATE
  return json.encode(t) .. "\n"
end

--- The seconds of a --bucket value ("5m", "1h", "1d", "300"), or nil and
-- why not: whole minutes, one minute at least.
function M.bucket_seconds(text)
  local n, unit = tostring(text):match("^(%d+)([smhd]?)$")
  n = tonumber(n)
  local seconds = n and n * ({ s = 1, m = 60, h = 3600, d = 86400, [""] = 1 })[unit]
  if not seconds or seconds < 60 or seconds % 60 ~= 0 or seconds > 366 * 86400 then
    return nil, "--bucket takes whole minutes: 1m, 5m, 1h, 1d (or seconds: 300)"
  end
  return seconds
end

local RUN_OPTIONS = { json = true, html = true, format = true, bucket = true, lang = true }

--- Why opts cannot be used (an unknown name too), or nil.
function M.opts_problem(opts)
  local unknown = check.options_problem(opts, RUN_OPTIONS)
  if unknown then return unknown end
  if opts.format ~= nil and not FORMATS[opts.format] then
    local text = tostring(opts.format)
    local ok, why = nil, "no $status"
    if text:find("$", 1, true) then ok, why = log.parse_format(text) end
    if not ok then
      return "unknown log format " .. quote(tostring(opts.format)) .. " (combined, common, "
        .. "vhost_combined, json, any, or nginx's log_format string: " .. why .. ")"
    end
  end
  if opts.bucket ~= nil then
    local _, why = M.bucket_seconds(opts.bucket)
    if why then return why end
  end
  if opts.lang ~= nil and opts.lang ~= "en" and opts.lang ~= "ko" then
    return "unknown language " .. quote(tostring(opts.lang)) .. " (en or ko)"
  end
  if opts.html ~= nil and (type(opts.html) ~= "string" or opts.html == "") then
    return "--html needs a file name"
  end
  return nil
end

local function write_page(path, r, read, io, lang)
  local f, err = (io.open or stdio.open)(path, "wb")
  local ok, werr = false, err
  if f then
    ok, werr = f:write(log_html.html(r, read, nil, lang))
    local closed, cerr = f:close()
    ok, werr = ok and closed, werr or cerr
  end
  if ok then return nil end
  return "cannot write " .. quote(path) .. ": " .. count.reason_of(werr, path)
end

-- Why opts cannot be used, the page's file looked at (once: opening it is
-- the costly part), or nil.
local function usage_problem(opts, io)
  return M.opts_problem(opts) or opts.html and page_file.problem(opts.html, io.open) or nil
end

-- run, opts known good
local function run_checked(paths, opts, io)
  local inputs = {}
  for i, p in ipairs(paths) do inputs[i] = p end
  if #inputs == 0 then inputs[1] = "-" end
  local bucket = opts.bucket and M.bucket_seconds(opts.bucket)
  local sc, read, problems = log.scanner(opts.format, { bucket = bucket }), {}, {}
  for _, path in ipairs(inputs) do
    local ok, err = count.read_input(sc, path, io)
    if ok then read[#read + 1] = path else problems[#problems + 1] = err end
  end
  local counts = sc:counts()
  if #read == 0 and counts.lines == 0 then -- nothing read: the problems alone, no empty report
    if opts.json then
      io.out(json.encode({ problems = copy_array(problems) }) .. "\n")
    else
      for _, err in ipairs(problems) do io.err(NAME .. ": " .. err .. "\n") end
    end
    return 1, nil
  end
  local r = count.summarize(counts, opts.lang, { bucket = bucket, format = opts.format })
  problems[#problems + 1] = opts.html and write_page(opts.html, r, read, io, opts.lang) or nil
  if opts.json then
    io.out(M.json(r, read, problems))
  else
    for _, err in ipairs(problems) do io.err(NAME .. ": " .. err .. "\n") end
    io.out(M.text(r, opts.lang, read))
  end
  return #problems > 0 and 1 or 0, r
end

--- Count the logs at paths (an array of names, "-" for standard input;
-- standard input when empty) and report. opts: json (print JSON instead of
-- text), html (a file to write the HTML report to), format (a name of
-- httpstatus.log.scanner's or an nginx log_format string; "any" by
-- default), bucket (the timeline's step: "5m", "1h"...), lang ("en" or
-- "ko": the whole report); any other name is bad usage.
-- io: see the top of this file. Returns the exit status (0 ok, 1 an input
-- could not be read or the page not written, 2 bad usage, a page over a
-- file that holds none too) and the report
-- (nil on bad usage, and when no input could be read). An input that
-- cannot be read (compressed data on standard input too) is reported (on
-- err, or in the JSON's problems) and the others are still counted and
-- reported; when none could be read (not one line), only the problems
-- are (--json: {"problems": [...]}), and no page is written. Inputs read
-- that hold not one line give one sentence saying so (--json: "empty":
-- true; the page: that sentence), exit status 0.
function M.run(paths, opts, io)
  opts = opts or {}
  local problem = usage_problem(opts, io)
  if problem then
    io.err(NAME .. ": " .. problem .. "\n")
    return 2, nil
  end
  return run_checked(paths, opts, io)
end

--- `httpstatus log`, from the dispatcher: o holds the options read.
function M.command(o, _, words)
  local opts = { json = o.json, html = o.html, format = o.format, lang = o.lang,
                 bucket = o.bucket }
  local problem = usage_problem(opts, o.io)
  if problem then return o.usage(problem) end -- the dispatcher's wording (JSON with --json)
  return (run_checked(words, opts, o.io))
end

return M
