-- The error messages README.md quotes are the real ones: each quote below is
-- found in README.md (spaces and line breaks counting as one space) and in
-- the message its code raises today, `...` standing for any text. Every code
-- span of the README that starts with `bad argument #<digit>` must be one of
-- them (and so must every span with ", got "), so a new quote cannot go
-- unchecked.
local fake_ngx = require "fake_ngx"
local stand_in = require "stand_in_core"

local function squeeze(s) return (s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")) end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

local function raised(fn, ...)
  local ok, err = pcall(fn, ...)
  assert(not ok, "no error raised")
  return tostring(err)
end

local function lib() return require "httpstatus" end

local QUOTES = {
  { [[bad argument #2 to 'response' (unknown option "header")]],
    function() return raised(lib().response, 200, { header = {} }) end },
  { [[bad argument #2 to 'status_line' (...)]],
    function() return raised(lib().status_line, 200, "a\nb") end },
  { [[bad argument #2 to 'exit' (exit(404): field 'detail' must be a string, got 42)]],
    function() return raised(fake_ngx.load {}.exit, 404, { detail = 42 }) end },
  { [[the response headers were already sent]],
    function()
      local hsngx, _, _, ngx = fake_ngx.load {}
      ngx.print("partial")
      return raised(hsngx.exit, 404)
    end },
  -- Install: a Lua 5.1 build loaded by Lua 5.4 (a lua5.4 process of its
  -- own, with a stand-in core.so missing what a 5.1 build misses there)
  { [[httpstatus: /usr/local/lib/lua/5.1/httpstatus/core.so was built for another Lua version
      than this Lua 5.4 (undefined symbol lua_tointeger): build it for this one (luarocks
      --lua-version 5.4 make httpstatus-scm-1.rockspec, or make LUA_VERSION=5.4) and point
      package.cpath (LUA_CPATH) at that build]],
    function()
      local dir = os.tmpname()
      os.remove(dir)
      local so = stand_in(dir .. "/5.1", "lua_tointeger")
      local p = assert(io.popen("cd / && LUA_PATH='" .. os.getenv("PWD") .. "/lua/?.lua' "
        .. "LUA_CPATH='" .. dir .. "/5.1/?.so' lua5.4 -e 'require \"httpstatus\"' 2>&1"))
      local out = p:read("*a")
      p:close()
      os.execute("rm -rf '" .. dir .. "'")
      -- the README shows the path of a 5.1 tree
      return (out:gsub(so:gsub("%p", "%%%0"), "/usr/local/lib/lua/5.1/httpstatus/core.so"))
    end },
}

-- does text hold the pieces of quote (split at `...`) in order?
local function holds(text, quote)
  local from = 1
  for piece in (quote .. "..."):gmatch("(.-)%.%.%.") do
    local s, e = text:find(piece, from, true)
    if not s then return false end
    from = e + 1
  end
  return true
end

describe("README.md's quoted error messages", function()
  local readme = read("README.md")
  local flat = squeeze(readme)

  for _, q in ipairs(QUOTES) do
    local quote = squeeze(q[1])
    it("are real: " .. quote, function()
      assert(flat:find(quote, 1, true), "README.md no longer quotes: " .. quote
        .. " (drop it from this spec, or quote it again)")
      local got = squeeze(q[2]())
      assert(holds(got, quote), "README.md quotes:\n  " .. quote .. "\nthe code raises:\n  " .. got)
    end)
  end

  it("include every `bad argument #<digit> ...` the README quotes", function()
    local known = {}
    for _, q in ipairs(QUOTES) do known[squeeze(q[1])] = true end
    -- code spans outside the fenced blocks, with their line breaks undone
    local prose = squeeze(readme:gsub("\n%s*```.-\n%s*```", "\n"))
    local unchecked = {}
    for span in prose:gmatch("`([^`]+)`") do
      if (span:find("^bad argument #%d") or span:find(", got ", 1, true))
          and not known[squeeze(span)] then
        unchecked[#unchecked + 1] = span
      end
    end
    assert.are.same({}, unchecked)
  end)
end)
