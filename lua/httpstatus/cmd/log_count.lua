--- The counting half of `httpstatus log`: inputs read into httpstatus.log's
-- C scanner (files, standard input, .gz through `gzip -dc`) and the counts
-- summarized with what the library knows about each code. The text and
-- JSON views are httpstatus.cmd.log's, the HTML page httpstatus.cmd.log_html's.
--
-- Lua runs at most once per 64 KiB buffer (a real file the scanner reads
-- in C, to its end), never per line: the scanner keeps counts and a
-- bounded sketch of the busiest paths, so memory does not grow with the
-- input.
-- @module httpstatus.cmd.log_count

local hs = require "httpstatus"
local check = require "httpstatus.check"
local quote = require("httpstatus.cmd.escape").quote
local WORDS = require "httpstatus.cmd.log_words"

local stdio = io
local ipairs, pairs, tonumber, tostring = ipairs, pairs, tonumber, tostring
local concat, remove, sort = table.concat, table.remove, table.sort
local format = string.format
local floor, max = math.floor, math.max
local getenv = os.getenv

local M = {}

--- Bytes read and handed to the scanner at a time, from what is no real
-- file (a real one the scanner reads itself: httpstatus.log's read).
M.CHUNK = 65536

M.CLASSES = { "informational", "success", "redirection", "client_error", "server_error" }
local CLASSES = M.CLASSES

--- A system message about path, without the path (io.open puts it first)
-- and with any byte outside printable ASCII as \ddd.
function M.reason_of(err, path)
  local msg = tostring(err)
  if msg:sub(1, #path + 2) == path .. ": " then msg = msg:sub(#path + 3) end
  return quote(msg):sub(2, -2)
end
local reason_of = M.reason_of

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

-- What compressed data begins with (a text log never begins with these
-- bytes), and the command that writes it out as text.
local COMPRESSED = {
  { prefix = "\31\139", name = "gzip", cat = "zcat" },
  { prefix = "BZh", pattern = "^BZh[1-9]1AY&SY", name = "bzip2", cat = "bzcat" },
  { prefix = "\253" .. "7zXZ\0", name = "xz", cat = "xzcat" },
  { prefix = "\40\181\47\253", name = "zstd", cat = "zstdcat" },
}
local MAGIC_BYTES = 10 -- enough for the longest, bzip2's

-- The first bytes of f (up to MAGIC_BYTES, fewer only at its end), or nil
-- and a message.
local function head_of(f)
  local parts, n = {}, 0
  while n < MAGIC_BYTES do
    local s, err = f:read(MAGIC_BYTES - n)
    if s == nil then
      if err then return nil, tostring(err) end
      break
    end
    if s == "" then break end
    parts[#parts + 1] = s
    n = n + #s
  end
  return concat(parts)
end

-- The entry of COMPRESSED that head begins like, or nil.
local function compression_of(head)
  for _, c in ipairs(COMPRESSED) do
    if head:sub(1, #c.prefix) == c.prefix and (not c.pattern or head:find(c.pattern)) then
      return c
    end
  end
  return nil
end

-- Why a compressed input (name: the path, or "-" for standard input) is
-- not read, and how to feed it: the whole text a user sees.
local function compressed_problem(c, name)
  if name == "-" then
    local text = format("standard input looks %s-compressed: decompress it on the way in "
      .. "(%s FILE | httpstatus log)", c.name, c.cat)
    if c.name == "gzip" then
      text = text .. " or give the file by name (httpstatus log FILE.gz: names ending in .gz "
        .. "are read through gzip -dc)"
    end
    return text
  end
  -- the name in the hint only when it is plain printable text
  local shown = name:find("^[ -~]+$") and shell_quote(name) or "FILE"
  local text = format("%s looks %s-compressed", quote(name), c.name)
  if c.name == "gzip" then
    text = text .. " (only names ending in .gz are read through gzip -dc)"
  end
  return format("%s: decompress it on the way in (%s %s | httpstatus log)", text, c.cat, shown)
end

-- Feed everything f gives to the scanner. With `trailer`, the input ends in
-- three digits that are not log text (the exit status of gzip, which
-- io.popen's close does not report on Lua 5.1 and LuaJIT): they are held
-- back and returned. Returns true (and the trailer), or nil and a message.
local function pump(sc, f, trailer)
  if not trailer and stdio.type(f) == "file" then
    -- a real file: the scanner reads it in C, with no Lua string per chunk
    local ok, err = sc:read(f)
    if not ok then return nil, tostring(err) end
    return true, ""
  end
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

-- Read a gzipped file (it opens) into the scanner through gzip -dc.
local function read_gzip(sc, path, io)
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

-- Feed the scanner f's text (name: its path, or "-"): true, or nil and a
-- message. Compressed data (its first bytes say so) is not fed: it would
-- only count as malformed lines.
local function read_text(sc, f, name)
  local what = name == "-" and "standard input" or quote(name)
  local head, err = head_of(f)
  if head == nil then return nil, "cannot read " .. what .. ": " .. reason_of(err, name) end
  local c = compression_of(head)
  if c then return nil, compressed_problem(c, name) end
  sc:feed(head)
  local ok, read_err = pump(sc, f)
  sc:finish()
  if not ok then return nil, "cannot read " .. what .. ": " .. reason_of(read_err, name) end
  return true
end

--- Read one input (a path, "-" for standard input) into the scanner sc;
-- true, or nil and a message when it cannot be read (compressed data
-- other than a .gz file's included). io: see httpstatus.cmd.log.
function M.read_input(sc, path, io)
  if path == "-" then return read_text(sc, io.stdin or stdio.stdin, "-") end
  if path:find("\0", 1, true) then
    return nil, "cannot open " .. quote(path) .. ": the name contains a NUL byte"
  end
  local f, err = (io.open or stdio.open)(path, "rb")
  if f == nil then return nil, "cannot open " .. quote(path) .. ": " .. reason_of(err, path) end
  if path:find("%.gz$") then
    f:close() -- it opens, so gzip's failures are about the data
    return read_gzip(sc, path, io)
  end
  local ok, err2 = read_text(sc, f, path)
  f:close()
  return ok, err2
end



--- A template's {name}s filled from vars (numbers as they are), and its
-- {name|one|other}s with the word that fits vars[name]: one for 1 (or
-- "1", as group writes it), other for any other count ("{n} {n|line|lines}"
-- says "1 line", "2 lines"). A language without plurals writes the word.
function M.fill(template, vars)
  template = template:gsub("{([%w_]+)|([^|{}]*)|([^|{}]*)}", function(k, one, other)
    local v = vars[k]
    if v == nil then return nil end -- left as written
    return (v == 1 or v == "1") and one or other
  end)
  return (template:gsub("{([%w_]+)}", function(k)
    local v = vars[k]
    if v == nil then return "{" .. k .. "}" end
    return tostring(v)
  end))
end

--- An integer with its thousands grouped: 1234567 -> "1,234,567".
function M.group(n)
  local s = format("%d", n)
  local sign, digits = s:match("^(%-?)(%d+)$")
  digits = digits:reverse():gsub("(%d%d%d)", "%1,"):reverse()
  return sign .. digits:gsub("^,", "")
end

-- What a code means: its phrase, or what vendors use it for, nginx and
-- Apache first since they write these logs. A vendor's phrase is its own
-- (English): Korean quotes it and says it is a vendor code.
local function meaning(code, lang)
  if hs.is_registered(code) then return hs.reason(code, { lang = lang }) end
  local W = WORDS[lang or "en"]
  local first, others = nil, {}
  for _, u in ipairs(hs.unofficial(code) or {}) do
    if first == nil and (u.vendor == "nginx" or u.vendor == "Apache") then
      first = u
    else
      others[#others + 1] = u
    end
  end
  if first == nil then first = remove(others, 1) end
  if first ~= nil then first = M.fill(W.vendor, first) end
  for i, u in ipairs(others) do others[i] = M.fill(W.vendor_also, u) end
  if first == nil then return "(" .. W.no_meaning .. ")" end
  if #others == 0 then return first .. " (" .. W.not_registered .. ")" end
  return first .. " (" .. W.not_registered .. "; " .. W.also .. " " .. concat(others, "; ") .. ")"
end

local function share(n, of)
  if of == 0 then return 0 end
  return n / of
end
M.share = share

-- The timeline's buckets merged `per` at a time: rows of {start =
-- seconds since 1970, lines =, client_error =, server_error =}.
local function timeline_rows(tl, per)
  local rows, first = {}, math.floor(tl.first / tl.seconds + 0.5)
  local row
  for i = 1, #tl.lines do
    local n = math.floor((first + i - 1) / per) -- the row's number: rows start on whole steps
    if not row or row.n ~= n then
      row = { n = n, start = n * per * tl.seconds, lines = 0, client_error = 0, server_error = 0 }
      rows[#rows + 1] = row
    end
    row.lines = row.lines + tl.lines[i]
    row.client_error = row.client_error + tl.client_error[i]
    row.server_error = row.server_error + tl.server_error[i]
  end
  for _, r in ipairs(rows) do r.n = nil end
  return rows
end

local SUMMARY_OPTIONS = { bucket = true, format = true }

--- Rows of the timeline when no bucket is chosen: at most this many.
M.TIMELINE_ROWS = 48
--- Paths shown per class.
M.TOP_PATHS = 5

--- The report of a scanner's counts (sc:counts()): a table of
-- lines, valid, malformed, invalid_status, errors (4xx + 5xx), error_ratio
-- (errors over valid lines), aborted (499 and 444: the client went away, or
-- nginx closed without a response) and aborted_share, retryable (errors
-- hs.is_retryable calls retryable), retryable_share (over errors),
-- unregistered (valid lines whose code is outside the registry),
-- unregistered_codes (how many such codes), unregistered_share (over valid
-- lines), custom (true when most lines are in no known format, or not in
-- the one given), format (opts.format, the format given, unless "any"), formats
-- (valid lines by format), classes = {success = {count =, share =}, ...}
-- (shares of valid lines), codes = an array of {code =, count =, share =,
-- class =, registered =, retryable =, meaning =}, most frequent first;
-- timeline = {seconds =, offset = minutes east of UTC, rows = {{start =,
-- lines =, client_error =, server_error =}, ...}} or nil when no line has a
-- time; upstream and request_time (the scanner's) when the log has them;
-- paths = {[class] = {{path =, count =, error =}, ...}}, the busiest first;
-- empty = true when the inputs held not one line (the views then say so
-- in one sentence instead of a report of zeros).
-- opts.bucket: the chosen bucket (the rows are the scanner's buckets);
-- else the buckets are merged into at most TIMELINE_ROWS rows; opts.format:
-- the format given; any other name raises. Ratios are 0 when there is
-- nothing to divide.
function M.summarize(counts, lang, opts)
  local unknown = check.options_problem(opts, SUMMARY_OPTIONS)
  if unknown then error(check.bad("summarize", 3, unknown), 2) end
  opts = opts or {}
  local r = { lines = counts.lines, malformed = counts.malformed,
              invalid_status = counts.invalid_status, valid = 0, errors = 0, retryable = 0,
              aborted = 0, unregistered = 0, unregistered_codes = 0, classes = {}, codes = {},
              formats = {}, paths = {} }
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
    if code == 499 or code == 444 then r.aborted = r.aborted + n end
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
  for name, n in pairs(counts.formats or {}) do
    if n > 0 then r.formats[name] = n end
  end
  r.empty = r.lines == 0 or nil
  r.custom = r.lines > 0 and r.malformed * 2 > r.lines
  if opts.format ~= nil and opts.format ~= "any" then r.format = opts.format end
  r.error_ratio = share(r.errors, r.valid)
  r.aborted_share = share(r.aborted, r.valid)
  r.retryable_share = share(r.retryable, r.errors)
  r.unregistered_share = share(r.unregistered, r.valid)
  local tl = counts.timeline
  if tl and #tl.lines > 0 then
    local per = opts.bucket and 1 or math.ceil((#tl.lines + 1) / M.TIMELINE_ROWS)
    r.timeline = { seconds = tl.seconds * per, offset = tl.offset, rows = timeline_rows(tl, per) }
  end
  if counts.upstream and counts.upstream.field > 0 then r.upstream = counts.upstream end
  if counts.request_time and counts.request_time.lines > 0 then
    r.request_time = counts.request_time
  end
  for digit, class in ipairs(CLASSES) do
    local list = {}
    for i, p in ipairs((counts.paths or {})[digit] or {}) do list[i] = p end
    sort(list, function(a, b)
      if a.count ~= b.count then return a.count > b.count end
      return a.path < b.path
    end)
    for i = #list, M.TOP_PATHS + 1, -1 do list[i] = nil end
    if #list > 0 then r.paths[class] = list end
  end
  return r
end

--- The request-time sentence of the text report and the page, or nil when
-- the log has no $request_time (r.request_time): "Request time
-- ($request_time, 120 lines): mean 0.060 s, max 0.119 s".
function M.request_time_text(r, W)
  local t = r.request_time
  if not t then return nil end
  return M.fill(W.rtime, { n = M.group(t.lines), mean = format("%.3f s", t.sum_ms / t.lines / 1000),
                           max = format("%.3f s", t.max_ms / 1000) })
end

--- The upstream figures of r.upstream in the order both views show them:
-- an array of {key, n}, key naming the words (httpstatus.cmd.log_words').
function M.upstream_rows(u)
  return { { "upstream_5xx", u.server_error }, { "own_5xx", u.own_server_error },
           { "retried", u.retried }, { "recovered", u.recovered } }
end

--- The one sentence of the report of empty inputs (r.empty), for inputs
-- (the names read) in W's language: "The log is empty: ...".
function M.empty_text(inputs, W)
  return M.fill(W.empty, { inputs = #inputs })
end

--- What the report says when most lines did not read (r.custom): that
-- the format looks custom and how to give it, or, when a format was given
-- (r.format), that the lines are not in that one. W: httpstatus.cmd.log_words'.
function M.custom_text(r, W)
  local vars = { share = M.percent(share(r.malformed, r.lines)) }
  if r.format == nil then return M.fill(W.custom, vars) end
  if r.format:find("$", 1, true) then return M.fill(W.custom_template, vars) end
  vars.format = r.format
  return M.fill(W.custom_named, vars)
end

--- The step of a timeline in words: "30 min", "2 h", "hour" for one (the
-- templates say "per {width}"; Korean: "30분", "1시간").
function M.width_text(seconds, W)
  local n, one, many = floor(seconds / 60), W.minute, W.minutes
  if seconds % 86400 == 0 then
    n, one, many = seconds / 86400, W.day, W.days
  elseif seconds % 3600 == 0 then
    n, one, many = seconds / 3600, W.hour, W.hours
  end
  if n == 1 then return one end
  return M.fill(many, { n = format("%d", n) }) -- "%d": 2, not 2.0, on Lua 5.3+
end

--- A zone's offset as text: "+01:00" for 60 minutes east.
function M.offset_text(minutes)
  local sign = minutes < 0 and "-" or "+"
  minutes = minutes < 0 and -minutes or minutes
  return format("%s%02d:%02d", sign, floor(minutes / 60), minutes % 60)
end

--- A time of the log as its own zone writes it: "2026-03-14 10:05".
function M.time_text(seconds, offset)
  return os.date("!%Y-%m-%d %H:%M", seconds + offset * 60)
end

--- A share as a percentage with one decimal: "12.5%".
function M.percent(x) return format("%.1f%%", 100 * x) end

--- Columns of a bar for n when the largest is largest: 0 for none, else
-- at least 1.
function M.bar_width(n, largest, width)
  if n == 0 then return 0 end
  return max(1, floor(width * n / largest + 0.5))
end

return M
