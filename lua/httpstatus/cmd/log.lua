--- `httpstatus log [FILE ...]`: the status codes of nginx and Apache access
-- logs ("combined" and "common"), counted by httpstatus.log's C scanner
-- (httpstatus.cmd.log_count) and reported as text, JSON or an HTML page
-- (httpstatus.cmd.log_html).
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
local scanner = require("httpstatus.log").scanner
local count = require "httpstatus.cmd.log_count"
local log_html = require "httpstatus.cmd.log_html"
local json = require "httpstatus.cmd.json"
local quote = require("httpstatus.cmd.escape").quote

local stdio = io
local ipairs, pairs, tostring, type = ipairs, pairs, tostring, type
local concat = table.concat
local format, rep = string.format, string.rep
local max = math.max

local CLASSES, share, percent = count.CLASSES, count.share, count.percent

local M = {
  --- The report of a scanner's counts: see httpstatus.cmd.log_count.
  summarize = count.summarize,
  --- The report as an HTML page: see httpstatus.cmd.log_html.
  html = log_html.html,
}

local BAR_WIDTH = 40 -- columns of the longest bar of the class chart
local FORMATS = { any = true, combined = true, common = true }
local NAME = "httpstatus log"

M.USAGE = [[
usage: httpstatus log [--json] [--html FILE] [--format F] [--lang L] [FILE ...]

  FILE          access logs (nginx or Apache); none or - reads standard input;
                names ending in .gz are read through gzip -dc
  --json        the report as JSON (what was not read: its "problems")
  --html FILE   also write the report as an HTML page with bar charts
  --format F    combined, common or any (default: any)
  --lang L      phrases in en (default) or ko

exit status: 0 ok, 1 an input could not be read, 2 bad usage
]]

--- The report as text, the way examples/classify_log.lua prints it, with the
-- retryable and outside-the-registry shares added.
function M.text(r)
  local out = {}
  local function line(fmt, ...) out[#out + 1] = format(fmt, ...) end
  line("Lines: %d total, %d valid, %d malformed (%s)", r.lines, r.valid, r.malformed,
    percent(share(r.malformed, r.lines)))
  if r.invalid_status > 0 then
    line("  malformed lines with a status outside 100..599: %d", r.invalid_status)
  end
  line("")
  line("By class (share of valid lines; bars scaled to the largest class):")
  local largest = 0
  for _, class in ipairs(CLASSES) do largest = max(largest, r.classes[class].count) end
  for digit, class in ipairs(CLASSES) do
    local c = r.classes[class]
    local width = count.bar_width(c.count, largest, BAR_WIDTH)
    line("  %dxx %-13s %9d %6s%s", digit, class, c.count, percent(c.share),
      width > 0 and "  " .. rep("#", width) or "")
  end
  line("")
  line("By code (most frequent first):")
  for _, c in ipairs(r.codes) do
    line("  %9d %6s  %d %s", c.count, percent(c.share), c.code, c.meaning)
  end
  line("")
  line("Error ratio (4xx + 5xx): %s (%d of %d valid lines)", percent(r.error_ratio), r.errors,
    r.valid)
  line("Retryable failures: %s of 4xx + 5xx (%d of %d lines)", percent(r.retryable_share),
    r.retryable, r.errors)
  line("Outside the registry: %s of valid lines (%d lines, %d %s)",
    percent(r.unregistered_share), r.unregistered, r.unregistered_codes,
    r.unregistered_codes == 1 and "code" or "codes")
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
-- every text the command prints.
function M.json(r, inputs, problems)
  local codes = {}
  for _, c in ipairs(r.codes) do
    codes[tostring(c.code)] = { count = c.count, share = c.share, class = c.class,
                                registered = c.registered, retryable = c.retryable,
                                meaning = c.meaning }
  end
  local t = {}
  for k, v in pairs(r) do t[k] = v end
  t.codes, t.registry_date = codes, hs.REGISTRY_DATE
  if #inputs > 0 then t.inputs = copy_array(inputs) end
  if problems and #problems > 0 then t.problems = copy_array(problems) end
  return json.encode(t) .. "\n"
end

--- Why opts cannot be used, or nil.
function M.opts_problem(opts)
  if opts.format ~= nil and not FORMATS[opts.format] then
    return "unknown log format " .. quote(tostring(opts.format)) .. " (combined, common or any)"
  end
  if opts.lang ~= nil and opts.lang ~= "en" and opts.lang ~= "ko" then
    return "unknown language " .. quote(tostring(opts.lang)) .. " (en or ko)"
  end
  if opts.html ~= nil and (type(opts.html) ~= "string" or opts.html == "") then
    return "--html needs a file name"
  end
  return nil
end

local function write_page(path, r, read, io)
  local f, err = (io.open or stdio.open)(path, "wb")
  local ok, werr = false, err
  if f then
    ok, werr = f:write(log_html.html(r, read))
    local closed, cerr = f:close()
    ok, werr = ok and closed, werr or cerr
  end
  if ok then return nil end
  return "cannot write " .. quote(path) .. ": " .. count.reason_of(werr, path)
end

--- Count the logs at paths (an array of names, "-" for standard input;
-- standard input when empty) and report. opts: json (print JSON instead of
-- text), html (a file to write the HTML report to), format ("combined",
-- "common" or "any", the default), lang ("en" or "ko" for the phrases).
-- io: see the top of this file. Returns the exit status (0 ok, 1 an input
-- could not be read or the page not written, 2 bad usage) and the report
-- (nil on bad usage). An input that cannot be read is reported (on err, or
-- in the JSON's problems) and the others are still counted and reported.
function M.run(paths, opts, io)
  opts = opts or {}
  local problem = M.opts_problem(opts)
  if problem then
    io.err(NAME .. ": " .. problem .. "\n")
    return 2, nil
  end
  local inputs = {}
  for i, p in ipairs(paths) do inputs[i] = p end
  if #inputs == 0 then inputs[1] = "-" end
  local sc, read, problems = scanner(opts.format), {}, {}
  for _, path in ipairs(inputs) do
    local ok, err = count.read_input(sc, path, io)
    if ok then read[#read + 1] = path else problems[#problems + 1] = err end
  end
  local r = count.summarize(sc:counts(), opts.lang)
  problems[#problems + 1] = opts.html and write_page(opts.html, r, read, io) or nil
  if opts.json then
    io.out(M.json(r, read, problems))
  else
    for _, err in ipairs(problems) do io.err(NAME .. ": " .. err .. "\n") end
    io.out(M.text(r))
  end
  return #problems > 0 and 1 or 0, r
end

--- `httpstatus log`, from the dispatcher: o holds the options read.
function M.command(o, _, words)
  local opts = { json = o.json, html = o.html, format = o.format, lang = o.lang }
  local problem = M.opts_problem(opts)
  if problem then return o.usage(problem) end
  return (M.run(words, opts, o.io))
end

return M
