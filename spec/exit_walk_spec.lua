-- The house reads (#19): hsngx.exit(404, {detail = "x"}) runs code from at
-- most five of the library's Lua files, and the code is checked once. A
-- call hook lists every Lua function the call runs, by file.
local fake_ngx = require "fake_ngx"

-- the library files (as "httpstatus/ngx") whose functions f runs, and how
-- many times it calls each function in `watch` (function -> name)
local function walk(f, watch)
  local files, calls = {}, {}
  local jit = rawget(_G, "jit")
  if jit then jit.off() jit.flush() end -- hooks see the interpreter only
  debug.sethook(function()
    local info = debug.getinfo(2, "Sf")
    local file = info.source:match("lua/(httpstatus[%w_/]*)%.lua$")
    if file then files[file] = true end
    local name = watch[info.func]
    if name then calls[name] = (calls[name] or 0) + 1 end
  end, "c")
  local ok, err = pcall(f)
  debug.sethook()
  if jit then jit.on() end
  assert(ok, err)
  local list = {}
  for file in pairs(files) do list[#list + 1] = file end
  table.sort(list)
  return list, calls
end

describe("hsngx.exit(404, {detail = \"x\"})", function()
  it("runs five of the library's Lua files and checks the code once", function()
    local hsngx, sent, reset = fake_ngx.load { method = "GET", accept = "application/json" }
    local check = require "httpstatus.check" -- the one httpstatus.ngx uses
    hsngx.exit(404, { detail = "x" }) -- the first call builds tables and negotiates
    reset("GET", "application/json")
    local files, calls = walk(function() hsngx.exit(404, { detail = "x" }) end,
      { [check.code] = "check.code", [check.code_problem] = "check.code_problem" })
    assert.are.equal(404, sent.status)
    assert.are.same({ "httpstatus/check", "httpstatus/memo", "httpstatus/ngx",
                      "httpstatus/problem", "httpstatus/rules" }, files)
    assert.are.same({ ["check.code"] = 1 }, calls)
  end)
end)
