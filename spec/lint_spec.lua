-- hs.lint as a function: its arguments, its options, the order of its
-- findings, responses the library builds (clean), raw bytes with several
-- responses (curl -si, -sIi, -L), bad data that never raises, and a body
-- that is never copied.
local hs = require "httpstatus"

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
      assert.is_table(hs.lint(capture:sub(1, i)))
      assert.is_table(hs.lint(capture:sub(i + 1)))
      local mutated = capture:sub(1, i) .. "\0\r\n:" .. capture:sub(i + 1)
      assert.is_table(hs.lint(mutated, { method = "HEAD" }))
    end
    for _, status in ipairs { "404", 99, 1e300, 0 / 0, true } do
      assert.is_table(hs.lint({ status = status, headers = { X = { 1, true, {} } } }))
    end
  end)

  -- 16 MiB here (make bench lints 100 MB): a copy would show as 16384 KiB
  it("does not copy the body", function()
    local body = string.rep("x", 16 * 1024 * 1024)
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
  it("stay bounded under many distinct Cache-Control, Content-Type and Date values", function()
    local function run(from, to)
      for i = from, to do
        hs.lint({ status = 200, body = "x", headers = {
          ["Cache-Control"] = "max-age=" .. i, ["Content-Type"] = "text/x-" .. i,
          Date = os.date("!%a, %d %b %Y %H:%M:%S GMT", i) } })
      end
    end
    -- warm up with as many distinct values as are measured, so that the
    -- interpreter's string table, grown to hold them, is not counted
    run(1, 6000)
    collectgarbage()
    collectgarbage()
    local before = collectgarbage("count")
    run(6001, 12000)
    collectgarbage()
    collectgarbage()
    assert.is_true(collectgarbage("count") - before < 256,
      ("grew %.0f KiB"):format(collectgarbage("count") - before))
  end)
end)
