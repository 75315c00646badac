-- hs.lint as a function: its arguments, its options, the order of its
-- findings, responses the library builds (clean), raw bytes with several
-- responses (curl -si, -sIi, -L), bad data that never raises, and a body
-- that is never copied.
local internal = require "internal"
local hs = require "httpstatus"
local loops = require "loops"
local quick = require "quick"

local DATE = "Sun, 06 Nov 1994 08:49:37 GMT"
local function R(lines, body)
  return table.concat(lines, "\r\n") .. "\r\n\r\n" .. (body or "")
end
local function rules_of(findings)
  local out = {}
  for i, f in ipairs(findings) do out[i] = f.rule end
  table.sort(out)
  return out
end

describe("hs.lint", function()
  it("raises for a response of the wrong type, an unknown option or response field", function()
    assert.has_error(function() hs.lint(404) end,
      "bad argument #1 to 'lint' (table or string expected, got 404)")
    assert.has_error(function() hs.lint({ status = 200 }, { mehtod = "GET" }) end,
      "bad argument #2 to 'lint' (unknown option \"mehtod\")")
    assert.has_error(function() hs.lint({ status = 200, header = {} }) end,
      "bad argument #1 to 'lint' (unknown field \"header\")")
    assert.has_error(function() hs.lint({ status = 200, headers = "x" }) end,
      "bad argument #1 to 'lint' (field 'headers' must be a table, got string \"x\")")
    assert.has_error(function() hs.lint("", { method = "GE T" }) end)
    assert.has_error(function() hs.lint("", { version = 2 }) end)
    assert.has_error(function() hs.lint("", 5) end)
  end)

  it("refuses a method HTTP defines spelled in another case: it would change nothing", function()
    -- methods are case-sensitive (RFC 9110, 9.1): "head" is not HEAD, and
    -- read as a method of its own it would judge a HEAD answer as a GET's
    local head = "HTTP/1.1 200 OK\r\nDate: " .. DATE .. "\r\nContent-Type: text/plain\r\n"
      .. "Content-Length: 5\r\n\r\n"
    assert.are.same({}, hs.lint(head, { method = "HEAD" }))
    for _, case in ipairs { { "head", "HEAD" }, { "get", "GET" }, { "Post", "POST" },
                            { "query", "QUERY" }, { "cOnNeCt", "CONNECT" } } do
      local why = ('method "%s" is not %s: methods are case-sensitive (RFC 9110, 9.1)')
        :format(case[1], case[2])
      assert.has_error(function() hs.lint(head, { method = case[1] }) end,
        "bad argument #2 to 'lint' (" .. why .. ")")
      assert.has_error(function() hs.lint({ status = 200, method = case[1] }) end,
        "bad argument #1 to 'lint' (" .. why .. ")")
    end
    -- a method of its own (an extension) is a method
    assert.are.same({}, hs.lint({ status = 204, method = "PURGE" }))
    assert.are.same({}, hs.lint({ status = 204 }, { method = "purge" }))
  end)

  it("finds nothing in what hs.response builds", function()
    local cases = {
      hs.response(200, { headers = { ["Content-Type"] = "text/plain" }, body = "ok" }),
      hs.response(405, { headers = { Allow = "GET, HEAD", ["Content-Type"] = "text/plain" },
        body = "no" }),
      hs.response(308, { headers = { Location = "/new" } }),
      hs.response(204),
      hs.response(304, { headers = { ETag = '"x"' } }),
      hs.response(200, { headers = { ["Content-Type"] = "text/plain" }, body = "ok",
        method = "HEAD" }),
    }
    local json, ctype = hs.problem_json(404, { detail = "no such order" })
    cases[#cases + 1] = hs.response(404, { headers = { ["Content-Type"] = ctype }, body = json })
    for _, res in ipairs(cases) do assert.are.same({}, hs.lint(res)) end
    -- and as bytes, with the Date a server adds
    local bytes = hs.serialize(cases[1]):gsub("\r\n", "\r\nDate: " .. DATE .. "\r\n", 1)
    assert.are.same({}, hs.lint(bytes))
  end)

  it("puts the most severe first, and numbers the responses of raw bytes", function()
    local findings = hs.lint(R({ "HTTP/1.1 302 Moved Temporarily", "Server: nginx/1.22.1",
      "Content-Length: 0" }) .. R({ "HTTP/1.1 405 Method Not Allowed", "Date: " .. DATE,
      "Content-Length: 0" }))
    local last = 1
    local rank = { error = 1, warning = 2, info = 3 }
    for _, f in ipairs(findings) do
      assert.is_true(rank[f.level] >= last)
      last = rank[f.level]
    end
    assert.are.same({ "missing-allow", 2, 405 },
      { findings[1].rule, findings[1].response, findings[1].status })
    assert.are.same({ "missing-allow", "missing-date", "missing-location", "reason-stale",
                      "server-detail" }, rules_of(findings))
  end)

  it("reads curl -L output: a redirect, then the page", function()
    local body = "<html>moved</html>"
    local capture = R({ "HTTP/1.1 301 Moved Permanently", "Date: " .. DATE,
      "Content-Type: text/html", "Content-Length: " .. #body, "Location: /b" }, body)
      .. R({ "HTTP/1.1 200 OK", "Date: " .. DATE, "Content-Type: text/plain",
             "Content-Length: 2" }, "ok")
    assert.are.same({}, hs.lint(capture))
    -- a wrong length is seen at the next status line
    local wrong = capture:gsub("Content%-Length: 18", "Content-Length: 10")
    local f = hs.lint(wrong)
    assert.are.same({ "content-length-mismatch" }, rules_of(f))
    assert.are.equal(1, f[1].response)
  end)

  it("reads curl -sIi output (no content after a head) as answers to HEAD", function()
    local capture = R { "HTTP/1.1 200 OK", "Date: " .. DATE, "Content-Type: text/plain",
                        "Content-Length: 12" }
    assert.are.same({}, hs.lint(capture))
    assert.are.same({}, hs.lint(capture, { method = "HEAD" }))
    -- said to be GET, the missing content is a short body
    assert.are.same({ "content-length-mismatch" }, rules_of(hs.lint(capture, { method = "GET" })))
  end)

  it("reads a 100 Continue before the final response, and curl's HTTP/2 output", function()
    assert.are.same({}, hs.lint(R { "HTTP/1.1 100 Continue" } .. R({ "HTTP/1.1 200 OK",
      "Date: " .. DATE, "Content-Type: text/plain", "Transfer-Encoding: chunked" },
      "2\r\nok\r\n0\r\n\r\n")))
    -- curl prints chunked content decoded: no chunked-malformed for that
    assert.are.same({}, hs.lint(R({ "HTTP/1.1 200 OK", "Date: " .. DATE,
      "Content-Type: text/plain", "Transfer-Encoding: chunked" }, "ok")))
    assert.are.same({}, hs.lint(R({ "HTTP/2 200 ", "date: " .. DATE,
      "content-type: text/plain" }, "ok")))
  end)

  it("answers the same for the same response, call after call", function()
    local res = { status = 405, headers = { ["Content-Type"] = "text/plain" }, body = "x" }
    local first = hs.lint(res)
    first[1].rule = "changed"
    for _ = 1, 3 do
      assert.are.same({ "missing-allow" }, rules_of(hs.lint(res)))
      assert.are.same({}, hs.lint({ status = 204 }))
    end
  end)

  it("never raises for bad data: every prefix and some mutations of a capture", function()
    local capture = R({ "HTTP/1.1 206 Partial Content", "Date: " .. DATE,
      "Content-Type: application/problem+json", "Content-Range: bytes 0-9/20",
      "Cache-Control: max-age=\"1\", x=\"", "Transfer-Encoding: chunked" },
      "a\r\n{\"title\":\r\n0\r\n\r\n") .. "HTTP/1.1 100 Continue\r\n"
    for i = 0, #capture do
      quick.equal("table", type(hs.lint(capture:sub(1, i))), i)
      quick.equal("table", type(hs.lint(capture:sub(i + 1))), i)
      local mutated = capture:sub(1, i) .. "\0\r\n:" .. capture:sub(i + 1)
      quick.equal("table", type(hs.lint(mutated, { method = "HEAD" })), i)
    end
    for _, status in ipairs { "404", 99, 1e300, 0 / 0, true } do
      assert.is_table(hs.lint({ status = status, headers = { X = { 1, true, {} } } }))
    end
  end)

  -- 16 MiB here, 4 MiB under valgrind (spec/loops.lua; make bench lints
  -- 100 MB): a copy would show as 16384 KiB, or 4096, well over the 1024 allowed
  it("does not copy the body", function()
    local body = string.rep("x", loops.n(16, 4) * 1024 * 1024)
    local capture = R({ "HTTP/1.1 200 OK", "Date: " .. DATE, "Content-Type: text/plain",
      "Content-Length: " .. #body }, body)
    body = nil -- luacheck: ignore
    collectgarbage()
    collectgarbage("stop")
    local before = collectgarbage("count")
    local findings = hs.lint(capture)
    local grown = collectgarbage("count") - before
    collectgarbage("restart")
    assert.are.same({}, findings)
    assert.is_true(grown < 1024, ("grew %.0f KiB"):format(grown))
  end)

  it("writes messages in Korean when asked", function()
    local f = hs.lint({ status = 405 }, { lang = "ko" })[1]
    assert.are.equal("missing-allow", f.rule)
    assert.truthy(f.message:find("405", 1, true))
    assert.truthy(f.message:find("Allow", 1, true))
    assert.is_nil(f.message:find("must", 1, true))
  end)
end)

describe("hs.lint's memos of clean values", function()
  it("stay bounded under many distinct values of every field they remember", function()
    local function run(from, to)
      for i = from, to do
        hs.lint({ status = 200, body = "x", headers = {
          ["Cache-Control"] = "max-age=" .. i, ["Content-Type"] = "text/x-" .. i,
          Date = os.date("!%a, %d %b %Y %H:%M:%S GMT", i), ETag = '"' .. i .. '"',
          Vary = "X-" .. i, ["Accept-Ranges"] = "u" .. i, Location = "/" .. i,
          ["Content-Location"] = "/c" .. i, ["Content-Encoding"] = "gzip" .. i,
          Server = "s" .. i } })
      end
    end
    -- warm up with as many distinct values as are measured, so that the
    -- interpreter's string table, grown to hold them, is not counted
    -- (spec/loops.lua: under valgrind, 300, still past each memo's 256 entries)
    local n = loops.n(6000, 300)
    run(1, n)
    collectgarbage()
    collectgarbage()
    local before = collectgarbage("count")
    run(n + 1, 2 * n)
    -- each memo holds what it may, and no more
    local stats = internal.module("httpstatus.lint_fields").memo_stats()
    local names = 0
    for name, s in pairs(stats) do
      names = names + 1
      assert.is_true(s[1] > 0 and s[1] <= 256 and s[2] <= 16 * 1024, name)
    end
    assert.are.equal(10, names)
    -- and nothing else grows: no more than the interpreter's string table
    -- doubling once, whatever the heap before (a memo without bounds: megabytes)
    collectgarbage()
    collectgarbage()
    assert.is_true(collectgarbage("count") - before < 1536,
      ("grew %.0f KiB"):format(collectgarbage("count") - before))
  end)
end)

-- the findings of the two readers, to compare
local lint = internal.module("httpstatus.lint")
local function sorted(findings)
  local out = {}
  for i, f in ipairs(findings) do
    out[i] = table.concat({ f.response, f.level, f.rule, tostring(f.field), f.message,
                            f.reference }, "|")
  end
  table.sort(out)
  return out
end

describe("hs.lint's two readers of raw bytes", function()

  -- the pieces a head is made of, regular and not
  local STATUS = { "HTTP/1.1 200 OK", "HTTP/1.0 404 Not Found", "HTTP/2 200", "HTTP/3 204",
    "HTTP/1.1 301 Moved", "HTTP/1.1 200", "HTTP/1.2 200 OK", "HTTP/1.1 099 X", "http/1.1 200 OK",
    "HTTP/1.1 405 Method Not Allowed", "HTTP/1.1 100 Continue", "HTTP/1.1 304 Not Modified" }
  local FIELDS = { "Date: " .. DATE, "Content-Type: text/plain", "Content-Length: 4",
    "content-length: 5", "Transfer-Encoding: chunked", "ETag: \"x\"", "ETag: x",
    "Vary: Accept-Encoding", "Vary: accept-encoding, *", "Cache-Control: max-age=60",
    "Allow: GET", "Location: /a b", "Server: nginx/1.2", "X-Empty:", "X-Pad: \t v \t",
    "Bad Name: v", "Name : v", " folded", "no colon", ": no name", "X-Ctl: a\1b",
    "X-CR: a\rb", "Connection: close", "Upgrade: h2c", "Retry-After: 5" }
  local ENDS = { "\r\n", "\r\n", "\r\n", "\n" }

  it("say the same about every head, regular or not", function()
    math.randomseed(21)
    local regular = 0
    local n = loops.n(3000, 300)
    for _ = 1, n do
      local parts = { STATUS[math.random(#STATUS)], ENDS[math.random(#ENDS)] }
      for _ = 1, math.random(0, 8) do
        parts[#parts + 1] = FIELDS[math.random(#FIELDS)]
        parts[#parts + 1] = ENDS[math.random(#ENDS)]
      end
      local head = table.concat(parts)
      local body = ({ "", "body", "4\r\nbody\r\n0\r\n\r\n", "HTTP/1.1 200 OK\r\n\r\n" })[
        math.random(4)]
      local src = head .. ENDS[math.random(#ENDS)] .. body
      if math.random(10) == 1 then src = src:sub(1, math.random(#src)) end
      local method = ({ nil, "GET", "HEAD" })[math.random(3)]
      if internal.module("httpstatus.core").read_head(src, 1, 65536) then regular = regular + 1 end
      quick.same(sorted(lint.lint_raw(src, method, nil, true)),
        sorted(lint.lint_raw(src, method, nil, false)), src)
    end
    -- both kinds were tried
    assert.is_true(regular > n / 10 and regular < n * 9 / 10, tostring(regular))
  end)

  it("agree where a line is as long as a line may be, and one byte longer", function()
    for _, n in ipairs { 64 * 1024 - 10, 64 * 1024 - 9, 64 * 1024 - 8 } do
      local src = "HTTP/1.1 204 No Content\r\nDate: " .. DATE .. "\r\nX-Long: "
        .. string.rep("a", n) .. "\r\n\r\n"
      assert.are.same(sorted(lint.lint_raw(src, nil, nil, true)),
        sorted(lint.lint_raw(src, nil, nil, false)))
    end
  end)
end)

describe("the fast reader of a regular head (core.read_head)", function()
  local core = internal.module("httpstatus.core")

  it("hands over the status and the fields by lower-case name, each line read once", function()
    local src = "HTTP/1.1 200 OK\r\nVary: a\r\nDate:  " .. DATE .. " \r\nvary: b\r\nVARY: c\r\n"
      .. "X-Empty:\r\n\r\nbody"
    local after, code, reason, version, fields, repeated, text, upper = core.read_head(src, 1, 99)
    assert.are.same({ #src - 3, 200, "OK", "1.1", true, true },
      { after, code, reason, version, text, upper })
    assert.are.same({ vary = "a", date = DATE, ["x-empty"] = "" }, fields)
    assert.are.same({ vary = { "a", "b", "c" } }, repeated)
    -- the names as sent, for the findings that name one
    local _, lines = core.head_lines(src, 1, 99)
    assert.are.same({ "HTTP/1.1 200 OK", "Vary", "a", "Date", DATE, "vary", "b", "VARY", "c",
                      "X-Empty", "" }, lines)
  end)

  it("says when no field repeats, no name is upper case, a value is no field text", function()
    local _, code, reason, version, fields, repeated, text, upper =
      core.read_head("HTTP/2 204\r\nx-a: 1\1\r\nserver: s\r\n\r\n", 1, 99)
    assert.are.same({ 204, "", "2", false, false, false },
      { code, reason, version, repeated, text, upper })
    assert.are.same({ ["x-a"] = "1\1", server = "s" }, fields)
  end)

  it("leaves the careful reader every other head", function()
    for _, head in ipairs { "HTTP/1.1 200 OK\r\nBad Name: v\r\n\r\n", "HTTP/1.1 200 OK\r\n@: v\r\n\r\n",
                            "HTTP/1.1 200\r\n\r\n", "HTTP/1.1 200 OK\r\nX : v\r\n\r\n",
                            "HTTP/1.1 200 OK\r\nX: v\n\r\n", "HTTP/1.1 200 OK\r\nX: v\r\n",
                            "HTTP/4 200\r\n\r\n", "http/1.1 200 OK\r\n\r\n" } do
      assert.is_nil(core.read_head(head, 1, 99), head)
    end
  end)

  it("reads a head of more fields than it remembers in its first pass", function()
    local parts = { "HTTP/1.1 200 OK\r\n" }
    for i = 1, 120 do parts[#parts + 1] = ("X-%d: %d\r\nSet-Cookie: c=%d\r\n"):format(i, i, i) end
    local src = table.concat(parts) .. "\r\n"
    local after, _, _, _, fields, repeated = core.read_head(src, 1, 99)
    assert.are.equal(#src + 1, after)
    local cookies = {}
    for i = 1, 120 do
      assert.are.equal(tostring(i), fields["x-" .. i])
      cookies[i] = "c=" .. i
    end
    assert.are.same(cookies, repeated["set-cookie"])
    assert.are.same(sorted(lint.lint_raw(src .. src, nil, nil, true)),
      sorted(lint.lint_raw(src .. src, nil, nil, false)))
  end)

  it("names a field as sent in a finding, from raw bytes and from a table", function()
    local f = hs.lint("HTTP/1.1 200 OK\r\nDATE: 6 Nov 1994\r\nContent-Length: 0\r\n\r\n")[1]
    assert.are.same({ "date-invalid", "DATE" }, { f.rule, f.field })
    f = hs.lint({ status = 200, headers = { ["dAtE"] = "6 Nov 1994" } })[1]
    assert.are.same({ "date-invalid", "dAtE" }, { f.rule, f.field })
  end)
end)

describe("hs.lint's specs", function()
  it("run under valgrind and the sanitizers: they reach the C core (.busted's REACH_C)", function()
    local listed = {}
    for _, path in ipairs(dofile(".busted").c.ROOT) do listed[path] = true end
    for _, name in ipairs { "lint", "lint_rules", "lint_corpus", "ngx_lint" } do
      assert.is_true(listed["spec/" .. name .. "_spec.lua"], name)
    end
  end)
end)
