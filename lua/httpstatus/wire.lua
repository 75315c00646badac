--- The status line, both ways (RFC 9112, Section 4).
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.wire

local core = require "httpstatus.core"
local lazy = require "httpstatus.lazy"

local error, rawget, type = error, rawget, type
local core_line, core_parse = core.status_line, core.parse_status_line
local on_first_read, copy_fields = lazy.on_first_read, lazy.copy_fields

-- The argument checks and the versions' spellings, loaded on the first
-- call that needs them (an error, options, a version given): the common
-- call, a registered line, reads the memo alone, and `require
-- "httpstatus"`, which loads this module, pays for neither (httpstatus.
-- protocol brings httpstatus.rules: 70 KB on Lua 5.4).
local check = on_first_read({}, function(t) copy_fields(t, require "httpstatus.check") end)
local protocol = on_first_read({}, function(t) copy_fields(t, require "httpstatus.protocol") end)

local M = {}

-- Lines with the registered phrase, one per valid code and version (at
-- most 2 x 500 short strings, bounded by construction), so the common call
-- allocates nothing. Strings: no caller can change what another gets.
local memo = { [0] = {}, [1] = {} }
local memo11 = memo[1]

--- "HTTP/1.1 404 Not Found" (no CRLF). reason nil: the registered phrase,
-- or none ("HTTP/1.1 299 " keeps the space RFC 9112 requires); "" an
-- empty phrase. version "1.1" (default) or "1.0", "HTTP/" prefix allowed
-- (a string, as httpstatus.protocol reads it): a status line, and its
-- reason phrase, are HTTP/1.x only. Raises for a code outside 100..599, a
-- reason with a control character, or another version (for "2" and "3"
-- saying that they have no status line).
function M.status_line(code, reason, version)
  if reason == nil then
    local line
    if version == nil then
      line = memo11[code]
    else
      local m = type(version) == "string" and protocol.minor(version)
      line = m and memo[m][code]
    end
    if line then return line end
  end
  local bad = check.bad
  local problem = check.code_problem(code)
  if problem then error(bad("status_line", 1, problem), 2) end
  if reason ~= nil and type(reason) ~= "string" then
    error(bad("status_line", 2, check.opt_problem(reason, "string")), 2)
  end
  local minor = 1
  if version ~= nil then
    minor = type(version) == "string" and protocol.minor(version) or nil
    if minor == nil then
      local v = protocol.minor(version) == nil and protocol.name(version) -- 2, 3: no status line
      if v then
        error(bad("status_line", 3, "HTTP/" .. v .. " has no status line and no reason "
          .. "phrase: it sends the code alone, as :status (RFC 9113 8.3.2, RFC 9114 "
          .. "4.3.2); status lines are HTTP/1.x only"), 2)
      end
      error(bad("status_line", 3, check.expected('"1.0" or "1.1"', version)), 2)
    end
  end
  local line, err = core_line(code, reason, minor)
  if not line then error(bad("status_line", 2, "reason phrase " .. err), 2) end
  if reason == nil then memo[minor][code] = line end
  return line
end

--- code, reason, version from a status line (version as the line writes
-- it, DIGIT "." DIGIT: "1.1", "1.0"; with lenient also one digit from 2 on,
-- "2"), or nil and a message for anything malformed (also a non-string).
-- opts.lenient also accepts "HTTP/1.1 200" (no phrase), "HTTP/2 200" and a
-- bare LF at the end. Raises only when opts is neither nil nor a table, or
-- holds another name. Options are read raw: a metatable on opts runs no
-- code here.
local PARSE_OPTIONS = { lenient = true }
function M.parse_status_line(line, opts)
  if opts == nil then return core_parse(line, false) end
  local problem = check.options_problem(opts, PARSE_OPTIONS)
  if problem then error(check.bad("parse_status_line", 2, problem), 2) end
  return core_parse(line, rawget(opts, "lenient") and true or false)
end

return M
