--- JSON for the command's output: the values it builds itself (tables of
-- strings, numbers, booleans), keys in byte order so the same value always
-- gives the same text, every string through escape.json_string (so no text
-- in it can drive a terminal).
-- @module httpstatus.cmd.json

local json_string = require("httpstatus.cmd.escape").json_string

local error, getmetatable, ipairs, pairs, setmetatable, tonumber, type = error, getmetatable,
  ipairs, pairs, setmetatable, tonumber, type
local concat, sort = table.concat, table.sort
local format = string.format
local floor, huge = math.floor, math.huge
local math_type = rawget(math, "type") -- 5.3+: integers print as integers

local M = {}

local ARRAY = {}

--- t (default a new table) marked as an array, so that it is written as
-- one even when empty ([] rather than {}).
function M.array(t)
  return setmetatable(t or {}, ARRAY)
end

-- Integral values up to 2^53 as integers (every number is a double on 5.1
-- and LuaJIT), others as the shortest of %.15g..%.17g that reads back.
local function number(x)
  if x ~= x or x == huge or x == -huge then error("cannot encode NaN or infinity", 0) end
  if math_type and math_type(x) == "integer" then return format("%d", x) end
  if x == floor(x) and x <= 2 ^ 53 and x >= -2 ^ 53 then return format("%.0f", x) end
  for prec = 15, 16 do
    local s = format("%." .. prec .. "g", x)
    if tonumber(s) == x then return s end
  end
  return format("%.17g", x)
end

local write

-- a table is an array when marked so, or when its keys are exactly 1..n, n > 0
local function is_array(t)
  if getmetatable(t) == ARRAY then return true end
  local n, count = #t, 0
  if n == 0 then return false end
  for _ in pairs(t) do count = count + 1 end
  return count == n
end

local function write_table(t, out, depth)
  if depth > 32 then error("tables nested too deeply", 0) end
  if is_array(t) then
    out[#out + 1] = "["
    for i = 1, #t do
      if i > 1 then out[#out + 1] = "," end
      write(t[i], out, depth + 1)
    end
    out[#out + 1] = "]"
    return
  end
  local keys = {}
  for k in pairs(t) do
    if type(k) ~= "string" then error("object keys must be strings", 0) end
    keys[#keys + 1] = k
  end
  sort(keys)
  out[#out + 1] = "{"
  for i, k in ipairs(keys) do
    if i > 1 then out[#out + 1] = "," end
    out[#out + 1] = json_string(k)
    out[#out + 1] = ":"
    write(t[k], out, depth + 1)
  end
  out[#out + 1] = "}"
end

function write(v, out, depth)
  local t = type(v)
  if t == "string" then out[#out + 1] = json_string(v)
  elseif t == "number" then out[#out + 1] = number(v)
  elseif t == "boolean" then out[#out + 1] = v and "true" or "false"
  elseif t == "table" then write_table(v, out, depth)
  else error("cannot encode a " .. t, 0)
  end
end

--- value as JSON text (no newline). Raises for what JSON cannot hold (NaN,
-- a function, a key that is no string): the command only encodes values
-- it built, so that is a bug.
function M.encode(value)
  local out = {}
  write(value, out, 0)
  return concat(out)
end

return M
