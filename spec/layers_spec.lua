-- Layers only look down: each module requires only modules of a lower
-- layer (the lazy requires of the facade's stubs included), so there is no
-- cycle for a metatable to hide.
local LAYER = {
  ["httpstatus.core"] = 0, ["httpstatus.locale.en"] = 0, ["httpstatus.locale.ko"] = 0,
  ["httpstatus.ffi"] = 1,
  ["httpstatus.memo"] = 1, ["httpstatus.check"] = 1, ["httpstatus.accept"] = 1,
  ["httpstatus.wire"] = 2, ["httpstatus.retry"] = 2, ["httpstatus.rules"] = 2, ["httpstatus.locale"] = 2,
  ["httpstatus.problem"] = 3, ["httpstatus.response"] = 3,
  ["httpstatus"] = 4, ["httpstatus.ngx"] = 4,
  ["httpstatus.page"] = 5, ["httpstatus.logreport"] = 6, ["httpstatus.cli"] = 7,
}

local function file_of(modname)
  if modname == "httpstatus" then return "lua/httpstatus.lua" end
  return "lua/" .. modname:gsub("%.", "/") .. ".lua"
end

describe("the Lua modules", function()
  for modname, layer in pairs(LAYER) do
    if modname ~= "httpstatus.core" then
      it(modname .. " requires only lower layers", function()
        local f = assert(io.open(file_of(modname)))
        local lines = {}
        for line in f:lines() do
          if not line:find("^%s*%-%-") then lines[#lines + 1] = line end -- code, not comments
        end
        f:close()
        for dep in table.concat(lines, "\n"):gmatch('require%s*%(?%s*"(httpstatus[%w%.]*%w)"') do
          assert(LAYER[dep], modname .. " requires " .. dep .. ", which has no layer here")
          assert(LAYER[dep] < layer, ("%s (layer %d) requires %s (layer %d)"):format(modname,
            layer, dep, LAYER[dep]))
        end
      end)
    end
  end

  it("are all placed in a layer", function()
    local p = io.popen("ls lua/httpstatus/*.lua lua/httpstatus/locale/*.lua")
    for path in p:lines() do
      local modname = path:gsub("^lua/", ""):gsub("%.lua$", ""):gsub("/", ".")
      assert(LAYER[modname], path .. " has no layer in spec/layers_spec.lua")
    end
    p:close()
  end)
end)
