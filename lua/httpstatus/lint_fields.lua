--- The response linter's field rules: names and values as HTTP writes
-- them (RFC 9110, 5), fields sent once, and the grammar of the fields whose
-- values have one (dates, Retry-After, Cache-Control, ETag, Content-Type,
-- Vary, Allow, Location, Age, Content-Range, ...). Dates and Retry-After
-- are read by the C core's parsers; field text, tokens and the fields sent
-- once are httpstatus.rules'.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint_fields

local core = require "httpstatus.core"
local memo = require "httpstatus.memo"
local rules = require "httpstatus.rules"
local message = require "httpstatus.lint_message"

local byte, find, gmatch, lower, match, sub = string.byte, string.find, string.gmatch,
  string.lower, string.match, string.sub
local ipairs, next, pairs, tonumber, type = ipairs, next, pairs, tonumber, type
local concat, sort = table.concat, table.sort
local note, show, name_of = message.note, message.show, message.name_of
local NO_REPEATS, H2 = message.NO_REPEATS, message.H2
local is_field_text, parse_date, http_date = core.is_field_text, core.parse_http_date,
  core.http_date
local retry_after = core.retry_after
local is_singleton, members_of = rules.is_singleton, rules.members_of
local has_retry_after = core.table("has_retry_after")
local grammar = require "httpstatus.lint_grammar"
local TCHARS = grammar.TCHARS
local is_token = core.is_token
local token_list, is_uri_reference, is_media_type = grammar.token_list,
  grammar.is_uri_reference, grammar.is_media_type

local M = {}

-- every memo of this module, by name -> its stats function (for the specs)
local MEMOS = {}
-- (each answers its map too: the hot paths read it without a call)
local function new_memo(name, ...)
  local get, put, stats, map = memo.new(...)
  MEMOS[name] = stats
  return get, put, map
end

---------------------------------------------------------------- dates

-- Checks an HTTP-date field: the time, or nil after noting the problem.
-- A sender must write IMF-fixdate; the obsolete forms parse but are wrong.
local function date_value(msg, lname, value, invalid_rule)
  local field = name_of(msg, lname)
  local t, err = parse_date(value)
  if not t then
    note(msg, invalid_rule, field, { value = show(value), detail = err })
    return nil
  end
  local fixdate = http_date(t)
  if fixdate ~= value and not find(value, "23:59:60", 1, true) then
    note(msg, "date-obsolete-format", field, { value = show(value), fixdate = fixdate })
  end
  return t
end

---------------------------------------------------------------- Cache-Control

-- directives whose argument is delta-seconds (RFC 9111, 5.2.2; RFC 5861)
local DELTA = { ["max-age"] = true, ["s-maxage"] = true, ["stale-while-revalidate"] = true,
                ["stale-if-error"] = true }

-- The directives of a Cache-Control value: name -> argument (true when
-- none), or nil after noting the syntax error.
local function cache_directives(msg, value)
  local out, pos, n = {}, 1, #value
  while true do
    pos = find(value, "[^ \t,]", pos)
    if not pos then return out end
    local s, e = find(value, TCHARS, pos)
    if s ~= pos then
      note(msg, "cache-control-syntax", "Cache-Control", { value = show(value) })
      return nil
    end
    local name, argument = lower(sub(value, s, e)), true
    pos = e + 1
    if byte(value, pos) == 61 then -- "="
      if byte(value, pos + 1) == 34 then
        -- a quoted-string: to its closing quote, escapes skipped
        local q = pos + 2
        while q <= n and byte(value, q) ~= 34 do q = q + (byte(value, q) == 92 and 2 or 1) end
        if q > n then
          note(msg, "cache-control-syntax", "Cache-Control", { value = show(value) })
          return nil
        end
        argument = { sub(value, pos + 2, q - 1) } -- quoted: a table
        pos = q + 1
      else
        local ts, te = find(value, TCHARS, pos + 1)
        if ts ~= pos + 1 then
          note(msg, "cache-control-syntax", "Cache-Control", { value = show(value) })
          return nil
        end
        argument = sub(value, ts, te)
        pos = te + 1
      end
    end
    if out[name] ~= nil then
      note(msg, "cache-control-duplicate", "Cache-Control", { value = name })
    else
      out[name] = argument
    end
    local rest = find(value, "^[ \t]*,", pos) or find(value, "^[ \t]*$", pos)
    if not rest then
      note(msg, "cache-control-syntax", "Cache-Control", { value = show(value) })
      return nil
    end
  end
