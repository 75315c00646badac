--- Access logs: the status codes of nginx and Apache access logs, counted
-- by the C core one buffer at a time, so Lua runs once per buffer and never
-- per line, and memory stays the same whatever the size of the log.
--
--   local log = require "httpstatus.log"
--   local sc = log.scanner("combined")  -- "combined", "common", or "any"/nil: both
--   for chunk in ... do sc:feed(chunk) end -- any cut, any size
--   sc:finish()                            -- ends a last line without LF
--   local c = sc:counts()
--   -- { lines = n, malformed = n, invalid_status = n, codes = { [200] = n, ... } }
--
-- finish ends one input and keeps the counts, so one scanner can sum
-- several files. A log's bytes never raise; a chunk that is no string or
-- an unknown format does. `httpstatus log` (httpstatus.cmd.log) is built
-- on this.
-- @module httpstatus.log

local core = require "httpstatus.native"

return {
  --- A new scanner for format ("combined", "common", "any" or nil: both).
  scanner = core.log_scanner,
}
