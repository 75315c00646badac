--- The response linter's reader of raw HTTP/1.x bytes: what `curl -si`,
-- `curl -sIi`, `curl -L` or a capture holds, one response after another.
--
-- It reads each head (status line, field lines) and finds where the
-- content ends the way a client would (RFC 9112, Section 6.3), but never
-- copies the content: a message holds the positions of its content in the
-- source string, so a 100 MB body costs no memory. Only head lines are cut
-- out, and a line longer than MAX_LINE ends the reading. A regular head
-- (the usual kind) is split by the C core in one pass (core.read_head);
-- any other is read line by line here, which notes what is wrong with it.
--
-- curl prints chunked content already decoded and HTTP/2 content without
-- frames: content that is not in chunked form, and content without
-- Content-Length, runs to the next status line or to the end.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint_raw

local core = require "httpstatus.core"
local message = require "httpstatus.lint_message"
local core_content = core.content
local new, regular, note, add_field, show = message.new, message.regular, message.note,
  message.add_field, message.show
local token_lower = require("httpstatus.rules").token_lower

-- A name from the wire as a message may hold it: as sent when it is a
-- token, else quoted (what was sent is never written raw, controls and all)
local function shown_name(name)
  return token_lower(name) and name or show(name)
end

local byte, find, lower, match, sub = string.byte, string.find, string.lower, string.match,
  string.sub
local tonumber = tonumber
local parse_status, read_head = core.parse_status_line, core.read_head

local M = {}

local MAX_LINE = 64 * 1024

-- The line at pos: its text without CR LF, the position after it, whether
-- it ended with CRLF, and whether it ended at all (false: end of input).
local function line_at(src, pos)
  local nl = find(src, "\n", pos, true)
  if not nl then return sub(src, pos, pos + MAX_LINE), #src + 1, false, false end
  if nl - pos > MAX_LINE then return nil, nl + 1, false, true end
  local stop = nl - 1
  local cr = stop >= pos and byte(src, stop) == 13
  if cr then stop = stop - 1 end
  return sub(src, pos, stop), nl + 1, cr, true
end

-- Does a status line start at pos? (HTTP/x then a three-digit code.)
-- find(src, STATUS_AT, pos) asks it where a call would cost.
local STATUS_AT = "^HTTP/%d[%.%d]* %d%d%d"
local function status_at(src, pos)
  return find(src, STATUS_AT, pos) ~= nil
end
M.status_at = status_at

-- The position of the next status line at or after pos, or #src + 1.
local function next_status(src, pos)
  return find(src, "HTTP/%d[%.%d]* %d%d%d", pos) or #src + 1
end

-- The chunked content from pos: its length in bytes, the position after
-- the last chunk and trailers; or nil, why, and whether it broke off
-- after a chunk was read (false: no chunk at all, so it is not in chunked
-- form: curl decoded it).
local function read_chunked(src, pos)
  local length, chunks, n = 0, 0, #src
  while true do
    local line, after, _, ended = line_at(src, pos)
    local size = line and ended and match(line, "^(%x+)[ \t]*;?[^\r\n]*$")
    if not size then
      return nil, pos > n and "the content ends before the last chunk" or "a chunk size line is "
        .. "missing", chunks > 0
    end
    size = tonumber(size, 16)
    if size == 0 then
      -- trailer fields, then the empty line
      pos = after
      repeat
        line, after, _, ended = line_at(src, pos)
        if not ended then return nil, "the content ends in the trailer section", true end
        pos = after
      until line == ""
      return length, pos
    end
    if after + size + 1 > n or sub(src, after + size, after + size + 1) ~= "\r\n" then
      return nil, "a chunk is shorter than its size or lacks its CRLF", chunks > 0
    end
    length, chunks, pos = length + size, chunks + 1, after + size + 2
  end
end

-- the versions whose status line the careful reader would say nothing
-- about, and those of HTTP/1.x, as httpstatus.protocol names them
local PLAIN_VERSION, MINOR, H2 = message.PLAIN_VERSION, message.MINOR, message.H2

