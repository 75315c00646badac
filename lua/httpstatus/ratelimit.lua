--- The RateLimit and RateLimit-Policy response fields, as a client reads
-- them. This follows an Internet-Draft, not an RFC:
-- draft-ietf-httpapi-ratelimit-headers (the working group's copy of
-- 2025-09-23, after revision -10); names and shapes may still change.
--
-- Both fields are Structured Field Lists (RFC 9651) of Items, one per quota
-- policy: RateLimit `"default";r=50;t=30` (r remaining quota units, t
-- seconds until more quota, pk a partition key), RateLimit-Policy
-- `"default";q=100;w=60` (q the quota, qu its unit, w the window in
-- seconds, pk). "Malformed RateLimit header fields MUST be ignored": a
-- field that does not parse, or whose known parameters have the wrong
-- type, is left out whole. Nothing here raises on what a server sent.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.ratelimit

local ipairs, pairs, tonumber, type = ipairs, pairs, tonumber, type
local byte, find, lower, sub = string.byte, string.find, string.lower, string.sub
local concat = table.concat

local M = {}

-- bounds on what is parsed: longer fields, or more members, are malformed
local MAX_FIELD, MAX_MEMBERS = 8192, 256

----------------------------------------------- RFC 9651 Lists, as parsed here

-- Each parser takes (s, i) and gives the value and the next position, or
-- nil and a message.