end

-- A directive's seconds (a number), or nil; notes what is wrong.
local function seconds(msg, name, argument)
  if argument == true then
    note(msg, "cache-control-delta-seconds", "Cache-Control", { value = name })
    return nil
  end
  if type(argument) == "table" then
    note(msg, "cache-control-quoted", "Cache-Control", { value = name })
    argument = argument[1]
  end
  if not find(argument, "^%d+$") then
    note(msg, "cache-control-delta-seconds", "Cache-Control", { value = name })
    return nil
  end
  return tonumber(argument)
end

-- Checks a Cache-Control value: what it lets a cache do with the response
-- ("public", "max-age", "s-maxage", or false: nothing), for the caching
-- rules; nil after a syntax error.
local function cache_control(msg, value)
  local d = cache_directives(msg, value)
  if not d then return end
  local age = {}
  for name, argument in pairs(d) do
    if DELTA[name] then age[name] = seconds(msg, name, argument) end
  end
  if d.public and d.private then
    note(msg, "cache-control-contradiction", "Cache-Control",
      { value = "public", other = "private" })
  end
  if d["no-store"] then
    for _, other in ipairs { "public", "max-age", "s-maxage" } do
      -- max-age=0 with no-store says the same thing twice; a positive one does not
      if other == "public" and d.public or (age[other] or 0) > 0 then
        note(msg, "cache-control-contradiction", "Cache-Control",
          { value = "no-store", other = other })
      end
    end
  end
  -- for the caching rules: does it let a cache store the response?
  if d["no-store"] or d["no-cache"] or d.private then return false end
  return (d.public and "public") or ((age["max-age"] or 0) > 0 and "max-age")
    or ((age["s-maxage"] or 0) > 0 and "s-maxage") or false
end

---------------------------------------------------------------- the others

-- Content-Range (bytes only; other units have a grammar of their own)
local function content_range(msg, value)
  local unit = match(value, "^(" .. TCHARS .. ") ")
  if unit and lower(unit) ~= "bytes" then return end
  local first, last, len = match(value, "^bytes (%d+)%-(%d+)/(%d+)$")
  local star = not first and match(value, "^bytes (%d+)%-(%d+)/%*$")
  local unsatisfied = match(value, "^bytes %*/(%d+)$")
  if star then first, last = match(value, "^bytes (%d+)%-(%d+)") end
  if not first and not unsatisfied then
    note(msg, "content-range-syntax", "Content-Range", { value = show(value) })
    return
  end
  local code = msg.code
  if code ~= 206 and code ~= 416 then note(msg, "content-range-unexpected", "Content-Range") end
  local ct = msg.f["content-type"]
  if code == 206 and ct and find(lower(ct), "^multipart/byteranges") then
    note(msg, "content-range-with-multipart", "Content-Range")
    return
  end
  if code == 416 and not unsatisfied then
    note(msg, "unsatisfied-range-form", "Content-Range", { value = show(value) })
  end
  if not first then return end
  first, last, len = tonumber(first), tonumber(last), len and tonumber(len)
  if last < first or (len and len <= last) then
    note(msg, "content-range-invalid", "Content-Range", { value = show(value) })
    return
  end
  local length = msg.length
  if code == 206 and length and not select(3, rules.content(code, msg.method))
      and last - first + 1 ~= length then
    note(msg, "content-range-length-mismatch", "Content-Range",
      { value = show(value), range = last - first + 1, length = length })
  end
end

