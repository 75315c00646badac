-- httpstatus.cmd.log (`httpstatus log`): counts equal to the example classifier's, every
-- kind of bad line counted and never fatal, files summed, gzip, JSON, HTML, exit statuses.
package.path = "examples/?.lua;" .. package.path
local cl = require "classify_log"
local hs = require "httpstatus"
local lr = require "httpstatus.cmd.log"
local cmd_io = require "cmd_io"

local SAMPLE = "examples/data/access.log"
local T = "[14/Mar/2026:10:00:00 +0100]"
local function log_line(status, request, tail)
  return ('192.0.2.10 - - %s "%s" %s 512 "-" "curl/8.12.1"%s')
    :format(T, request or "GET / HTTP/1.1", status, tail or "")
end

local function sh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end
local function sh_ok(cmd)
  local r = os.execute(cmd)
  return r == true or r == 0
end
local HAS_GZIP = sh_ok("command -v gzip >/dev/null 2>&1")

local tmpdir
local function temp(name, content)
  if tmpdir == nil then
    tmpdir = os.tmpname()
    os.remove(tmpdir)
    assert(sh_ok("mkdir " .. sh_quote(tmpdir)))
  end
  local p = tmpdir .. "/" .. name
  if content then
    local f = assert(io.open(p, "wb"))
    f:write(content)
    f:close()
  end
  return p
end

local fake_file, read_all = cmd_io.fake_file, cmd_io.read_all

