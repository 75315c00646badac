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

return M
