--- Tables that fill themselves on their first read, so that `require
-- "httpstatus"` pays only for what a program goes on to use: the C core's
-- lookup tables (16 KB each on PUC Lua) and the modules only builders and
-- error paths need.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.lazy

local core = require "httpstatus.native"

local getmetatable, pairs, setmetatable = getmetatable, pairs, setmetatable
local core_table = core.table

local M = {}

-- The one __index of every table that waits for its first read. Its
-- metatable holds the fill and the fill's arguments, so a waiting table
-- costs two small tables and no closure (the facade keeps a score of them).
local function first_read(t, key)
  local mt = getmetatable(t)
  mt[1](t, mt[2], mt[3])
  if getmetatable(t) == mt then setmetatable(t, nil) end
  return t[key]
end

--- tbl, which fills itself when first read: the first read of a key it
-- lacks calls fill(tbl, a, b), which puts the contents in (or gives tbl a
-- metatable of its own to answer through), and answers that read again.
-- Every later read is a plain read. Should fill raise, tbl is left as it
-- was, and the next read tries again.
function M.on_first_read(tbl, fill, a, b)
  return setmetatable(tbl, { __index = first_read, fill, a, b })
end

--- Copies the fields of a module (what require gave) into tbl: for a
-- fill of on_first_read that stands in for a whole module.
function M.copy_fields(tbl, module)
  for k, v in pairs(module) do tbl[k] = v end
end

-- the fill of core_table's stand-ins
local function from_core(stand_in, name, rebind)
  local t = core_table(name)
  rebind(t)
  setmetatable(stand_in, { __index = t, __metatable = false })
end

--- A stand-in for core.table(name): its first read builds the table (a
-- fresh one, the reader's own, which no other code can reach), hands it to
-- rebind (which points the reader's upvalue at it) and answers, so every
-- later read is a plain read of the real table. A reader that kept the
-- stand-in reads the same table through it.
function M.core_table(name, rebind)
  return M.on_first_read({}, from_core, name, rebind)
end

return M
