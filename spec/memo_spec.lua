-- Every cache is bounded in entries and bytes: the helper itself, and the
-- caches that request data feeds (Accept values, header names, spellings
-- of phrases), driven with many distinct values while the heap is watched.
local internal = require "internal"
local memo = internal.module("httpstatus.memo")
local hs = require "httpstatus"
local heap = require "heap"
local loops = require "loops"

describe("httpstatus.memo", function()
  it("never holds more than its entries and bytes, and skips long keys", function()
    local get, put, stats = memo.new(100, 4096, 32)
    for i = 1, loops.n(10000, 1000) do -- (spec/loops.lua)
      put("key" .. i, ("v"):rep(i % 50))
      local entries, bytes = stats()
      assert(entries <= 100 and bytes <= 4096, ("%d entries, %d bytes"):format(entries, bytes))
    end
    assert.are.equal("x", put(("k"):rep(33), "x")) -- answered, not kept
    assert.is_nil(get(("k"):rep(33)))
    assert.are.equal("y", put("short", "y"))
    assert.are.equal("y", get("short"))
  end)

  it("ignores nil and NaN keys, nil values, and values too big to keep", function()
    local get, put, stats = memo.new(10, 100, 64)
    put(nil, 1)
    put(0 / 0, 1)
    put("a", nil)
    put("b", ("x"):rep(200))
    assert.are.same({ 0, 0 }, { stats() })
    assert.is_nil(get("b"))
  end)
end)

describe("httpstatus.memo's path memo", function()
  it("never holds more than its entries and bytes, and skips long parts", function()
    local get, put, stats = memo.new_path(50, 8192, 32)
    for i = 1, loops.n(10000, 1000) do -- (spec/loops.lua)
      put(i % 7, nil, "d" .. i, i % 3 == 0 and "x" or nil, false, ("v"):rep(i % 50))
      local entries, bytes = stats()
      assert(entries <= 50 and bytes <= 8192, ("%d entries, %d bytes"):format(entries, bytes))
    end
    assert.are.equal("x", put(1, ("k"):rep(33), nil, nil, nil, "x")) -- answered, not kept
    assert.is_nil(get(1, ("k"):rep(33), nil, nil, nil))
    assert.are.equal("y", put(1, "a", nil, "b", nil, "y"))
    assert.are.equal("y", get(1, "a", nil, "b", nil))
    assert.is_nil(get(1, "a", "b", nil, nil)) -- nil is a part of its own, in its place
    assert.is_nil(get(1, "a", nil, "b", false))
  end)

  it("ignores NaN, tables and nil values, and values too big to keep", function()
    local get, put, stats = memo.new_path(10, 1000, 64)
    put(0 / 0, nil, nil, nil, nil, 1)
    put({}, nil, nil, nil, nil, 1)
    put(1, nil, nil, nil, nil, nil)
    put(2, nil, nil, nil, nil, ("x"):rep(1000))
    assert.are.same({ 0, 0 }, { stats() })
    assert.is_nil(get(2, nil, nil, nil, nil))
  end)
end)

describe("caches fed by request data", function()
  -- (spec/loops.lua: under valgrind, 600, still past every cache's entries,
  -- too few for the heap to tell: every runtime and ASan run 20000)
  local N = loops.n(20000, 600)

  for _, case in ipairs {
    { "Accept values (error_body)", function(i)
      hs.error_body(404, ("application/x-%d;q=0.5, */*;q=0.1"):format(i))
    end },
    { "header names (response)", function(i)
      hs.response(200, { headers = { ["X-Name-" .. i] = "v" } })
    end },
    { "spellings (code)", function(i) hs.code(("not found %d"):format(i)) end },
  } do
    it("keeps the heap flat under " .. N .. " distinct " .. case[1], function()
      -- warmed up with N, then the smaller growth of two rounds of N more
      local grown = heap.growth(case[2], N)
      -- the bounds are 32 KiB (Accept), 16 KiB (names, spellings) of keys
      -- and answers, plus their tables' slots: well under 256 KiB
      assert(grown < 256, ("the heap grew by %.0f KiB in each of two rounds"):format(grown))
    end)
  end
end)
