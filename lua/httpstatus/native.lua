--- Internal: loads the C core, httpstatus.core, for the public modules
-- (httpstatus, httpstatus.ngx, httpstatus.log, httpstatus.budget,
-- httpstatus.check: whichever a user requires first; the internal ones
-- load after one of them and require the core itself). A core.so built for
-- another Lua fails in the dynamic loader with "undefined symbol:
-- lua_tointeger", which names no cause: that failure becomes a message
-- saying what happened and how to build for this Lua. Any other failure
-- is raised as it came.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").

local error, pcall, rawget, require, tostring, type = error, pcall, rawget, require, tostring,
  type

local ok, core = pcall(require, "httpstatus.core")
if ok then return core end

local message = tostring(core)
-- glibc says "undefined symbol: lua_x", macOS "Symbol not found: _lua_x"
local symbol = message:match("[Uu]ndefined symbol: _?(luaL?_[%w_]+)")
  or message:match("[Ss]ymbol not found: _?(luaL?_[%w_]+)")
if not symbol then error(core, 0) end

local file = message:match("from file '([^']+)'") or "httpstatus/core.so"
local jit = rawget(_G, "jit")
local this, how
if type(jit) == "table" then
  this = jit.version or "LuaJIT"
  how = "make LUA_VERSION=5.1 LUA_INCDIR=<LuaJIT's include folder>"
else
  local version = _VERSION:match("%d+%.%d+") or "5.x"
  this = "Lua " .. version
  how = "luarocks --lua-version " .. version .. " make httpstatus-scm-1.rockspec, or make "
    .. "LUA_VERSION=" .. version
end
error("httpstatus: " .. file .. " was built for another Lua version than this " .. this
  .. " (undefined symbol " .. symbol .. "): build it for this one (" .. how .. ") and point "
  .. "package.cpath (LUA_CPATH) at that build", 0)
