-- httpstatus.cmd.main, the command's one dispatcher: options before or after
-- the command (#18 4.9), usage errors as JSON with --json for every command,
-- help per command, exit statuses.
local cmd = require "httpstatus.cmd.main"
local cmd_io = require "cmd_io"
local cjson = require "cjson"
local unpack = rawget(table, "unpack") or rawget(_G, "unpack")

local SAMPLE = "examples/data/access.log"

-- run_io(io overrides, args...) -> status, stdout, stderr
local function run_io(over, ...) return cmd_io.main({ ... }, over) end
local function run(...) return cmd_io.main({ ... }) end
local fake_file = cmd_io.fake_file

describe("options before or after the command (#18 4.9)", function()
  it("reads the global options anywhere: --no-color log FILE, --lang ko log FILE", function()
    local status, out, err = run("--no-color", "log", SAMPLE)
    assert.are.equal(0, status, err)
    assert.are.equal("", err)
    assert.matches("^Lines: 3,000 total", out)
    assert.are.equal(out, select(2, run("log", "--no-color", SAMPLE)))
    assert.are.equal(out, select(2, run("log", SAMPLE, "--color")))
    local _, ko = run("--lang", "ko", "log", SAMPLE)
    assert.truthy(ko:find("404 찾을 수 없음", 1, true))
    assert.are.equal(ko, select(2, run("log", SAMPLE, "--lang=ko")))
  end)

  it("takes a command's own options before the command too", function()
    local _, a = run("--format", "combined", "log", SAMPLE)
    local _, b = run("log", "--format=combined", SAMPLE)
    assert.are.equal(a, b)
    assert.matches("15 malformed", select(2, run("log", SAMPLE)))
    assert.matches("16 malformed", a)
    local path = os.tmpname()
    local status = run("-o", path, "--lang", "ko", "html")
    assert.are.equal(0, status)
    local f = assert(io.open(path, "rb"))
    local page = f:read("*a")
    f:close()
    os.remove(path)
    assert.truthy(page:find('<html lang="ko">', 1, true))
  end)

  it("gives --json to log wherever it stands", function()
    for _, args in ipairs { { "--json", "log", SAMPLE }, { "log", "--json", SAMPLE },
                            { "log", SAMPLE, "--json" } } do
      local status, out, err = run(unpack(args))
      assert.are.equal(0, status)
      assert.are.equal("", err)
      assert.are.equal(3000, cjson.decode(out).lines)
    end
  end)

  it("refuses an option that is for another command, naming whose it is", function()
    for _, case in ipairs {
      { { "--format", "any", "404" }, "--format is for log only" },
      { { "-o", "x", "log" }, "-o is for html only" },
      { { "log", "--all" }, "--all is for code lookups, search and parse only" },
      { { "html", "--markdown" }, "--markdown is for code lookups, search and parse only" },
      { { "--lenient", "html" }, "--lenient is for code lookups, search and parse only" },
    } do
      local status, out, err = run(unpack(case[1]))
      assert.are.equal(2, status, case[2])
      assert.are.equal("", out)
      assert.truthy(err:find(case[2], 1, true), err)
    end
  end)

  it("takes words after -- as words, never as options or a command", function()
    local status, out, err = run("--", "log")
    assert.are.equal(1, status)
    assert.are.equal("", out)
    assert.matches('no status code is called "log"', err)
    status, out, err = run_io({ stdin = fake_file {} }, "log", "--", "--json")
    assert.are.equal(1, status)
    assert.matches('cannot open "%-%-json"', err)
    assert.are.equal("", out) -- nothing read: no report (#23)
  end)
end)

describe("usage errors in JSON with --json, for every command (#18 4.9)", function()
  local function json_run(...)
    local status, out, err = run(...)
    assert.are.equal("", err, table.concat({ ... }, " "))
    local ok, value = pcall(cjson.decode, out)
    assert(ok, "not JSON: " .. out)
    return status, value
  end

  it("answers each with {error} on stdout, nothing on stderr, status 2", function()
    for _, args in ipairs {
      { "--json", "html", "--bogus" }, { "html", "--bogus", "--json" }, { "--json", "html", "404" },
      { "--json", "html", "--lang", "fr" }, { "--json", "html", "-o" }, { "--json", "html" },
      { "--json", "log", "--bogus" }, { "log", "--format", "xml", "--json" },
      { "--json", "log", "--html=" }, { "--json", "log", "--html" }, { "--json", "log", "--lang=fr" },
      { "--json", "log", "--all" }, { "--json", "search" }, { "--json", "--json=1" },
      { "--json", "-o", "x", "404" }, { "--json", "--markdown", "log" },
    } do
      local status, t = json_run(unpack(args))
      assert.are.equal(2, status, table.concat(args, " "))
      assert.is_string(t.error, table.concat(args, " "))
    end
    local _, t = json_run("--json", "html", "--bogus")
    assert.are.same({ error = 'unknown option "--bogus"' }, t)
  end)

  it("answers a page that cannot be written, and one written, in JSON", function()
    local status, t = json_run("--json", "html", "-o", "/nonexistent/dir/page.html")
    assert.are.equal(1, status)
    assert.matches("^cannot write the page: ", t.error)
    local path = os.tmpname()
    status, t = json_run("--json", "html", "-o", path, "--lang", "ko")
    assert.are.equal(0, status)
    local f = assert(io.open(path, "rb"))
    local size = #f:read("*a")
    f:close()
    os.remove(path)
    assert.are.same({ written = path, bytes = size, lang = "ko" }, t)
  end)

  it("puts what log could not read into the report's problems, not on stderr", function()
    local status, t = json_run("--json", "log", "/nonexistent/a.log", SAMPLE)
    assert.are.equal(1, status)
    assert.are.equal(3000, t.lines)
    assert.are.same({ SAMPLE }, t.inputs)
    assert.are.equal(1, #t.problems)
    assert.matches('^cannot open "/nonexistent/a%.log": ', t.problems[1])
    assert.is_number(t.errors) -- the 4xx and 5xx lines, as without problems
  end)
end)

describe("help, version and exit statuses", function()
  it("gives each command's own help, wherever -h or --help stands", function()
    for _, case in ipairs {
      { { "--help" }, "^usage: httpstatus %[options%] CODE" },
      { { "log", "--help" }, "^usage: httpstatus log " },
      { { "--help", "log" }, "^usage: httpstatus log " },
      { { "-h", "html" }, "^usage: httpstatus html " },
      { { "search", "-h" }, "^usage: httpstatus %[options%] CODE" },
    } do
      local status, out, err = run(unpack(case[1]))
      assert.are.equal(0, status)
      assert.are.equal("", err)
      assert.matches(case[2], out)
    end
    local status, out = run("--json", "log", "--help")
    assert.are.equal(0, status)
    assert.matches("^usage: httpstatus log ", cjson.decode(out).usage)
  end)

  it("says where help is in each usage error", function()
    assert.matches("\nTry 'httpstatus log %-%-help'%.\n$", select(3, run("log", "--bogus")))
    assert.matches("\nTry 'httpstatus html %-%-help'%.\n$", select(3, run("html", "x")))
    assert.matches("\nTry 'httpstatus %-%-help'%.\n$", select(3, run("search")))
  end)

  it("parses into one shape: command, words, options, the first problem", function()
    local r = cmd.parse { "--json", "log", "a", "--format=common", "--", "--lang" }
    assert.are.equal("log", r.command)
    assert.are.equal("log", r.kind)
    assert.are.same({ "a", "--lang" }, r.words)
    assert.are.same({ json = true, format = "common" }, r.opts)
    assert.is_nil(r.problem)
    r = cmd.parse { "404", "search" }
    assert.is_nil(r.command)
    assert.are.equal("lookup", r.kind)
    assert.are.same({ "404", "search" }, r.words)
    r = cmd.parse { "--bogus", "--lang" }
    assert.are.equal('unknown option "--bogus"', r.problem)
  end)
end)

describe("whether stdout is a terminal (#23 4)", function()
  -- io.tty and io.columns as functions that count their calls
  local function counted(tty, columns)
    local calls = { tty = 0, columns = 0 }
    return calls, {
      tty = function() calls.tty = calls.tty + 1 return tty end,
      columns = function() calls.columns = calls.columns + 1 return columns end,
    }
  end

  it("is asked only by a lookup, whose colour and width follow the answer", function()
    local calls, over = counted(true, 50)
    local status, out = run_io(over, "404")
    assert.are.equal(0, status)
    assert.matches("^\27%[[%d;]+m404 Not Found", out) -- coloured: a terminal
    assert.are.same({ tty = 1, columns = 1 }, calls)
    local plain = select(2, run_io({ tty = false, columns = 50 }, "404"))
    assert.are.equal(plain, (out:gsub("\27%[[%d;]*m", "")))      -- same wrapping at 50
    calls, over = counted(false, nil)
    assert.matches("^404 Not Found", select(2, run_io(over, "404")))
    assert.are.equal(1, calls.tty)
  end)

  it("is never asked by log, html or lint (bin/httpstatus may start a process to know)", function()
    for _, args in ipairs { { "log", SAMPLE }, { "log", "--json", SAMPLE }, { "html", "-o", "-" },
                            { "lint", "--help" }, { "--color", "log", SAMPLE } } do
      local calls, over = counted(true, 50)
      over.open = function() return nil, "not here" end
      run_io(over, unpack(args))
      assert.are.same({ tty = 0, columns = 0 }, calls, table.concat(args, " "))
    end
  end)
end)
