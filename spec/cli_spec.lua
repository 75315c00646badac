-- The httpstatus command, run in-process with captured output.
local cli = require "httpstatus.cli"
local cjson = require "cjson"
local unpack = rawget(table, "unpack") or rawget(_G, "unpack")

-- run(args...) -> status, stdout, stderr
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
    assert.matches("nginx: Client Closed Request", out, 1, true)
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
