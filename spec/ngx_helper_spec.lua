-- httpstatus.ngx against a recording stand-in for ngx, on every runtime:
-- what it sends, and that a refused call sends nothing. The real nginx run
-- is spec/nginx/openresty_spec.lua.
local raises = require "raises"

local fake_ngx = require "fake_ngx"

-- load httpstatus.ngx with ngx set to a fresh stand-in
local function load(method, accept, with_set_status)
  return fake_ngx.load { method = method, accept = accept, set_status = with_set_status }
end

describe("httpstatus.ngx", function()
  it("does not need ngx.resp.set_status, and says so", function()
    local hsngx = load()
    assert.is_false(hsngx.CAN_SET_REASON)
  end)

  it("sends status, headers, a negotiated body with its length, then exits", function()
    local hsngx, sent = load("GET", "application/json")
    assert.are.equal("exited", hsngx.exit(404, { detail = "gone", headers = { ["X-A"] = "1" } }))
    assert.are.equal(404, sent.status)
    assert.are.equal("application/problem+json", sent.headers["Content-Type"])
    assert.are.equal("1", sent.headers["X-A"])
    assert.are.equal('{"type":"about:blank","title":"Not Found","status":404,"detail":"gone"}',
      sent.body)
    assert.are.equal(tostring(#sent.body), sent.headers["Content-Length"])
    assert.is_nil(sent.headers_sent) -- ngx.print sends them
    assert.are.equal(200, sent.exit)
  end)

  it("sends the headers itself when there is no body, so nginx adds no page", function()
    local hsngx, sent = load("GET")
    hsngx.exit(204)
    assert.is_true(sent.headers_sent)
    assert.is_nil(sent.body)
    hsngx.exit(200, { body = "" })
    assert.are.equal("0", sent.headers["Content-Length"])
  end)

  it("reuses bodies without fields, per code and Accept", function()
    local hsngx, sent = load("GET", "text/html")
    hsngx.exit(500)
    local first = sent.body
    sent.body = nil
    hsngx.exit(500)
    assert.are.equal(first, sent.body)
    assert.matches("<h1>500 Internal Server Error</h1>", first, 1, true)
  end)

  it("builds each body without fields once, for every type it negotiates", function()
    -- httpstatus.ngx takes problem.body_of as it loads: counted from then on
    local problem = require("internal").module("httpstatus.problem")
    local body_of, built = problem.body_of, 0
    problem.body_of = function(...) built = built + 1 return body_of(...) end
    local ok, err = pcall(function()
      for _, accept in ipairs { "application/problem+json", "application/json", "text/html",
                                "text/plain" } do
        built = 0
        local hsngx, _, reset = load("GET", accept)
        for _ = 1, 3 do
          local sent = reset("GET", accept)
          hsngx.exit(503)
          assert.is_truthy(sent.body)
        end
        assert.are.equal(1, built, accept)
      end
    end)
    problem.body_of = body_of
    assert(ok, err)
  end)

  it("sends no body for HEAD, 204 and 304, and none for 2xx/3xx unless given", function()
    local hsngx, sent = load("HEAD", "application/json")
    hsngx.exit(404)
    assert.is_nil(sent.body)
    assert.is_truthy(tonumber(sent.headers["Content-Length"]) > 0)
    for _, code in ipairs { 204, 304, 200, 302 } do
      local h, s = load("GET")
      local opts = code == 302 and { headers = { Location = "/x" } } or nil
      h.exit(code, opts)
      assert.is_nil(s.body, code)
      assert.are.equal(code, s.status)
    end
  end)

  it("keeps a Content-Type the caller set", function()
    local hsngx, sent = load("GET", "application/json")
    hsngx.exit(200, { body = "{}", content_type = "application/json" })
    assert.are.equal("application/json", sent.headers["Content-Type"])
    assert.are.equal("{}", sent.body)
  end)

  it("redirects with Location and no body", function()
    local hsngx, sent = load()
    hsngx.redirect("/next")
    assert.are.equal(302, sent.status)
    assert.are.equal("/next", sent.headers.Location)
    assert.are.equal("0", sent.headers["Content-Length"])
    hsngx.redirect("/perm", 308)
    assert.are.equal(308, sent.status)
  end)

  it("sends Location as a URI reference: what a URI cannot hold, percent-encoded", function()
    local is_uri_reference = require("internal").module("httpstatus.lint_grammar").is_uri_reference
    local hsngx, _, reset = load()
    for given, wire in pairs {
      ["/next?a=1&b=%2F#top"] = "/next?a=1&b=%2F#top", -- a URI already: as it is
      ["/caf\195\169 menu"] = "/caf%C3%A9%20menu",
      ["http://ex\195\164mple.com/"] = "http://ex%C3%A4mple.com/",
      ["/q?x=a|b{c}\"<>^`"] = "/q?x=a%7Cb%7Bc%7D%22%3C%3E%5E%60",
      ["/100%"] = "/100%25", ["/%zz"] = "/%25zz", ["/%4"] = "/%254", ["/%41%4g"] = "/%41%254g",
    } do
      local sent = reset()
      hsngx.redirect(given)
      assert.are.equal(wire, sent.headers.Location, given)
      assert.is_true(is_uri_reference(sent.headers.Location), given)
    end
  end)

  it("refuses what HTTP does not allow before sending anything", function()
    local hsngx, sent = load("GET", "application/json")
    raises("exit", 2, "must carry the 'Allow' header field", function() hsngx.exit(405) end)
    raises("exit", 2, "must carry the 'WWW-Authenticate' header field", function()
      hsngx.exit(401)
    end)
    raises("exit", 2, "must carry the 'Location' header field", function() hsngx.exit(307) end)
    raises("exit", 2, "cannot have a body", function() hsngx.exit(204, { body = "x" }) end)
    raises("exit", 2, "must not contain CR, LF", function()
      hsngx.exit(200, { headers = { ["X-Name"] = "a\r\nb" } })
    end)
    raises("exit", 2, 'unknown option "header"', function()
      hsngx.exit(200, { header = {} })
    end)
    raises("exit", 2, "extensions must be a table", function()
      hsngx.exit(400, { extensions = "x" })
    end)
    raises("exit", 2, "extensions must not hold RFC 9457 members", function()
      hsngx.exit(400, { extensions = { status = 500 } })
    end)
    raises("exit", 2, "field 'detail' must be a string", function()
      hsngx.exit(400, { detail = 5 })
    end)
    raises("exit", 2, "cannot encode a function", function()
      hsngx.exit(400, { extensions = { f = print } })
    end)
    raises("exit", 1, "status code 100..599 expected", function() hsngx.exit(99) end)
    raises("exit", 1, "status code 100..599 expected", function() hsngx.exit("404") end)
    raises("exit", 2, "table or nil expected", function() hsngx.exit(404, "x") end)
    raises("redirect", 2, "301, 302, 303, 307 or 308 expected", function()
      hsngx.redirect("/x", 300)
    end)
    raises("redirect", 1, "location must be a non-empty string", function()
      hsngx.redirect("/x\r\nSet-Cookie: a=1")
    end)
    raises("redirect", 1, "location must be a non-empty string", function() hsngx.redirect("") end)
    raises("redirect", 1, "location must be a non-empty string", function() hsngx.redirect(nil) end)
    assert.is_nil(sent.status)
    assert.are.same({}, sent.headers)
    assert.is_nil(sent.headers_sent)
  end)

  it("creates no global", function()
    load()
    assert.is_nil(rawget(_G, "hsngx"))
    assert.is_nil(rawget(_G, "ngx"))
  end)
  it("checks content_type like every other header value (#4)", function()
    local hsngx, sent = load("GET")
    for _, bad in ipairs { "text/plain\r\nSet-Cookie: a=1", "a\nb", "a\0b", "\1" } do
      raises("exit", 2, "content_type must not contain CR, LF, NUL", function()
        hsngx.exit(200, { body = "x", content_type = bad })
      end)
    end
    for _, bad in ipairs { {}, true, 5, print } do
      raises("exit", 2, "content_type must be a string", function()
        hsngx.exit(200, { body = "x", content_type = bad })
      end)
    end
    raises("exit", 2, "content_type goes with body", function()
      hsngx.exit(404, { content_type = "text/plain" })
    end)
    assert.is_nil(sent.status)
    assert.are.same({}, sent.headers)
  end)

  it("sends final responses only: 1xx is refused, with the way to send hints (#6)", function()
    local hsngx, sent = load("GET")
    for _, code in ipairs { 100, 102, 103, 104, 199 } do
      raises("exit", 1, "exit sends final responses", function() hsngx.exit(code) end)
    end
    raises("exit", 1, "Early Hints", function() hsngx.exit(103) end)
    raises("exit", 1, "switches the connection itself", function()
      hsngx.exit(101, { headers = { Upgrade = "websocket", Connection = "upgrade" } })
    end)
    assert.is_nil(sent.status)
  end)

  it("frames body-less answers: Content-Length 0 where allowed, none on 204 (#7)", function()
    for _, case in ipairs {
      { 205, "0" }, { 200, "0" }, { 201, "0" }, { 202, "0" }, { 299, "0" },
      { 204, nil }, { 304, nil },
    } do
      local hsngx, sent = load("GET")
      hsngx.exit(case[1])
      assert.are.equal(case[2], sent.headers["Content-Length"], case[1])
      assert.is_true(sent.headers_sent, case[1])
      assert.is_nil(sent.body, case[1])
      -- no body, no type: nginx's default_type is kept off too
      assert.is_nil(sent.headers["Content-Type"], case[1])
      assert.is_true(sent.cleared["Content-Type"], case[1])
    end
    local hsngx, sent = load("GET")
    hsngx.exit(301, { headers = { Location = "/x" } })
    assert.are.equal("0", sent.headers["Content-Length"])
  end)

  it("refuses a Content-Length that HTTP forbids or that disagrees with the body (#5)", function()
    local hsngx, sent = load("GET")
    raises("exit", 2, "must not carry Content-Length", function()
      hsngx.exit(204, { headers = { ["Content-Length"] = 5 } })
    end)
    raises("exit", 2, "is 100 but the body has 0 bytes", function()
      hsngx.exit(200, { headers = { ["Content-Length"] = 100 } })
    end)
    raises("exit", 2, "is 3 but the body has 2 bytes", function()
      hsngx.exit(200, { body = "ok", headers = { ["Content-Length"] = 3 } })
    end)
    assert.is_nil(sent.status)
  end)

  describe("with ngx.resp.set_status (lua-nginx-module 0.10.28+) (#8)", function()
    it("puts our phrase on the status line from exit and redirect alike", function()
      local hsngx, sent = load("GET", nil, true)
      assert.is_true(hsngx.CAN_SET_REASON)
      hsngx.exit(302, { headers = { Location = "/a" } })
      assert.are.same({ 302, "Found" }, { sent.status, sent.reason })
      hsngx.redirect("/a", 302)
      assert.are.same({ 302, "Found" }, { sent.status, sent.reason })
      hsngx.redirect("/a")
      assert.are.same({ 302, "Found" }, { sent.status, sent.reason })
      hsngx.exit(429)
      assert.are.same({ 429, "Too Many Requests" }, { sent.status, sent.reason })
      hsngx.exit(404, { reason = "Gone Fishing" })
      assert.are.same({ 404, "Gone Fishing" }, { sent.status, sent.reason })
      hsngx.exit(299)
      assert.are.same({ 299, "" }, { sent.status, sent.reason })
    end)

    it("refuses reason = \"\", which ngx_lua would send as nginx's own phrase", function()
      local hsngx, sent = load("GET", nil, true)
      raises("exit", 2, "reason must not be empty", function()
        hsngx.exit(503, { reason = "" })
      end)
      assert.is_nil(sent.status)
    end)
  end)

  it("says in the message which call failed, for `return hsngx.exit(...)` (#13)", function()
    local hsngx = load("GET")
    local ok, err = pcall(hsngx.exit, 404, { detail = 5 })
    assert.is_false(ok)
    assert.matches("exit(404): field 'detail' must be a string", err, 1, true)
  end)
  it("checks the header names ngx_lua sends ('_' becomes '-'), and leaves framing to nginx", function()
    local hsngx, sent = load("GET")
    raises("exit", 2, "header 'Transfer-Encoding' is nginx's to set", function()
      hsngx.exit(200, { body = "hi", headers = { Transfer_Encoding = "chunked" } })
    end)
    raises("exit", 2, "header 'Transfer-Encoding' is nginx's to set", function()
      hsngx.exit(200, { body = "hi", headers = { ["Transfer-Encoding"] = "chunked" } })
    end)
    raises("exit", 2, "given twice", function()
      hsngx.exit(200, { body = "hi", headers = { Content_Type = "a/b", ["Content-Type"] = "c/d" } })
    end)
    raises("exit", 2, "must not carry Content-Length", function()
      hsngx.exit(204, { headers = { Content_Length = 0 } })
    end)
    assert.is_nil(sent.status)
    local h, s2 = load("GET")
    h.exit(200, { body = "hi", headers = { X_Request_Id = "7" } })
    assert.are.equal("7", s2.headers["X-Request-Id"])
  end)

  describe("at the gateway (#18)", function()
    -- a raising call that must leave the response untouched
    local function untouched(sent)
      assert.is_nil(sent.status)
      assert.are.same({}, sent.headers)
      assert.is_nil(sent.exit)
    end

    it("raises, touching nothing, once the handler has sent the headers (4.1)", function()
      for _, start in ipairs { "print", "flush", "send_headers" } do
        local hsngx, sent, _, fake = load("GET", "application/json")
        fake[start](start == "print" and "partial" or nil)
        local before = sent.body
        for _, call in ipairs { function() hsngx.exit(404) end,
                                function() hsngx.exit(200, { body = "x" }) end,
                                function() hsngx.redirect("/x") end } do
          local ok, err = pcall(call)
          assert.is_false(ok, start)
          assert.matches("the response headers were already sent", err, 1, true)
          assert.matches("ngx_helper_spec.lua:%d+:", err) -- the caller's line
          assert.is_nil(sent.status)
          assert.are.same({}, sent.headers)
          assert.are.equal(before, sent.body)
        end
      end
    end)

    it("raises, touching nothing, in a phase that cannot send a response", function()
      -- ngx_lua lets a header filter set the status and headers, then
      -- refuses ngx.print: the page being filtered went out under exit's
      -- Content-Length, and the client waited for the bytes missing
      for _, phase in ipairs { "header_filter", "body_filter", "log", "timer", "init_worker" } do
        local hsngx, sent = fake_ngx.load { phase = phase, accept = "application/json" }
        for _, call in ipairs { function() hsngx.exit(404) end,
                                function() hsngx.exit(200, { body = "x" }) end,
                                function() hsngx.redirect("/x") end } do
          local ok, err = pcall(call)
          assert.is_false(ok, phase)
          assert.matches("in the " .. phase .. " phase, which cannot send a response", err, 1,
            true)
          assert.matches("ngx_helper_spec.lua:%d+:", err) -- the caller's line
          untouched(sent)
          assert.is_nil(sent.body)
        end
      end
      for _, phase in ipairs { "rewrite", "server_rewrite", "access", "content" } do
        local hsngx, sent = fake_ngx.load { phase = phase }
        hsngx.exit(404)
        assert.are.equal(404, sent.status, phase)
      end
    end)

    it("drops the content fields the handler set before for content of its own", function()
      -- a handler about to send gzip fails and calls exit: its fields must
      -- not describe exit's answer (curl: "Error while processing content
      -- unencoding"; over h2 a 204 with Content-Length is PROTOCOL_ERROR)
      local function preset(fake)
        fake.header["Content-Encoding"] = "gzip"
        fake.header["Content-Length"] = "10"
        fake.header["Cache-Control"] = "no-store" -- not about the content: kept
      end
      for _, case in ipairs {
        { function(h) return h.exit(500) end, "26" },
        { function(h) return h.exit(404, { headers = { ["X-A"] = "1" } }) end, "14" },
        { function(h) return h.exit(204) end, nil },
        { function(h) return h.exit(304) end, nil },
        { function(h) return h.exit(200) end, "0" },
        { function(h) return h.redirect("/x") end, "0" },
      } do
        local hsngx, sent, _, fake = load("GET", "text/plain")
        preset(fake)
        case[1](hsngx)
        if sent.body then assert.is_nil(sent.headers["Content-Encoding"], sent.status) end
        assert.are.equal(case[2], sent.headers["Content-Length"], sent.status)
        assert.are.equal("no-store", sent.headers["Cache-Control"], sent.status)
      end
      -- a body of the caller's keeps what the handler set for it; given
      -- fields are sent
      local hsngx, sent, _, fake = load("GET")
      preset(fake)
      hsngx.exit(200, { body = "\31\139...", content_type = "text/plain" })
      assert.are.equal("gzip", sent.headers["Content-Encoding"])
      hsngx, sent, _, fake = load("GET")
      preset(fake)
      hsngx.exit(204, { headers = { ["Content-Encoding"] = "br" } })
      assert.are.equal("br", sent.headers["Content-Encoding"])
      assert.is_nil(sent.headers["Content-Length"])
    end)

    it("refuses fields that would relabel the body it makes (4.2)", function()
      for name, value in pairs { ["Content-Type"] = "text/html", ["content-encoding"] = "gzip",
                                 ["Content-Length"] = "38", ["Content-Range"] = "bytes */38",
                                 Content_Type = "text/html" } do
        for _, method in ipairs { "GET", "HEAD" } do
          local hsngx, sent = load(method, "*/*")
          raises("exit", 2, "would describe the body exit makes", function()
            hsngx.exit(404, { detail = "<b>x</b>", headers = { [name] = value } })
          end)
          untouched(sent)
        end
      end
      -- a 416's Content-Range states the representation's length, not the body's
      local h416, s416 = load("GET", "application/json")
      h416.exit(416, { headers = { ["Content-Range"] = "bytes */10" } })
      assert.are.equal("bytes */10", s416.headers["Content-Range"])
      assert.are.equal("application/problem+json", s416.headers["Content-Type"])
      -- with a body of the caller's, the caller describes it
      local hsngx, sent = load("GET")
      hsngx.exit(404, { body = "gz", headers = { ["Content-Encoding"] = "gzip" },
                        content_type = "text/plain" })
      assert.are.equal("gzip", sent.headers["Content-Encoding"])
      assert.are.equal("text/plain", sent.headers["Content-Type"])
    end)

    it("leaves a caller's body without content_type to nginx's default_type (4.3)", function()
      local hsngx, sent = load("GET")
      hsngx.exit(200, { body = "<script>x</script>" })
      assert.is_nil(sent.cleared["Content-Type"])
      assert.is_nil(sent.headers["Content-Type"])
      -- a body-less answer still keeps the default type off
      local h2, s2 = load("GET")
      h2.exit(200)
      assert.is_true(s2.cleared["Content-Type"])
    end)

    it("sends Vary: Accept with every body chosen from Accept, merged once (3)", function()
      local cases = {
        { nil, "Accept" },
        { "Accept-Encoding", "Accept-Encoding, Accept" },
        { "accept-encoding, ACCEPT", "accept-encoding, ACCEPT" },
        { "*", "*" },
        { "", "Accept" },
        { { "Origin", "Accept-Encoding" }, { "Origin", "Accept-Encoding", "Accept" } },
      }
      for _, method in ipairs { "GET", "HEAD" } do
        for _, c in ipairs(cases) do
          local hsngx, sent = load(method, "text/html")
          hsngx.exit(503, { headers = { Vary = c[1] } })
          assert.are.same(c[2], sent.headers.Vary, method)
        end
        local hsngx, sent = load(method, "application/json")
        hsngx.exit(500, { headers = { vary = "Origin" } })
        assert.are.equal("Origin, Accept", sent.headers.vary)
        assert.is_nil(sent.headers.Vary)
      end
      -- no negotiation, no Vary: the caller's body, a body-less code
      local hsngx, sent = load("GET", "text/html")
      hsngx.exit(404, { body = "x", content_type = "text/plain" })
      assert.is_nil(sent.headers.Vary)
      hsngx.exit(204)
      assert.is_nil(sent.headers.Vary)
    end)

    it("keeps a Vary the handler set through ngx.header, in the one line with its own", function()
      -- (a CORS step's Vary: Origin, replaced, let a cache in front give
      -- one origin's answer to another; one line, since nginx 1.22's
      -- proxy_cache keys on the last Vary line only)
      local cases = {
        -- the handler's, the caller's (opts.headers), the code, what goes out
        { "Origin", nil, 404, "Origin, Accept" },
        { "Origin", "Accept-Encoding", 404, "Origin, Accept-Encoding, Accept" },
        { "accept", nil, 404, "accept" },
        { "Origin", { "Origin", "Cookie" }, 404, "Origin, Cookie, Accept" },
        { { "Origin", "Cookie" }, "Accept", 404, "Origin, Cookie, Accept" },
        { "*", nil, 404, "*" },
        { "Origin", "*", 404, "*" },
        -- no negotiation: the caller's Vary joins the handler's the same way
        { "Origin", "Cookie", 200, "Origin, Cookie" },
        { "Origin", nil, 200, "Origin" },
      }
      for _, method in ipairs { "GET", "HEAD" } do
        for i, c in ipairs(cases) do
          local hsngx, sent, _, ngx = fake_ngx.load { method = method, accept = "text/html",
                                                      set_status = true }
          ngx.header["Vary"] = c[1]
          hsngx.exit(c[3], { headers = c[2] and { Vary = c[2] } or nil,
                             body = c[3] == 200 and "ok" or nil })
          assert.are.same(c[4], sent.headers.Vary, method .. " case " .. i)
        end
      end
    end)

    it("leaves connection-specific fields out over HTTP/2 and HTTP/3 (2)", function()
      local given = { Connection = "close, X-Hop", ["Keep-Alive"] = "timeout=5",
                      ["Proxy-Connection"] = "keep-alive", Upgrade = "h2c, websocket",
                      ["X-Hop"] = "1", ["X-Kept"] = "2" }
      for _, version in ipairs { 2, 3 } do
        local hsngx, sent = fake_ngx.load { version = version }
        -- the Upgrade rule (Connection must list upgrade) is HTTP/1.1's, and checked first
        given.Connection = "upgrade, X-Hop"
        hsngx.exit(200, { headers = given, body = "ok" })
        assert.are.same({ ["X-Kept"] = "2", ["Content-Length"] = "2" }, sent.headers)
      end
      local hsngx, sent = fake_ngx.load { version = 1.1 }
      hsngx.exit(200, { headers = given, body = "ok" })
      assert.are.equal("upgrade, X-Hop", sent.headers.Connection)
      assert.are.equal("1", sent.headers["X-Hop"])
    end)

    it("refuses 426 over HTTP/2 and HTTP/3: it needs Upgrade (2)", function()
      local upgrade = { headers = { Upgrade = "TLS/1.3", Connection = "Upgrade" } }
      for _, version in ipairs { 2, 3 } do
        local hsngx, sent = fake_ngx.load { version = version }
        local message = raises("exit", 1, "a 426 needs Upgrade, which HTTP/" .. version,
          function() hsngx.exit(426, upgrade) end)
        assert.matches("RFC 9113 8.6", message, 1, true)
        untouched(sent)
      end
      local hsngx, sent = fake_ngx.load { version = 1.1 }
      hsngx.exit(426, upgrade)
      assert.are.equal(426, sent.status)
      assert.are.equal("TLS/1.3", sent.headers.Upgrade)
    end)
  end)
end)
