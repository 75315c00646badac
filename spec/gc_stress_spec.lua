-- The GC-stress run: the collector runs with pause 0, and __gc finalizers
-- that fire during the library's own allocations add, remove and retype
-- keys of the very tables the library is reading. C must stay memory-safe
-- (ASan and valgrind watch the same spec in make test); Lua must answer or
-- raise a clear error, never crash. Runs on every runtime.
local internal = require "internal"
local hs = require "httpstatus"
local core = internal.module("httpstatus.core")
local fake_ngx = require "fake_ngx"

local ROUNDS = tonumber(os.getenv("HS_GC_ROUNDS") or "") or 300

local targets = {} -- the tables the finalizers change
local fired = 0 -- finalizers run
local during = 0 -- of which while the library was working
local step = 0

-- change every target: add, remove or retype keys
local stopped = false
local function meddle()
  step = step + 1
  for i = 1, #targets do
    local t = targets[i]
    local what = (step + i) % 7
    if what == 0 then
      for j = 1, 4 do t["added" .. (step + j) % 50] = { step, "x" } end
    elseif what == 1 then
      local k = next(t) -- remove the first key
      if k ~= nil then t[k] = nil end
    elseif what == 2 then
      t.detail = { "now a table" }
    elseif what == 3 then
      t[step % 5 + 1] = true -- a number key
    elseif what == 4 then
      t.title = "retitled " .. step
    elseif what == 5 then
      t[{}] = "a table key"
    else
      t["\255\254" .. step % 3] = "invalid UTF-8 key"
    end
  end
end

-- an object whose finalizer meddles and then makes the next such object,
-- so finalizers keep firing as long as the collector runs
local newproxy = rawget(_G, "newproxy")
local function arm()
  local function gc()
    if stopped then return end
    fired = fired + 1
    meddle()
    arm()
  end
  if newproxy then -- 5.1 and LuaJIT: only userdata have __gc
    local p = newproxy(true)
    getmetatable(p).__gc = gc
  else
    setmetatable({}, { __gc = gc })
  end
end

-- Problem fields with many members and nested objects, so that the
-- writer allocates often (key lists, output growth) while it walks them.
local function fields_table(i)
  local f = { detail = "d" .. i, title = "t", instance = "/i", extra = { 1, 2, { deep = i } },
              list = { "a", "b", "c" } }
  for j = 1, 24 do
    local member = {}
    for k = 1, 24 do member["key" .. k] = ("v"):rep(k) end
    f["member" .. j] = member
  end
  return f
end

describe("under GC stress #stress", function()
  local saved_pause
  setup(function()
    collectgarbage("collect")
    saved_pause = collectgarbage("setpause", 0)
    -- Lua 5.3 crawls (minutes) when it must also step faster than this
    collectgarbage("setstepmul", _VERSION == "Lua 5.3" and 100 or 200)
    for _ = 1, 64 do arm() end
  end)
  teardown(function()
    stopped, targets = true, {}
    collectgarbage("setpause", saved_pause or 200)
    collectgarbage("setstepmul", 200)
    collectgarbage("collect")
  end)

  it("the JSON writers stay safe while finalizers change their tables", function()
    for i = 1, ROUNDS do
      local f = fields_table(i)
      targets = { f, f.extra, f.extra[3], f.list, f.member1, f.member12, f.member24 }
      for _, call in ipairs {
        function() return hs.problem_json(404, f) end,
        function() return hs.error_body(500, "application/json", f) end,
        function() return core.problem_json(429, f, f.extra[3]) end,
      } do
        local before = fired
        local _, json, err = pcall(call)
        during = during + (fired - before)
        -- a document, or a clear refusal (raised or returned)
        assert(type(json) == "string" or type(err) == "string", tostring(json))
      end
    end
    assert.is_true(during > 0, "no finalizer ran inside a library call")
  end)

  it("the builders stay safe while finalizers change their tables", function()
    local hsngx, _, reset = fake_ngx.load {}
    for i = 1, ROUNDS do
      local headers = { ["X-A"] = "1", ["X-List"] = { "a", "b" }, Location = "/x" }
      local opts = { headers = headers, body = "body " .. i }
      local f = fields_table(i)
      targets = { headers, headers["X-List"], opts, f }
      pcall(hs.response, 200, opts)
      pcall(hs.serialize, { status = 302, headers = headers, body = "x" })
      pcall(hs.problem, 400, f)
      reset("GET", "application/json")
      pcall(hsngx.exit, 404, { detail = "d", extensions = f.extra, headers = headers })
      pcall(hs.add_locale, "x-gc", { reasons = { [404] = "gc " .. i } })
    end
    assert.is_true(fired > 0, "no finalizer ran")
  end)
end)
