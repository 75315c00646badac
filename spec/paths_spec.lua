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

  it("the module uses, per function, the C function or a table read", function()
    local core = require "httpstatus.core"
    local jit = rawget(_G, "jit")
    local jit_on = type(jit) == "table" and jit.status() == true
    local from_c = 0
    for _, fname in ipairs(names_of(cpath)) do
      assert.are.equal("function", type(hs[fname]), fname)
      if hs[fname] == core[fname] then from_c = from_c + 1 end
    end
    if jit_on then
      assert.are.equal(0, from_c) -- the JIT compiles table reads, not C calls
      assert.are.equal("table", hs._path)
    else
      assert.is_true(from_c > 0)
      assert.are_not.equal(core.code, hs.code) -- the exact-match read comes first
      assert.are.equal("c", hs._path)
    end
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
