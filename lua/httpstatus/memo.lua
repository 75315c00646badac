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
-- what a stored path is counted as beyond its strings and value: its
-- share of the five tables it may need (a generous bound, in bytes)
local PATH_BYTES = 5 * 64

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

-- the bytes a stored part counts for
local function part_size(p) return type(p) == "string" and #p or 0 end

--- A memo keyed by a path of five values (strings, numbers, booleans or
-- nil), kept in nested tables: a read is five table reads and builds no
-- key string. get(a, b, c, d, e) -> value or nil; put(a, b, c, d, e,
-- value) -> value; stats() -> entries, bytes. Bounded as new's memos: the
-- bytes count every string part of a stored path, the value, and
-- PATH_BYTES; a path with a part over max_key bytes is never stored.
-- (Straight-line code, no loop: a miss on a hot path stays compiled.)
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
    local pa, pb, pc = part(a, max_key), part(b, max_key), part(c, max_key)
    local pd, pe = part(d, max_key), part(e, max_key)
    if pa == nil or pb == nil or pc == nil or pd == nil or pe == nil then return value end
    local cost = size_of(value) + PATH_BYTES + part_size(pa) + part_size(pb) + part_size(pc)
      + part_size(pd) + part_size(pe)
    if cost > max_bytes then return value end
    if entries + 1 > max_entries or bytes + cost > max_bytes then
      root, entries, bytes = {}, 0, 0
    end
    local t1 = root[pa]
    if t1 == nil then t1 = {} root[pa] = t1 end
    local t2 = t1[pb]
    if t2 == nil then t2 = {} t1[pb] = t2 end
    local t3 = t2[pc]
    if t3 == nil then t3 = {} t2[pc] = t3 end
    local t4 = t3[pd]
    if t4 == nil then t4 = {} t3[pd] = t4 end
    if t4[pe] == nil then
      t4[pe] = value
      entries, bytes = entries + 1, bytes + cost
    end
    return value
  end
  local function stats() return entries, bytes end
  return get, put, stats
end

return M