-- The message of the head at pos read the fast way, when it is regular
-- (every line ends in CRLF, no obs-fold, a colon in every field line with
-- nothing before it, every name a token, no line over MAX_LINE, a status
-- line that parses, or curl's "HTTP/2 200": core.read_head says) and its
-- version is one the careful reader would note nothing about; and the
-- position after the head. Else nil.
local function read_regular(src, pos, method, lang)
  local after, code, reason, version, fields, repeated, text, upper = read_head(src, pos, MAX_LINE)
  if not after or not PLAIN_VERSION[version] then return nil end
  return regular(method, lang, src, pos, code, reason, version, fields, repeated, text, upper),
    after
end

--- Reads the response at pos of src: its message (see
-- httpstatus.lint_message), with what the reading itself found noted,
-- and the position after it; or nil when nothing is left. method is the
-- request's (nil: not given, so HEAD is inferred where a head with a
-- length is followed by nothing); lang the messages' language. careful:
-- read every head line by line, as an irregular one is (the specs compare
-- both ways).
function M.read(src, pos, method, lang, careful)
  local n = #src
  -- blank lines between captures are no part of a response
  local b = byte(src, pos)
  while b == 13 or b == 10 do
    pos = pos + 1
    b = byte(src, pos)
  end
  if b == nil then return nil end
  if not careful then
    local msg, after = read_regular(src, pos, method, lang)
    if msg then return M.frame(src, after, method, msg) end
  end
  local msg = new(method or "GET", nil, lang)
  msg.method_given, msg.src = method ~= nil, src
  local line, after, cr, ended = line_at(src, pos)
  if not line then
    note(msg, "status-line-syntax", nil, { line = "(a line over 64 KiB)" })
    return msg, n + 1
  end
  local lf = ended and not cr
  local code, reason, version = parse_status(line, false)
  if not code then
    code, reason, version = parse_status(line, true)
    if code and MINOR[version] then
      note(msg, "status-line-no-space")
    elseif not code then
      local v, digits = match(line, "^(%S+) (%d+)")
      if v and not find(v, "^HTTP/%d[%.%d]*$") then
        note(msg, "version-syntax", nil, { version = show(v) })
        code = tonumber(digits)
      elseif digits and #digits == 3 and tonumber(digits) >= 100 and tonumber(digits) <= 599 then
        note(msg, "reason-phrase-chars")
        code = tonumber(digits)
      elseif digits then
        note(msg, "status-code-range", nil, { value = digits })
      else
        note(msg, "status-line-syntax", nil, { line = show(line) })
        -- no status line: nothing here can be framed
        return msg, n + 1
      end
      version = v and match(v, "^HTTP/(.*)$") or v
      reason = match(line, "^%S+ %d+ (.*)$")
      if code and (code < 100 or code > 599) then code = nil end
    end
  end
  if version and not PLAIN_VERSION[version] and find(version, "^%d%.%d$") then
    note(msg, "version-unknown", nil, { version = version })
  end
  msg.code, msg.reason, msg.version = code, reason, version
  -- the field lines
  pos = after
  local last
  while true do
    if pos > n then
      note(msg, "head-incomplete")
      msg.length = 0
      return msg, pos
    end
    line, after, cr, ended = line_at(src, pos)
    if not line or not ended then
      note(msg, "head-incomplete")
      msg.length = 0
      return msg, n + 1
    end
    if not cr then lf = true end
    pos = after
    if line == "" then break end
    local first = byte(line, 1)
    if first == 32 or first == 9 then
      note(msg, "field-obs-fold", last and shown_name(last))
    else
      local colon = find(line, ":", 1, true)
      if not colon then
        note(msg, "field-line-syntax", nil, { value = show(line) })
      else
        local name = sub(line, 1, colon - 1)
        if find(name, "[ \t]$") then
          name = match(name, "^(.-)[ \t]+$")
          note(msg, "field-space-before-colon", shown_name(name))
        end
        last = name
        add_field(msg, name, match(line, "^[ \t]*(.-)[ \t]*$", colon + 1))
      end
    end
  end
  if lf then note(msg, "line-ending-lf") end
  return M.frame(src, pos, method, msg)
end

-- Where the content of msg (its head read, the content starting at pos)
-- ends: sets msg.bstart, msg.length (and msg.chunked); returns msg and the
-- position after it.
function M.frame(src, pos, method, msg)
  local n, code, f = #src, msg.code, msg.f
  msg.src, msg.bstart = src, pos
  local stop
  -- RFC 9112 6.3: no content after a head that may not frame any (1xx,
  -- 204, a 2xx to CONNECT), nor for HEAD and 304; the C content rule says which
  local no_content = code == nil
  if not no_content then
    local _, _, of_get, framed, _, length_unknown = core_content(code, method)
    no_content = not framed or of_get or length_unknown
  end
  local cl = f["content-length"]
  local te = f["transfer-encoding"]
  if not no_content and method == nil and cl and cl ~= "0" and (pos > n or status_at(src, pos)) then
    -- a head with a length and no content: curl -I, the answer to HEAD
    no_content, msg.method = true, "HEAD"
  end
  if no_content then
    stop = (pos > n or find(src, STATUS_AT, pos)) and pos or next_status(src, pos)
  elseif te and find(lower(te), "chunked[ \t]*$") and not H2[msg.version] then
    local length, after, broke = read_chunked(src, pos)
    if length then
      msg.chunked = length
      stop = after
    elseif broke then
      note(msg, "chunked-malformed", "Transfer-Encoding", { detail = after })
      stop = n + 1
    else
      stop = next_status(src, pos) -- decoded already (curl)
    end
  elseif cl and find(cl, "^%d+$") and not msg.rep["content-length"] then
    local declared = tonumber(cl)
    stop = pos + declared
    if stop > n + 1 then
      stop = n + 1
    elseif stop <= n and not status_at(src, stop) then
      stop = next_status(src, stop)
    end
  else
    stop = next_status(src, pos)
    msg.unframed = true
  end
  msg.length = msg.chunked or stop - pos
  return msg, stop
end

return M
