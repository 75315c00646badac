-- What `require "httpstatus"` costs: Lua heap (bytes) and time (ms), in a
-- fresh interpreter. Prints "heap_bytes<TAB>ms". Run by bench/run.sh, once
-- per process, several processes.
collectgarbage()
collectgarbage()
local before = collectgarbage("count")
local t0 = os.clock()
require "httpstatus"
local ms = (os.clock() - t0) * 1000
collectgarbage()
collectgarbage()
io.write(string.format("%.0f\t%.3f\n", (collectgarbage("count") - before) * 1024, ms))
