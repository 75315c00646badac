-- docs/design.md's "who owns which rule", as checks: for each row, a grep
-- for a second implementation outside its owner, or calls proving that
-- the owner and those who ask it agree. A row that stops being true fails
-- here, so the table cannot drift from the code.
local hs = require "httpstatus"
local check = require "httpstatus.check"
local internal = require "internal"
local quick = require "quick"
local rules = internal.module "httpstatus.rules"

local function read(path)
  local f = assert(io.open(path))
  local s = f:read("*a")
  f:close()
  return s
end

-- every Lua file of the library and the command, without comment lines
local function lua_files()
  local out = {}
  local p = assert(io.popen("ls lua/httpstatus.lua lua/httpstatus/*.lua lua/httpstatus/cmd/*.lua"))
  for path in p:lines() do
    local lines = {}
    for line in io.lines(path) do
      if not line:find("^%s*%-%-") then lines[#lines + 1] = line end
    end
    out[path] = table.concat(lines, "\n")
  end
  p:close()
  return out
end
local FILES = lua_files()

-- the files (but `owners`) whose code matches a plain-text needle;
-- library_only: not the command's (its own command-line options and
-- searches are no HTTP rule)
local function holders(needle, owners, library_only)
  local found = {}
  for path, code in pairs(FILES) do
    if not (owners and owners[path]) and not (library_only and path:find("/cmd/"))
        and code:find(needle, 1, true) then
      found[#found + 1] = path
    end
  end
  table.sort(found)
  return table.concat(found, ", ")
end

describe("who owns which rule (docs/design.md)", function()
  it("names the owners this spec checks", function()
    local design = read("docs/design.md")
    for _, owner in ipairs { "`httpstatus_content` (C)", "`httpstatus_text.c` (C)",
                             "`lua/httpstatus/check.lua`", "`check.code`",
                             "`check.options_problem`", "`httpstatus_keeps_method` (C)",
                             "`httpstatus_line.c` (C)" } do
      assert(design:find(owner, 1, true), owner .. " is no longer in the table")
    end
  end)

  it("content: the C rule alone decides, for HEAD and CONNECT too", function()
    -- no Lua file compares a method with HEAD or CONNECT to decide content
    assert.are.equal("", holders('method == "HEAD"'))
    assert.are.equal("", holders('method ~= "HEAD"'))
    assert.are.equal("", holders('method == "CONNECT"'))
    assert.are.equal("", holders('== 204'), "a code of the content rule restated")
    for code = 100, 599 do
      for _, m in ipairs { "GET", "HEAD", "CONNECT", "POST" } do
        local sent = rules.content(code, m)
        quick.equal(hs.allows_body(code, m), sent, code .. " " .. m)
      end
    end
  end)

  it("text safety: one C routine; no Lua pattern of unsafe bytes outside check", function()
    assert.are.equal("", holders("\\127-\\255"))
    assert.are.equal("", holders("&amp;"))
    assert.are.equal("", holders("\\u%04x"))
    assert.are.equal(check.quote, require("httpstatus.cmd.escape").quote)
  end)

  it("argument messages: the 'expected, got' wording is written only in check", function()
    assert.are.equal("", holders("or nil expected", { ["lua/httpstatus/check.lua"] = true }))
    assert.are.equal("", holders("100..599 expected", { ["lua/httpstatus/check.lua"] = true }))
  end)

  it("code validity: check.code alone, every builder and predicate agree", function()
    assert.are.equal("", holders("code >= 100 and", nil, true))
    assert.are.equal("", holders("code <= 599"))
    for _, v in ipairs { 99, 100, 404, 404.0, 404.5, 599, 600, 0 / 0, "404", true } do
      local valid = check.code(v) ~= nil
      assert.are.equal(valid, hs.is_valid(v))
      assert.are.equal(valid, check.code_problem(v) == nil)
      assert.are.equal(valid, (pcall(hs.status_line, v)))
    end
  end)

  it("unknown option names: one wording, through check.options_problem", function()
    assert.are.equal("", holders("unknown option", { ["lua/httpstatus/check.lua"] = true }, true))
  end)

  it("status lines: one writer, C's, for status_line and serialize alike", function()
    assert.are.equal("", holders('"HTTP/%s %d', nil, true))
    assert.are.equal("", holders('"HTTP/1.1 " ..', nil, true))
    for _, code in ipairs { 100, 200, 299, 404, 599 } do
      for _, v in ipairs { "1.1", "1.0" } do
        if not (code == 100 and v == "1.0") then -- no 1xx to HTTP/1.0
          local reason = code == 404 and "Gone Fishing" or nil
          local bytes = hs.serialize { status = code, version = v, reason = reason }
          assert.are.equal(hs.status_line(code, reason, v), bytes:match("^(.-)\r\n"))
        end
      end
    end
  end)

  it("redirect methods: the C rule, read as a table and asked as a function alike", function()
    for code = 300, 310 do
      assert.are.equal(hs.preserves_method(code), hs.preserves_method(code, "POST")
        and hs.preserves_method(code, "PATCH"))
    end
  end)
end)
