-- A core.so built for another Lua: the dynamic loader's "undefined symbol:
-- lua_tointeger" becomes a message that says what happened and how to build
-- for this Lua, whichever entry point is required first. The stand-in
-- core.so (spec/stand_in_core.lua) needs the one symbol a real mismatch
-- misses on this runtime: lua_tointeger (a 5.1 build on 5.2-5.4, where it is a
-- macro), lua_newuserdatauv (a 5.4 build on 5.1 and LuaJIT).
local unpack = rawget(_G, "unpack") or rawget(table, "unpack")

local stand_in = require "stand_in_core"

local DIR = os.tmpname()
os.remove(DIR)

local jit = rawget(_G, "jit")
local MISSING = (jit or _VERSION == "Lua 5.1") and "lua_newuserdatauv" or "lua_tointeger"
local THIS = jit and jit.version or _VERSION
stand_in(DIR .. "/a", MISSING)
stand_in(DIR .. "/b", "hs_spec_no_such_helper")

-- require modname with only DIR/where on package.cpath, in a fresh library;
-- what was loaded before is put back
local function require_from(where, modname)
  local saved, cpath = {}, package.cpath
  for name, mod in pairs(package.loaded) do
    if name == "httpstatus" or name:find("^httpstatus%.") then saved[name] = mod end
  end
  for name in pairs(saved) do package.loaded[name] = nil end
  package.cpath = DIR .. "/" .. where .. "/?.so"
  local results = { pcall(require, modname) }
  package.cpath = cpath
  for name in pairs(package.loaded) do
    if name == "httpstatus" or name:find("^httpstatus%.") then package.loaded[name] = nil end
  end
  for name, mod in pairs(saved) do package.loaded[name] = mod end
  return unpack(results, 1, 2)
end

describe("a core.so built for another Lua", function()
  teardown(function() os.execute("rm -rf '" .. DIR .. "'") end)

  for _, modname in ipairs { "httpstatus", "httpstatus.log", "httpstatus.ngx", "httpstatus.check",
                             "httpstatus.budget" } do
    it("says so when " .. modname .. " is required", function()
      local ok, err = require_from("a", modname)
      assert.is_false(ok)
      assert.matches("httpstatus: " .. DIR .. "/a/httpstatus/core.so was built for another Lua "
        .. "version than this " .. THIS .. " (undefined symbol " .. MISSING .. "): build it for "
        .. "this one (", err, 1, true)
      if jit then
        assert.matches("make LUA_VERSION=5.1 LUA_INCDIR=", err, 1, true)
      else
        local v = _VERSION:match("%d+%.%d+")
        assert.matches("luarocks --lua-version " .. v .. " make httpstatus-scm-1.rockspec, or "
          .. "make LUA_VERSION=" .. v .. ")", err, 1, true)
      end
    end)
  end

  it("leaves any other loading failure as the loader said it", function()
    local ok, err = require_from("b", "httpstatus")
    assert.is_false(ok)
    assert.matches("hs_spec_no_such_helper", err, 1, true)
    assert.is_nil(err:find("built for another Lua", 1, true))
  end)

  it("and the right build loads again afterwards, in the same process", function()
    local hs = require "httpstatus"
    assert.are.equal("Not Found", hs.reason(404))
  end)
end)
