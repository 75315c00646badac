-- The problem document through LuaJIT's FFI (httpstatus.problem writes
-- documents of string members with the C writer reached that way, so that
-- httpstatus.ngx's exit stays one trace): the same bytes as the writer
-- reached through the Lua C API, for any bytes.
local internal = require "internal"
local core = internal.module("httpstatus.core")
local problem = internal.module("httpstatus.problem")

local PROBLEM = "application/problem+json"

-- the upvalue `name` of function f, or nil
local function upvalue(f, name)
  for i = 1, 100 do
    local n, v = debug.getupvalue(f, i)
    if n == nil then return nil end
    if n == name then return v end
  end
end

describe("the problem document through the FFI", function()
  local plain_document = upvalue(problem.body_of, "plain_document")
  local through_ffi = plain_document and upvalue(plain_document, "ffi_problem_json")

  it("is the way under LuaJIT (core.so found on package.cpath), and only there", function()
    assert.is_function(plain_document)
    if rawget(_G, "jit") then
      assert.is_function(through_ffi)
    else
      assert.is_nil(through_ffi)
    end
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
    -- elsewhere body_of writes with core.problem_json itself: nothing to compare
    if not through_ffi then return end
    math.randomseed(9457)
    local rng = math.random
    for round = 1, 3000 do
      local code = round <= 500 and round + 99 or rng(100, 599)
      local fields = { type = random_text(rng), title = random_text(rng),
                       detail = random_text(rng), instance = random_text(rng) }
      local want = core.problem_json(code, fields)
      assert.are.equal(want, (problem.body_of(code, PROBLEM, fields)), "code " .. code)
      assert.are.equal(want, through_ffi(code, fields.type, fields.title, fields.detail,
        fields.instance), "code " .. code)
    end
  end)

  it("answers nil for what is no code, leaving the refusal to the C API's writer", function()
    if not through_ffi then return end
    for _, code in ipairs { -1, 0, 99, 600, 1000 } do assert.is_nil(through_ffi(code)) end
  end)

  it("gives the same bodies through problem_json and error_body", function()
    local hs = require "httpstatus"
    local fields = { detail = "a\0b\"c\255", instance = ("/x"):rep(2000) }
    local json = hs.problem_json(404, fields)
    assert.are.equal(json, (hs.error_body(404, "application/json", fields)))
  end)
end)
