--- The HTTP rules a response must follow, in one place. Every builder
-- (hs.response, hs.serialize, httpstatus.ngx's exit, redirect and
-- error_page) asks these functions, so a rule added here holds everywhere
-- at once. Which fields are connection-specific is here (a builder asks
-- connection_bound); what differs between HTTP versions (101 and Upgrade
-- over HTTP/2 and HTTP/3, 1xx to HTTP/1.0, which fields each drops) is
-- httpstatus.protocol's.
--
-- Nothing here raises: a check returns nil and a message (prefixed by
-- nothing; the public function adds "bad argument #n to 'fname'" and
-- raises at its caller's level). Which argument is to blame is the public
-- function's business: it knows where headers, body and method came from.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.rules

local core = require "httpstatus.core"
local memo = require "httpstatus.memo"
local check = require "httpstatus.check"
local must_be, got, show = check.must_be, check.got, check.show

local error, ipairs, pairs, setmetatable, tonumber, tostring, type =
  error, ipairs, pairs, setmetatable, tonumber, tostring, type
local floor, huge = math.floor, math.huge
local format = string.format
-- dense tables of the C core (16 KB each on PUC Lua), built on first read
local reasons, redirects
reasons = check.on_first_read("reasons", function(t) reasons = t end)
redirects = check.on_first_read("is_redirect", function(t) redirects = t end)
-- 101 and 426 (the C table's HTTP1_ONLY): they need Upgrade, which only
-- HTTP/1.1 has (RFC 9113 8.6, RFC 9114 4.5). Compact: a few hundred bytes.
local http1_only = core.table("http1_only", true)
local is_field_text = core.is_field_text

local M = {}

-- RFC 9110 5.6.2 token: the C core's (httpstatus_is_token), which also
-- judges the names of every regular head the linter reads
local is_token = core.is_token

-- Header names repeat from request to request: their lower case is
-- remembered (at most 512 names, 16 KiB; names over 64 bytes not at all).
-- (known_name: the memo's map, read without a call)
local _, remember_name, _, known_name = memo.new(512, 16 * 1024, 64)

--- The lower-case form of a header name or method, or nil when it is not
-- a token (RFC 9110 5.1 field-name, 9.1 method).
local function token_lower(name)
  local lower = known_name[name]
  if lower then return lower end
  if not is_token(name) then return nil end
  return remember_name(name, name:lower())
end
M.token_lower = token_lower

--- Why a field value or reason phrase cannot be sent, or nil. Numbers are
-- fine (written without ".0" when integral); strings may hold HTAB, SP,
-- VCHAR and obs-text only (RFC 9110 5.5), so CR, LF and NUL never pass.
local function field_value_problem(v)
  local t = type(v)
  if t == "number" then
    if v ~= v or v == huge or v == -huge then return "is not a finite number" end
    return nil
  end
  if t ~= "string" then return got("must be a string or a number", v) end
  if not is_field_text(v) then
    return "must not contain CR, LF, NUL or other control characters"
  end
  return nil
end
M.field_value_problem = field_value_problem

--- A field value as the text sent.
local function field_string(v)
  if type(v) == "number" and v == floor(v) and v > -2 ^ 53 and v < 2 ^ 53 then
    return format("%d", v)
  end
  return tostring(v)
end
M.field_string = field_string

-- Fields a message carries at most once: their grammar is a single value,
-- not a comma-separated list, so two lines cannot be combined (RFC 9110
-- 5.3) and receivers keep one of them at random (nginx: the last). Given
-- as a list of several values, they are refused. The references: RFC 9110
-- 8.3 Content-Type, 8.6 Content-Length, 14.4 Content-Range, 8.7
-- Content-Location, 8.8.2 Last-Modified, 8.8.3 ETag, 6.6.1 Date, 10.2.2
-- Location, 10.2.3 Retry-After, 10.2.4 Server; RFC 9111 5.1 Age, 5.3
-- Expires; RFC 6797 6.1 Strict-Transport-Security; the Fetch standard's
-- Access-Control-Allow-Origin; RFC 6266 4.1 Content-Disposition.
local SINGLETON = {
  ["content-type"] = true, ["content-length"] = true, ["content-range"] = true,
  ["content-location"] = true, ["last-modified"] = true, ["etag"] = true, ["date"] = true,
  ["location"] = true, ["retry-after"] = true, ["server"] = true, ["age"] = true,
  ["expires"] = true, ["strict-transport-security"] = true,
  ["access-control-allow-origin"] = true, ["content-disposition"] = true,
}

--- Is the field (lower-case name) one a message carries at most once?
-- (The linter asks; the builders use SINGLETON below.)
function M.is_singleton(lower) return SINGLETON[lower] == true end

-- For a caller that only reads them: the copy of no headers, and its
-- names. A write raises, so no call leaves anything in them for the next.
local NO_HEADERS = setmetatable({}, { __newindex = function()
  error("httpstatus.rules: the copy of no headers is read-only", 2)
end, __metatable = false })

--- A fresh checked copy of headers (name -> value or list of values):
-- copy, names (lower-case name -> name as given); or nil, message.
-- Fresh tables, even for no headers (callers add to them), unless
-- `read_only`: then no headers are answered with one shared empty table
-- that raises on a write, as copy and names (no allocation on a hot path).
function M.copy_headers(headers, read_only)
  if headers == nil and read_only then return NO_HEADERS, NO_HEADERS end
  local out, names = {}, {}
  if headers == nil then return out, names end
  if type(headers) ~= "table" then return nil, must_be("headers", "a table", headers) end
  for name, value in pairs(headers) do
    local lower = token_lower(name)
    if not lower then return nil, format("header name %s is not a token", show(name)) end
    if names[lower] then
      return nil, format("header '%s' given twice ('%s')", name, names[lower])
    end
    names[lower] = name
    if type(value) == "table" then
      local list, n = {}, #value
      if n == 0 then return nil, format("header '%s' has an empty list of values", name) end
      if n > 1 and SINGLETON[lower] then
        return nil, format("header '%s' is sent at most once, got a list of %d values", name, n)
      end
      for i = 1, n do
        local problem = field_value_problem(value[i])
        if problem then return nil, format("header '%s' value #%d %s", name, i, problem) end
        list[i] = field_string(value[i])
      end
      -- a field sent once is one value, whatever shape it came in
      out[name] = SINGLETON[lower] and list[1] or list
    else
      local problem = field_value_problem(value)
      if problem then return nil, format("header '%s' %s", name, problem) end
      out[name] = field_string(value)
    end
  end
  return out, names
end

--- The reason phrase to send: the given one when it is clean, else the
-- registered one ("" when there is none); or nil, message.
function M.reason(code, reason)
  if reason == nil then return reasons[code] or "" end
  if type(reason) ~= "string" then return nil, must_be("reason", "a string", reason) end
  if not is_field_text(reason) then
    return nil, "reason must not contain CR, LF, NUL or other control characters"
  end
  return reason
end

--- Is the method acceptable (nil, or a token)? nil, message when not.
function M.method(method)
  if method == nil or token_lower(method) then return true end
  return nil, must_be("method", "a token such as \"GET\"", method)
end

--- What a response with this code, to this method (nil: as GET), says
-- about content: sent, headers, of_get, framed, chunked, length_unknown
-- (booleans). The C core's rule (httpstatus_content in httpstatus.h says
-- what each means, with its RFC): asked here, never restated. HEAD is
-- handled there and only there.
-- C's answers are remembered per method and code, as tables Lua reads
-- (a C call would cut LuaJIT's trace of every builder), for no method and
-- the registered methods only: at most 11 x 500 entries, whatever the
-- requests send. Another method asks C each time.
local core_content = core.content
local NO_METHOD = {}
local ANSWERS = { [NO_METHOD] = {} }
-- the methods HTTP defines (RFC 9110, 9.3; RFC 5789 PATCH; RFC 10008 QUERY),
-- by their spelling in lower case
local METHODS = {}
for _, m in ipairs { "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE",
                     "PATCH", "QUERY" } do
  ANSWERS[m] = {}
  METHODS[m:lower()] = m
end

--- Why a method is no method HTTP defines though it spells one in another
-- case ("get": methods are case-sensitive, RFC 9110 9.1, so it is an
-- unknown method that changes nothing), or nil: a message naming the one
-- meant. Any other token is a method of its own (an extension: PURGE).
function M.method_case_problem(method)
  local meant = type(method) == "string" and METHODS[method:lower()]
  if not meant or meant == method then return nil end
  -- (it spells a method, so it holds letters only)
  return ('method "%s" is not %s: methods are case-sensitive (RFC 9110, 9.1)'):format(method, meant)
end
local function content(code, method)
  local by_code = ANSWERS[method == nil and NO_METHOD or method]
  if by_code == nil then return core_content(code, method) end
  local a = by_code[code]
  if a == nil then
    a = { core_content(code, method) }
    if check.code(code) then by_code[code] = a end -- status codes only: bounded
  end
  return a[1], a[2], a[3], a[4], a[5], a[6]
end
M.content = content

--- Are content headers computed for this response: does it carry content,
-- or, answering HEAD, would the GET's answer? (hs.allows_body says whether
-- content is sent.)
function M.describes_content(code, method)
  local _, headers = content(code, method)
  return headers
end

-- "a 404 response"; "a 2xx response to CONNECT" when the method is what
-- forbids (`for_get`: C allows it in the answer to a GET)
local function what(code, method, for_get)
  if for_get then return format("a %dxx response to %s", floor(code / 100), method) end
  return format("a %d response", code)
end

--- Does HTTP forbid Content-Length and Transfer-Encoding on this response
-- (1xx, 204, a 2xx to CONNECT)? C's answer, for httpstatus.lint.
function M.forbids_framing(code, method)
  local _, _, _, framed = content(code, method)
  return not framed
end

-- The header fields a code MUST carry whatever the request (the C table's
-- unconditional MUST rows: 101/426 Upgrade and Connection, 226 ETag, 401
-- WWW-Authenticate, 405 Allow, 407 Proxy-Authenticate), and every field
-- the table ties to a code (MUST, SHOULD or MAY, with or without a
-- condition: 401 WWW-Authenticate, 429 and 503 Retry-After, 416
-- Content-Range, ...), read on first use, and through core.header_fields
-- (the rows alone; core.info builds a whole table per code).
local MUST, FIELDS
local function read_fields()
  MUST, FIELDS = {}, {}
  for _, code in ipairs(core.codes()) do
    for _, h in ipairs(core.header_fields(code)) do
      if h.level == "must" and h.condition == nil then
        MUST[code] = MUST[code] or {}
        MUST[code][#MUST[code] + 1] = { h.name, h.name:lower() }
      end
      FIELDS[code] = FIELDS[code] or {}
      FIELDS[code][#FIELDS[code] + 1] = { h.name, h.condition == nil, h.level, h.condition }
    end
  end
end

--- The i-th header field that belongs to responses with this code (1, 2,
-- ... until nil): its name, whether it belongs without a condition
-- (429's Retry-After does; 413's only when the condition is temporary),
-- its level ("must", "should", "may") and its condition (the C table's
-- words, or nil). Read this way, nothing of the table reaches the caller.
function M.status_field(code, i)
  if not FIELDS then read_fields() end
  local fields = FIELDS[code]
  local field = fields and fields[i]
  if field then return field[1], field[2], field[3], field[4] end
  return nil
end

--- The first field a response with this code MUST carry that names
-- (lower-case name -> as given, from copy_headers) lacks, or nil.
local function missing_field(code, names)
  if not MUST then read_fields() end
  local must = MUST[code]
  if must then
    for i = 1, #must do
      if not names[must[i][2]] then return must[i][1] end
    end
  end
  return nil
end
M.missing_field = missing_field

-- The members of a list-based field value (a string, or a list of the
-- field's lines), lower-case: comma-separated, any case (RFC 9110 5.6.1).
-- Connection options and Vary are read through this one function.
local function members_of(value)
  local out = {}
  for _, line in ipairs(type(value) == "table" and value or { value }) do
    for member in line:gmatch("[^,%s]+") do out[#out + 1] = member:lower() end
  end
  return out
end
M.members_of = members_of

-- Does a Connection field value list the option `token` (lower-case)?
local function lists_option(value, token)
  local options = members_of(value)
  for i = 1, #options do
    if options[i] == token then return true end
  end
  return false
end
M.lists_option = lists_option

-- Connection-specific fields (RFC 9110 7.6.1), which HTTP/2 and HTTP/3
-- have none of (RFC 9113 8.2.2, RFC 9114 4.2): here, below protocol (which
-- drops them by version), so that a builder asks one module about them.
local CONNECTION_FIELDS = { "connection", "keep-alive", "proxy-connection", "transfer-encoding",
                            "upgrade" }
-- (five, read by connection_bound without a loop)
assert(#CONNECTION_FIELDS == 5, "connection_bound reads five connection-specific fields")
local C1, C2, C3, C4, C5 = CONNECTION_FIELDS[1], CONNECTION_FIELDS[2], CONNECTION_FIELDS[3],
  CONNECTION_FIELDS[4], CONNECTION_FIELDS[5]

--- The i-th connection-specific field, lower-case (1, 2, ... until nil):
-- a reader of a message looks each one up rather than asking of every
-- field it holds.
function M.connection_field(i) return CONNECTION_FIELDS[i] end

--- Does the response (code, names from copy_headers) hold anything that
-- only HTTP/1.x can carry (a code of HTTP/1.1 only, a connection-specific
-- field)? Then its version matters. (No loop: it runs on the hot path of
-- httpstatus.ngx, which LuaJIT then compiles whole.)
function M.connection_bound(code, names)
  return http1_only[code] == true or names[C1] ~= nil or names[C2] ~= nil or names[C3] ~= nil
    or names[C4] ~= nil or names[C5] ~= nil
end

-- Fields that describe a message's content: who gives the content gives
-- them (RFC 9110 8.3-8.6, 14.4).
local CONTENT_FIELDS = { ["content-type"] = true, ["content-encoding"] = true,
                         ["content-length"] = true, ["content-range"] = true }

--- For content a builder makes itself (an error body chosen from Accept):
-- a message when the caller's headers (name -> value, as given) would
-- describe it falsely, or nil. A 416's Content-Range is no label of its
-- body: it gives the length of the selected representation (RFC 9110
-- 15.5.17, 14.4).
function M.relabels_content(code, headers)
  for name in pairs(headers) do
    local lower = token_lower(name)
    if CONTENT_FIELDS[lower] and not (code == 416 and lower == "content-range") then
      return format("header '%s' would describe the body exit makes; give body "
        .. "(and content_type) to send content of your own", name)
    end
  end
  return nil
end

--- The Vary field for content chosen from the request field `field`
-- ("Accept"): the given Vary (nil, a string or a list) with `field`
-- added unless it is already there, in any case, or Vary is "*".
function M.vary_on(given, field)
  if given == nil then return field end
  local lower, members = field:lower(), members_of(given)
  for i = 1, #members do
    if members[i] == lower or members[i] == "*" then return given end
  end
  if #members == 0 then return field end -- an empty Vary lists nothing
  if type(given) == "table" then
    local out = {}
    for i = 1, #given do out[i] = given[i] end
    out[#out + 1] = field
    return out
  end
  return given .. ", " .. field
end

--- Everything HTTP requires of a response, checked: true, or nil and a
-- message. `body` is the content the response has (for HEAD: the content
-- a GET would get, which is not sent), `names` comes from copy_headers.
-- `unchecked_must`: a field the code MUST carry may be missing (for an
-- error nginx made without it, which is answered all the same).
function M.check_response(code, headers, names, body, method, unchecked_must)
  if body ~= nil and type(body) ~= "string" then
    return nil, must_be("body", "a string", body)
  end
  local missing = not unchecked_must and missing_field(code, names)
  if missing then
    return nil, format("a %d response must carry the '%s' header field", code, missing)
  end
  -- a sender of Upgrade MUST also send Connection: upgrade (RFC 9110, 7.8)
  if names.upgrade and not (names.connection and lists_option(headers[names.connection],
      "upgrade")) then
    return nil, "a response with 'Upgrade' must list 'upgrade' in its 'Connection' header field"
  end
  if redirects[code] then
    local location = names.location
    if not location then
      return nil, format("a %d redirect must carry the 'Location' header field", code)
    end
    -- one URI-reference (RFC 9110, 10.2.2): not a list, not blank
    local v = headers[location]
    if type(v) ~= "string" or not v:find("%S") then
      return nil, "header 'Location' must be one non-empty value"
    end
  end
  local _, headers_computed, of_get, framed, chunked, length_unknown = content(code, method)
  if body ~= nil and not headers_computed then
    local _, for_get = content(code)
    return nil, what(code, method, for_get) .. " cannot have a body"
  end
  local length_name, te_name = names["content-length"], names["transfer-encoding"]
  if not framed then
    local _, _, _, for_get = content(code)
    local whose = what(code, method, for_get)
    if length_name then return nil, whose .. " must not carry Content-Length" end
    if te_name then return nil, whose .. " must not carry Transfer-Encoding" end
    return true
  end
  if te_name and not chunked then
    return nil, format("a %d response must not carry Transfer-Encoding (it states no content "
      .. "with Content-Length: 0)", code)
  end
  if length_name then
    local v = headers[length_name]
    if type(v) ~= "string" or not v:find("^%d+$") then
      return nil, "header 'Content-Length' must be one decimal number"
    end
    if te_name then return nil, "Content-Length and Transfer-Encoding together" end
    -- a HEAD answer states the GET's length, a 304 that of the selected
    -- representation (RFC 9110 8.6); everything else frames its own content
    if not of_get and not length_unknown then
      local n = body and #body or 0
      if tonumber(v) ~= n then
        return nil, format("header 'Content-Length' is %s but the body has %d bytes", v, n)
      end
    end
  end
  return true
end

--- The Content-Length to add to a checked response, or nil when none is
-- due: not where C says none may be (1xx, 204, a 2xx to CONNECT) or the
-- length is unknown (304: the selected representation's), nor when the
-- headers frame the message already. A HEAD answer gets the length of the
-- content a GET would get (`body`; serialize, which cannot know it,
-- leaves HEAD to the caller); every other response the length of its
-- content, 0 when it has none (so a 205 or an empty 200 ends where it
-- should on a keep-alive connection).
function M.content_length(code, method, body, names)
  local _, _, _, framed, _, length_unknown = content(code, method)
  if not framed or length_unknown or names["content-length"] or names["transfer-encoding"] then
    return nil
  end
  return format("%d", body and #body or 0)
end

--- Every rule above applied to one response: the checked parts, for the
-- builders (hs.response, hs.serialize, httpstatus.ngx's exit, redirect and
-- error_page): headers (a fresh copy), names (lower-case -> as given),
-- reason, and the Content-Length to add (or nil); or nil, message (about
-- the headers, body, method or reason: the builder says which argument
-- held them, 2 for response's and exit's options, 1 for serialize's
-- table and error_page's options).
-- `code` is a valid integer code: each builder checks it once, before.
-- unchecked_must: see check_response. read_only: see copy_headers.
local rule_method, copy_headers, check_response = M.method, M.copy_headers, M.check_response
local rule_reason, content_length = M.reason, M.content_length
function M.build(code, given_headers, body, method, given_reason, unchecked_must, read_only)
  local ok, message = rule_method(method)
  if not ok then return nil, message end
  local headers, names = copy_headers(given_headers, read_only)
  if not headers then return nil, names end
  ok, message = check_response(code, headers, names, body, method, unchecked_must)
  if not ok then return nil, message end
  local reason
  reason, message = rule_reason(code, given_reason)
  if not reason then return nil, message end
  return headers, names, reason, content_length(code, method, body, names)
end

return M
