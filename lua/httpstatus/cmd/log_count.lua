--- The counting half of `httpstatus log`: inputs read into httpstatus.log's
-- C scanner (files, standard input, .gz through `gzip -dc`) and the counts
-- summarized with what the library knows about each code. The text and
-- JSON views are httpstatus.cmd.log's, the HTML page httpstatus.cmd.log_html's.
--
-- Lua runs once per 64 KiB buffer, never per line: the scanner keeps only
-- counts, so memory does not grow with the input.
-- @module httpstatus.cmd.log_count

local hs = require "httpstatus"
local quote = require("httpstatus.cmd.escape").quote

local stdio = io
local ipairs, pairs, tonumber, tostring = ipairs, pairs, tonumber, tostring
local concat, remove, sort = table.concat, table.remove, table.sort
local format = string.format
local floor, max = math.floor, math.max
local getenv = os.getenv

local M = {}

--- Bytes read and handed to the scanner at a time.
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

--- Read one input (a path, "-" for standard input) into the scanner sc;
-- true, or nil and a message when it cannot be read. io: see httpstatus.cmd.log.
function M.read_input(sc, path, io)
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
  if path:find("%.gz$") then
    f:close() -- it opens, so gzip's failures are about the data
    return read_gzip(sc, path, io)
  end
  local ok, read_err = pump(sc, f)
  f:close()
  sc:finish()
  if not ok then
    return nil, "cannot read " .. quote(path) .. ": " .. reason_of(read_err, path)
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
  if first == nil then first = remove(others, 1) end
  if first == nil then return "(not registered, no known meaning)" end
  if #others == 0 then return first .. " (not registered)" end
  return first .. " (not registered; also " .. concat(others, "; ") .. ")"
end

local function share(n, of)
  if of == 0 then return 0 end
  return n / of
end
M.share = share

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

--- A share as a percentage with one decimal: "12.5%".
function M.percent(x) return format("%.1f%%", 100 * x) end

--- Columns of a bar for n when the largest is largest: 0 for none, else
-- at least 1.
function M.bar_width(n, largest, width)
  if n == 0 then return 0 end
  return max(1, floor(width * n / largest + 0.5))
end

return M
