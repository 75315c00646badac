-- The Lua side of bench/log_bench.sh: count an access log's status codes with
-- core.log_scanner, reading CHUNK bytes at a time (default 64 KiB), and print
-- what `awk '{print $9}' | sort | uniq -c` would (count, status), then the totals
-- and the seconds of CPU the read and scan loop took (os.clock).
--   lua5.4 bench/log_bench.lua access.log [format] [chunk]
local core = require "httpstatus.core"

local path, format, chunk = ...
chunk = tonumber(chunk) or 65536

local start = os.clock()
local f = assert(io.open(path, "rb"))
local sc = core.log_scanner(format)
local feed, read = sc.feed, f.read
while true do
  local s = read(f, chunk)
  if s == nil then break end
  feed(sc, s)
end
sc:finish()
f:close()
local seconds = os.clock() - start

local c = sc:counts()
local codes = {}
for code in pairs(c.codes) do codes[#codes + 1] = code end
table.sort(codes)
for _, code in ipairs(codes) do io.write(("%7d %d\n"):format(c.codes[code], code)) end
io.write(("lines %d malformed %d invalid_status %d\n")
  :format(c.lines, c.malformed, c.invalid_status))
io.write(("loop_seconds %.6f\n"):format(seconds))
