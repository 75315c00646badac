--- Access logs: the status codes of nginx and Apache access logs, counted
-- by the C core one buffer at a time, so Lua runs once per buffer and never
-- per line, and memory stays the same whatever the size of the log.
--
--   local log = require "httpstatus.log"
--   local sc = log.scanner("combined")  -- see scanner below
--   for chunk in ... do sc:feed(chunk) end -- any cut, any size
--   sc:read(file)                          -- or an open file, read in C
--                                          -- to its end: true, or nil, why
--   sc:finish()                            -- ends a last line without LF
--   local c = sc:counts()
--   -- { lines = n, malformed = n, invalid_status = n, codes = { [200] = n, ... },
--   --   timed =, formats =, timeline =, upstream =, request_time =, paths = }
--
-- finish ends one input and keeps the counts, so one scanner can sum
-- several files. A log's bytes never raise; a chunk that is no string or
-- an unknown format does. `httpstatus log` (httpstatus.cmd.log) is built
-- on this.
-- @module httpstatus.log

local core = require "httpstatus.native"
local check = require "httpstatus.check"

local error, type = error, type
local concat = table.concat

local M = {}

local OPTIONS = { bucket = true }
-- the format names the C core knows, for a message that lists them
local FORMATS = { combined = true, common = true, vhost_combined = true, json = true, any = true }
local KNOWN = "combined, common, vhost_combined, json, any, "
  .. "or an nginx log_format string holding $status"
local NO_STATUS = "the format has no $status" -- the C core's words for a template

--- The log_format string of an nginx.conf line: `log_format main
-- '$remote_addr ...' '"$request" $status';` (the name, escape= and the
-- quotes dropped, the quoted pieces joined, \" and the like undone), or
-- the text itself when it has no quotes. Returns the string and nil, or
-- nil and why the C core cannot use it (also for a value that is no string:
-- a parser never raises).
function M.parse_format(text)
  if type(text) ~= "string" then return nil, check.expected("log_format string", text) end
  local body = text:gsub("^%s*log_format%s+[%w_]+%s+", ""):gsub("^escape=%w+%s+", "")
  body = body:gsub("%s*;%s*$", "")
  if body:find("^%s*['\"]") then
    local pieces, at = {}, 1
    while true do
      local s, q = body:match("^%s*()(['\"])", at)
      if not s then break end
      local piece, i = {}, s + 1
      while true do
        local c = body:sub(i, i)
        if c == "" then return nil, "a quote is not closed" end
        if c == q then break end
        if c == "\\" then
          i = i + 1
          c = body:sub(i, i)
          c = ({ t = "\t", n = "\n", r = "\r" })[c] or c
        end
        piece[#piece + 1] = c
        i = i + 1
      end
      pieces[#pieces + 1] = concat(piece)
      at = i + 1
    end
    if body:find("%S", at) then return nil, "text after the quoted pieces" end
    body = concat(pieces)
  end
  -- without "$" the C core would read the text as a format's name
  if not body:find("$", 1, true) then return nil, NO_STATUS end
  local ok, why = core.log_scanner(body)
  if not ok then return nil, why end
  return body
end

--- A new scanner. format: "combined", "common", "vhost_combined" (Apache),
-- "json" (nginx's escape=json lines), "any" or nil (any of these, line by
-- line), or an nginx log_format string (holding "$status"; see
-- parse_format). opts.bucket: the timeline's step in seconds (whole
-- minutes; default 60). Raises for an unknown format name or option; a
-- log_format the scanner cannot read raises with why.
function M.scanner(format, opts)
  local problem = check.options_problem(opts, OPTIONS)
  if problem then error(check.bad("scanner", 2, problem), 2) end
  local bucket = opts and opts.bucket
  if bucket ~= nil and (type(bucket) ~= "number" or bucket < 60 or bucket % 60 ~= 0) then
    error(check.bad("scanner", 2, "opts.bucket: "
      .. check.expected("whole minutes in seconds (60, 300, ...)", bucket)), 2)
  end
  problem = check.opt_problem(format, "string")
  if problem then error(check.bad("scanner", 1, problem), 2) end
  if format and format:find("$", 1, true) then
    local body, why = M.parse_format(format)
    if not body then error(check.bad("scanner", 1, why), 2) end
    format = body
  elseif format and not FORMATS[format] then
    problem = "unknown log format " .. check.quote(format) .. " (" .. KNOWN .. ")"
    error(check.bad("scanner", 1, problem), 2)
  end
  return core.log_scanner(format, bucket)
end

return M
