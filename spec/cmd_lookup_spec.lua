-- The httpstatus command's lookups (httpstatus.cmd.lookup, through the
-- dispatcher httpstatus.cmd.main), run in-process with captured output.
local cli = require "httpstatus.cmd.main"
local cmd_io = require "cmd_io"
local cjson = require "cjson"
local unpack = rawget(table, "unpack") or rawget(_G, "unpack")

-- run_with(env, tty, args...) -> status, stdout, stderr
local function run_with(env, tty, ...)
  return cmd_io.main({ ... }, { tty = tty, getenv = function(k) return env[k] end })
end

-- run(args...) -> status, stdout, stderr: no terminal, empty environment
local function run(...) return run_with({}, false, ...) end

local columns = require("httpstatus.cmd.term").columns

-- the lines of a text
local function lines_of(s)
  local t = {}
  for line in s:gmatch("([^\n]*)\n") do t[#t + 1] = line end
  return t
end

describe("httpstatus CODE", function()
  it("shows reason, class, reference, facts and the description", function()
    local status, out, err = run("404")
    assert.are.equal(0, status)
    assert.are.equal("", err)
    assert.matches("^404 Not Found\n", out)
    assert.matches("class:      client_error", out, 1, true)
    assert.matches("reference:  RFC 9110, Section 15.5.5", out, 1, true)
    assert.matches("cacheable by default", out, 1, true)
    assert.matches("constant:   hs.NOT_FOUND", out, 1, true)
    assert.matches("representation", out, 1, true)
  end)

  it("shows header requirements, old names and registry notes", function()
    local _, out = run("405")
    assert.matches("header:     MUST Allow", out, 1, true)
    _, out = run("413")
    assert.matches("old name:   Payload Too Large (hs.PAYLOAD_TOO_LARGE, RFC 7231)", out, 1, true)
    _, out = run("418")
    assert.matches("unused, listed as (Unused)", out, 1, true)
    _, out = run("104")
    assert.matches("expires 2026-11-13", out, 1, true)
    _, out = run("307")
    assert.matches("temporary redirect, method preserved", out, 1, true)
  end)

  it("speaks Korean with --lang ko", function()
    local status, out = run("--lang", "ko", "503")
    assert.are.equal(0, status)
    assert.matches("^503 서비스 이용 불가 %(Service Unavailable%)\n", out)
    local _, out2 = run("--lang=ko", "404")
    assert.matches("^404 찾을 수 없음", out2)
  end)

  it("shows each vendor's meaning of an unregistered code", function()
    local status, out = run("499")
    assert.are.equal(0, status)
    assert.matches("not registered with IANA", out, 1, true)
    -- one heading for the vendors that use the same phrase
    assert.matches("\n  nginx, Google: Client Closed Request\n", out, 1, true)
    assert.matches("Esri: Token Required", out, 1, true)
  end)

  it("exits 1 for a code nobody uses, 100..599 or not", function()
    local status, out, err = run("299")
    assert.are.equal(1, status)
    assert.are.equal("", out)
    assert.matches("299 is not a registered status code %(class success%)", err)
    local status2, _, err2 = run("999")
    assert.are.equal(1, status2)
    assert.matches("codes are 100..599", err2, 1, true)
  end)
end)

describe("httpstatus TEXT", function()
  it("looks up phrases, constants and old names, one word or several", function()
    for _, args in ipairs { { "not found" }, { "not", "found" }, { "NOT_FOUND" } } do
      local status, out = run(unpack(args))
      assert.are.equal(0, status)
      assert.matches("^404 Not Found", out)
    end
    local status, out = run("payload", "too", "large")
    assert.are.equal(0, status)
    assert.matches("^413 Content Too Large", out)
  end)

  it("exits 1 with a hint for unknown text", function()
    local status, out, err = run("no", "such", "thing")
    assert.are.equal(1, status)
    assert.are.equal("", out)
    assert.matches("search WORD", err, 1, true)
  end)
end)

describe("httpstatus Nxx, --all, search, parse", function()
  it("lists a class", function()
    local status, out = run("4xx")
    assert.are.equal(0, status)
    local n = select(2, out:gsub("\n", ""))
    assert.are.equal(29, n)
    assert.matches("404  Not Found\n", out, 1, true)
    assert.is_nil(out:find("499", 1, true))
    local _, ko = run("--lang", "ko", "2xx")
    assert.matches("200  성공", ko, 1, true)
  end)

  it("lists every registered code", function()
    local status, out = run("--all")
    assert.are.equal(0, status)
    assert.are.equal(64, select(2, out:gsub("\n", "")))
  end)

  it("searches phrases, aliases, descriptions and vendors", function()
    local _, out = run("search", "teapot")
    assert.are.equal("418  I'm a teapot\n", out)
    _, out = run("search", "Cloudflare")
    assert.matches("521  (not registered) Cloudflare: Web Server Is Down", out, 1, true)
    _, out = run("search", "entity")
    assert.matches("413  Content Too Large", out, 1, true)
    assert.matches("422  Unprocessable Content", out, 1, true)
    local status, _, err = run("search", "zzzqqq")
    assert.are.equal(1, status)
    assert.matches("nothing mentions", err, 1, true)
    -- a pattern character is plain text
    status = run("search", "%")
    assert.are.equal(1, status)
  end)

  it("parses a status line", function()
    local status, out = run("parse", "HTTP/1.1 404 Not Found")
    assert.are.equal(0, status)
    assert.matches('^HTTP/1.1, code 404, reason "Not Found"\n\n404 Not Found', out)
    status, out = run("parse", "HTTP/1.1 299 Custom")
    assert.are.equal(0, status)
    assert.matches('code 299, reason "Custom"', out, 1, true)
    local err
    status, out, err = run("parse", "HTTP/1.1 20")
    assert.are.equal(1, status)
    assert.are.equal("", out)
    assert.matches("not a status line: expected a three%-digit status code", err)
    status = run("parse", "HTTP/2 200")
    assert.are.equal(1, status)
    status, out = run("--lenient", "parse", "HTTP/2 200")
    assert.are.equal(0, status)
    assert.matches('HTTP/2, code 200, reason ""', out, 1, true)
  end)
end)

describe("--json", function()
  it("gives a registered code's facts and description", function()
    local status, out = run("--json", "404")
    assert.are.equal(0, status)
    local t = cjson.decode(out)
    assert.are.equal(404, t.code)
    assert.are.equal("Not Found", t.reason)
    assert.is_true(t.cacheable)
    assert.is_string(t.description)
  end)

  it("gives vendor meanings, classes, Korean and parse results", function()
    local t = cjson.decode((select(2, run("--json", "499"))))
    assert.is_false(t.registered)
    assert.are.equal("nginx", t.unofficial[1].vendor)
    local list = cjson.decode((select(2, run("--json", "5xx"))))
    assert.are.equal(11, #list)
    t = cjson.decode((select(2, run("--json", "--lang", "ko", "404"))))
    assert.are.equal("찾을 수 없음", t.localized_reason)
    t = cjson.decode((select(2, run("--json", "parse", "HTTP/1.0 200 OK"))))
    assert.are.same({ code = 200, reason = "OK", version = "1.0" }, t)
  end)

  it("never colours", function()
    local out = select(2, run("--json", "--color", "404"))
    assert.is_nil(out:find("\27", 1, true))
  end)
end)

describe("colour", function()
  it("only when asked or on a terminal without NO_COLOR", function()
    local function with(tty, env, ...)
      local out = {}
      cli.main({ ... }, { out = function(s) out[#out + 1] = s end, err = function() end,
                          tty = tty, getenv = function(k) return env[k] end })
      return table.concat(out)
    end
    assert.matches("\27%[", with(true, {}, "404"))
    assert.is_nil(with(false, {}, "404"):find("\27", 1, true))
    assert.is_nil(with(true, { NO_COLOR = "1" }, "404"):find("\27", 1, true))
    assert.matches("\27%[", with(false, {}, "--color", "404"))
    assert.is_nil(with(true, {}, "--no-color", "404"):find("\27", 1, true))
  end)
end)

describe("bad usage", function()
  local cases = {
    {}, { "--bogus" }, { "-x" }, { "--lang" }, { "--lang", "fr", "404" }, { "--all", "404" },
    { "search" }, { "search", "a", "b" }, { "parse" },
  }
  for _, args in ipairs(cases) do
    it("exits 2 for: " .. table.concat(args, " "), function()
      local out, err = {}, {}
      local status = cli.main(args, { out = function(s) out[#out + 1] = s end,
                                      err = function(s) err[#err + 1] = s end,
                                      tty = false, getenv = function() end })
      assert.are.equal(2, status)
      assert.are.equal(0, #out)
      assert.matches("^httpstatus: .*\nTry 'httpstatus %-%-help'%.\n$", table.concat(err))
    end)
  end

  it("prints help and version with status 0", function()
    local status, out = run("--help")
    assert.are.equal(0, status)
    assert.matches("^usage: httpstatus", out)
    status, out = run("--version")
    assert.are.equal(0, status)
    assert.matches("^httpstatus %d+%.%d+%.%d+\n$", out)
  end)

  it("treats words after -- as words", function()
    local status, out = run("--", "404")
    assert.are.equal(0, status)
    assert.matches("^404 Not Found", out)
  end)
end)

describe("the command and hostile input (#10)", function()
  local function no_controls(s) return not s:find("[%z\1-\8\11-\31\127]") end

  it("never echoes control characters or escape sequences from its arguments", function()
    for _, args in ipairs {
      { "--lang", "\27]0;pwned\7", "404" }, { "--\27[31mx" }, { "-\27[2J" },
      { "search", "\27[31mnothing-like-this\155" }, { "no such \27[5mthing" },
      { "parse", "HTTP/1.1 200 \27[31m" }, { "parse", "HTTP/1.1 200 OK \200\155[31m" },
    } do
      local _, out, err = run(unpack(args))
      assert(no_controls(out) and not out:find("[\128-\159]"), "stdout: " .. out)
      assert(no_controls(err) and not err:find("[\128-\255]"), "stderr: " .. err)
    end
  end)

  it("treats any number that is no code as 'not a status code', never a traceback", function()
    for _, word in ipairs { "99999999999999999999", "40", "1000", "0", "000", "0404" } do
      local status, out, err = run(word)
      assert.are.equal(1, status, word)
      assert.are.equal("", out)
      assert.matches("is not a status code %(codes are 100%.%.599%)", err)
    end
  end)
end)

describe("bin/httpstatus", function()
  -- the interpreter running this spec, for a child process
  local lua = arg and arg[-1] or "lua"
  local cpath = package.cpath:match("^[^;]*") or ""
  local function sh(cmd)
    local env = ("LUA_PATH='lua/?.lua;;' LUA_CPATH=%q "):format(cpath .. ";;")
    local ok, _, code = os.execute(env .. cmd)
    if type(ok) == "number" then return ok == 0 and 0 or ok / 256 end -- 5.1
    return code
  end

  it("fails with status 1 when it cannot write its output (#10)", function()
    if not io.open("/dev/full", "w") then pending("no /dev/full here") return end
    assert.are.equal(1, sh(lua .. " bin/httpstatus 404 >/dev/full 2>/dev/null"))
    assert.are.equal(0, sh(lua .. " bin/httpstatus 404 >/dev/null"))
  end)
end)

describe("several codes at once (#13)", function()
  it("shows each, separated by a blank line, and exits 0 when all are found", function()
    local status, out, err = run("404", "503")
    assert.are.equal(0, status)
    assert.are.equal("", err)
    assert.matches("^404 Not Found\n.-[^\n]\n\n503 Service Unavailable\n", out)
    assert.is_nil(out:find("\n\n\n", 1, true))
    -- one argument holding both is the same
    assert.are.equal(out, select(2, run("404 503")))
  end)

  it("joins the words between codes into one phrase", function()
    local status, out = run("404", "payload", "too", "large", "5xx")
    assert.are.equal(0, status)
    assert.matches("^404 Not Found\n", out)
    assert.matches("\n\n413 Content Too Large\n", out, 1, true)
    assert.matches("\n\n500  Internal Server Error\n", out, 1, true)
  end)

  it("exits 1 when one is missing, still showing the others", function()
    local status, out, err = run("404", "299", "nothing like this", "503")
    assert.are.equal(1, status)
    assert.matches("^404 Not Found\n", out)
    assert.matches("\n\n503 Service Unavailable\n", out, 1, true)
    assert.matches("299 is not a registered status code", err, 1, true)
    assert.matches('no status code is called "nothing like this"', err, 1, true)
  end)
end)

describe("did you mean (#13)", function()
  local function suggestions(...)
    local status, out, err = run(...)
    assert.are.equal(1, status)
    assert.are.equal("", out)
    local codes = {}
    for code in err:gmatch("\n  (%d%d%d)  ") do codes[#codes + 1] = tonumber(code) end
    return codes, err
  end

  it("reads letters that look like digits as digits", function()
    for word, code in pairs { ["4o4"] = 404, ["5OO"] = 500, ["2OO"] = 200, ["4l8"] = 418 } do
      local codes, err = suggestions(word)
      assert.are.same({ code }, codes, word)
      assert.matches("did you mean:", err, 1, true)
    end
  end)

  it("finds phrases, old names and vendor phrases a few typos away", function()
    local codes, err = suggestions("not", "fond")
    assert.are.same({ 404 }, codes)
    assert.matches('no status code is called "not fond"; did you mean:\n  404  Not Found\n', err,
      1, true)
    codes = suggestions("not fuond") -- a swap is one edit
    assert.are.same({ 404 }, codes)
    codes, err = suggestions("payload to large")
    assert.are.same({ 413 }, codes)
    assert.matches("413  Payload Too Large (now Content Too Large)", err, 1, true)
    codes, err = suggestions("enhance you calm")
    assert.are.same({ 420 }, codes)
    assert.matches("Enhance Your Calm (Twitter; not registered)", err, 1, true)
    codes = suggestions("SERVICE_UNAVAILABEL")
    assert.are.same({ 503 }, codes)
  end)

  it("offers the codes whose names hold the word, at most three", function()
    assert.are.same({ 418 }, (suggestions("teapot")))
    assert.are.same({ 502, 504 }, (suggestions("gateway")))
    local codes, err = suggestions("timeout")
    assert.are.equal(3, #codes)
    assert.matches("more; httpstatus search WORD finds them all)", err, 1, true)
  end)

  it("offers the codes one digit away from a four-digit number", function()
    local codes, err = suggestions("4044")
    assert.are.same({ 404, 444 }, codes)
    assert.matches("4044 is not a status code (codes are 100..599); did you mean:", err, 1, true)
    assert.are.same({ 404 }, (suggestions("0404")))
  end)

  it("offers nothing far-fetched, and then points at search", function()
    for _, args in ipairs { { "no", "such", "thing" }, { "40" }, { "xyz" }, { "4x4" }, { "299" } } do
      local codes, err = suggestions(unpack(args))
      assert.are.same({}, codes, args[1])
      assert.is_nil(err:find("did you mean", 1, true))
    end
    assert.matches("(try: httpstatus search WORD)", select(3, run("xyz")), 1, true)
  end)

  it("says 'not a status code' for numbers outside 100..599, 'not registered' inside", function()
    local _, _, err = run("40")
    assert.are.equal("httpstatus: 40 is not a status code (codes are 100..599)\n", err)
    _, _, err = run("299")
    assert.are.equal("httpstatus: 299 is not a registered status code (class success)\n", err)
    _, _, err = run(("9"):rep(500))
    assert.matches("^httpstatus: 9999999999%.%.%. is not a status code", err)
  end)

  it("finds a code by a vendor's phrase", function()
    local status, out = run("client", "closed", "request")
    assert.are.equal(0, status)
    assert.matches("^499 ", out)
    status, out = run("ENHANCE_YOUR_CALM")
    assert.are.equal(0, status)
    assert.matches("^420 ", out)
    -- a vendor's meaning of a registered code finds that code
    status, out = run("resume", "incomplete")
    assert.are.equal(0, status)
    assert.matches("^308 Permanent Redirect\n", out)
    -- a registered phrase or old name comes first: Redirect is 302's old name, not 451's
    assert.matches("^302 ", select(2, run("redirect")))
  end)
end)

describe("parse (#13)", function()
  it("suggests --lenient when the lenient parser accepts the line", function()
    for _, line in ipairs { "HTTP/2 200", "HTTP/1.1 204", "HTTP/1.1 200 OK\n" } do
      local status, out, err = run("parse", line)
      assert.are.equal(1, status)
      assert.are.equal("", out)
      assert.matches("(--lenient accepts it: httpstatus --lenient parse LINE)", err, 1, true)
      assert.are.equal(0, (run("--lenient", "parse", line)))
    end
    local _, _, err = run("parse", "http/1.1 200 OK") -- neither accepts it
    assert.is_nil(err:find("lenient", 1, true))
    err = select(3, run("--lenient", "parse", "HTTP/1.1 20"))
    assert.is_nil(err:find("lenient", 1, true))
  end)

  it("notes a code no one registered, without a trailing blank line", function()
    local _, out = run("parse", "HTTP/1.1 299 Custom")
    assert.are.equal('HTTP/1.1, code 299, reason "Custom"\n'
      .. "(not a registered status code; class success)\n", out)
    _, out = run("--lang", "ko", "parse", "HTTP/1.1 299 Custom")
    assert.are.equal('HTTP/1.1, 코드 299, 사유 구문 "Custom"\n'
      .. "(등록되지 않은 상태 코드입니다. 분류: 성공)\n", out)
  end)
end)

describe("search (#13)", function()
  local function codes_of(out)
    local t = {}
    for code in out:gmatch("%f[^\n%z](%d%d%d)  ") do t[#t + 1] = tonumber(code) end
    return t
  end
  local function has(list, code)
    for _, c in ipairs(list) do if c == code then return true end end
    return false
  end

  it("normalizes words the way code() does, separators aside", function()
    local _, first = run("search", "time out")
    assert.is_true(has(codes_of(first), 408) and has(codes_of(first), 504))
    for _, word in ipairs { "time-out", "TIME_OUT", "Time  Out", "timeout", "time_-out" } do
      local status, out = run("search", word)
      assert.are.equal(0, status)
      assert.are.equal(first, out, word)
    end
    assert.are.same({ 418 }, codes_of(select(2, run("search", "IM_A_TEAPOT"))))
    assert.are.same({ 418 }, codes_of(select(2, run("search", "i'm a tea-pot"))))
  end)

  it("matches old names, vendor phrases and descriptions", function()
    assert.is_true(has(codes_of(select(2, run("search", "request time-out"))), 408))
    assert.is_true(has(codes_of(select(2, run("search", "enhance your calm"))), 420))
    assert.is_true(has(codes_of(select(2, run("search", "resumable upload"))), 104))
    -- Google's 308 is a vendor meaning of a registered code
    assert.is_true(has(codes_of(select(2, run("search", "resume incomplete"))), 308))
  end)

  it("finds Korean words with or without --lang ko", function()
    local _, en = run("search", "시간 초과")
    assert.is_true(has(codes_of(en), 408) and has(codes_of(en), 504))
    assert.matches("408  Request Timeout", en, 1, true)
    local _, ko = run("--lang", "ko", "search", "시간초과")
    assert.are.same(codes_of(en), codes_of(ko))
    assert.matches("408  요청 시간 초과", ko, 1, true)
  end)

  it("refuses a word of separators only", function()
    for _, word in ipairs { "-", "'", " _ " } do
      assert.are.equal(2, (run("search", word)))
    end
  end)
end)

describe("layout (#13)", function()
  -- every line fits in width columns, unless it is one word after its indent
  local function assert_fits(out, width)
    for _, line in ipairs(lines_of(out)) do
      if columns(line) > width then
        assert(line:find("^%s*%S+$"), ("line of %d columns: %s"):format(columns(line), line))
      end
    end
  end
  local function widest(out)
    local n = 0
    for _, line in ipairs(lines_of(out)) do n = math.max(n, columns(line)) end
    return n
  end

  it("counts display columns: wide East Asian characters two, marks none", function()
    assert.are.equal(3, columns("abc"))
    assert.are.equal(6, columns("한국어"))
    assert.are.equal(4, columns("中文"))
    assert.are.equal(2, columns("ｆ")) -- U+FF46 fullwidth
    assert.are.equal(1, columns("e\204\129")) -- e + U+0301 combining acute
    assert.are.equal(2, columns("\225\132\146\225\133\161")) -- U+1112 U+1161: conjoining jamo
    assert.are.equal(2, columns("\240\160\128\128")) -- U+20000
    assert.are.equal(3, columns("a\255b")) -- a stray byte: one column
    assert.are.equal(2, columns("\237\149")) -- a cut sequence: a column per byte
    assert.are.equal(0, columns(""))
  end)

  it("wraps to COLUMNS, else 80, with a margin of two", function()
    local _, out = run("413")
    assert_fits(out, 78)
    assert.are.equal(78, widest(out))
    for _, width in ipairs { 40, 50, 64, 100 } do
      _, out = run_with({ COLUMNS = tostring(width) }, true, "--no-color", "413")
      assert_fits(out, width - 2)
      assert.is_true(widest(out) >= width - 12, "width " .. width)
    end
  end)

  it("keeps the width within 40..100 and ignores a COLUMNS that is no number", function()
    assert.are.equal(select(2, run_with({ COLUMNS = "40" }, false, "413")),
                     select(2, run_with({ COLUMNS = "12" }, false, "413")))
    assert.are.equal(select(2, run_with({ COLUMNS = "100" }, false, "413")),
                     select(2, run_with({ COLUMNS = "500" }, false, "413")))
    assert.are.equal(select(2, run("413")), select(2, run_with({ COLUMNS = "wide" }, false, "413")))
  end)

  it("takes the terminal's width from the caller when COLUMNS is not set", function()
    local function with_columns(env, n)
      local out = {}
      cli.main({ "413" }, { out = function(s) out[#out + 1] = s end, err = function() end,
                            tty = false, getenv = function(k) return env[k] end, columns = n })
      return table.concat(out)
    end
    assert.are.equal(select(2, run_with({ COLUMNS = "50" }, false, "413")), with_columns({}, 50))
    assert.are.equal(select(2, run_with({ COLUMNS = "60" }, false, "413")),
                     with_columns({ COLUMNS = "60" }, 50)) -- COLUMNS wins
    assert.are.equal(select(2, run("413")), with_columns({}, nil))
  end)

  it("hangs wrapped label values under the value column", function()
    local _, out = run_with({ COLUMNS = "60" }, false, "413")
    assert.matches("\n  old name:   Request Entity Too Large\n"
      .. "              (hs.REQUEST_ENTITY_TOO_LARGE, RFC 2068, RFC\n"
      .. "              2616; nginx)\n", out, 1, true)
    _, out = run_with({ COLUMNS = "40" }, false, "499")
    assert.matches("\n  nginx, Google: Client Closed Request\n    nginx logs 499", out)
  end)

  it("wraps Korean by display width, not by bytes", function()
    for _, width in ipairs { 40, 80 } do
      local _, out = run_with({ COLUMNS = tostring(width) }, false, "--lang", "ko", "503")
      assert_fits(out, width - 2)
      local bytes_over = false
      for _, line in ipairs(lines_of(out)) do bytes_over = bytes_over or #line > width end
      assert.is_true(bytes_over) -- counting bytes would have cut these lines short
      assert.is_true(widest(out) >= width - 8)
    end
  end)

  it("wraps list lines with a hanging indent", function()
    local _, out = run_with({ COLUMNS = "50" }, false, "search", "client closed")
    assert.matches("\n499  (not registered) nginx, Google: Client\n"
      .. "     Closed Request; Esri: Token Required\n", out, 1, true)
  end)
end)

describe("--lang ko labels (#13)", function()
  it("translates labels, classes, registry words, facts and header levels", function()
    local _, out = run("--lang", "ko", "405")
    assert.matches("\n  분류:       클라이언트 오류 %(client_error%)\n", out)
    assert.matches("\n  상수:       hs.METHOD_NOT_ALLOWED\n", out)
    assert.matches("\n  참조:       RFC 9110 15.5.6절\n", out)
    assert.matches("\n  nginx:      HTTP/1.1 405 Not Allowed %(nginx %d+%.%d+%.%d+ 자체 상태 줄%)\n", out)
    assert.matches("\n  HTTP 버전:  HTTP/1.x: HTTP/1.1 405 Method Not Allowed; HTTP/2·HTTP/3:\n", out)
    assert.matches("\n  등록:       영구 %(IANA, %d+%-%d+%-%d+ 기준%)\n", out)
    assert.matches("\n  헤더:       Allow %(필수%)\n", out)
    _, out = run_with({ COLUMNS = "200" }, false, "--lang", "ko", "415")
    -- the condition after a colon: no parentheses inside parentheses
    assert.matches("Accept-Query (선택): QUERY 요청의 쿼리 형식을 지원하지 않을 때(RFC 10008 2.1절)\n",
      out, 1, true)
    _, out = run("--lang", "ko", "413")
    assert.matches("\n  이전 이름:  Payload Too Large (hs.PAYLOAD_TOO_LARGE, RFC 7231)\n", out, 1, true)
    _, out = run("--lang", "ko", "404")
    assert.matches("\n  특성:       기본적으로 캐시할 수 있음\n", out, 1, true)
    _, out = run("--lang", "ko", "307")
    assert.matches("특성:       Retry-After 헤더가 의미 있음; 임시 리다이렉트, 메서드 유지", out, 1, true)
    _, out = run("--lang", "ko", "104")
    assert.matches("등록:       임시, 2026-11-13 만료", out, 1, true)
    _, out = run("--lang", "ko", "499")
    assert.matches("^499 %(IANA에 등록되지 않음%)\n", out)
    _, out = run("--lang", "ko", "search", "Cloudflare")
    assert.matches("521  (미등록) Cloudflare: Web Server Is Down", out, 1, true)
  end)

  it("leaves no English label in Korean output", function()
    for _, code in ipairs { "104", "307", "405", "413", "418", "499", "308" } do
      local _, out = run("--lang", "ko", code)
      for _, label in ipairs { "class:", "constant:", "reference:", "registry:", "facts:",
                               "header:", "old name:", "not registered", "expires", "Section",
                               "versions:", "own status line", "when " } do
        assert.is_nil(out:find(label, 1, true), code .. " " .. label)
      end
    end
  end)

  it("aligns every label's value at the same display column", function()
    for _, lang in ipairs { "en", "ko" } do
      local _, out = run("--lang", lang, "413")
      local head = out:match("^[^\n]*\n(.-\n)\n") -- the lines above the description
      local n = 0
      for _, line in ipairs(lines_of(head)) do
        local label = line:match("^  (%S[^:]*:%s+)")
        if label then
          n = n + 1
          assert.are.equal(12, columns(label), lang .. ": " .. line)
        else
          assert.matches("^              %S", line) -- a wrapped value
        end
      end
      assert.is_true(n >= 6)
    end
  end)
end)

describe("nothing said twice (#13)", function()
  local hs = require "httpstatus"

  it("no sentence repeats in any code's output, in either language", function()
    for code = 100, 599 do
      if hs.is_registered(code) or hs.unofficial(code) then
        for _, lang in ipairs { "en", "ko" } do
          local text = select(2, run("--lang", lang, tostring(code))):gsub("\n%s*", " ")
          local seen = {}
          for sentence in (text .. " "):gmatch("(.-[%.;:]) ") do
            local key = sentence:gsub("^%s+", ""):lower()
            if #key > 24 then
              assert(not seen[key], code .. " " .. lang .. " repeats: " .. key)
              seen[key] = true
            end
          end
          local _, n = text:lower():gsub("not registered with iana", "")
          local _, k = text:gsub("IANA에 등록되지 않", "")
          assert(n + k <= 1, code .. " " .. lang .. " says 'not registered' " .. (n + k) .. " times")
        end
      end
    end
  end)

  it("groups vendors that share a phrase and drops the lead-in the title says", function()
    local _, out = run("499")
    assert.are.equal(1, select(2, out:gsub("Client Closed Request\n", "")))
    assert.matches("\n    Google APIs map", out, 1, true)
    assert.matches("\n    Esri ArcGIS services", out, 1, true) -- capitalized as written
    assert.matches("\n    nginx logs 499", out, 1, true) -- and a lower-case name kept
    local facts = select(2, run("307")):match("\n  facts: [^\n]*")
    assert.are.equal(1, select(2, facts:gsub("method", ""))) -- not "keeps method" as well
    assert.are.equal("\n  facts:      Retry-After meaningful; temporary redirect, method preserved",
      facts)
    -- a header line naming Retry-After makes the fact redundant
    assert.is_nil(select(2, run("503")):find("Retry-After meaningful", 1, true))
  end)

  it("shows a vendor's other meaning of a registered code", function()
    local _, out = run("308")
    assert.matches("\n  Google: Resume Incomplete (not the registered meaning)\n"
      .. "    Google's resumable upload protocol", out, 1, true)
    _, out = run("--lang", "ko", "308")
    assert.matches("\n  Google: Resume Incomplete (등록된 의미가 아님)\n    Google의", out, 1, true)
    local t = cjson.decode((select(2, run("--json", "308"))))
    assert.are.equal("Google", t.unofficial[1].vendor)
    assert.matches("^Not the registered meaning", t.unofficial[1].description) -- JSON: whole
  end)
end)

describe("--json, always (#13)", function()
  local function json_run(...)
    local status, out, err = run("--json", ...)
    local ok, value = pcall(cjson.decode, out)
    assert(ok, "not JSON: " .. out)
    assert.are.equal("", err)
    return status, value, out
  end

  it("prints [] for no match and {error} for errors, on stdout", function()
    local status, _, out = json_run("search", "zzzqqq")
    assert.are.equal(1, status)
    assert.are.equal("[]\n", out)
    local t
    status, t = json_run("299")
    assert.are.equal(1, status)
    assert.are.equal("299 is not a registered status code (class success)", t.error)
    status, t = json_run("not fond")
    assert.are.equal(1, status)
    assert.are.same({ error = 'no status code is called "not fond"',
                      suggestions = { { code = 404, text = "Not Found" } } }, t)
    status, t = json_run("timeout")
    assert.are.equal(1, status)
    assert.are.equal(3, #t.suggestions)
    assert.are.same({ code = 440, text = "Login Time-out", note = "Exchange; not registered" },
      t.suggestions[3])
    assert.are.equal("httpstatus search WORD finds them all", t.hint)
    status, t = json_run("parse", "HTTP/2 200")
    assert.are.equal(1, status)
    assert.matches("^not a status line", t.error)
    assert.matches("--lenient", t.hint, 1, true)
  end)

  it("answers usage errors in JSON too, wherever --json stands", function()
    for _, args in ipairs {
      { "--bogus" }, { "--bogus", "--json" }, { "--lang" }, { "--lang", "fr", "404" },
      { "--all", "404" }, { "search" }, { "parse" }, {}, { "--markdown" }, { "parse", "x", "y" },
    } do
      local status, t = json_run(unpack(args))
      assert.are.equal(2, status, table.concat(args, " "))
      assert.is_string(t.error)
    end
    local status, out = run("--", "--json") -- after --, a word
    assert.are.equal(1, status)
    assert.are.equal("", out)
  end)

  it("exits as it would without --json", function()
    for _, args in ipairs {
      { "404" }, { "299" }, { "40" }, { "404", "299" }, { "4xx" }, { "not fond" }, { "--all" },
      { "search", "teapot" }, { "search", "zzzqqq" }, { "search", "-" }, { "parse", "HTTP/1.1 200 OK" },
      { "parse", "HTTP/2 200" }, { "--lenient", "parse", "HTTP/2 200" }, { "--bogus" }, {},
      { "--help" }, { "--version" },
    } do
      local plain = run(unpack(args))
      assert.are.equal(plain, (json_run(unpack(args))), table.concat(args, " "))
    end
  end)

  it("gives several results as one array, lists spread into it", function()
    local status, t = json_run("404", "1xx", "299", "503")
    assert.are.equal(1, status)
    assert.are.equal(8, #t)
    assert.are.equal(404, t[1].code)
    assert.are.equal(100, t[2].code)
    assert.are.equal(104, t[6].code)
    assert.is_string(t[7].error)
    assert.are.equal(503, t[8].code)
  end)

  it("answers --help and --version in JSON", function()
    local _, t = json_run("--version")
    assert.matches("^%d+%.%d+%.%d+$", t.version)
    _, t = json_run("--help")
    assert.matches("^usage: httpstatus", t.usage)
  end)

  it("gives a parsed reason back exactly, with terminal controls as \\u escapes", function()
    -- CSI (U+009B), a right-to-left override (U+202E), an isolate (U+2066), an em dash
    local reason = "OK \194\155[31m \226\128\174x \226\129\166y \226\128\148"
    local status, t, out = json_run("parse", "HTTP/1.1 200 " .. reason)
    assert.are.equal(0, status)
    assert.are.equal(reason, t.reason)
    assert.is_nil(out:find("\194[\128-\159]"))
    assert.is_nil(out:find("\226\128\174", 1, true))
    assert.matches("\\u009b[31m \\u202ex \\u2066y \226\128\148", out, 1, true) -- the dash stays
  end)

  it("keeps hostile input out of the JSON as escapes", function()
    for _, args in ipairs {
      { "--lang", "\27]0;pwned\7", "404" }, { "--\27[31mx" }, { "no such \27[5mthing\155" },
      { "\200\201" }, { "parse", "HTTP/1.1 200 \27[31m" },
    } do
      local _, _, out = json_run(unpack(args))
      assert(not out:find("[%z\1-\9\11-\31\127-\255]"), out)
    end
  end)
end)

describe("--markdown (#13)", function()
  local function rows(out)
    local t = lines_of(out)
    for _, line in ipairs(t) do
      -- six pipes: five cells, none with an unescaped | inside
      assert.are.equal(6, select(2, line:gsub("\\|", ""):gsub("|", "")), line)
    end
    return t
  end

  it("prints a table for one code", function()
    local status, out = run("--markdown", "404")
    assert.are.equal(0, status)
    assert.are.equal("| code | phrase | class | constant | reference |\n"
      .. "| --- | --- | --- | --- | --- |\n"
      .. "| 404 | Not Found | client_error | `hs.NOT_FOUND` | RFC 9110, Section 15.5.5 |\n", out)
  end)

  it("lists classes, --all, search results and several codes as one table", function()
    assert.are.equal(2 + 29, #rows(select(2, run("--markdown", "4xx"))))
    assert.are.equal(2 + 64, #rows(select(2, run("--markdown", "--all"))))
    local out = select(2, run("--markdown", "search", "teapot"))
    assert.are.equal(3, #rows(out))
    assert.matches("| 418 | I'm a teapot |", out, 1, true)
    local status, out2, err = run("--markdown", "404", "499", "299")
    assert.are.equal(1, status)
    assert.are.equal(4, #rows(out2))
    assert.matches("| 499 | Client Closed Request (nginx, Google); Token Required (Esri) | "
      .. "client_error |  | not registered |", out2, 1, true)
    assert.matches("299 is not a registered", err, 1, true)
  end)

  it("speaks Korean and never colours", function()
    local out = select(2, run_with({}, true, "--markdown", "--color", "--lang", "ko", "404"))
    assert.matches("^| 코드 | 사유 구문 | 분류 | 상수 | 참조 |\n", out)
    assert.matches("| 404 | 찾을 수 없음 | 클라이언트 오류 |", out, 1, true)
    assert.is_nil(out:find("\27", 1, true))
  end)

  it("is for codes, lists and search only, and not with --json", function()
    assert.are.equal(2, (run("--markdown", "parse", "HTTP/1.1 200 OK")))
    assert.are.equal(2, (run("--markdown", "--json", "404")))
    local status, out = run("--markdown", "search", "zzzqqq")
    assert.are.equal(1, status)
    assert.are.equal("", out)
  end)
end)

describe("colour per no-color.org (#13)", function()
  local function coloured(tty, env, ...)
    local _, out = run_with(env, tty, ...)
    return out:find("\27[", 1, true) ~= nil
  end

  it("on a terminal unless NO_COLOR is set and not empty, or TERM is dumb", function()
    assert.is_true(coloured(true, {}, "404"))
    assert.is_true(coloured(true, { NO_COLOR = "" }, "404"))
    assert.is_false(coloured(true, { NO_COLOR = "0" }, "404"))
    assert.is_false(coloured(true, { TERM = "dumb" }, "404"))
    assert.is_true(coloured(true, { TERM = "xterm-256color" }, "4xx"))
    assert.is_false(coloured(false, {}, "404"))
  end)

  it("--color forces and --no-color refuses, the last one winning", function()
    assert.is_true(coloured(false, {}, "--color", "404"))
    assert.is_true(coloured(true, { NO_COLOR = "1" }, "--color", "404"))
    assert.is_true(coloured(true, { TERM = "dumb" }, "--color", "404"))
    assert.is_false(coloured(true, {}, "--no-color", "404"))
    assert.is_false(coloured(true, {}, "--color", "--no-color", "404"))
    assert.is_true(coloured(false, {}, "--no-color", "--color", "404"))
  end)

  it("never on stderr", function()
    local _, _, err = run_with({}, true, "--color", "not fond")
    assert.is_nil(err:find("\27", 1, true))
  end)
end)

describe("usage text (#13)", function()
  it("names every option and form", function()
    local _, out = run("--help")
    for _, s in ipairs { "--markdown", "--json", "--lang", "--color", "--no-color", "--lenient",
                         "--all", "--version", "-h, --help", "search WORD", "parse LINE",
                         "CODE|TEXT|Nxx...", "COLUMNS", "NO_COLOR" } do
      assert.matches(s, out, 1, true)
    end
    for _, line in ipairs(lines_of(out)) do assert.is_true(#line <= 80, line) end
  end)
end)
