-- One text-safety routine (httpstatus_text.c): the header-field rule, the
-- JSON the library writes, the HTML error pages, the quoting of messages
-- and the command's escaping are its contexts, so they cannot drift apart.
local internal = require "internal"
local hs = require "httpstatus"
local check = require "httpstatus.check"
local escape = require "httpstatus.cmd.escape"
local rules = internal.module "httpstatus.rules"

-- every byte alone, and the sequences that matter, around plain text
local SAMPLES = {}
for b = 0, 255 do SAMPLES[#SAMPLES + 1] = "a" .. string.char(b) .. "z" end
for _, s in ipairs { "\194\155", "\226\128\168", "\226\128\174", "\216\156", "\226\129\166",
                     "\237\160\128", "한국어", "<&>\"'", "\\", "" } do
  SAMPLES[#SAMPLES + 1] = s
end

describe("the one text-safety routine", function()
  it("is what the command escapes with: the public check.quote, no copy", function()
    assert.are.equal(check.quote, escape.quote)
    assert.are.equal(check.show, escape.show)
    for _, s in ipairs(SAMPLES) do
      assert.are.equal(check.quote(s, "json"), escape.json_string(s))
      assert.are.equal(check.quote(s, "html"), escape.html(s))
    end
  end)

  it("writes the library's JSON: problem_json quotes a member as check.quote does", function()
    for _, s in ipairs(SAMPLES) do
      local json = hs.problem_json(400, { title = "t", detail = s })
      local member = json:match(',"detail":(".*")}$')
      assert.are.equal(check.quote(s, "json"), member, ("%q"):format(s))
    end
  end)

  it("writes the library's HTML error page as check.quote does", function()
    for _, s in ipairs(SAMPLES) do
      if rules.field_value_problem(s) == nil and s ~= "" then
        local body = hs.error_body(404, "text/html", { detail = s })
        assert(body:find("<p>" .. check.quote(s, "html") .. "</p>", 1, true), ("%q"):format(s))
      end
    end
  end)

  it("says which bytes a header field value holds: HTAB, SP, VCHAR, obs-text", function()
    for b = 0, 255 do
      local ok = b == 9 or (b >= 32 and b ~= 127)
      assert.are.equal(ok, rules.field_value_problem(string.char(b)) == nil, b)
      -- the terminal context keeps exactly printable ASCII but '"' and '\'
      local plain = b >= 32 and b <= 126 and b ~= 34 and b ~= 92
      assert.are.equal(plain, check.quote(string.char(b)) == '"' .. string.char(b) .. '"', b)
    end
  end)

  it("says which bytes a token holds (RFC 9110 5.6.2 tchar), for names and methods", function()
    local core = internal.module("httpstatus.core")
    local TCHAR = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    for b = 0, 255 do
      local c = string.char(b)
      local tchar = TCHAR:find(c, 1, true) ~= nil
      assert.are.equal(tchar, core.is_token(c), b)
      assert.are.equal(tchar, core.is_token("Ab" .. c .. "9"), b)
      assert.are.equal(tchar and "x-" .. c:lower() or nil, rules.token_lower("X-" .. c), b)
    end
    assert.is_false(core.is_token(""))
    assert.is_false(core.is_token(42))
    assert.is_false(core.is_token(nil))
    assert.is_nil(rules.token_lower(""))
    assert.is_nil(rules.token_lower(42))
  end)

  it("says, in the same call, whether a field value begins or ends with whitespace", function()
    local core = internal.module("httpstatus.core")
    for _, case in ipairs {
      { "v", true, false }, { " v", true, true }, { "v\t", true, true }, { "a b", true, false },
      { "", true, false }, { " ", true, true }, { "\1 ", false, true }, { "a\rb", false, false },
    } do
      local ok, padded = core.is_field_text(case[1])
      assert.are.same({ case[2], case[3] }, { ok, padded }, ("%q"):format(case[1]))
    end
  end)

  it("refuses what is no text or no context, at the caller's line", function()
    assert.has_error(function() check.quote(404) end,
      "bad argument #1 to 'quote' (string expected, got 404)")
    assert.has_error(function() check.quote("x", "xml") end,
      'bad argument #2 to \'quote\' ("terminal", "json", "html" or nil expected, got string "xml")')
  end)
end)
