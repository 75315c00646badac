--- The response linter's field rules: names and values as HTTP writes
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- them (RFC 9110, 5), fields sent once, and the grammar of the fields whose
-- values have one (dates, Retry-After, Cache-Control, ETag, Content-Type,
-- Vary, Allow, Location, Age, Content-Range, ...). Dates and Retry-After
-- are read by the C core's parsers; field text, tokens and the fields sent
-- once are httpstatus.rules'.
-- @module httpstatus.lint_fields

local core = require "httpstatus.core"
local memo = require "httpstatus.memo"
local rules = require "httpstatus.rules"
local message = require "httpstatus.lint_message"

local byte, find, gmatch, lower, match, sub = string.byte, string.find, string.gmatch,
  string.lower, string.match, string.sub
local ipairs, next, pairs, tonumber, type = ipairs, next, pairs, tonumber, type
local concat, sort = table.concat, table.sort
local note, show, joined, name_of = message.note, message.show, message.joined, message.name_of
local NO_REPEATS = message.NO_REPEATS
local is_field_text, parse_date, http_date = core.is_field_text, core.parse_http_date,
  core.http_date
local retry_after = core.retry_after
local is_singleton, members_of = rules.is_singleton, rules.members_of
local has_retry_after = core.table("has_retry_after")

local M = {}

-- every memo of this module, by name -> its stats function (for the specs)
local MEMOS = {}
-- (each answers its map too: the hot paths read it without a call)
local function new_memo(name, ...)
  local get, put, stats, map = memo.new(...)
  MEMOS[name] = stats
  return get, put, map
end

-- (letters and digits first: a class is tried item by item)
local TOKEN = "^[A-Za-z0-9!#$%%&'*+%-.%^_`|~]+$"
local TCHARS = "[A-Za-z0-9!#$%%&'*+%-.%^_`|~]+"

-- only token characters, commas and whitespace: a list of tokens
local TOKEN_LIST = "^[A-Za-z0-9!#$%%&'*+%-.%^_`|~, \t]*$"

-- Is every member of the list (a field value) a token? ("" members are
-- allowed: RFC 9110, 5.6.1 lets a list hold empty elements.) Tokens hold
-- neither commas nor whitespace, so text of those three kinds alone is
-- such a list unless a space falls inside a member.
local function token_list(value)
  if find(value, TOKEN_LIST) and not find(value, "[^, \t][ \t]+[^, \t]") then return true end
  for member in gmatch(value .. ",", "([^,]*),") do
    member = match(member, "^[ \t]*(.-)[ \t]*$")
    if member ~= "" and not find(member, TOKEN) then return false end
  end
  return true
end

---------------------------------------------------------------- dates

-- Checks an HTTP-date field: the time, or nil after noting the problem.
-- A sender must write IMF-fixdate; the obsolete forms parse but are wrong.
-- IMF-fixdates seen, and their times (bounded as clean_cc below)
local _, remember_date, clean_date = new_memo("date", 256, 16 * 1024, 64)

local function date_value(msg, lname, value, invalid_rule)
  local known = clean_date[value]
  if known then return known end
  local field = name_of(msg, lname)
  local t, err = parse_date(value)
  if not t then
    note(msg, invalid_rule, field, { value = show(value), detail = err })
    return nil
  end
  local fixdate = http_date(t)
  if fixdate ~= value and not find(value, "23:59:60", 1, true) then
    note(msg, "date-obsolete-format", field, { value = show(value), fixdate = fixdate })
  else
    remember_date(value, t)
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

-- Cache-Control values found clean, and what they let caches do ("public",
-- "max-age", "s-maxage" or false): the common values repeat from response
-- to response (bounded: 256 values of up to 128 bytes, 16 KiB)
local _, remember_cc, clean_cc = new_memo("cache-control", 256, 16 * 1024, 128)

local function cache_control(msg, value)
  local known = clean_cc[value]
  if known ~= nil then
    msg.cc_stores = known or nil
    return
  end
  local before = #msg.out
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
  msg.cc_stores = (d.public and "public") or ((age["max-age"] or 0) > 0 and "max-age")
    or ((age["s-maxage"] or 0) > 0 and "s-maxage") or nil
  if d["no-store"] or d["no-cache"] or d.private then msg.cc_stores = nil end
  if #msg.out == before then remember_cc(value, msg.cc_stores or false) end
end

---------------------------------------------------------------- the others

-- RFC 3986 URI-reference characters, percent signs followed by two hex digits
local function is_uri_reference(v)
  return v ~= "" and find(v, "^[%w%-%._~:/%?#%[%]@!%$&'%(%)%*%+,;=%%]*$") ~= nil
    and not find(v, "%%%X") and not find(v, "%%%x%X") and not find(v, "%%%x?$")
end

-- Content-Type: type "/" subtype *( OWS ";" OWS [ name "=" value ] )
local MEDIA, PARAM_NAME, PARAM_TOKEN = "^" .. TCHARS .. "/" .. TCHARS .. "()",
  "^" .. TCHARS .. "=()", "^" .. TCHARS .. "()"
