-- The stand-ins the command's specs share: the command run in-process with
-- its output captured, files that read from a list, a file's bytes. One
-- copy here instead of one per spec, so that they cannot drift apart.
local command = require "httpstatus.cmd.main"

local unpack = rawget(table, "unpack") or rawget(_G, "unpack")
local concat = table.concat

local M = {}

--- A file whose read(n) gives the pieces in turn (cut as a test likes),
-- then nil; it closes.
function M.fake_file(pieces)
  local i = 0
  return { read = function() i = i + 1; return pieces[i] end, close = function() return true end }
end

--- A file whose read gives text once, then nil: a whole log on standard input.
function M.stdin_of(text)
  return M.fake_file { text }
end

--- The bytes of the file at path.
function M.read_all(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

--- The command run on args (an array: `{ "log", "--json", FILE }`) with
-- its output captured: status, stdout, stderr. No terminal and an empty
-- environment unless over says otherwise; over: the io fields to add or
-- replace (stdin, open, popen, gzip, tty, getenv, columns).
function M.main(args, over)
  local out, err = {}, {}
  local io_t = { out = function(s) out[#out + 1] = s end, err = function(s) err[#err + 1] = s end,
                 tty = false, getenv = function() return nil end }
  for k, v in pairs(over or {}) do io_t[k] = v end
  local status = command.main(args, io_t)
  return status, concat(out), concat(err)
end

--- M.main for one command: main_of("log")(args, over) runs `httpstatus log
-- args...`.
function M.main_of(name)
  return function(args, over) return M.main({ name, unpack(args) }, over) end
end

return M
