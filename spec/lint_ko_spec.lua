-- hs.lint and `httpstatus lint` in Korean: every sentence a person reads
-- is Korean (합니다체), down to the words other parts put in them: the
-- conditions of a code's header rows, what the date, Retry-After, chunked
-- and JSON readers say went wrong, an RFC 9457 member's kind, a code's
-- state; the command's labels and references too. Header names, methods,
-- grammar names and quoted values stay as they are.
local hs = require "httpstatus"
local cmd = require "httpstatus.cmd.main"
local CASES = require "lint_cases"
local T = CASES.T

-- words that only English prose has; a Korean message holds none of them
-- outside quotes (its values, quoted, are what was sent)
local ENGLISH = {}
for w in ([[the a an is are be must should not no and or of to in on at after before
  expected than with without does has have for by when only its it can cannot carry
  ends follow]]):gmatch("%a+") do
  ENGLISH[w] = true
end

-- the English words of a message, outside quotes, or nil when it has none
local function english_in(text)
  local bare = text:gsub('"[^"]*"', ""):gsub("'[^']*'", "")
  local found = {}
  for w in bare:gmatch("%a[%a%-]*") do -- grammar names (quoted-string) are one word
    if ENGLISH[w] then found[#found + 1] = w end
  end
  return #found > 0 and table.concat(found, " ") or nil
end

local function korean(text)
  return text:find("[\234-\237][\128-\191][\128-\191]") ~= nil -- a Hangul syllable
end

local function assert_korean(f, where)
  assert(korean(f.message), where .. ": " .. f.message)
  local english = english_in(f.message)
  assert(english == nil, ("%s: %q holds English (%s)"):format(where, f.message, tostring(english)))
end

local function with_ko(opts)
  local out = { lang = "ko" }
  for k, v in pairs(opts or {}) do out[k] = v end
  return out
end

describe("hs.lint in Korean", function()
  it("knows English when it sees it (the check below can fail)", function()
    assert.are.equal("the is", english_in("그 상태가 (the condition is temporary)"))
    assert.is_nil(english_in('Date "the day"은(는) HTTP-date가 아닙니다'))
    assert.is_nil(english_in("상태 줄 x은(는) HTTP-version SP status-code SP reason-phrase 형식이 아닙니다"))
  end)

  it("words every finding of every rule's broken example in Korean", function()
    for _, case in ipairs(CASES) do
      local findings = hs.lint(case[2], with_ko(case[4]))
      assert.is_true(#findings > 0, case[1])
      for _, f in ipairs(findings) do assert_korean(f, case[1] .. " / " .. f.rule) end
    end
  end)

  it("words a header row's condition in Korean, before the rule", function()
    local f = hs.lint(T(413), { lang = "ko" })[1]
    assert.are.equal("missing-retry-after", f.rule)
    assert.are.equal(hs.condition(413, "Retry-After", "ko") .. " 413 응답에는 Retry-After 헤더가 "
      .. "있어야 합니다(SHOULD)", f.message)
    -- every code with a conditional row
    for code = 100, 599 do
      local info = hs.info(code)
      for _, h in ipairs(info and info.headers or {}) do
        if h.condition then
          for _, finding in ipairs(hs.lint(T(code), { lang = "ko" })) do
            assert_korean(finding, code .. " / " .. finding.rule)
          end
        end
      end
    end
  end)

  it("says in Korean what the date and Retry-After parsers found", function()
    -- every message of csrc/httpstatus_date.c, read from the source
    local f = assert(io.open("csrc/httpstatus_date.c"))
    local src = f:read("*a"):gsub('"%s*\n%s*"', "") -- adjacent literals joined
    f:close()
    local messages = {}
    for m in src:gmatch('HS_E_[%u_%d]+%[%] =%s*"([^"]+)"') do messages[#messages + 1] = m end
    for m in src:gmatch('return "([^"]+)"') do messages[#messages + 1] = m end
    assert.is_true(#messages >= 25, tostring(#messages))
    local ko = require("internal").module("httpstatus.locale.lint_ko")
    for _, m in ipairs(messages) do
      assert(ko.details[m] and korean(ko.details[m]), "no Korean for " .. m)
    end
    -- and as findings carry them
    for _, value in ipairs { "1", "Sun, 06 Nov 1994 08:49:37", "Sun, 31 Feb 1994 08:49:37 GMT",
                             "Sunday, 06-Nov-94 08:49:37 GMT x" } do
      for _, finding in ipairs(hs.lint(T(204, { Date = value, Expires = value,
                                                ["Retry-After"] = value }), { lang = "ko" })) do
        assert_korean(finding, value .. " / " .. finding.rule)
      end
    end
  end)

  it("says in Korean what the chunked and JSON readers found", function()
    local head = "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
    local PJ = "Content-Type: application/problem+json\r\n"
    local inputs = {
      head .. "Transfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n5\r\nab",
      head .. "Transfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n2\r\nab\r\nzz\r\n",
      head .. "Transfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n2\r\nab\r\n0\r\nX: y",
      head .. "Transfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n2\r\nab\r\n",
    }
    for _, body in ipairs { "[1]", '{"a" 1}', '{"a": 1 "b": 2}', '{1: 2}', '{"a": tru}',
                            '{"a": "x\1"}', '{"a": 1} x', '{"a": ', ("["):rep(70) } do
      inputs[#inputs + 1] = head .. PJ .. "Content-Length: " .. #body .. "\r\n\r\n" .. body
    end
    local rules = {}
    for _, input in ipairs(inputs) do
      for _, f in ipairs(hs.lint(input, { lang = "ko" })) do
        rules[f.rule] = true
        assert_korean(f, f.rule .. " in " .. ("%q"):format(input))
      end
    end
    assert.is_true(rules["chunked-malformed"] and rules["problem-json-invalid"])
  end)

  it("names a member's kind and a code's state in Korean", function()
    for _, case in ipairs {
      { T(400, { ["Content-Type"] = "application/problem+json" }, '{"type": 5}'), "문자열(URI 참조)" },
      { T(400, { ["Content-Type"] = "application/problem+json" }, '{"status": "x"}'), "숫자" },
      { T(510), "IANA 레지스트리에서 폐기(obsoleted)된" }, { T(305), "사용 중단(deprecated)된" },
    } do
      local found = false
      for _, f in ipairs(hs.lint(case[1], { lang = "ko" })) do
        found = found or f.message:find(case[2], 1, true) ~= nil
      end
      assert(found, case[2])
    end
    -- in English, a deprecated code is not said to be obsoleted in the registry
    for _, f in ipairs(hs.lint(T(305))) do
      if f.rule == "status-obsoleted" then assert.are.equal("305 (Use Proxy) is deprecated", f.message) end
    end
  end)
end)

describe("httpstatus lint --lang ko", function()
  local function run(stdin, ...)
    local out = {}
    local status = cmd.main({ ... }, {
      out = function(s) out[#out + 1] = s end, err = function() end, tty = false,
      getenv = function() return nil end,
      stdin = { read = function() return stdin end, close = function() return true end },
    })
    return status, table.concat(out)
  end

  it("labels levels and writes references in Korean", function()
    local capture = "HTTP/1.1 405 Method Not Allowed\r\nServer: nginx/1.22.1\r\n"
      .. "Content-Length: 3\r\n\r\nabcHTTP/1.1 413 Content Too Large\r\nContent-Length: 0\r\n\r\n"
    local status, out = run(capture, "lint", "--lang", "ko")
    assert.are.equal(1, status)
    assert.truthy(out:find("    오류    missing-allow: 405 응답에는 Allow 헤더가 있어야 합니다\n"
      .. "            RFC 9110 15.5.6절\n", 1, true), out)
    assert.truthy(out:find("    경고    missing-date: ", 1, true), out)
    assert.truthy(out:find("    정보    server-detail: ", 1, true), out)
    assert.is_nil(out:find("Section", 1, true), out)
    for line in out:gmatch("[^\n]+") do
      assert(english_in(line:gsub("^%s+%S+%s+[%l%d%-]+:", "")) == nil, line) -- the rule id aside
    end
    -- English stays as it was
    local _, en = run(capture, "lint")
    assert.truthy(en:find("    error   missing-allow: a 405 must carry Allow\n"
      .. "            RFC 9110, Section 15.5.6\n", 1, true), en)
  end)
end)
