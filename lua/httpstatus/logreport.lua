--- `httpstatus log [FILE ...]`: the status codes of nginx and Apache access
-- logs ("combined" and "common"), counted by the C scanner of
-- httpstatus.core, and reported as text, JSON or an HTML page.
--
-- Lua runs once per 64 KiB buffer, never per line: the scanner finds and
-- checks each line's status in C and keeps only its counts (a fixed-size
-- struct), so memory does not grow with the input. Gzipped logs are read
-- through `gzip -dc` when gzip is on PATH.
--
-- All input and output goes through an `io` table so that the specs can run
-- the command without files or a terminal (the same idea as cli.main's):
--   out(s), err(s)      write to standard output and standard error
--   open(path, mode)    like io.open (default io.open)
--   popen(cmd, mode)    like io.popen (default io.popen)
--   stdin               a file to read when no path is given (default io.stdin)
--   gzip                the gzip command, or false for none (default: gzip
--                       when found on PATH)
-- @module httpstatus.logreport

local hs = require "httpstatus"
local core = require "httpstatus.core"
local page = require "httpstatus.page"

local stdio = io
local assert, ipairs, pairs, tonumber, tostring, type = assert, ipairs, pairs, tonumber, tostring,
  type
local concat, sort = table.concat, table.sort
local format, rep = string.format, string.rep
local floor, max = math.floor, math.max
local getenv, os_date = os.getenv, os.date

local M = {}

--- Bytes read and handed to the scanner at a time.
M.CHUNK = 65536

local CLASSES = { "informational", "success", "redirection", "client_error", "server_error" }
local BAR_WIDTH = 40 -- columns of the longest bar of the class chart
local FORMATS = { any = true, combined = true, common = true }
local ESC = "httpstatus log"

-- A name as printable ASCII in double quotes, so that no byte of a file name
-- (ESC, a newline) reaches the terminal as itself: the library's one quote.
local quote = require("httpstatus.check").quote

-- A system message about path, without the path (io.open puts it first) and
-- with any byte outside printable ASCII as \ddd.
local function reason_of(err, path)
  local msg = tostring(err)
  if msg:sub(1, #path + 2) == path .. ": " then msg = msg:sub(#path + 3) end
  return quote(msg):sub(2, -2)
end

-- A path for sh, in single quotes ('\'' for a quote inside).
local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function gzip_on_path()
  for dir in (getenv("PATH") or ""):gmatch("[^:]+") do
    local f = stdio.open(dir .. "/gzip", "rb")
    if f then
      f:close()
      return "gzip"
    end
  end
  return false
end

-- Feed everything f gives to the scanner. With `trailer`, the input ends in
-- three digits that are not log text (the exit status of gzip, which
-- io.popen's close does not report on Lua 5.1 and LuaJIT): they are held
-- back and returned. Returns true (and the trailer), or nil and a message.
local function pump(sc, f, trailer)
  local chunk_size, held = M.CHUNK, ""
  while true do
    local chunk, err = f:read(chunk_size)
    if chunk == nil then
      if err then return nil, tostring(err) end
      break
    end
    if trailer then
      chunk = held .. chunk
      held = chunk:sub(-3)
      chunk = chunk:sub(1, -4)
    end
    sc:feed(chunk)
  end
  return true, held
end

-- Read one input into the scanner; nil and a message when it cannot be read.
local function read_input(sc, path, io)
  if path == "-" then
    local ok, err = pump(sc, io.stdin or stdio.stdin)
    sc:finish()
    if not ok then return nil, "cannot read standard input: " .. reason_of(err, "-") end
    return true
  end
  if path:find("\0", 1, true) then
    return nil, "cannot open " .. quote(path) .. ": the name contains a NUL byte"
  end
  local f, err = (io.open or stdio.open)(path, "rb")
  if f == nil then return nil, "cannot open " .. quote(path) .. ": " .. reason_of(err, path) end
  if not path:find("%.gz$") then
    local ok, read_err = pump(sc, f)
    f:close()
    sc:finish()
    if not ok then
      return nil, "cannot read " .. quote(path) .. ": " .. reason_of(read_err, path)
    end
    return true
  end
  f:close() -- it opens, so gzip's failures are about the data
  local gzip = io.gzip
  if gzip == nil then gzip = gzip_on_path() end
  if not gzip then
    return nil, "cannot read " .. quote(path) .. ": gzip is not on PATH"
  end
  local cmd = format("%s -dc -- %s 2>/dev/null; printf '%%03d' \"$?\"", shell_quote(gzip),
    shell_quote(path))
  local p, perr = (io.popen or stdio.popen)(cmd, "r")
  if p == nil then
    return nil, "cannot run gzip for " .. quote(path) .. ": " .. reason_of(perr, path)
  end
  local ok, status = pump(sc, p, true)
  p:close()
  sc:finish()
  if not ok then
    return nil, "cannot read " .. quote(path) .. " through gzip: " .. reason_of(status, path)
  end
  if status ~= "000" then
    return nil, format("cannot read %s: gzip -dc failed (%s): not gzip data, damaged or cut short",
      quote(path), status:find("^%d%d%d$") and "exit " .. tonumber(status) or "no exit status")
  end
  return true
end

-- What a code means: its phrase, or what vendors use it for, nginx and
-- Apache first since they write these logs.
local function meaning(code, lang)
  if hs.is_registered(code) then return hs.reason(code, { lang = lang }) end
  local first, others = nil, {}
  for _, u in ipairs(hs.unofficial(code) or {}) do
    local text = u.vendor .. ": " .. u.reason
    if first == nil and (u.vendor == "nginx" or u.vendor == "Apache") then
      first = text
    else
      others[#others + 1] = text
    end
  end
  if first == nil then first = table.remove(others, 1) end
  if first == nil then return "(not registered, no known meaning)" end
  if #others == 0 then return first .. " (not registered)" end
  return first .. " (not registered; also " .. concat(others, "; ") .. ")"
end

local function share(n, of)
  if of == 0 then return 0 end
  return n / of
end

--- The report of a scanner's counts (sc:counts()): a table of
-- lines, valid, malformed, invalid_status, errors (4xx + 5xx), error_ratio
-- (errors over valid lines), retryable (errors hs.is_retryable calls
-- retryable), retryable_share (over errors), unregistered (valid lines whose
-- code is outside the registry), unregistered_codes (how many such codes),
-- unregistered_share (over valid lines), classes = {success = {count =,
-- share =}, ...} (shares of valid lines), and codes = an array of {code =,
-- count =, share =, class =, registered =, retryable =, meaning =}, most
-- frequent first. Ratios are 0 when there is nothing to divide.
function M.summarize(counts, lang)
  local r = { lines = counts.lines, malformed = counts.malformed,
              invalid_status = counts.invalid_status, valid = 0, errors = 0, retryable = 0,
              unregistered = 0, unregistered_codes = 0, classes = {}, codes = {} }
  for _, class in ipairs(CLASSES) do r.classes[class] = { count = 0 } end
  for code, n in pairs(counts.codes) do
    local class = hs.class(code)
    local registered = hs.is_registered(code)
    r.valid = r.valid + n
    r.classes[class].count = r.classes[class].count + n
    if hs.is_error(code) then
      r.errors = r.errors + n
      if hs.is_retryable(code) then r.retryable = r.retryable + n end
    end
    if not registered then
      r.unregistered = r.unregistered + n
      r.unregistered_codes = r.unregistered_codes + 1
    end
    r.codes[#r.codes + 1] = { code = code, count = n, class = class, registered = registered,
                              retryable = hs.is_retryable(code), meaning = meaning(code, lang) }
  end
  sort(r.codes, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    return a.code < b.code
  end)
  for _, c in ipairs(r.codes) do c.share = share(c.count, r.valid) end
  for _, class in ipairs(CLASSES) do
    local c = r.classes[class]
    c.share = share(c.count, r.valid)
  end
  r.error_ratio = share(r.errors, r.valid)
  r.retryable_share = share(r.retryable, r.errors)
  r.unregistered_share = share(r.unregistered, r.valid)
  return r
end

local function percent(x) return format("%.1f%%", 100 * x) end

local function bar_width(n, largest, width)
  if n == 0 then return 0 end
  return max(1, floor(width * n / largest + 0.5))
end

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
    local width = bar_width(c.count, largest, BAR_WIDTH)
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

--- The report as JSON: the same fields, with classes and codes as objects
-- keyed by class name and by code ("404"), so that an empty report is
-- valid too; inputs lists the files read ("-" for standard input).
function M.json(r, inputs)
  local codes = {}
  for _, c in ipairs(r.codes) do
    codes[tostring(c.code)] = { count = c.count, share = c.share, class = c.class,
                                registered = c.registered, retryable = c.retryable,
                                meaning = c.meaning }
  end
  local t = {}
  for k, v in pairs(r) do t[k] = v end
  t.codes, t.inputs, t.registry_date = codes, inputs, hs.REGISTRY_DATE
  if #inputs == 0 then t.inputs = nil end
  return assert(core.json_encode(t)) .. "\n"
end

local CLASS_COLOR = { "#0969da", "#1a7f37", "#9a6700", "#cf222e", "#8250df" }
local esc = page.escape

-- at most n characters of a UTF-8 text, "..." marking a cut
local function clip(s, n)
  local chars = 0
  for at in s:gmatch("()[^\128-\191]") do
    chars = chars + 1
    if chars > n then return s:sub(1, at - 1) .. "..." end
  end
  return s
end

-- a horizontal bar chart: rows of {label, value, text, color}
local function svg_chart(id, title, rows)
  local row_h, label_w, bar_w = 24, 260, 300
  local largest = 0
  for _, row in ipairs(rows) do largest = max(largest, row[2]) end
  local h = row_h * #rows + 8
  local out = { format('<svg role="img" aria-labelledby="%s" viewBox="0 0 %d %d" width="100%%" '
    .. 'style="max-width:%dpx" xmlns="http://www.w3.org/2000/svg"><title id="%s">%s</title>',
    id, label_w + bar_w + 110, h, label_w + bar_w + 110, id, esc(title)) }
  for i, row in ipairs(rows) do
    local y = (i - 1) * row_h + 4
    local w = bar_width(row[2], largest, bar_w)
    out[#out + 1] = format('<text x="%d" y="%d" text-anchor="end">%s</text>'
      .. '<rect x="%d" y="%d" width="%d" height="%d" rx="3" fill="%s"/>'
      .. '<text x="%d" y="%d">%s</text>', label_w - 6, y + 16, esc(row[1]), label_w, y + 3, w,
      row_h - 6, row[4], label_w + w + 6, y + 16, esc(row[3]))
  end
  out[#out + 1] = "</svg>"
  return concat(out)
end

local REPORT_CSS = [=[
:root{--bg:#fff;--fg:#1b1f23;--mut:#57606a;--line:#d0d7de;--card:#f6f8fa;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--mut:#9198a1;
--line:#30363d;--card:#161b22}}
body{margin:0 auto;max-width:60rem;padding:0 1rem 2rem;background:var(--bg);color:var(--fg);
font:16px/1.5 system-ui,sans-serif}
.meta{color:var(--mut)}svg text{fill:var(--fg);font:13px system-ui,sans-serif}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left}
.n{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0;background:var(--card);border:1px solid var(--line);border-radius:6px;
padding:.5rem}
@media (max-width:40rem){dl{grid-template-columns:1fr}th,td{padding:.2rem}}
@media print{body{background:#fff;color:#000}svg text{fill:#000}figure{break-inside:avoid}}
]=]

--- The report as a self-contained HTML page: the summary, a bar chart of the
-- classes and of the most frequent codes (inline SVG), and a table of every
-- code. inputs: the names read, shown escaped.
function M.html(r, inputs, date)
  local names = {}
  for i, name in ipairs(inputs) do names[i] = name == "-" and "standard input" or name end
  local out = {
    "<!DOCTYPE html>", '<html lang="en">', '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
      .. "style-src 'unsafe-inline'; img-src data:\">",
    "<title>Access log report</title><style>" .. REPORT_CSS .. "</style></head>",
    "<body><header><h1>Access log report</h1>",
    format('<p class="meta">%s · %s · IANA registry %s · httpstatus %s</p></header>',
      esc(concat(names, ", ")), esc(date or os_date("!%Y-%m-%d")), esc(hs.REGISTRY_DATE),
      esc(hs.VERSION)),
    '<main><section aria-labelledby="h-sum"><h2 id="h-sum">Summary</h2><dl>',
    format("<dt>Lines</dt><dd>%d</dd><dt>Valid</dt><dd>%d</dd>", r.lines, r.valid),
    format("<dt>Malformed</dt><dd>%d (%s)</dd>", r.malformed, percent(share(r.malformed,
      r.lines))),
    format("<dt>Error ratio (4xx + 5xx)</dt><dd>%s (%d of %d valid lines)</dd>",
      percent(r.error_ratio), r.errors, r.valid),
    format("<dt>Retryable failures</dt><dd>%s of 4xx + 5xx (%d of %d lines)</dd>",
      percent(r.retryable_share), r.retryable, r.errors),
    format("<dt>Outside the registry</dt><dd>%s of valid lines (%d lines, %d codes)</dd>",
      percent(r.unregistered_share), r.unregistered, r.unregistered_codes),
    "</dl></section>",
  }
  local rows, trs = {}, {}
  for digit, class in ipairs(CLASSES) do
    local c = r.classes[class]
    rows[digit] = { digit .. "xx " .. class, c.count, format("%d (%s)", c.count,
      percent(c.share)), CLASS_COLOR[digit] }
    trs[digit] = format('<tr><td>%dxx %s</td><td class="n">%d</td><td class="n">%s</td></tr>',
      digit, class, c.count, percent(c.share))
  end
  out[#out + 1] = '<section aria-labelledby="h-class"><h2 id="h-class">By class</h2><figure>'
    .. svg_chart("chart-class", "Valid lines by class", rows) .. "</figure>"
    .. '<table><thead><tr><th>Class</th><th class="n">Lines</th><th class="n">Share</th></tr>'
    .. "</thead><tbody>"
    .. concat(trs) .. "</tbody></table></section>"
  rows, trs = {}, {}
  for i, c in ipairs(r.codes) do
    if i <= 15 then
      local name = c.meaning:gsub(" %(not registered.*$", "") -- the details are in the table
      rows[i] = { c.code .. " " .. clip(name, 32), c.count,
                  format("%d (%s)", c.count, percent(c.share)), CLASS_COLOR[floor(c.code / 100)] }
    end
    trs[i] = format('<tr><td>%d</td><td>%s</td><td class="n">%d</td><td class="n">%s</td>'
      .. "<td>%s</td></tr>", c.code, esc(c.meaning), c.count, percent(c.share),
      c.registered and "registered" or "outside the registry")
  end
  out[#out + 1] = '<section aria-labelledby="h-code"><h2 id="h-code">By code</h2>'
  if #rows > 0 then
    out[#out + 1] = "<figure>" .. svg_chart("chart-code", "The most frequent codes", rows)
      .. "</figure>"
  end
  out[#out + 1] = '<table><thead><tr><th>Code</th><th>Meaning</th><th class="n">Lines</th>'
    .. '<th class="n">Share</th>'
    .. "<th>Registry</th></tr></thead><tbody>" .. concat(trs) .. "</tbody></table></section>"
  out[#out + 1] = "</main></body></html>\n"
  return concat(out, "\n")
end

local function check_opts(opts)
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

--- Count the logs at paths (an array of names, "-" for standard input;
-- standard input when empty) and report. opts: json (print JSON instead of
-- text), html (a file to write the HTML report to), format ("combined",
-- "common" or "any", the default), lang ("en" or "ko" for the phrases).
-- io: see the top of this file. Returns the exit status (0 ok, 1 an input
-- could not be read or the page not written, 2 bad usage) and the report
-- (nil on bad usage). An input that cannot be read is reported on err and
-- the others are still counted and reported.
function M.run(paths, opts, io)
  opts = opts or {}
  local problem = check_opts(opts)
  if problem then
    io.err(ESC .. ": " .. problem .. "\n")
    return 2, nil
  end
  local inputs = {}
  for i, p in ipairs(paths) do inputs[i] = p end
  if #inputs == 0 then inputs[1] = "-" end
  local sc, status = core.log_scanner(opts.format), 0
  local read = {}
  for _, path in ipairs(inputs) do
    local ok, err = read_input(sc, path, io)
    if ok then
      read[#read + 1] = path
    else
      io.err(ESC .. ": " .. err .. "\n")
      status = 1
    end
  end
  local r = M.summarize(sc:counts(), opts.lang)
  if opts.json then io.out(M.json(r, read)) else io.out(M.text(r)) end
  if opts.html then
    local f, err = (io.open or stdio.open)(opts.html, "wb")
    local ok, werr = false, err
    if f then
      ok, werr = f:write(M.html(r, read))
      local closed, cerr = f:close()
      ok, werr = ok and closed, werr or cerr
    end
    if not ok then
      io.err(ESC .. ": cannot write " .. quote(opts.html) .. ": " .. reason_of(werr, opts.html)
        .. "\n")
      status = 1
    end
  end
  return status, r
end

local USAGE = [[
usage: httpstatus log [--json] [--html FILE] [--format F] [--lang L] [FILE ...]

  FILE          access logs (nginx or Apache); none or - reads standard input;
                names ending in .gz are read through gzip -dc
  --json        the report as JSON
  --html FILE   also write the report as an HTML page with bar charts
  --format F    combined, common or any (default: any)
  --lang L      phrases in en (default) or ko

exit status: 0 ok, 1 an input could not be read, 2 bad usage
]]

--- `httpstatus log` with its words (what follows "log"): parses the options
-- and calls run. Returns the exit status.
function M.main(args, io)
  local opts, paths, i = {}, {}, 1
  local function value()
    i = i + 1
    return args[i]
  end
  while args[i] ~= nil do
    local a = args[i]
    local name, inline = a:match("^(%-%-%a+)=(.*)$")
    if a == "-h" or a == "--help" then
      io.out(USAGE)
      return 0
    elseif a == "--json" then
      opts.json = true
    elseif a == "--html" or a == "--format" or a == "--lang" or name then
      local key = (name or a):sub(3)
      if key ~= "html" and key ~= "format" and key ~= "lang" then
        io.err(ESC .. ": unknown option " .. quote(a) .. "\n")
        return 2
      end
      local v = inline or value()
      if v == nil then
        io.err(ESC .. ": " .. a .. " needs a value\n")
        return 2
      end
      opts[key] = v
    elseif a == "--" then
      for j = i + 1, #args do paths[#paths + 1] = args[j] end
      break
    elseif a:find("^%-.") then
      io.err(ESC .. ": unknown option " .. quote(a) .. "\nTry 'httpstatus log --help'.\n")
      return 2
    else
      paths[#paths + 1] = a
    end
    i = i + 1
  end
  return (M.run(paths, opts, io))
end

return M
