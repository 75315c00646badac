-- The generated docs are current: scripts/gendocs.lua, run here in memory,
-- writes exactly the README's API tables, types/httpstatus.lua, the man
-- page's OPTIONS and the completions' lists that are in the tree. After a
-- change to docs/api/*.lua or the command's option table, run
-- `lua5.4 scripts/gendocs.lua`.
local gendocs = dofile("scripts/gendocs.lua")

-- the first line where two texts part, for the message
local function first_difference(want, got)
  local n = 1
  local w, g = want:gmatch("([^\n]*)\n?"), got:gmatch("([^\n]*)\n?")
  while true do
    local a, b = w(), g()
    if a ~= b then return n, a, b end
    if a == nil then return nil end
    n = n + 1
  end
end

describe("the generated docs (#19 5)", function()
  local files = gendocs.generate(".")

  for _, path in ipairs { "README.md", "types/httpstatus.lua", "doc/httpstatus.1",
                          "completion/httpstatus.bash", "completion/_httpstatus" } do
    it(path .. " is what scripts/gendocs.lua writes", function()
      local got = gendocs.read(path)
      local n, want_line, got_line = first_difference(files[path], got)
      assert(files[path] == got, string.format("%s:%s is not current (run lua5.4 "
        .. "scripts/gendocs.lua)\n  generated: %s\n  in the tree: %s", path, tostring(n),
        tostring(want_line), tostring(got_line)))
    end)
  end

  it("refuses a README without a table's markers, instead of dropping the table", function()
    local api = gendocs.load(".").api
    local readme = gendocs.read("README.md"):gsub("<!%-%- api:check end %-%->", "")
    assert.has_error(function() gendocs.readme(readme, api) end)
  end)
end)
