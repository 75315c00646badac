--- The response linter's reader of a JSON object's top-level members
-- (RFC 8259), in place: it reads src between two positions without
-- copying the document, and returns each member's value as a stand-in
-- good enough for RFC 9457's checks (httpstatus.core.problem_check):
-- strings as "", numbers as numbers, true/false, null as a table of its
-- own, objects and arrays as tables. Nesting deeper than MAX_DEPTH fails.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint_json

local byte, find, match, sub, gsub, char = string.byte, string.find, string.match, string.sub,
  string.gsub, string.char
local tonumber = tonumber

local M = {}

local MAX_DEPTH = 64
M.NULL = {}

local value -- function(src, pos, stop, depth) -> stand-in, next pos | nil, why

local function ws(src, pos)
  return find(src, "[^ \t\r\n]", pos) or #src + 1
end

-- a string starting at pos (the quote): its end + 1, or nil
local function string_end(src, pos, stop)
  local p = pos + 1
  while p <= stop do
    local s = find(src, '["\\%z\1-\31]', p)
    if not s or s > stop then return nil end
    local b = byte(src, s)
    if b == 34 then return s + 1 end
    if b ~= 92 then return nil end -- a control character
    local e = byte(src, s + 1)
    if e == 117 then
      if not find(src, "^%x%x%x%x", s + 2) then return nil end
      p = s + 6
    elseif e and find('"\\/bfnrt', char(e), 1, true) then
      p = s + 2
    else
      return nil
    end
  end
  return nil
end

local function container(src, pos, stop, depth, close, members)
  if depth > MAX_DEPTH then return nil, "nested too deeply" end
  local out = {}
  pos = ws(src, pos + 1)
  if byte(src, pos) == close and pos <= stop then return out, pos + 1 end
  while true do
    local key
    if members then
      if byte(src, pos) ~= 34 then return nil, "expected a member name at byte " .. pos end
      local e = string_end(src, pos, stop)
      if not e then return nil, "a broken string at byte " .. pos end
      key = sub(src, pos + 1, e - 2)
      if find(key, "\\", 1, true) then
        key = gsub(key, "\\u00(%x%x)", function(h) return char(tonumber(h, 16)) end)
        key = gsub(key, "\\(.)", "%1")
      end
      pos = ws(src, e)
      if byte(src, pos) ~= 58 then return nil, "expected ':' at byte " .. pos end
      pos = ws(src, pos + 1)
    end
    local v, after = value(src, pos, stop, depth + 1)
    if v == nil then return nil, after end
    if members then out[key] = v else out[#out + 1] = v end
    pos = ws(src, after)
    if pos > stop then return nil, "the document ends early" end
    local b = byte(src, pos)
    if b == close then return out, pos + 1 end
    if b ~= 44 then return nil, "expected ',' at byte " .. pos end
    pos = ws(src, pos + 1)
  end
end

value = function(src, pos, stop, depth)
  if pos > stop then return nil, "the document ends early" end
  local b = byte(src, pos)
  if b == 34 then
    local e = string_end(src, pos, stop)
    if not e then return nil, "a broken string at byte " .. pos end
    return "", e
  elseif b == 123 then
    return container(src, pos, stop, depth, 125, true)
  elseif b == 91 then
    return container(src, pos, stop, depth, 93, false)
  end
  local num = match(src, "^%-?%d[%d%.eE%+%-]*", pos)
  if num and find(num, "^%-?0?%d*%.?%d*[eE]?[%+%-]?%d*$") and not find(num, "^%-?0%d") then
    local n = tonumber(num)
    if n and pos + #num - 1 <= stop then return n, pos + #num end
  end
  if find(src, "^true", pos) then return true, pos + 4 end
  if find(src, "^false", pos) then return false, pos + 5 end
  if find(src, "^null", pos) then return M.NULL, pos + 4 end
  return nil, "unexpected byte at " .. pos
end

--- The members of the JSON object in src[start..stop] (name -> stand-in),
-- or nil and why it is no JSON object.
function M.object(src, start, stop)
  local pos = ws(src, start)
  if byte(src, pos) ~= 123 or pos > stop then return nil, "it does not start with '{'" end
  local members, after = container(src, pos, stop, 1, 125, true)
  if not members then return nil, after end
  after = ws(src, after)
  if after <= stop then return nil, "bytes follow the object at byte " .. after end
  return members
end

return M
