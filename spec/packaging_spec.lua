-- What is installed: both rockspecs list every Lua module of the tree, the
-- library's and the command's (httpstatus.cmd.*), and no other, so a
-- `luarocks make` or a release install never lacks a module the command
-- loads (make install takes the same files by wildcard).
local ROCKSPECS = { "httpstatus-scm-1.rockspec", "httpstatus-1.0.0-1.rockspec" }

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local function sorted(set)
  local t = {}
  for k in pairs(set) do t[#t + 1] = k end
  table.sort(t)
  return t
end

-- modname -> path, from the files under lua/
local function tree_modules()
  local set = {}
  local p = assert(io.popen("find lua -name '*.lua'"))
  for path in p:lines() do
    local modname = path:gsub("^lua/", ""):gsub("%.lua$", ""):gsub("/", ".")
    set[modname] = path
  end
  p:close()
  return set
end

describe("the rockspecs", function()
  local tree = tree_modules()

  for _, rockspec in ipairs(ROCKSPECS) do
    it(rockspec .. " lists every module of lua/, with its file, and no other", function()
      local text = read(rockspec)
      local listed = {}
      for name, path in text:gmatch('%[?"?([%w%._]+)"?%]?%s*=%s*"(lua/[^"]+%.lua)"') do
        assert.is_nil(listed[name], name .. " twice")
        listed[name] = path
        assert.are.equal(tree[name], path, name)
      end
      assert.are.same(sorted(tree), sorted(listed))
      assert.truthy(listed["httpstatus.cmd.main"])
      assert.truthy(text:find('bin = { httpstatus = "bin/httpstatus" }', 1, true))
    end)
  end
end)
