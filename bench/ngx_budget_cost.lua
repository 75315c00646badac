-- make bench: what httpstatus.budget costs inside one worker: ?n= pairs of
-- allow + record (an answer that is no failure, the common case), then n
-- can_retry, timed with os.clock (the worker's CPU time) after a warm-up, so
-- that nothing but the calls is counted; then the bytes a pair allocates.
-- Answers "PAIR_NS CAN_RETRY_NS PAIR_BYTES".
local b = require "budget_object"
local clock = os.clock
local n = tonumber(ngx.var.arg_n) or 200000
local key = "cost-" .. ngx.worker.pid()
for _ = 1, 10000 do
  b:allow(key)
  b:record(key, 200)
end
local t0 = clock()
for _ = 1, n do
  b:allow(key)
  b:record(key, 200)
end
local t1 = clock()
for _ = 1, n do b:can_retry(key) end
local t2 = clock()
-- bytes the Lua heap grows by per pair, the collector held still
collectgarbage()
collectgarbage("stop")
local kb = collectgarbage("count")
for _ = 1, n do
  b:allow(key)
  b:record(key, 200)
end
local bytes = (collectgarbage("count") - kb) * 1024 / n
collectgarbage("restart")
local out = ("%.1f %.1f %.2f"):format((t1 - t0) / n * 1e9, (t2 - t1) / n * 1e9, bytes)
ngx.header["Content-Length"] = #out
ngx.print(out)
