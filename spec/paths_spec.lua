-- The table-read path (LuaJIT with the JIT on) and the C-function path
-- (PUC Lua) must answer identically, whichever this runtime uses.
local hs = require "httpstatus"
local bad_values = require "bad_values"

local paths = hs._paths()
local tpath, cpath = paths.table, paths.c

local function names_of(t)
  local list = {}
  for k in pairs(t) do list[#list + 1] = k end
  table.sort(list)
  return list
end

describe("the two paths", function()
  it("offer the same functions", function()
    assert.are.same(names_of(tpath), names_of(cpath))
    assert.is_true(#names_of(tpath) >= 18)
  end)

  it("the module uses one of them", function()
    assert.is_truthy(hs._path == "table" or hs._path == "c")
    assert.are.equal(hs._path == "c", hs.reason == require("httpstatus.core").reason)
  end)

  local methods = { nil, "GET", "HEAD", "CONNECT", "POST", "head", true }
  for _, fname in ipairs(names_of(tpath)) do
    it(fname .. " agrees for -10..1010 and bad values", function()
      local tf, cf = tpath[fname], cpath[fname]
      local function same(v, m)
        local a, b = tf(v, m), cf(v, m)
        assert.are.equal(a, b, fname .. "(" .. tostring(v) .. ", " .. tostring(m) .. ")")
      end
      for code = -10, 1010 do
        same(code)
        same(code + 0.0)
        if fname == "allows_body" then
          for i = 1, 7 do same(code, methods[i]) end
        end
        if fname == "code" then same(tostring(code)) end
      end
      for _, v in ipairs(bad_values) do same(v[2]) end
      if fname == "code" then
        for _, code in ipairs(hs.codes()) do
          same(hs.reason(code))
          same(hs.reason(code):lower())
          same(hs.name(code))
        end
      end
    end)
  end
end)