-- run with captured output; returns status, report, stdout, stderr
local function run(paths, opts, io_over)
  local out, err = {}, {}
  local io_t = { out = function(s) out[#out + 1] = s end, err = function(s) err[#err + 1] = s end }
  for k, v in pairs(io_over or {}) do io_t[k] = v end
  local status, report = lr.run(paths, opts, io_t)
  return status, report, table.concat(out), table.concat(err)
end

local main = cmd_io.main_of("log") -- (args, io_over) -> status, stdout, stderr

local function codes_of(report)
  local t = {}
  for _, c in ipairs(report.codes) do t[c.code] = c.count end
  return t
end

teardown(function()
  if tmpdir then os.execute("rm -rf " .. sh_quote(tmpdir)) end
end)

describe("httpstatus log on the sample log", function()
  it("counts what examples/classify_log.lua counts, line by line in plain Lua", function()
    local lua_codes, lua_malformed, total = {}, 0, 0
    for line in io.lines(SAMPLE) do
      total = total + 1
      local code = cl.parse_line(line)
      if code then lua_codes[code] = (lua_codes[code] or 0) + 1 else lua_malformed = lua_malformed + 1 end
    end
    local status, r = run({ SAMPLE }, { format = "combined" })
    assert.are.equal(0, status)
    assert.are.equal(total, r.lines)
    assert.are.equal(lua_malformed, r.malformed)
    assert.are.same(lua_codes, codes_of(r))
    local stats = cl.classify_file(assert(io.open(SAMPLE, "rb")))
    assert.are.equal(stats.malformed, r.malformed)
    assert.are.equal(stats.valid, r.valid)
    assert.are.equal(stats.errors, r.errors)
    assert.are.equal(stats.error_ratio, r.error_ratio)
    for class, n in pairs(stats.classes) do assert.are.equal(n, r.classes[class].count, class) end
  end)

  it("reads the common format as well by default: one line more", function()
    local _, combined = run({ SAMPLE }, { format = "combined" })
    local _, any = run({ SAMPLE })
    assert.are.equal(combined.malformed - 1, any.malformed)
    assert.are.equal(combined.valid + 1, any.valid)
  end)

  it("prints lines, classes with bars, codes with phrases or vendor meanings, and ratios", function()
    local status, r, out, err = run({ SAMPLE })
    assert.are.equal(0, status)
    assert.are.equal("", err)
    local group = require("httpstatus.cmd.log_count").group
    assert.truthy(out:find(("Lines: %s total, %s valid, %s malformed"):format(group(r.lines),
      group(r.valid), group(r.malformed)), 1, true))
    assert.matches("\n  2xx success +[%d,]+ +%d+%.%d%%  " .. ("#"):rep(40) .. "\n", out)
    assert.truthy(out:find("  [%d,]+%s+[%d.]+%%  200 OK\n"))
    assert.truthy(out:find("499 nginx: Client Closed Request (not registered; also Google", 1, true))
    assert.truthy(out:find("444 nginx: No Response (not registered)", 1, true))
    assert.truthy(out:find("418 I'm a teapot", 1, true))
    assert.truthy(out:find(("Error ratio (4xx + 5xx): %.1f%% (%d of %s valid lines)")
      :format(100 * r.error_ratio, r.errors, group(r.valid)), 1, true))
    assert.truthy(out:find("Retryable failures: ", 1, true))
    assert.truthy(out:find("Outside the registry: ", 1, true))
  end)
end)

describe("httpstatus log counting", function()
  local good = { log_line(200), log_line(404), log_line(503), log_line(503), log_line(429),
                 log_line(499), log_line(500), log_line(301) }

  it("computes the error ratio, the retryable share and the share outside the registry", function()
    local _, r = run({ temp("mix.log", table.concat(good, "\n") .. "\n") })
    assert.are.equal(8, r.valid)
    assert.are.equal(6, r.errors)          -- 404 503 503 429 499 500
    assert.are.equal(6 / 8, r.error_ratio)
    assert.are.equal(4, r.retryable)       -- 503 503 429 500
    assert.are.equal(4 / 6, r.retryable_share)
    assert.are.equal(1, r.unregistered)    -- 499
    assert.are.equal(1, r.unregistered_codes)
    assert.are.equal(1 / 8, r.unregistered_share)
    assert.are.equal(503, r.codes[1].code) -- most frequent first, then by code
    assert.are.same({ 200, 301, 404, 429, 499, 500 }, { r.codes[2].code, r.codes[3].code, r.codes[4].code,
      r.codes[5].code, r.codes[6].code, r.codes[7].code })
    for _, c in ipairs(r.codes) do
      assert.are.equal(hs.is_retryable(c.code), c.retryable)
      assert.are.equal(hs.is_registered(c.code), c.registered)
    end
  end)

  it("counts malformed, CRLF, huge and binary lines, and a last line without newline", function()
    local huge = log_line(200):sub(1, -2) .. ("a"):rep(70000) .. '"' -- over 64 KiB
    local binary = "\0\1\2\255\254 \"\" [x] 200 \128\n\0"
    local text = table.concat({
      log_line(200) .. "\r", log_line(304) .. "\r", "", "-- MARK --", log_line("000"), log_line("2OO"),
      huge, binary, log_line(201, [[GET /q=\"x\" HTTP/1.1]]), log_line(404, nil, ' "203.0.113.9" 0.5'),
    }, "\n") .. "\n" .. log_line(503) -- no newline at the end
    local status, r, out = run({ temp("bad.log", text) })
    assert.are.equal(0, status)
    assert.are.equal(12, r.lines) -- ten, the binary piece holds an LF, and the last one
    assert.are.same({ [200] = 1, [304] = 1, [201] = 1, [404] = 1, [503] = 1 }, codes_of(r))
    assert.are.equal(7, r.malformed)
    assert.are.equal(1, r.invalid_status)
    assert.truthy(out:find("malformed lines with a status outside 100..599: 1", 1, true))
  end)

  it("gives the same counts however the input is cut", function()
    local text = table.concat(good, "\r\n") .. "\r\n" .. ("x"):rep(100) .. "\n" .. log_line(204)
    local _, whole = run({}, nil, { stdin = fake_file { text } })
    for _, size in ipairs { 1, 7, 100, 4096 } do
      local pieces = {}
      for at = 1, #text, size do pieces[#pieces + 1] = text:sub(at, at + size - 1) end
      local _, r = run({ "-" }, nil, { stdin = fake_file(pieces) })
      assert.are.same(whole, r, "pieces of " .. size)
    end
    assert.are.equal(10, whole.lines)
    assert.are.equal(1, whole.malformed)
  end)

  it("says an empty input is empty, in one sentence and no report of zeros", function()
    local status, r, out, err = run({}, nil, { stdin = fake_file {} })
    assert.are.equal(0, status)
    assert.are.equal("", err)
    assert.are.equal(0, r.lines)
    assert.is_true(r.empty)
    assert.are.equal(0, r.error_ratio)
    assert.are.equal("The log is empty: there is not one line to report.\n", out)
    local empty = temp("empty.log", "")
    local _, r2, out2 = run({ empty })
    assert.are.same(r, r2)
    assert.are.equal(out, out2)
    assert.are.equal("The logs are empty: there is not one line to report.\n",
      select(3, run({ empty, empty })))
    assert.are.equal("로그가 비어 있습니다: 보고할 줄이 하나도 없습니다.\n",
      select(3, run({ empty }, { lang = "ko" })))
    -- the page holds that sentence alone
    local page = temp("empty_page.html")
    status = run({ empty }, { html = page })
    assert.are.equal(0, status)
    local html = read_all(page)
    assert.truthy(html:find("<main><p>The log is empty: there is not one line to report.</p></main>",
      1, true), html)
    assert.is_nil(html:find("<section", 1, true))
    assert.is_nil(html:find("0.0%", 1, true))
    -- a log with a line is no empty log
    local _, r3 = run({ temp("one.log", log_line(200) .. "\n") })
    assert.is_nil(r3.empty)
  end)

  it("sums several files, each ending its own last line", function()
    local a = temp("a.log", log_line(200) .. "\n" .. log_line(404)) -- no newline at the end
    local b = temp("b.log", log_line(200):sub(30) .. "\n")          -- would complete a's line if glued
    local status, r = run({ a, b, a })
    assert.are.equal(0, status)
    assert.are.equal(5, r.lines)
    assert.are.equal(1, r.malformed)
    assert.are.same({ [200] = 2, [404] = 2 }, codes_of(r))
  end)

  it("keeps its memory whatever the size of the input", function()
    local block = (log_line(200) .. "\n"):rep(math.floor(65536 / (#log_line(200) + 1)))
    local function peak(chunks)
      local n, top = 0, 0
      local file = { read = function()
        n = n + 1
        top = math.max(top, collectgarbage("count"))
        if n <= chunks then return block .. "" end
        return nil
      end, close = function() return true end }
      collectgarbage("collect")
      local base = collectgarbage("count")
      local _, r = run({}, nil, { stdin = file })
      assert.are.equal(chunks * select(2, block:gsub("\n", "")), r.codes[1].count)
      return top - base
    end
    local small, big = peak(16), peak(800) -- 1 MiB and 50 MiB
    assert.is_true(big < 2048, "peak " .. big .. " KiB")
    assert.is_true(big < small + 1024, small .. " KiB, then " .. big .. " KiB")
  end)
end)

describe("httpstatus log with gzip", function()
  local plain = table.concat({ log_line(200), log_line(404), log_line(499), "junk" }, "\n") .. "\n"

  it("reads .gz files through gzip -dc, names quoted for the shell", function()
    if not HAS_GZIP then return pending("gzip is not installed") end
    -- were a name run by the shell, gzip would be given another name and fail
    local names = { "plain.log.gz", "it's a $(echo x) `echo y` log.gz", "-n.gz", "a\nb;c|d&e.gz" }
    for _, name in ipairs(names) do
      local p = temp(name, plain)
      assert.is_true(sh_ok("gzip -c -- " .. sh_quote(p) .. " > " .. sh_quote(p .. ".tmp") .. " && mv -- "
        .. sh_quote(p .. ".tmp") .. " " .. sh_quote(p)))
      local status, r, _, err = run({ p })
      assert.are.equal("", err, name)
      assert.are.equal(0, status, name)
      assert.are.same({ [200] = 1, [404] = 1, [499] = 1 }, codes_of(r), name)
      assert.are.equal(1, r.malformed, name)
    end
    -- the same counts as the plain file, and a big file through several reads
    local big = temp("big.log", plain:rep(20000)) -- 2.4 MB
    assert.is_true(sh_ok("gzip -k -- " .. sh_quote(big)))
    local _, r1 = run({ big })
    local _, r2 = run({ big .. ".gz" })
    assert.are.same(r1, r2)
    assert.are.equal(80000, r2.lines)
  end)

  it("says so when the data is not gzip or gzip is missing, and counts the rest", function()
    if not HAS_GZIP then return pending("gzip is not installed") end
    local fake = temp("fake.gz", plain)
    local good = temp("good.log", plain)
    local status, r, out, err = run({ fake, good })
    assert.are.equal(1, status)
    assert.truthy(err:find('httpstatus log: cannot read "' .. fake .. '": gzip -dc failed (exit 1)', 1, true), err)
    assert.are.same({ [200] = 1, [404] = 1, [499] = 1 }, codes_of(r))
    assert.truthy(out:find("Lines: 4 total", 1, true))
    status, r, out, err = run({ fake }, nil, { gzip = false })
    assert.is_nil(r) -- nothing read: no report (#23)
    assert.are.equal("", out)
    assert.are.equal(1, status)
    assert.truthy(err:find("gzip is not on PATH", 1, true))
    -- a file cut short: what could be read is counted, and the exit status says it was not all
    local lines = {}
    for i = 1, 20000 do lines[i] = log_line(200 + i % 300, "GET /" .. i * 7919 % 100003 .. " HTTP/1.1") end
    local cut = temp("cut.log", table.concat(lines, "\n"))
    assert.is_true(sh_ok("gzip -- " .. sh_quote(cut)))
    local gz = read_all(cut .. ".gz")
    temp("cut.short.gz", gz:sub(1, math.floor(#gz / 2)))
    status, r, out, err = run({ temp("cut.short.gz") })
    assert.are.equal(1, status)
    assert.truthy(err:find("gzip -dc failed", 1, true))
    assert.is_true(r.lines > 0)
    assert.truthy(out:find("Lines: " .. require("httpstatus.cmd.log_count").group(r.lines)
      .. " total", 1, true))
  end)

  it("quotes the command with an injected popen", function()
    local cmds = {}
    local p = temp("q'x.gz", "")
    run({ p }, nil, { gzip = "gzip", popen = function(cmd)
      cmds[#cmds + 1] = cmd
      return fake_file { "000" }
    end })
    assert.are.same({ "'gzip' -dc -- '" .. tmpdir .. "/q'\\''x.gz' 2>/dev/null; printf '%03d' \"$?\"" }, cmds)
  end)
end)

describe("httpstatus log errors and exit statuses", function()
  it("exits 1 for a file it cannot read, naming it quoted, and still reports the others", function()
    local good = temp("ok.log", log_line(200) .. "\n")
    local status, r, out, err = run({ tmpdir .. "/missing\27[31m.log", good, tmpdir })
    assert.are.equal(1, status)
    assert.truthy(err:find('cannot open "' .. tmpdir .. '/missing\\027[31m.log": ', 1, true), err)
    assert.truthy(err:find('cannot read "' .. tmpdir .. '"', 1, true), err) -- a directory
    assert.is_nil(err:find("\27", 1, true))
    assert.are.equal(1, r.lines)
    assert.truthy(out:find("200 OK", 1, true))
    status, r, out, err = run({ good .. "\0.txt" })
    assert.is_nil(r) -- nothing read: no report (#23)
    assert.are.equal("", out)
    assert.are.equal(1, status)
    assert.truthy(err:find("contains a NUL byte", 1, true))
  end)

  it("exits 2 for bad usage", function()
    local cases = {
      { { "--format", "xml" }, "unknown log format \"xml\"" },
      { { "--format", "$remote_addr $body_bytes_sent" }, "the format has no $status" },
      { { "--bucket", "90s" }, "--bucket takes whole minutes" },
      { { "--lang=fr" }, "unknown language \"fr\"" },
      { { "--html" }, "--html needs a value" },
      { { "--html=" }, "--html needs a file name" },
      { { "--bogus" }, "unknown option \"--bogus\"" },
      { { "--bogus=1" }, "unknown option \"--bogus=1\"" },
      { { "-x" }, "unknown option \"-x\"" },
    }
    for _, case in ipairs(cases) do
      local status, out, err = main(case[1])
      assert.are.equal(2, status, case[2])
      assert.are.equal("", out)
      assert.truthy(err:find(case[2], 1, true), err)
    end
    local status, out = main { "--help" }
    assert.are.equal(0, status)
    assert.truthy(out:find("usage: httpstatus log", 1, true))
  end)

  it("takes - for standard input and -- before names that start with -", function()
    local stdin = fake_file { log_line(200) .. "\n" }
    local status, out = main({ "-" }, { stdin = stdin })
    assert.are.equal(0, status)
    assert.truthy(out:find("Lines: 1 total, 1 valid", 1, true))
    local err
    status, out, err = main({ "--", "--json" }, { stdin = stdin }) -- a file called --json
    assert.are.equal(1, status)
    assert.truthy(err:find('cannot open "--json"', 1, true))
    assert.are.equal("", out) -- nothing read: no report (#23)
  end)

  it("gives the phrases in Korean with --lang ko", function()
    local status, out = main({ "--lang", "ko", "-" }, { stdin = fake_file { log_line(404) .. "\n" } })
    assert.are.equal(0, status)
    assert.truthy(out:find("404 찾을 수 없음", 1, true))
  end)
end)

describe("httpstatus log --json and --html", function()
  local has_cjson, cjson = pcall(require, "cjson")

  it("prints valid JSON with every figure", function()
    if not has_cjson then return pending("lua-cjson is not installed") end
    local status, out = main { "--json", SAMPLE }
    assert.are.equal(0, status)
    local doc = cjson.decode(out)
    local _, r = run({ SAMPLE })
    for _, k in ipairs { "lines", "valid", "malformed", "invalid_status", "errors", "error_ratio", "retryable",
                         "retryable_share", "unregistered", "unregistered_codes", "unregistered_share" } do
      assert.are.equal(r[k], doc[k], k)
    end
    assert.are.same({ SAMPLE }, doc.inputs)
    assert.are.equal(hs.REGISTRY_DATE, doc.registry_date)
    for _, c in ipairs(r.codes) do
      local j = doc.codes[tostring(c.code)]
      assert.are.equal(c.count, j.count)
      assert.are.equal(c.meaning, j.meaning)
      assert.are.equal(c.registered, j.registered)
    end
    assert.are.equal("nginx: Client Closed Request (not registered; also Google: Client Closed Request; "
      .. "Esri: Token Required)", doc.codes["499"].meaning)
    assert.are.equal(r.classes.success.count, doc.classes.success.count)
    -- an empty log is an object that says so, and no report of zeros
    status, out = main({ "--json" }, { stdin = fake_file {} })
    assert.are.equal(0, status)
    assert.are.same({ empty = true, lines = 0, inputs = { "-" } }, cjson.decode(out))
  end)

  it("escapes file names in JSON like all other output: no raw DEL, C1 or bidi control (#18 4.8)", function()
    if not has_cjson then return pending("lua-cjson is not installed") end
    -- DEL, CSI (U+009B) and NEL (U+0085), a right-to-left override (U+202E), an isolate
    -- (U+2066), a left-to-right mark (U+200E), ESC, and a byte that is no UTF-8 at all
    local name = "a\127b\194\155[31m\194\133c\226\128\174d\226\129\166e\226\128\142f\27[0m.log"
    local path = temp(name, log_line(200) .. "\n")
    local status, out, err = main { "--json", path, temp("ok.log", log_line(404) .. "\n") }
    assert.are.equal(0, status)
    assert.are.equal("", err)
    assert.is_nil(out:find("[%z\1-\9\11-\31\127]"), out)
    assert.is_nil(out:find("\194[\128-\159]"), out)
    assert.is_nil(out:find("\226\128[\142\143\168-\174]"), out)
    assert.is_nil(out:find("\226\129[\166-\169]"), out)
    assert.truthy(out:find("\\u007fb\\u009b[31m\\u0085c\\u202ed\\u2066e\\u200ef\\u001b[0m.log", 1, true), out)
    local doc = cjson.decode(out)
    assert.are.equal(path, doc.inputs[1]) -- the same name, only written safely
    -- a name that is no UTF-8: U+FFFD in the JSON (which must be UTF-8); quoted in problems
    local odd = temp("x\255y.log", log_line(200) .. "\n")
    status, out = main { "--json", odd, tmpdir .. "/gone\255\27.log" }
    assert.are.equal(1, status)
    doc = cjson.decode(out)
    assert.are.same({ tmpdir .. "/x\239\191\189y.log" }, doc.inputs)
    assert.are.equal(1, #doc.problems)
    local want = 'cannot open "' .. tmpdir .. '/gone\\255\\027.log": '
    assert.are.equal(want, doc.problems[1]:sub(1, #want))
  end)

  it("writes a self-contained, escaped HTML report with bar charts", function()
    local hostile = temp('<img src=x onerror=alert(1)>"&.log', log_line(200) .. "\n" .. log_line(499) .. "\n")
    local page_path = temp("report.html")
    local status, _, out = run({ hostile }, { html = page_path })
    assert.are.equal(0, status)
    assert.truthy(out:find("Lines: 2 total", 1, true)) -- the text report still goes to stdout
    local html = read_all(page_path)
    assert.truthy(html:find("^<!DOCTYPE html>"))
    assert.is_nil(html:find("<img", 1, true))
    assert.truthy(html:find("&lt;img src=x onerror=alert(1)&gt;&quot;&amp;.log", 1, true))
    assert.is_nil(html:find("<script", 1, true))
    assert.is_nil(html:find("<link", 1, true))
    assert.is_nil(html:find("<%a[^>]*%ssrc%s*="))
    assert.is_nil(html:find("url(", 1, true))
    assert.truthy(html:find("default-src 'none'", 1, true))
    local _, svgs = html:gsub('<svg role="img"', "")
    assert.are.equal(3, svgs) -- classes, codes, the timeline
    assert.truthy(html:find("nginx: Client Closed Request", 1, true))
    assert.truthy(html:find("<td>499</td>", 1, true))
    assert.truthy(html:find("@media print", 1, true))
    assert.truthy(html:find("prefers-color-scheme:dark", 1, true))
    for url in html:gmatch('href="([^"]*)"') do error("a link in the report: " .. url) end
  end)

  it("escapes a vendor or locale text in the report too", function()
    local html = lr.html(lr.summarize({ lines = 1, malformed = 0, invalid_status = 0, codes = { [200] = 1 } }),
      { "-" }, "2026-12-01")
    assert.truthy(html:find("standard input · 2026-12-01", 1, true))
    local r = lr.summarize({ lines = 1, malformed = 0, invalid_status = 0, codes = { [200] = 1 } })
    r.codes[1].meaning = "</text><script>alert(1)</script>"
    html = lr.html(r, {})
    assert.is_nil(html:find("<script", 1, true))
    assert.truthy(html:find("&lt;/text&gt;&lt;script&gt;", 1, true))
  end)

  it("exits 1 when the page cannot be written", function()
    local status, _, _, err = run({}, { html = tmpdir .. "/no/such/dir/r.html" }, { stdin = fake_file {} })
    assert.are.equal(1, status)
    assert.truthy(err:find("cannot write", 1, true))
  end)

  it("refuses unknown option names: run's (bad usage, nothing read) and summarize's", function()
    local stdin_read = false
    local stdin = { read = function() stdin_read = true end, close = function() return true end }
    local status, r, out, err = run({}, { jsn = true }, { stdin = stdin })
    assert.are.same({ 2, nil, "" }, { status, r, out })
    assert.are.equal('httpstatus log: unknown option "jsn"\n', err)
    assert.is_false(stdin_read)
    assert.are.equal(2, (run({}, "json", { stdin = stdin })))
    assert.has_error(function() lr.summarize({ lines = 0, malformed = 0, invalid_status = 0,
      codes = {} }, "en", { buckets = 60 }) end,
      "bad argument #3 to 'summarize' (unknown option \"buckets\")")
  end)

  it("looks at the page's file once before it writes it, from the command and from run", function()
    local page = temp("looked-at-once.html", "<!DOCTYPE html>\n<p>an earlier page</p>\n")
    local opened = {}
    local function open(path, mode)
      opened[#opened + 1] = mode
      return io.open(path, mode)
    end
    local line = log_line(200) .. "\n"
    assert.are.equal(0, (main({ "--html", page }, { open = open, stdin = fake_file { line } })))
    assert.are.same({ "rb", "wb" }, opened) -- the look, then the write
    opened = {}
    assert.are.equal(0, (run({}, { html = page }, { open = open, stdin = fake_file { line } })))
    assert.are.same({ "rb", "wb" }, opened)
  end)

  -- `httpstatus log --html access.log` (the page's name forgotten) read
  -- standard input and wrote the page over the log (#23's final walk)
  it("never writes the page over a file that holds no page, and reads nothing then", function()
    local logfile = temp("access-kept.log", log_line(200) .. "\n")
    local page = temp("kept-report.html")
    for _, args in ipairs { { "--html", logfile }, { "--json", "--html=" .. logfile },
                            { "--html", logfile, page } } do
      local stdin_read = false
      local stdin = { read = function() stdin_read = true end, close = function() return true end }
      local status, out, err = main(args, { stdin = stdin })
      assert.are.equal(2, status, args[#args])
      assert.is_false(stdin_read)
      assert.are.equal(log_line(200) .. "\n", read_all(logfile))
      local said = args[1] == "--json" and out or err
      assert.truthy(said:find("holds no HTML page", 1, true), said)
    end
    -- a page is replaced by the next one, run after run; an empty file is taken
    local status = main({ "--html", page }, { stdin = fake_file { log_line(404) .. "\n" } })
    assert.are.equal(0, status)
    status = main({ "--html", page }, { stdin = fake_file { log_line(503) .. "\n" } })
    assert.are.equal(0, status)
    assert.truthy(read_all(page):find("<td>503</td>", 1, true))
    local empty = temp("empty.html", "")
    assert.are.equal(0, (main({ "--html", empty }, { stdin = fake_file { log_line(200) .. "\n" } })))
    assert.truthy(read_all(empty):find("^<!DOCTYPE html>"))
    -- from Lua too
    local r_status, report, _, err = run({ SAMPLE }, { html = logfile })
    assert.are.equal(2, r_status)
    assert.is_nil(report)
    assert.truthy(err:find("holds no HTML page", 1, true), err)
    assert.are.equal(log_line(200) .. "\n", read_all(logfile))
  end)

  it("takes no option for the page's name: --html --json is a forgotten name", function()
    local status, out, err = main({ "--html", "--json", SAMPLE })
    local made = io.open("--json", "rb") -- a page called --json, here
    if made then made:close() os.remove("--json") end
    assert.is_nil(made)
    assert.are.equal(2, status)
    assert.are.equal("", out)
    assert.truthy(err:find('--html needs a value: "--json" is an option', 1, true), err)
  end)
end)
