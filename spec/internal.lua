-- The one door through which specs reach the library's internals. The
-- public modules are PUBLIC; every other module of the library is
-- internal, says so in its header ("-- @internal"; the UNMARKED ones
-- below cannot), is left out of the README's API and of
-- types/httpstatus.lua, and may change in any release. The command's
-- modules (httpstatus.cmd.*) are no part of the library. A spec that
-- tests an internal module asks for it here, so the list of what the
-- specs lean on is one grep away (`internal.module`).
local M = {}

-- the modules users require (README, types/httpstatus.lua); the command
-- (httpstatus.cmd.*) is a tool beside the library, not part of this list
M.PUBLIC = { ["httpstatus"] = true, ["httpstatus.ngx"] = true, ["httpstatus.budget"] = true,
             ["httpstatus.log"] = true, ["httpstatus.check"] = true }

-- the C core and the locale data have no Lua header to mark
M.UNMARKED = { ["httpstatus.core"] = true, ["httpstatus.locale.en"] = true,
               ["httpstatus.locale.ko"] = true }

--- An internal module, for a spec; raises for a public one (require it).
function M.module(name)
  assert(not M.PUBLIC[name], name .. " is public: require it")
  return require(name)
end

return M