local function is_media_type(v)
  local pos = match(v, MEDIA)
  if not pos then return false end
  while pos <= #v do
    local after = match(v, "^[ \t]*;[ \t]*()", pos)
    if not after then return false end
    pos = after
    if pos > #v then return true end
    local p2 = match(v, PARAM_NAME, pos)
    if p2 then
      pos = match(v, PARAM_TOKEN, p2) or match(v, '^"[^"\\]*()"', p2)
      if not pos then return false end
      if byte(v, pos) == 34 then pos = pos + 1 end
    elseif not find(v, "^[ \t]*;", pos) then
      return false
    end
  end
  return true
end

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

-- A check whose verdict depends on the value alone (joined: the field's
-- lines joined), with the values it found clean remembered (bounded as
-- clean_cc): the common values repeat from response to response.
local function remembered(name, check, joined_lines)
  local _, remember, known = new_memo(name, 256, 16 * 1024, 128)
  return function(msg, v, lname)
    if joined_lines then
      local list = msg.rep[lname]
      if list then v = concat(list, ", ") end
    end
    if known[v] then return end
    local before = #msg.out
    check(msg, v, lname)
    if #msg.out == before then remember(v, true) end
  end
end

-- lower-case name -> function(msg, value, lname): the value's own grammar
-- (its answer: the time of a date, or nothing)
local VALUE = {}
-- (Date and Last-Modified answer their times, which check compares)
VALUE["date"] = function(msg, v, l)
  return clean_date[v] or date_value(msg, l, v, "date-invalid")
end
VALUE["last-modified"] = VALUE["date"]
VALUE["expires"] = function(msg, v, l) date_value(msg, l, v, "expires-invalid") end
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
VALUE["cache-control"] = function(msg, v)
  local list = msg.rep["cache-control"]
  cache_control(msg, list and concat(list, ", ") or v)
end
VALUE["etag"] = remembered("etag", function(msg, v)
  if not find(v, '^W/"[!#-~\128-\255]*"$') and not find(v, '^"[!#-~\128-\255]*"$') then
    note(msg, "etag-syntax", "ETag", { value = show(v) })
  end
end)
local _, remember_ct, clean_ct = new_memo("content-type", 256, 16 * 1024, 128) -- as clean_cc
VALUE["content-type"] = function(msg, v)
  if clean_ct[v] then return end
  if is_media_type(v) then
    remember_ct(v, true)
  else
    note(msg, "content-type-syntax", "Content-Type", { value = show(v) })
  end
end
VALUE["vary"] = remembered("vary", function(msg, v)
  if not find(v, "*", 1, true) and token_list(v) then return end
  local members, star = members_of(v), false
  for _, m in ipairs(members) do
    if m == "*" then star = true
    elseif not find(m, TOKEN) then
      note(msg, "vary-syntax", "Vary", { value = show(v) })
      return
    end
  end
  if star and #members > 1 then note(msg, "vary-star-with-others", "Vary", { value = show(v) }) end
end, true)
VALUE["allow"] = function(msg)
  local v = joined(msg, "allow")
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
VALUE["location"] = remembered("location", function(msg, v)
  if not is_uri_reference(v) then note(msg, "location-syntax", "Location", { value = show(v) }) end
end)
VALUE["content-location"] = remembered("content-location", function(msg, v)
  if not is_uri_reference(v) then
    note(msg, "content-location-syntax", "Content-Location", { value = show(v) })
  end
end)
VALUE["age"] = function(msg, v)
  if not find(v, "^%d+$") then note(msg, "age-syntax", "Age", { value = show(v) }) end
end
VALUE["content-range"] = content_range
VALUE["accept-ranges"] = remembered("accept-ranges", function(msg, v)
  if v == "" or not token_list(v) then
    note(msg, "accept-ranges-syntax", "Accept-Ranges", { value = show(v) })
  end
end, true)
VALUE["content-encoding"] = remembered("content-encoding", function(msg, v)
  if not token_list(v) then
    note(msg, "content-encoding-syntax", "Content-Encoding", { value = show(v) })
  end
end, true)
local SCHEME, SCHEME_THEN = "^" .. TCHARS .. "$", "^" .. TCHARS .. "[ ,]"
local function challenge(msg, v, l)
  if not find(v, SCHEME) and not find(v, SCHEME_THEN) then
    note(msg, "auth-challenge-syntax", name_of(msg, l), { value = show(v) })
  end
end
VALUE["www-authenticate"] = challenge
VALUE["proxy-authenticate"] = challenge
VALUE["server"] = function(msg, v)
  if find(v, "/v?%d") then note(msg, "server-detail", "Server", { value = show(v) }) end
end
VALUE["pragma"] = function(msg) note(msg, "pragma-obsolete", "Pragma") end
VALUE["warning"] = function(msg) note(msg, "warning-obsolete", "Warning") end

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
  local h2 = version == "2" or version == "3"
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
  for i = 1, #CHECKED do
    local lname = CHECKED[i]
    local value = f[lname]
    if value ~= nil and not (skip and skip[lname]) then
      local t = VALUE[lname](msg, value, lname)
      if t then
        if lname == "date" then date_t = t else lm_t = t end
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
