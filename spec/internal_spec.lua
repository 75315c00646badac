-- The public/private line is visible: every Lua module of the library is
-- public (spec/internal.lua's PUBLIC) or says "@internal" in its header,
-- and no internal module is documented as API (README, types).
local internal = require "internal"

local function read(path)
  local f = assert(io.open(path))
  local s = f:read("*a")
  f:close()
  return s
end

local function library_modules()
  local list = { "httpstatus" }
  local p = assert(io.popen("ls lua/httpstatus/*.lua lua/httpstatus/locale/*.lua"))
  for path in p:lines() do
    list[#list + 1] = path:gsub("^lua/", ""):gsub("%.lua$", ""):gsub("/", ".")
  end
  p:close()
  return list
end

local function file_of(name)
  if name == "httpstatus" then return "lua/httpstatus.lua" end
  return "lua/" .. name:gsub("%.", "/") .. ".lua"
end

describe("the public/private line", function()
  it("is in every module's header: public, or marked @internal", function()
    for _, name in ipairs(library_modules()) do
      if not internal.PUBLIC[name] and not internal.UNMARKED[name] then
        local head = read(file_of(name)):match("^(.-)\n\n")
        assert(head and head:find("\n%-%- @internal"), name .. " does not say it is internal")
        -- after a sentence (or a table's row), not in the middle of one
        local before = head:match("([^\n]*)\n%-%- @internal")
        assert(before:find("[.:)]$") or before:find("^%-%-   "),
          name .. "'s @internal cuts a sentence")
      else
        assert(not read(file_of(name)):find("\n%-%- @internal"), name .. " is public")
      end
    end
  end)

  it("keeps internal modules out of the README and the types", function()
    local docs = read("README.md") .. read("types/httpstatus.lua")
    for _, name in ipairs(library_modules()) do
      if not internal.PUBLIC[name] then
        assert(not docs:find('require%s*%(?%s*"' .. name:gsub("%.", "%%.") .. '"'),
          name .. " is internal but documented with require")
      end
    end
  end)

  it("is the only way specs name internals: internal.module refuses a public module", function()
    assert.has_error(function() internal.module("httpstatus") end)
    assert.are.equal(require("httpstatus.rules"), internal.module("httpstatus.rules"))
  end)

  it("leaves nothing in the core for the specs alone: the library uses every export", function()
    local p = assert(io.popen("cat lua/httpstatus.lua lua/httpstatus/*.lua"))
    local library = p:read("*a")
    p:close()
    for name in pairs(internal.module("httpstatus.core")) do
      assert(library:find("core%." .. name .. "%f[^%w_]"), "core." .. name .. " is used by no module")
    end
  end)

  it("is the way every other spec names them: no require of an internal module", function()
    local p = assert(io.popen("ls spec/*.lua spec/nginx/*.lua"))
    for path in p:lines() do
      if path ~= "spec/internal_spec.lua" then
        for name in read(path):gmatch('require%s*%(?%s*"(httpstatus%.[%w_.]+)"') do
          assert(internal.PUBLIC[name] or name:find("^httpstatus%.cmd%."),
            path .. " requires " .. name .. ": ask internal.module for it")
        end
      end
    end
    p:close()
  end)
end)
