--- Bounded memo tables: the one cache helper every module uses.
--
-- Keys often come from requests (Accept values, header names), so a memo
-- must never grow with traffic. Each one counts its entries and the bytes
-- of its string keys and values; when a store would pass either bound, the
-- memo starts afresh (a few misses, then the hot keys are back). Keys
-- longer than max_key bytes are never stored. Values must be immutable
-- (strings, numbers, booleans): a cached answer is handed to many callers.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.memo

local next, type = next, type

local M = {}

local function size_of(v)
  return type(v) == "string" and #v or 8
end

--- A new memo: get(key) -> value or nil; put(key, value) -> value.
-- stats() -> entries, bytes (for the specs that prove the bounds).
-- map: the table get reads, the same one for the memo's life (emptied in
-- place when it starts afresh), for a hot path to read without a call;
-- only put writes it.
function M.new(max_entries, max_bytes, max_key)
  local map, entries, bytes = {}, 0, 0
  local function get(key) return map[key] end
  local function put(key, value)
    if value == nil or key == nil or key ~= key or map[key] ~= nil then return value end
    local cost = size_of(key) + size_of(value)
    if cost > max_bytes or (type(key) == "string" and #key > max_key) then return value end
    if entries + 1 > max_entries or bytes + cost > max_bytes then
      for k in next, map do map[k] = nil end
      entries, bytes = 0, 0
    end
    map[key] = value
    entries, bytes = entries + 1, bytes + cost
    return value
  end
  local function stats() return entries, bytes end
  return get, put, stats, map
end

-- a nil part of a path: a key of its own, equal to nothing a caller has
local NONE = {}
-- what a table made to hold a step of a path is counted as, in bytes
local NODE_BYTES = 64

-- a part of a path as stored: NONE for nil; nil when it may not be stored
-- (NaN, a string over max_key bytes, a table or a function)
local function part(v, max_key)
  if v == nil then return NONE end
  local t = type(v)
  if t == "string" then return #v <= max_key and v or nil end
  if t == "number" then return v == v and v or nil end
  if t == "boolean" then return v end
  return nil
end

--- A memo keyed by a path of five values (strings, numbers, booleans or
-- nil), kept in nested tables: a read is five table reads and builds no
-- key string. get(a, b, c, d, e) -> value or nil; put(a, b, c, d, e,
-- value) -> value; stats() -> entries, bytes. Bounded as new's memos: the
-- bytes count every string part of a stored path, the value, and
-- NODE_BYTES for each table a store makes; a path with a part over
-- max_key bytes is never stored.
function M.new_path(max_entries, max_bytes, max_key)
  local root, entries, bytes = {}, 0, 0
  local function get(a, b, c, d, e)
    local t = root[a == nil and NONE or a]
    if t == nil then return nil end
    t = t[b == nil and NONE or b]
    if t == nil then return nil end
    t = t[c == nil and NONE or c]
    if t == nil then return nil end
    t = t[d == nil and NONE or d]
    if t == nil then return nil end
    return t[e == nil and NONE or e]
  end
  local function put(a, b, c, d, e, value)
    if value == nil then return value end
    local path = { part(a, max_key), part(b, max_key), part(c, max_key), part(d, max_key),
                   part(e, max_key) }
    local cost = size_of(value) + NODE_BYTES
    for i = 1, 5 do
      if path[i] == nil then return value end
      cost = cost + (path[i] ~= NONE and size_of(path[i]) or 0)
    end
    if cost + 4 * NODE_BYTES > max_bytes then return value end
    if entries + 1 > max_entries or bytes + cost + 4 * NODE_BYTES > max_bytes then
      root, entries, bytes = {}, 0, 0
    end
    local t = root
    for i = 1, 4 do
      local step = t[path[i]]
      if step == nil then
        step = {}
        t[path[i]] = step
        cost = cost + NODE_BYTES
      end
      t = step
    end
    if t[path[5]] == nil then
      t[path[5]] = value
      entries, bytes = entries + 1, bytes + cost
    end
    return value
  end
  local function stats() return entries, bytes end
  return get, put, stats
end

return M
