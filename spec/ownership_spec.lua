-- docs/design.md's "who owns which rule", as checks: for each row, a grep
-- for a second implementation outside its owner, or calls proving that
-- the owner and those who ask it agree. A row that stops being true fails
-- here, so the table cannot drift from the code.
local hs = require "httpstatus"
local check = require "httpstatus.check"
local internal = require "internal"
local quick = require "quick"
local rules = internal.module "httpstatus.rules"
local protocol = internal.module "httpstatus.protocol"
local core = internal.module "httpstatus.core"

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
                             "`httpstatus_line.c` (C)", "`rules.connection_bound`",
                             "`protocol.version_problem`", "`core.seconds`",
                             "`check.plain_text`", "`rules.status_field`", "`core.is_token`" } do
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

  it("versions: protocol alone spells them, and what takes one agrees with it", function()
    local owner = { ["lua/httpstatus/protocol.lua"] = true }
    for _, needle in ipairs { '["1.1"]', '["1.0"]', '["HTTP/', '["2"]', '["3"]', '== "1.1"',
                              '== "1.0"', '~= "1.1"', '~= "1.0"', '== "2"', '~= "2"', '== "3"',
                              '~= "3"', '== 1.0', '~= 1.0' } do
      assert.are.equal("", holders(needle, owner, true), needle)
    end
    for _, v in ipairs { "1.0", "1.1", "HTTP/1.0", "HTTP/1.1", 1.0, 1.1, "2", "HTTP/2", "2.0", 2,
                         "3", "HTTP/3.0", 3, "0.9", "1.2", "HTTP/1", "x", true } do
      local n = protocol.number(v)
      local h1 = n ~= nil and protocol.has_connections(n)
      -- (status_line takes the version as a string, as the line writes it)
      assert.are.equal(h1 and type(v) == "string", (pcall(hs.status_line, 200, nil, v)),
        tostring(v))
      assert.are.equal(n ~= nil and type(v) == "string",
        (pcall(hs.lint, { status = 200 }, { version = v })), tostring(v))
      assert.are.equal(n ~= nil, (pcall(hs.response, 200, { version = v })), tostring(v))
    end
  end)

  it("versions: the 1xx an HTTP/1.0 client never gets is said once, by version_problem", function()
    -- protocol.lua compares a version with 1.0 in one place
    local code = FILES["lua/httpstatus/protocol.lua"]
    local _, n = code:gsub("[=~]= 1%.0", "")
    assert.are.equal(1, n, "HTTP/1.0 compared in more than one place")
    for _, v in ipairs { "1.0", "1.1", "2", "3" } do
      local number = protocol.number(v)
      assert.are.equal(protocol.version_problem(100, number) == nil, protocol.protocol(v).interim)
      assert.are.equal(protocol.version_problem(101, number) == nil
        and protocol.has_connections(number), protocol.protocol(v).upgrade)
    end
  end)

  it("connection-specific fields: one list, rules', which protocol reads", function()
    assert.are.equal("", holders('"keep-alive"', { ["lua/httpstatus/rules.lua"] = true,
      ["lua/httpstatus/ngx_lint.lua"] = true }, true)) -- (ngx_lint: what nginx adds itself)
    assert.are.equal("", holders('"proxy-connection"', { ["lua/httpstatus/rules.lua"] = true }, true))
    local i = 1
    while rules.connection_field(i) do
      local lower = rules.connection_field(i)
      assert.is_true(rules.connection_bound(200, { [lower] = lower }), lower)
      i = i + 1
    end
    assert.are.equal(6, i)
    assert.is_false(rules.connection_bound(200, { ["content-type"] = "Content-Type" }))
    assert.is_true(rules.connection_bound(101, {}))
  end)

  it("argument messages: no 'expected, got' of its own outside check", function()
    assert.are.equal("", holders("expected, got", { ["lua/httpstatus/check.lua"] = true }, true))
    assert.are.equal("", holders(' expected"', { ["lua/httpstatus/check.lua"] = true }, true))
    assert.are.equal("", holders("unknown key", { ["lua/httpstatus/check.lua"] = true }, true))
  end)

  it("argument messages: the value refused is shown (', got ...') only by check", function()
    local owner = { ["lua/httpstatus/check.lua"] = true }
    assert.are.equal("", holders('got "', owner, true))
    assert.are.equal("", holders("got %s", owner, true))
    assert.are.equal("", holders("must be %s", owner, true))
    assert.are.equal("opts.base must be a finite number >= 0, got inf",
      check.must_be("opts.base", "a finite number >= 0", math.huge))
    assert.are.equal('allow must list methods, got string "(HEAD)"',
      check.got("allow must list methods", "(HEAD)"))
  end)

  it("text for people: no Lua pattern of unsafe UTF-8 outside the C routine", function()
    assert.are.equal("", holders("\\194", nil, true))
    assert.are.equal("", holders("\\226", nil, true))
    -- a bidi override, a C1 control, a line separator, an invalid byte: refused by
    -- add_locale, as the JSON context of the C routine escapes or replaces them
    for _, bad in ipairs { "a\226\128\174b", "a\194\133b", "a\226\128\168b", "a\255",
                           "a\226\128\142b", "a\t" } do
      assert.is_false(pcall(hs.add_locale, "xx-own", { reasons = { [404] = bad } }))
      assert.are_not.equal('"' .. bad .. '"', check.quote(bad, "json"))
    end
    hs.add_locale("xx-own", { reasons = { [404] = 'Nicht "gefunden" \\ 없음' } })
  end)

  it("tokens: core.is_token judges a whole token; the linter's scanning class agrees", function()
    assert.are.equal("", holders('"^[A-Za-z0-9!#'))
    assert.are.equal("", holders('TCHARS .. "$"'))
    assert.are.equal("lua/httpstatus/lint_grammar.lua", holders("!#$%%&'*+"))
    local grammar = internal.module "httpstatus.lint_grammar"
    for b = 0, 255 do
      local c = string.char(b)
      assert.are.equal(core.is_token(c), c:find("^" .. grammar.TCHARS .. "$") ~= nil, b)
    end
  end)

  it("times: what a `now` is, the C core's hs_toseconds alone", function()
    assert.are.equal("", holders("~= -huge", nil, true))
    for _, now in ipairs { 0, 1.5, -1, 1e300, -1e300, 2 ^ 63, 0 / 0, math.huge, -math.huge,
                           "0", true } do
      local c_ok = core.retry_after("1", now) ~= nil
      assert.are.equal(c_ok, (pcall(hs.retry_after, "1", now)), tostring(now))
      assert.are.equal(c_ok, (pcall(hs.parse_http_date, "Sun, 06 Nov 1994 08:49:37 GMT", now)))
      assert.are.equal(c_ok, (pcall(hs.retry_delay, 503, nil, 1, { now = now })), tostring(now))
    end
  end)

  it("header fields of a status: rules reads the C table's rows for every module", function()
    local owners = { ["lua/httpstatus/rules.lua"] = true, ["lua/httpstatus/locale.lua"] = true }
    assert.are.equal("", holders(".headers)", owners, true))
    assert.are.equal("", holders("info.headers", owners, true))
    for _, code in ipairs(core.codes()) do
      local rows = core.info(code).headers
      -- what rules reads them through: the rows alone, without the rest of info
      assert.are.same(rows, core.header_fields(code), code)
      for i = 1, #rows + 1 do
        local name, always, level, condition = rules.status_field(code, i)
        local row = rows[i] or {}
        assert.are.same({ row.name, row.name and row.condition == nil, row.level, row.condition },
          { name, always, level, condition }, code .. " " .. i)
      end
    end
  end)

  it("core.header_fields answers nil for every value that is no registered code", function()
    for _, v in ipairs { 0, 99, 299, 600, 999, 404.5, -404, 0 / 0, 1 / 0, "404", true, {} } do
      assert.is_nil(core.header_fields(v), tostring(v))
    end
    assert.is_nil(core.header_fields())
  end)

  it("redirect methods: the C rule, read as a table and asked as a function alike", function()
    for code = 300, 310 do
      assert.are.equal(hs.preserves_method(code), hs.preserves_method(code, "POST")
        and hs.preserves_method(code, "PATCH"))
    end
  end)
end)