local function integer_or_decimal(s, i)
  local sign, digits, frac, j = s:match("^(%-?)(%d+)%.?(%d*)()", i)
  if not digits then return nil, "a number expected at byte " .. i end
  local dot = sub(s, i + #sign + #digits, i + #sign + #digits) == "."
  if not dot then
    if #digits > 15 then return nil, "an integer of more than 15 digits" end
    return tonumber(sign .. digits), j, "integer"
  end
  if #digits > 12 or #frac < 1 or #frac > 3 then return nil, "a malformed decimal" end
  return tonumber(sign .. digits .. "." .. frac), j, "decimal"
end

local function sf_string(s, i)
  local out, j = {}, i + 1
  while true do
    local c = byte(s, j)
    if c == nil then return nil, "an unterminated string" end
    if c == 34 then return concat(out), j + 1, "string" end -- "
    if c == 92 then -- \ escapes only " and \
      local n = byte(s, j + 1)
      if n ~= 34 and n ~= 92 then return nil, "a bad escape in a string" end
      out[#out + 1] = sub(s, j + 1, j + 1)
      j = j + 2
    elseif c < 32 or c > 126 then
      return nil, "a byte outside printable ASCII in a string"
    else
      out[#out + 1] = sub(s, j, j)
      j = j + 1
    end
  end
end

local function bare_item(s, i)
  local c = sub(s, i, i)
  if c == '"' then return sf_string(s, i) end
  if c == "-" or find(c, "^%d") then return integer_or_decimal(s, i) end
  if find(c, "^[%a%*]") then
    local token, j = s:match("^([%a%*][!#$%%&'%*%+%-%.%^_`|~%w:/]*)()", i)
    return token, j, "token"
  end
  if c == ":" then
    local b64, j = s:match("^:([%w%+/=]*):()", i)
    if not b64 then return nil, "a malformed byte sequence" end
    return b64, j, "binary"
  end
  if c == "?" then
    local b, j = s:match("^%?([01])()", i)
    if not b then return nil, "a malformed boolean" end
    return b == "1", j, "boolean"
  end
  if c == "@" then
    local v, j, kind = integer_or_decimal(s, i + 1)
    if kind ~= "integer" then return nil, "a malformed date" end
    return v, j, "date"
  end
  if c == "%" and sub(s, i + 1, i + 1) == '"' then
    local text, j = s:match('^%%"([ !#-~]*)"()', i)
    if not text then return nil, "a malformed display string" end
    return text, j, "display"
  end
  return nil, "an unexpected byte at " .. i
end

-- ;key=value parameters: a table key -> {value, kind}, and the next position
local function parameters(s, i)
  local params = {}
  while sub(s, i, i) == ";" do
    i = s:match("^ *()", i + 1)
    local key, j = s:match("^([%l%*][%l%d_%-%.%*]*)()", i)
    if not key then return nil, "a malformed parameter key" end
    local value, kind = true, "boolean"
    if sub(s, j, j) == "=" then
      value, j, kind = bare_item(s, j + 1)
      if value == nil then return nil, j end
    end
    params[key] = { value, kind }
    i = j
  end
  return params, i
end

--- A List of Items: { {value =, kind =, params =}, ... }, or nil and a
-- message. Inner lists are refused: neither field has them.
function M.parse_list(s)
  local items, i = {}, s:match("^ *()")
  if i > #s then return items end
  while true do
    if sub(s, i, i) == "(" then return nil, "an inner list, which this field never has" end
    local value, j, kind = bare_item(s, i)
    if value == nil then return nil, j end
    local params
    params, j = parameters(s, j)
    if params == nil then return nil, j end
    items[#items + 1] = { value = value, kind = kind, params = params }
    if #items > MAX_MEMBERS then return nil, "more than " .. MAX_MEMBERS .. " members" end
    i = s:match("^[ \t]*()", j)
    if i > #s then return items end
    if sub(s, i, i) ~= "," then return nil, "a ',' expected at byte " .. i end
    i = s:match("^[ \t]*()", i + 1)
    if i > #s then return nil, "a trailing ','" end
  end
end

------------------------------------------------------------- the two fields

-- a field's lines (any case of its name; a list of lines for a repeated
-- field), combined as RFC 9651, 4.2 says: joined with ", "; nil if absent
local function field_value(headers, lname)
  local v
  for k, val in pairs(headers) do
    if type(k) == "string" and #k == #lname and lower(k) == lname then
      v = val
      break
    end
  end
  if type(v) == "table" then
    local lines = {}
    for n = 1, #v do
      if type(v[n]) ~= "string" then return nil end
      lines[n] = v[n]
    end
    v = concat(lines, ", ")
  end
  if type(v) ~= "string" then return nil end
  return v
end

-- a parameter of the kinds given, or nil; false when present and of another kind
local function param(item, key, kind, non_negative)
  local p = item.params[key]
  if p == nil then return nil end
  if p[2] ~= kind or (non_negative and p[1] < 0) then return false end
  return p[1]
end

-- a policy name: the draft says String, and its own examples also use Tokens
local function name_of(item)
  if item.kind == "string" or item.kind == "token" then return item.value end
  return nil
end

-- The items of one field, checked by check(item, entry): entries by name
-- and in order, or nil and a message.
local function read_field(headers, lname, label, check)
  local value = field_value(headers, lname)
  if value == nil then return nil end
  if #value > MAX_FIELD then return nil, label .. ": longer than " .. MAX_FIELD .. " bytes" end
  local items, err = M.parse_list(value)
  if not items then return nil, label .. ": " .. err end
  local entries = {}
  for n, item in ipairs(items) do
    local name = name_of(item)
    if name == nil then return nil, label .. ": member " .. n .. " names no policy" end
    local entry = { policy = name }
    local why = check(item, entry)
    if why then return nil, label .. ": member " .. n .. " " .. why end
    entries[n] = entry
  end
  return entries
end

-- RateLimit: r (remaining, REQUIRED; its absence is tolerated, as the
-- draft's own "Missing Remaining information" example shows), t, pk
local function check_limit(item, entry)
  local r, t = param(item, "r", "integer", true), param(item, "t", "integer", true)
  local pk = param(item, "pk", "binary")
  if r == false or t == false or pk == false then return "has a malformed r, t or pk" end
  entry.remaining, entry.reset, entry.partition_key = r, t, pk
end

-- RateLimit-Policy: q (REQUIRED), qu, w (> 0), pk
local function check_policy(item, entry)
  local q, w = param(item, "q", "integer", true), param(item, "w", "integer", true)
  local qu, pk = param(item, "qu", "string"), param(item, "pk", "binary")
  if q == nil then return "has no quota (q)" end
  if q == false or w == false or w == 0 or qu == false or pk == false then
    return "has a malformed q, qu, w or pk"
  end
  entry.quota, entry.unit, entry.window, entry.partition_key = q, qu or "requests", w, pk
end

--- The service limits a response announces: a fresh list of
-- {policy =, remaining =, reset =, quota =, window =, unit =,
-- partition_key =}, one per policy (RateLimit's members in order, then
-- the policies only RateLimit-Policy names; a policy named in both gets
-- the fields of both; pk is the byte sequence's base64 text), or nil and
-- a message when the response has neither field or nothing usable in
-- them. headers: field name (any case) -> value, or a list of values.
-- Never raises.
function M.ratelimit(headers)
  if type(headers) ~= "table" then return nil, "headers must be a table" end
  local limits, why_limits = read_field(headers, "ratelimit", "RateLimit", check_limit)
  local policies, why_policies = read_field(headers, "ratelimit-policy", "RateLimit-Policy",
    check_policy)
  if not limits and not policies then
    return nil, why_limits or why_policies or "no RateLimit or RateLimit-Policy field"
  end
  local out, by_name = {}, {}
  for _, e in ipairs(limits or {}) do
    out[#out + 1] = e
    by_name[e.policy] = by_name[e.policy] or e
  end
  for _, p in ipairs(policies or {}) do
    local e = by_name[p.policy]
    if e then
      e.quota, e.window, e.unit = p.quota, p.window, p.unit
      if e.partition_key == nil then e.partition_key = p.partition_key end
    else
      out[#out + 1] = p
      by_name[p.policy] = p
    end
  end
  if #out == 0 then return nil, "RateLimit and RateLimit-Policy list no policy" end
  return out
end

--- The seconds until quota returns for a throttled client, from the
-- RateLimit field: the longest reset (t) of the policies with no quota
-- left (r=0, or r absent); nil when there is none.
function M.reset_delay(headers)
  local list = M.ratelimit(headers)
  local best
  for _, e in ipairs(list or {}) do
    if e.reset and (e.remaining == nil or e.remaining == 0) and (best == nil or e.reset > best) then
      best = e.reset
    end
  end
  return best
end

return M
