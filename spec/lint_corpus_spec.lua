-- hs.lint on the corpus of real nginx responses (spec/data/lint/): exactly
-- the findings spec/data/lint/expected.lua lists, and no error on any
-- response nginx or hsngx.exit made correctly (README.md there says which
-- findings nginx earns and why).
local hs = require "httpstatus"

local DIR = "spec/data/lint/"
local EXPECTED = dofile(DIR .. "expected.lua")
-- the captures where an error is the point: a 405 without Allow
local BROKEN = { ["debian/post-static"] = true, ["openresty/post-static"] = true,
                 ["debian/handler-bad-405"] = true, ["openresty/handler-bad-405"] = true }

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

describe("hs.lint on real nginx responses (spec/data/lint)", function()
  local names = {}
  for name in pairs(EXPECTED) do names[#names + 1] = name end
  table.sort(names)

  it("has both stacks' captures", function()
    assert.is_true(#names >= 28)
  end)

  for _, name in ipairs(names) do
    it(name .. ": finds what expected.lua says, and no error unless it is the point", function()
      local capture = read(DIR .. name .. ".http")
      local got = {}
      for i, f in ipairs(hs.lint(capture)) do
        got[i] = f.level .. " " .. f.rule .. " @" .. f.response
        if not BROKEN[name] then assert.are_not.equal("error", f.level, f.message) end
      end
      table.sort(got)
      assert.are.same(EXPECTED[name], got)
    end)
  end

  it("finds the missing Allow of nginx's own 405 on both stacks", function()
    for _, stack in ipairs { "debian", "openresty" } do
      local f = hs.lint(read(DIR .. stack .. "/post-static.http"))[1]
      assert.are.same({ "missing-allow", "error", 405 }, { f.rule, f.level, f.status })
    end
  end)
end)
