--- Argument checks shared by the builders: one message format everywhere,
-- raised at the level of the user's call.
-- @module httpstatus.check

local core = require "httpstatus.core"
local hs = require "httpstatus" -- its is_valid is a table read under the JIT

local error, type, tostring = error, type, tostring
local floor, huge = math.floor, math.huge
local format = string.format
local is_valid, is_field_text = hs.is_valid, core.is_field_text

local M = {}

--- What a value is, for a message: "404.5", "string '404'", "nil", "table".
local function show(v)
  local t = type(v)
  if t == "number" then return tostring(v) end
  if t == "string" then
    if #v > 40 then v = v:sub(1, 37) .. "..." end
    return format("string %q", v)
  end
  return t
end
M.show = show

--- Raise "bad argument #n to 'fname' (message)" blaming the caller of the
-- public function: level 3 (here, the public function, its caller) unless
-- a helper between them says otherwise.
function M.arg_error(fname, n, message, level)
  error(format("bad argument #%d to '%s' (%s)", n, fname, message), level or 3)
end

--- A code 100..599, or an argument error (level as for arg_error).
function M.code(fname, n, code, level)
  if not is_valid(code) then
    error(format("bad argument #%d to '%s' (status code 100..599 expected, got %s)",
      n, fname, show(code)), level or 3)
  end
  return code
end

--- nil or a table, or an argument error (level as for arg_error).
function M.opt_table(fname, n, v, level)
  if v ~= nil and type(v) ~= "table" then
    error(format("bad argument #%d to '%s' (table or nil expected, got %s)",
      n, fname, show(v)), level or 3)
  end
  return v
end

-- RFC 9110 token: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-"
-- / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA (no locale classes)
local TOKEN = "^[!#$%%&'*+%-.%^_`|~0-9A-Za-z]+$"

-- header names seen before -> their lower case; names repeat from request
-- to request, so a read replaces the pattern match and the lower(). Bounded.
local known_names, known_count = {}, 0

--- The lower-case form of a header name, or nil when it is not a token.
function M.header_name(name)
  local lower = known_names[name]
  if lower then return lower end
  if type(name) ~= "string" or not name:find(TOKEN) then return nil end
  lower = name:lower()
  if known_count < 512 then
    known_names[name] = lower
    known_count = known_count + 1
  end
  return lower
end

--- Text allowed in a reason phrase or a field value: HTAB, SP, VCHAR and
-- obs-text only, so CR, LF and NUL can never reach the wire.
M.is_field_text = is_field_text

--- Why a header value is refused, or nil when it is fine.
-- Numbers are accepted and written as Lua writes them (integers without ".0").
function M.field_value_problem(v)
  local t = type(v)
  if t == "number" then
    if v ~= v or v == huge or v == -huge then return "is not a finite number" end
    return nil
  end
  if t ~= "string" then return "must be a string or a number, got " .. t end
  if not is_field_text(v) then
    return "must not contain CR, LF, NUL or other control characters"
  end
  return nil
end

--- A field value as a string (numbers: integral ones without ".0").
function M.field_string(v)
  if type(v) == "number" and v == floor(v) and v > -2 ^ 53 and v < 2 ^ 53 then
    return format("%d", v)
  end
  return tostring(v)
end

return M
