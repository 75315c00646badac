-- luassert's checks, for loops that make thousands of them: each value is
-- compared here first, and luassert is called only when it differs, so a
-- failure reads exactly as before. (A luassert call costs ~100 times the
-- comparison; under valgrind these loops spent most of their time in it.)
local luassert = require "luassert"

local quick = {}

-- true only when luassert's `same` would surely agree: plain values equal,
-- or tables with no metatable holding the same keys with such values
local function same(a, b)
  if type(a) ~= "table" or type(b) ~= "table" then return a == b end
  if rawequal(a, b) then return true end
  if getmetatable(a) ~= nil or getmetatable(b) ~= nil then return false end
  for k, v in next, a do
    local w = rawget(b, k)
    if w == nil or not same(v, w) then return false end
  end
  for k in next, b do
    if rawget(a, k) == nil then return false end
  end
  return true
end

-- a failure names the spec's line, which luassert (called from here) cannot
local function at(message)
  local info = debug.getinfo(3, "Sl")
  return ("%s (at %s:%d)"):format(message == nil and "" or tostring(message), info.short_src,
                                  info.currentline)
end

function quick.equal(want, got, message)
  if want ~= got then luassert.are.equal(want, got, at(message)) end
end

function quick.same(want, got, message)
  if not same(want, got) then luassert.are.same(want, got, at(message)) end
end

function quick.is_nil(got, message)
  if got ~= nil then luassert.is_nil(got, at(message)) end
end

return quick
