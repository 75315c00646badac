-- One phrase normal form, the C core's (issue 19 item 2, issue 23 section 3):
-- hs.normalize gives it for any text, hs.code looks phrases up in it, and the
-- command's search and the page's search keys (httpstatus.cmd.search) are
-- built on it, with no second implementation in Lua. The command's search
-- ranks phrase and name hits first and marks the ones found in descriptions
-- only. (That the page finds the same codes as the command for the same
-- words is the browser test's: spec/browser/search_words.lua.)
local hs = require "httpstatus"
local search = require "httpstatus.cmd.search"
local cli = require "httpstatus.cmd.main"
local cjson = require "cjson"

local function run(...)
  local out, err = {}, {}
  local status = cli.main({ ... }, {
    out = function(s) out[#out + 1] = s end,
    err = function(s) err[#err + 1] = s end,
    tty = false,
    getenv = function() return nil end,
  })
  return status, table.concat(out), table.concat(err)
end

describe("hs.normalize", function()
  it("is the form hs.code compares texts in", function()
    local cases = {
      { "Not Found", "not_found" }, { "not-found", "not_found" }, { "NOT_FOUND", "not_found" },
      { "Request Entity Too Large", "request_entity_too_large" },
      { "Request-URI Too Long", "request_uri_too_long" }, { "I'm a teapot", "im_a_teapot" },
      { "  --payload__too - large--  ", "payload_too_large" }, { "", "" }, { " -_' ", "" },
      { "a'b", "ab" }, { "A-'-B", "a_b" }, { "404", "404" },
    }
    for _, c in ipairs(cases) do assert.are.equal(c[2], hs.normalize(c[1]), c[1]) end
    for _, code in ipairs(hs.codes()) do
      local info = hs.info(code)
      -- every constant is its phrase's normal form, upper-cased
      assert.are.equal(info.name, hs.normalize(info.reason):upper(), code)
      assert.are.equal(code, hs.code(hs.normalize(info.reason)))
      for _, a in ipairs(info.aliases) do
        if hs.code(a.name) == code then
          assert.are.equal(hs.code(hs.normalize(a.phrase)), code, a.phrase)
        end
      end
    end
  end)

  it("keeps every other byte, so it takes any text: UTF-8, NUL, long ones", function()
    assert.are.equal("시간_초과", hs.normalize("시간 초과"))
    assert.are.equal("ä_É", hs.normalize("ä É")) -- only ASCII letters are lowered
    assert.are.equal("a\0b_c\td", hs.normalize("A\0B c\tD"))
    assert.are.equal("x\0", hs.normalize("X\0"))
    assert.are.equal(("ab_"):rep(999) .. "ab", hs.normalize(("AB "):rep(1000)))
    assert.is_nil(hs.code("not\tfound")) -- hs.code still knows phrases only
    assert.is_nil(hs.code("not found\0"))
  end)

  it("answers nil for anything but a string, in sequence with strings", function()
    for _, v in ipairs { 404, true, {}, print } do
      assert.is_nil(hs.normalize(v))
      assert.are.equal("not_found", hs.normalize("Not Found"))
    end
    assert.is_nil(hs.normalize())
  end)
end)

describe("search keys", function()
  it("are hs.normalize's form with its separators dropped", function()
    for _, s in ipairs { "Time-Out", "time out", "TIME_OUT", "timeout", "time_-out" } do
      assert.are.equal("timeout", search.key(s))
    end
    assert.are.equal("시간초과", search.key("시간 초과"))
  end)
end)

describe("httpstatus search", function()
  local function codes_of(out)
    local t = {}
    for code, rest in out:gmatch("%f[^\n%z](%d%d%d)  ([^\n]*)") do
      t[#t + 1] = { code = tonumber(code), marked = rest:find("(in its description only)", 1,
        true) ~= nil }
    end
    return t
  end

  it("ranks phrase and name hits first and marks those found in descriptions only", function()
    local status, out = run("search", "gateway")
    assert.are.equal(0, status)
    local got = codes_of(out)
    assert.are.same({ code = 502, marked = false }, got[1])
    assert.are.same({ code = 504, marked = false }, got[2])
    assert.is_true(#got > 2)
    for i = 3, #got do
      assert.is_true(got[i].marked, got[i].code)
      assert.is_true(got[i].code > got[i - 1].code or i == 3) -- each part ascending
    end
    -- 500's phrase does not say gateway; its description does
    local found_500 = false
    for _, g in ipairs(got) do if g.code == 500 then found_500 = g.marked end end
    assert.is_true(found_500)
  end)

  it("says where it found the word in JSON and in Korean", function()
    local _, out = run("--json", "search", "gateway")
    local list = cjson.decode(out)
    assert.are.equal(502, list[1].code)
    assert.are.equal("name", list[1].found_in)
    assert.are.equal("description", list[#list].found_in)
    local _, ko = run("--lang", "ko", "search", "gateway")
    assert.matches("500  내부 서버 오류 (설명에만 있음)", ko, 1, true)
  end)

  it("finds what search.find finds, in its order", function()
    for _, word in ipairs { "teapot", "time out", "nginx", "시간 초과", "retry" } do
      local want = search.find(word)
      local got = {}
      for _, g in ipairs(codes_of(select(2, run("search", word)))) do got[#got + 1] = g.code end
      assert.are.same(want, got, word)
    end
  end)
end)

describe("one owner of the phrase normal form", function()
  -- a Lua or JavaScript character class of the form's separators, or its
  -- "'" dropping, is a second normaliser
  local SECOND = { "%[%%s_%%%-", "%[ _%%%-", "%[_ %%%-", "%[%%s%%%-_", "/%[ _%-%]", "/'/g" }

  local function files(dir, list)
    local p = io.popen('find "' .. dir .. '" -name "*.lua"')
    for f in p:lines() do list[#list + 1] = f end
    p:close()
    return list
  end

  it("has no second implementation in the library, the command or the page", function()
    for _, f in ipairs(files("lua", {})) do
      local h = assert(io.open(f, "rb"))
      local text = h:read("*a")
      h:close()
      for _, pattern in ipairs(SECOND) do
        assert.is_nil(text:find(pattern), f .. " holds " .. pattern)
      end
    end
  end)

  it("is named in docs/design.md's table", function()
    local h = assert(io.open("docs/design.md", "rb"))
    local text = h:read("*a")
    h:close()
    assert.truthy(text:find("| the phrase normal form", 1, true))
  end)
end)
