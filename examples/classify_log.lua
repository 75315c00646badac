-- Summarize the status codes of an nginx or Apache access log ("combined" format):
-- how many lines, how many could not be read, each class and each code with its
-- reason phrase, vendor meanings for unregistered codes (nginx's 499), the error ratio.
-- The library's C scanner reads the log 64 KiB at a time and finds each line's status,
-- so Lua runs once per buffer, not per line. (`httpstatus log` does all this and more.)
-- Run: lua examples/classify_log.lua access.log     (or "-", or nothing, for stdin)
-- Exit status: 0 on success, 2 on bad usage or a file that cannot be opened.
local hs = require "httpstatus"
local log = require "httpstatus.log"

local CLASSES = { "informational", "success", "redirection", "client_error", "server_error" }
local BAR_WIDTH = 40 -- columns of the longest bar in the class chart

-- A quoted field starts at position i. Returns the position just after its closing
-- quote, or nil when there is no field there or it never closes. A backslash escapes
-- the next byte (Apache logs a quote in the request as \"; nginx as \x22). A bare
-- quote ends the field, so `"GET /a"b HTTP/1.1"` leaves junk behind it: malformed.
local function skip_quoted(line, i)
  if line:sub(i, i) ~= '"' then return nil end
  i = i + 1
  while true do
    local j = line:find('[\\"]', i)
    if j == nil then return nil end
    if line:sub(j, j) == '"' then return j + 1 end
    i = j + 2
  end
end

--- The status code of one log line, or nil when the line is not a complete
-- combined-format line. This is the scanner's grammar in plain Lua, one line at a
-- time, for reading (spec/log_scan_spec.lua checks the C scanner against it):
--   IP ident user [time] "request" STATUS BYTES "referer" "agent" [more fields]
-- The status must be three digits and a valid code (100..599); fields appended
-- after the agent (e.g. $request_time) are allowed.
local function parse_line(line)
  if line:sub(-1) == "\r" then line = line:sub(1, -2) end -- a CRLF log
  local _, e = line:find("^%S+ %S+ %S+ %[[^%]]+%] ")
  if e == nil then return nil end
  local i = skip_quoted(line, e + 1) -- the request
  if i == nil then return nil end
  local status, bytes, j = line:match("^ (%d%d%d) (%S+) ()", i)
  if status == nil or not (bytes == "-" or bytes:find("^%d+$")) then return nil end
  j = skip_quoted(line, j) -- the referer
  if j == nil or line:sub(j, j) ~= " " then return nil end
  j = skip_quoted(line, j + 1) -- the user agent
  if j == nil or (j <= #line and line:sub(j, j) ~= " ") then return nil end
  local code = tonumber(status)
  if not hs.is_valid(code) then return nil end -- "000", "600", ...
  return code
end

-- The scanner's counts as the report's figures: { total, valid, malformed, errors
-- (4xx + 5xx), error_ratio (errors over valid lines, 0 when none), classes =
-- { success = n, ... }, codes = { [200] = n, ... } }.
local function stats_of(counts)
  local stats = { total = counts.lines, valid = 0, malformed = counts.malformed, errors = 0,
                  error_ratio = 0, classes = {}, codes = counts.codes }
  for _, class in ipairs(CLASSES) do stats.classes[class] = 0 end
  for code, n in pairs(counts.codes) do
    local class = hs.class(code)
    stats.classes[class] = stats.classes[class] + n
    stats.valid = stats.valid + n
    if hs.is_error(code) then stats.errors = stats.errors + n end
  end
  if stats.valid > 0 then stats.error_ratio = stats.errors / stats.valid end
  return stats
end

--- Count a whole file, 64 KiB at a time.
local function classify_file(file)
  local scanner = log.scanner("combined")
  for chunk in function() return file:read(65536) end do scanner:feed(chunk) end
  scanner:finish() -- a last line without a newline counts too
  return stats_of(scanner:counts())
end

--- Count the lines an iterator gives (io.lines(path), file:lines(), ...).
local function classify(next_line)
  local scanner = log.scanner("combined")
  for line in next_line do scanner:feed(line .. "\n") end
  return stats_of(scanner:counts())
end

local function percent(n, of)
  if of == 0 then return 0 end
  return 100 * n / of
end

-- What a code means: its reason phrase, or for a code outside the registry what
-- vendors use it for, nginx and Apache first since they write these logs.
local function describe(code)
  if hs.is_registered(code) then return hs.reason(code) end
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
  return first .. " (not registered; also " .. table.concat(others, "; ") .. ")"
end

--- Write the summary of classify's stats, one string at a time, through write.
local function report(stats, write)
  local function line(fmt, ...) write(fmt:format(...) .. "\n") end

  line("Lines: %d total, %d valid, %d malformed (%.1f%%)", stats.total, stats.valid,
       stats.malformed, percent(stats.malformed, stats.total))

  line("")
  line("By class (share of valid lines; bars scaled to the largest class):")
  local largest = 0
  for _, class in ipairs(CLASSES) do
    if stats.classes[class] > largest then largest = stats.classes[class] end
  end
  for _, class in ipairs(CLASSES) do
    local n = stats.classes[class]
    local width = 0
    if n > 0 then width = math.max(1, math.floor(BAR_WIDTH * n / largest + 0.5)) end
    local bar = width > 0 and "  " .. ("#"):rep(width) or ""
    line("  %-13s %7d %6.1f%%%s", class, n, percent(n, stats.valid), bar)
  end

  line("")
  line("By code (most frequent first):")
  local codes = {}
  for code in pairs(stats.codes) do codes[#codes + 1] = code end
  table.sort(codes, function(a, b)
    local na, nb = stats.codes[a], stats.codes[b]
    if na ~= nb then return na > nb end
    return a < b
  end)
  for _, code in ipairs(codes) do
    local n = stats.codes[code]
    line("  %7d %6.1f%%  %d %s", n, percent(n, stats.valid), code, describe(code))
  end

  line("")
  line("Error ratio (4xx + 5xx): %.1f%% (%d of %d valid lines)",
       100 * stats.error_ratio, stats.errors, stats.valid)
end

local USAGE = "usage: lua classify_log.lua [access.log | -]   (no file or - reads stdin)\n"

local function main(...)
  local path = ...
  if path == "-h" or path == "--help" then
    io.write(USAGE)
    return 0
  end
  if select("#", ...) > 1 then
    io.stderr:write(USAGE)
    return 2
  end
  local file = io.stdin
  if path ~= nil and path ~= "-" then
    local err
    file, err = io.open(path, "rb")
    if file == nil then
      io.stderr:write("classify_log: cannot open ", err, "\n")
      return 2
    end
    -- A directory opens, but fails to read: say so now rather than mid-way.
    local probe, read_err = file:read(0)
    if probe == nil and read_err then
      io.stderr:write("classify_log: cannot read ", path, ": ", read_err, "\n")
      return 2
    end
  end
  report(classify_file(file), io.write)
  if file ~= io.stdin then file:close() end
  return 0
end

-- `require "classify_log"` gives the functions (for tests); running the file runs main.
if ... == "classify_log" then
  return { parse_line = parse_line, classify = classify, classify_file = classify_file,
           report = report }
end
os.exit(main(...))
