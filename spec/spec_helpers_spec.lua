-- The specs' shared stand-ins live once: spec/cmd_io.lua (the command run
-- with its output captured, fake files, a file's bytes) and spec/heap.lua
-- (the Lua heap, measured one way). A spec that writes its own copy again
-- is a copy that can drift from the others.
local HELPERS = {
  fake_file = "cmd_io", stdin_of = "cmd_io", read_all = "cmd_io", heap = "heap",
}

describe("the specs' helpers", function()
  it("are written once: no spec defines its own fake_file, stdin_of, read_all or heap", function()
    local p = assert(io.popen("ls spec/*.lua spec/nginx/*.lua"))
    for path in p:lines() do
      local f = assert(io.open(path, "rb"))
      local text = f:read("*a")
      f:close()
      for name, home in pairs(HELPERS) do
        if path ~= "spec/" .. home .. ".lua" then
          assert(not text:find("local function " .. name .. "%("),
            path .. " defines " .. name .. ": take it from spec/" .. home .. ".lua")
        end
      end
    end
    p:close()
  end)

  it("answer as the specs expect", function()
    local cmd_io, heap = require "cmd_io", require "heap"
    local f = cmd_io.fake_file { "a", "b" }
    assert.are.same({ "a", "b" }, { f:read(1), f:read(1) })
    assert.is_nil(f:read(1))
    local status, out, err = cmd_io.main_of("search")({ "teapot" })
    assert.are.equal(0, status, err)
    assert.truthy(out:find("418", 1, true))
    assert.are.equal("number", type(heap.kib()))
    local kept = {}
    assert.is_true(heap.growth(function(i) kept[i] = ("x"):rep(1000) .. i end, 200) > 100)
    assert.are.equal(600, #kept) -- the warm-up and two rounds
  end)
end)
