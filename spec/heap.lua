-- The Lua heap, measured the one way the specs that keep it flat agree on.
local collectgarbage, huge, min = collectgarbage, math.huge, math.min

local M = {}

--- KiB of Lua heap after a full collection (twice: what a finalizer let go
-- is freed by the second).
function M.kib()
  collectgarbage()
  collectgarbage()
  return collectgarbage("count")
end

--- KiB the heap grows by while call(i) runs for n new values of i, after
-- n calls that warm up: the caches fill, and the VM's string table grows
-- to hold n strings once (on LuaJIT that alone is 128-256 KiB, which is
-- not a cache's growth). The smaller of two rounds of n: the VM may still
-- double its string table once (a step of 256 KiB or more on LuaJIT, when
-- the collector ran late), which one round can show; a cache that keeps
-- what it is fed grows in both, by about the same.
function M.growth(call, n)
  for i = 1, n do call(i) end
  local grown = huge
  for round = 1, 2 do
    local before = M.kib()
    for i = round * n + 1, (round + 1) * n do call(i) end
    grown = min(grown, M.kib() - before)
  end
  return grown
end

return M
