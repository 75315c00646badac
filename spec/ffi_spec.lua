-- httpstatus.ffi: the C writer reached through LuaJIT's FFI writes what the
-- same writer writes through the Lua C API, for any bytes.
local core = require "httpstatus.core"
local ffi_core = require "httpstatus.ffi"

describe("httpstatus.ffi", function()
  if not rawget(_G, "jit") then
    it("is false where there is no FFI", function() assert.is_false(ffi_core) end)
    return
  end

  it("is there under LuaJIT, with core.so found on package.cpath", function()
    assert.is_table(ffi_core)
  end)

  -- strings of every sort: empty, ASCII, escapes, controls, invalid UTF-8,
  -- longer than the scratch space
  local function random_text(rng)
    local kind = rng(6)
    if kind == 1 then return nil end
    if kind == 2 then return "" end
    local n = kind == 6 and rng(3000, 9000) or rng(1, 40)
    local bytes = {}
    for i = 1, n do bytes[i] = string.char(kind == 3 and rng(32, 126) or rng(0, 255)) end
    return table.concat(bytes)
  end

  it("writes byte for byte what core.problem_json writes", function()
    math.randomseed(9457)
    local rng = math.random
    for round = 1, 3000 do
      local code = round <= 1001 and round - 2 or rng(100, 599)
      local t, title, detail, instance = random_text(rng), random_text(rng), random_text(rng),
        random_text(rng)
      local want = core.problem_json(code, { type = t, title = title, detail = detail,
                                             instance = instance })
      local got = ffi_core.problem_json(code, t, title, detail, instance)
      assert.are.equal(want, got, "code " .. code)
    end
  end)

  it("gives the same bodies through problem_json and error_body", function()
    local hs = require "httpstatus"
    local fields = { detail = "a\0b\"c\255", instance = ("/x"):rep(2000) }
    local json = hs.problem_json(404, fields)
    assert.are.equal(json, (hs.error_body(404, "application/json", fields)))
  end)
end)
