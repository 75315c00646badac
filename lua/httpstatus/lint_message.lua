--- The response linter's view of one response, and its findings.
--
-- A message, whether read from raw bytes or from a response table:
--   code      the status code (an integer 100..599) or nil
--   reason    the reason phrase as sent (raw, or a table's reason) or nil
--   version   "1.0", "1.1", "2", "3" (or what the status line said)
--   method    the request's method; method_given: whether the caller
--             named it (GET is a default, not a request seen)
--   f         lower-case field name -> its first value (a string)
--   rep       lower-case field name -> every value, for a repeated field
--   name      lower-case field name -> the name as sent; or, from the
--             fast reader, head: where the head starts in src, and for a
--             table, headers: its own (name_of reads the names there)
--   text      true when every value is field text (as the reader found)
--   padded    the fields whose value begins or ends with whitespace, or
--             nil (tables: a reader of raw bytes takes OWS off)
--   upper     false when no name holds an upper-case letter
--   length    bytes of content (nil: not known); body the content as a
--             string (tables), or src and bstart: its place in the raw
--             bytes (never copied), and chunked: its length when it came
--             in chunks
--   src       the raw bytes, for a message read from them (nil for a
--             table): the wire itself, so Date, framing and line endings
--             can be judged
--   cc_stores what Cache-Control lets a cache do, for the caching rules
-- and out, the findings so far (NO_FINDINGS, shared and empty, until the
-- first).
--
-- A message is made whole by one constructor, at most 16 fields: the
-- table is sized once, and small (a table that grows past 16 rehashes
-- into 32 slots; one per response is most of what the linter allocates).
-- code and reason stay nil when unknown: findings carry the code as it is.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint_message

local core = require "httpstatus.core"
local floor, select = math.floor, select
local check = require "httpstatus.check"
local rules = require "httpstatus.rules"
local catalog = require "httpstatus.lint_catalog"
local protocol = require "httpstatus.protocol"
local version_number = protocol.number

local gsub, format, lower, sub = string.gsub, string.format, string.lower, string.sub
local head_lines = core.head_lines
local concat = table.concat
local error, ipairs, next, setmetatable, tostring, type = error, ipairs, next, setmetatable,
  tostring, type
local token_lower, quote = rules.token_lower, check.quote
local is_field_text = core.is_field_text
local RULES = catalog.RULES

local M = {}

-- What the library knows of each registered code, read once: the
-- reference, registry status, phrase, old names, header rows.
local INFO = {}
for _, code in ipairs(core.codes()) do INFO[code] = core.info(code) end
M.INFO = INFO

-- What httpstatus.protocol says of each version, by the short name a
-- message holds ("1.1", "2"), read once so that a rule asks a table, not
-- a function, per message: PLAIN (a known version spelled the short way;
-- "2.0", which no status line or curl writes, is not), H2 (HTTP/2 or
-- HTTP/3: no status line, reason phrase or connection-specific field),
-- MINOR (the minor version of HTTP/1.x).
local PLAIN, H2, MINOR = {}, {}, {}
for _, name in ipairs(protocol.names()) do
  PLAIN[name] = true
  H2[name] = not protocol.has_connections(name)
  MINOR[name] = protocol.minor(name)
end
M.PLAIN_VERSION, M.H2, M.MINOR = PLAIN, H2, MINOR

-- rep until a field repeats, and out until a finding: shared, and only
-- ever read (add_field and note give a message a table of its own before
-- writing one)
local function read_only() error("read-only") end
local NO_REPEATS = setmetatable({}, { __newindex = read_only })
local NO_FINDINGS = setmetatable({}, { __newindex = read_only })
M.NO_REPEATS, M.NO_FINDINGS = NO_REPEATS, NO_FINDINGS

--- A new message for a response to `method` over HTTP/`version`, its
-- fields to come through add_field. headers: the response table's, when
-- they are what add_field is given: name_of finds names as sent there
-- again, rather than every call keeping a table of them.
function M.new(method, version, lang, headers)
  return { f = {}, rep = NO_REPEATS, name = not headers and {} or nil, headers = headers,
           method = method, method_given = false, version = version, lang = lang,
           out = NO_FINDINGS, code = nil, reason = nil, text = true, padded = nil, length = nil,
           body = nil, cc_stores = nil }
end

--- A message for a regular head of raw bytes (src), read by the fast
-- reader (core.read_head) from src's byte head on: its status (code,
-- reason, version) and its fields (lower-case name -> first value; the
-- repeated ones' every value, or false); text: every value is field text;
-- upper: some name holds an upper-case letter. method: the request's, nil
-- when not given (GET then). bstart and length are the framing's to set.
function M.regular(method, lang, src, head, code, reason, version, fields, repeated, text, upper)
  return { f = fields, rep = repeated or NO_REPEATS, head = head, method = method or "GET",
           method_given = method ~= nil, version = version, lang = lang, out = NO_FINDINGS,
           code = code, reason = reason, text = text, upper = upper, src = src, bstart = nil,
           length = nil, cc_stores = nil }
end

--- Adds a field line (name as sent, value a string). A name that is no
-- token is set apart in msg.badnames (a name of another type as
-- check.show writes it); a value that is no field text makes
-- msg.text false, and a field whose (first) value begins or ends with
-- whitespace is listed in msg.padded: one C call says both.
local function add_field(msg, name, value)
  local lname = token_lower(name)
  if not lname then
    local bad = msg.badnames
    if not bad then
      bad = {}
      msg.badnames = bad
    end
    bad[#bad + 1] = type(name) == "string" and name or check.show(name)
    return
  end
  local ok, padded = is_field_text(value)
  if not ok then msg.text = false end
  local f = msg.f
  local old = f[lname]
  if old == nil then
    f[lname] = value
    local names = msg.name
    if names then names[lname] = name end
    if padded then
      local list = msg.padded
      if not list then
        list = {}
        msg.padded = list
      end
      list[#list + 1] = lname
    end
    return
  end
  local rep = msg.rep
  if rep == NO_REPEATS then
    rep = {}
    msg.rep = rep
  end
  local list = rep[lname]
  if not list then
    list = { old }
    rep[lname] = list
  end
  list[#list + 1] = value
end
M.add_field = add_field

--- The name of a field as sent, by its lower-case name.
function M.name_of(msg, lname)
  local names = msg.name
  if names then return names[lname] end
  local headers = msg.headers
  if headers then
    -- the first name in next's order, as add_field met them
    for name in next, headers do
      if token_lower(name) == lname then return name end
    end
    return nil
  end
  local _, lines = head_lines(msg.src, msg.head, #msg.src)
  for i = 2, #lines, 2 do
    if lower(lines[i]) == lname then return lines[i] end
  end
  return nil
end

--- Every value of a field (an array), or nil when it is absent.
function M.all(msg, lname)
  local list = msg.rep[lname]
  if list then return list end
  local v = msg.f[lname]
  return v and { v } or nil
end

--- The field's lines joined by ", " (RFC 9110, 5.3), or nil.
function M.joined(msg, lname)
  local list = msg.rep[lname]
  if list then return concat(list, ", ") end
  return msg.f[lname]
end

--- A value for a message: quoted, controls escaped, cut at 60 bytes.
local function show(v)
  v = tostring(v)
  if #v > 60 then v = sub(v, 1, 57) .. "..." end
  return quote(v)
end
M.show = show

local ko -- the Korean messages, loaded when first asked for

-- The Korean of the English words a finding's params carry (the parsers'
-- details, a member's kind, a registry state), by param name; a text
-- without one stays as it is.
local IN_KOREAN = {
  detail = function(v)
    local known = ko.details[v]
    if known then return known end
    for _, p in ipairs(ko.detail_patterns) do
      local korean, n = gsub(v, p[1], p[2])
      if n > 0 then return korean end
    end
    return v
  end,
  kind = function(v) return ko.kinds[v] or v end,
  status = function(v) return ko.states[v] or v end,
}

--- Records a finding and returns it. params fill the message's {names}
-- (values given as they are: the caller quotes untrusted text with show;
-- in Korean, the params IN_KOREAN names are translated). A {name} params
-- lack is filled too: {code} with the message's code (or "response"),
-- {field} with the field named, {version} with the message's, any other
-- with "". level, reference and template (the text; in Korean ko.missing),
-- when given, are the finding's own (a code's row: lint_codes); else the
-- rule's, and a rule without a reference takes the code's (RFC 9110,
-- Section 15 for a code the table lacks). Over HTTP/3 the rules in
-- catalog.H3_REFERENCE cite RFC 9114 whatever was given.
function M.note(msg, id, field, params, level, reference, template)
  local rule = RULES[id]
  level = level or rule.level
  reference = reference or rule.reference
  if not reference then
    local info = INFO[msg.code]
    reference = info and info.reference or "RFC 9110, Section 15"
  end
  local h3 = catalog.H3_REFERENCE[id]
  if h3 and version_number(msg.version) == 3 then reference = h3 end
  local text = template or rule.message
  local korean = msg.lang == "ko"
  if korean then
    ko = ko or require("httpstatus.locale.lint_ko")
    text = template and ko.missing or ko.messages[id] or text
  end
  text = gsub(text, "{(%w+)}", function(k)
    local v = params and params[k]
    if v == nil then
      if k == "code" then v = msg.code or "response"
      elseif k == "field" then v = field or ""
      elseif k == "version" then v = msg.version or ""
      else v = "" end
    elseif korean and IN_KOREAN[k] then
      v = IN_KOREAN[k](v)
    end
    return tostring(v)
  end)
  local finding = { rule = id, level = level, message = text, reference = reference,
                    field = field }
  local out = msg.out
  if out == NO_FINDINGS then
    out = {}
    msg.out = out
  end
  out[#out + 1] = finding
  return finding
end

--- What a response of this code and method is called in a message: "a
-- 204 response", "a response to HEAD", "a 2xx response to CONNECT".
-- The method is named when the content rule answers for it differently
-- than for GET (HEAD; a 2xx to CONNECT): C's rule, through rules.content.
function M.what(msg, lang)
  local code, method = msg.code, msg.method
  local _, _, of_get, framed = rules.content(code, method)
  local by_method = not framed and select(4, rules.content(code, "GET"))
  if lang == "ko" then
    if of_get then return format("%s 요청에 대한 응답", method) end
    if by_method then return format("%s 요청에 대한 %dxx 응답", method, floor(code / 100)) end
    return format("%d 응답", code)
  end
  if of_get then return format("a response to %s", method) end
  if by_method then return format("a %dxx response to %s", floor(code / 100), method) end
  return format("a %d response", code)
end

return M