-- The checks of field values. VALUE: lower-case name ->
-- function(msg, value, lname) -> answer: the value's own grammar, its
-- findings noted; the answer is what the rules after it need of the value
-- (a date's time, what Cache-Control lets a cache do), or nothing.
-- KNOWN: for the checks whose verdict depends on the value alone, the map
-- of a memo of the values found clean -> their answers (true for none),
-- which check reads before calling (bounded: 256 values, 16 KiB; the
-- common values repeat from response to response). JOINED: the fields
-- judged with their lines joined (RFC 9110, 5.3).
local VALUE, KNOWN, REMEMBER, JOINED = {}, {}, {}, {}

-- VALUE[lname] = check for each name, with one memo of the clean values
local function value_only(memo_name, max_key, check, ...)
  local _, put, map = new_memo(memo_name, 256, 16 * 1024, max_key)
  for _, lname in ipairs { ... } do
    VALUE[lname], KNOWN[lname], REMEMBER[lname] = check, map, put
  end
end

value_only("date", 64, function(msg, v, l) return date_value(msg, l, v, "date-invalid") end,
  "date", "last-modified")
VALUE["expires"] = function(msg, v, l) return date_value(msg, l, v, "expires-invalid") end
KNOWN["expires"], REMEMBER["expires"] = KNOWN["date"], REMEMBER["date"]
VALUE["retry-after"] = function(msg, v)
  local delay, err = retry_after(v, 0)
  if not delay then
    note(msg, "retry-after-invalid", "Retry-After", { value = show(v), detail = err })
  elseif not find(v, "^%d+$") then
    date_value(msg, "retry-after", v, "retry-after-invalid")
  end
  local code = msg.code
  if code and not has_retry_after[code] then note(msg, "retry-after-unexpected", "Retry-After") end
end
value_only("cache-control", 128, cache_control, "cache-control")
value_only("etag", 128, function(msg, v)
  if not find(v, '^W/"[!#-~\128-\255]*"$') and not find(v, '^"[!#-~\128-\255]*"$') then
    note(msg, "etag-syntax", "ETag", { value = show(v) })
  end
end, "etag")
value_only("content-type", 128, function(msg, v)
  if not is_media_type(v) then
    note(msg, "content-type-syntax", "Content-Type", { value = show(v) })
  end
end, "content-type")
value_only("vary", 128, function(msg, v)
  if not find(v, "*", 1, true) and token_list(v) then return end
  local members, star = members_of(v), false
  for _, m in ipairs(members) do
    if m == "*" then star = true
    elseif not is_token(m) then
      note(msg, "vary-syntax", "Vary", { value = show(v) })
      return
    end
  end
  if star and #members > 1 then note(msg, "vary-star-with-others", "Vary", { value = show(v) }) end
end, "vary")
VALUE["allow"] = function(msg, v)
  if not token_list(v) then
    note(msg, "allow-syntax", "Allow", { value = show(v) })
    return
  end
  local method = msg.method
  -- only a method the caller named: GET is a default, not a request seen
  if msg.code == 405 and method and msg.method_given then
    for m in gmatch(v, "[^, \t]+") do
      if m == method then note(msg, "allow-lists-method", "Allow", { method = method }) end
    end
  end
end
value_only("location", 128, function(msg, v)
  if not is_uri_reference(v) then note(msg, "location-syntax", "Location", { value = show(v) }) end
end, "location")
value_only("content-location", 128, function(msg, v)
  if not is_uri_reference(v) then
    note(msg, "content-location-syntax", "Content-Location", { value = show(v) })
  end
end, "content-location")
VALUE["age"] = function(msg, v)
  if not find(v, "^%d+$") then note(msg, "age-syntax", "Age", { value = show(v) }) end
end
VALUE["content-range"] = content_range
value_only("accept-ranges", 128, function(msg, v)
  if v == "" or not token_list(v) then
    note(msg, "accept-ranges-syntax", "Accept-Ranges", { value = show(v) })
  end
end, "accept-ranges")
value_only("content-encoding", 128, function(msg, v)
  if not token_list(v) then
    note(msg, "content-encoding-syntax", "Content-Encoding", { value = show(v) })
  end
end, "content-encoding")
local SCHEME_THEN = "^" .. TCHARS .. "[ ,]"
local function challenge(msg, v, l)
  if not is_token(v) and not find(v, SCHEME_THEN) then
    note(msg, "auth-challenge-syntax", name_of(msg, l), { value = show(v) })
  end
end
VALUE["www-authenticate"] = challenge
VALUE["proxy-authenticate"] = challenge
value_only("server", 128, function(msg, v)
  if find(v, "/v?%d") then note(msg, "server-detail", "Server", { value = show(v) }) end
end, "server")
VALUE["pragma"] = function(msg) note(msg, "pragma-obsolete", "Pragma") end
VALUE["warning"] = function(msg) note(msg, "warning-obsolete", "Warning") end
for _, lname in ipairs { "cache-control", "vary", "allow", "accept-ranges", "content-encoding" } do
  JOINED[lname] = true
end
-- where check keeps the answers the rules after it read
local ANSWER = { date = 1, ["last-modified"] = 2, ["cache-control"] = 3 }

--- The entries and bytes each memo holds now: name -> { entries, bytes }.
function M.memo_stats()
  local out = {}
  for name, stats in pairs(MEMOS) do out[name] = { stats() } end
  return out
end

local TEXT_PROBLEM = "must not contain CR, LF, NUL or other control characters"

-- the fields whose values have a grammar here, in a list: check reads
-- each in the message (one table read), rather than calling next for
-- every field the message holds
local CHECKED = {}
for lname in pairs(VALUE) do CHECKED[#CHECKED + 1] = lname end
sort(CHECKED)

-- The lines of the fields in `which` (msg.f, or msg.rep when only the
-- repeats need a look): values that are not field text (unless the
-- reader found all of them so), singletons sent again. The fields whose
-- value is then not judged (one line, no field text): a set, or nil.
local function field_lines(msg, which, rep, text)
  local skip
  for lname, value in next, which do
    local list = rep[lname]
    if list then
      local clean = true
      if not text then
        for i = 1, #list do clean = clean and is_field_text(list[i]) end
      end
      if not clean then
        note(msg, "field-value-chars", name_of(msg, lname), { detail = TEXT_PROBLEM })
      elseif is_singleton(lname) and lname ~= "content-length" then
        note(msg, "field-repeated", name_of(msg, lname), { count = #list })
      end
    elseif not text and not is_field_text(value) then
      note(msg, "field-value-chars", name_of(msg, lname), { detail = TEXT_PROBLEM })
      skip = skip or {}
      skip[lname] = true
    end
  end
  return skip
end

function M.check(msg)
  local bad = msg.badnames
  if bad then
    for _, name in ipairs(bad) do
      note(msg, "field-name-token", nil, { value = show(type(name) == "string" and name or "?") })
    end
  end
  local f, rep, raw, version = msg.f, msg.rep, msg.src ~= nil, msg.version
  local h2 = H2[version]
  -- the fast reader found every value field text already (core.read_head)
  local text = msg.text
  local skip
  if not text then
    skip = field_lines(msg, f, rep, false)
  elseif rep ~= NO_REPEATS then
    field_lines(msg, rep, rep, true)
  end
  -- the first values that begin or end with whitespace, as add_field found
  -- them (but a single line that is no field text: that is said already)
  local padded = msg.padded
  if padded then
    for i = 1, #padded do
      local lname = padded[i]
      if not (skip and skip[lname]) then note(msg, "field-value-padding", name_of(msg, lname)) end
    end
  end
  local date_t, lm_t
  local repeats = rep ~= NO_REPEATS
  for i = 1, #CHECKED do
    local lname = CHECKED[i]
    local value = f[lname]
    if value and not (skip and skip[lname]) then
      if repeats and JOINED[lname] then
        local list = rep[lname]
        if list then value = concat(list, ", ") end
      end
      local known = KNOWN[lname]
      local answer = known and known[value]
      if answer == nil then
        local before = #msg.out
        answer = VALUE[lname](msg, value, lname)
        if known and #msg.out == before then
          REMEMBER[lname](value, answer == nil and true or answer)
        end
      end
      local slot = ANSWER[lname]
      if slot then
        if slot == 1 then date_t = answer
        elseif slot == 2 then lm_t = answer
        else msg.cc_stores = answer or nil end
      end
    end
  end
  -- the fast reader said whether any name holds an upper-case letter
  if raw and h2 and msg.upper ~= false then
    for lname in pairs(f) do
      local field = name_of(msg, lname)
      if field ~= lname then note(msg, "field-name-uppercase", field) end
    end
  end
  local code = msg.code
  if raw and code and code >= 200 and code < 500 and not f.date then
    note(msg, "missing-date")
  end
  if lm_t and date_t and lm_t > date_t then
    note(msg, "last-modified-future", "Last-Modified", { value = show(f["last-modified"]),
      date = show(f.date) })
  end
end

return M
