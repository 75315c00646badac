-- response() and serialize(): the rules HTTP sets, enforced.
local hs = require "httpstatus"
local raises = require "raises"
local bad_values = require "bad_values"

describe("response", function()
  it("builds a plain response", function()
    assert.are.same({ status = 200, reason = "OK", headers = { ["Content-Type"] = "text/plain" },
                      body = "hi" },
      hs.response(200, { headers = { ["Content-Type"] = "text/plain" }, body = "hi" }))
    assert.are.same({ status = 299, reason = "", headers = {} }, hs.response(299))
    assert.are.equal("Custom", hs.response(404, { reason = "Custom" }).reason)
  end)

  it("copies the headers, keeping their case, numbers as text, lists as lists", function()
    local given = { ["X-Count"] = 3, ["Set-Cookie"] = { "a=1", "b=2" }, ["x-lower"] = "v" }
    local r = hs.response(200, { headers = given })
    assert.are.same({ ["X-Count"] = "3", ["Set-Cookie"] = { "a=1", "b=2" }, ["x-lower"] = "v" },
      r.headers)
    assert.are_not.equal(given, r.headers)
    assert.are.equal(3, given["X-Count"])
  end)

  it("raises when an unconditional MUST header field is missing", function()
    local must = { [101] = "Upgrade", [401] = "WWW-Authenticate", [405] = "Allow",
                   [407] = "Proxy-Authenticate", [426] = "Upgrade", [226] = "ETag" }
    local others = { [101] = { Connection = "upgrade" }, [426] = { Connection = "upgrade" } }
    for code, field in pairs(must) do
      raises("response", 2, "must carry the '" .. field .. "' header field", function()
        hs.response(code)
      end)
      local h = others[code] or {}
      h[field:lower()] = field == "Upgrade" and "websocket" or "x"
      assert.are.equal(code, hs.response(code, { headers = h }).status)
    end
  end)

  it("raises for Upgrade without 'upgrade' in Connection, on any response (RFC 9110, 7.8)", function()
    raises("response", 2, "must carry the 'Connection' header field", function()
      hs.response(101, { headers = { Upgrade = "websocket" } })
    end)
    for _, connection in ipairs { "close", "keep-alive, Upgrades", { "close" } } do
      raises("response", 2, "must list 'upgrade' in its 'Connection'", function()
        hs.response(101, { headers = { Upgrade = "websocket", Connection = connection } })
      end)
      raises("serialize", 1, "must list 'upgrade' in its 'Connection'", function()
        hs.serialize({ status = 200, headers = { Upgrade = "h2c", Connection = connection } })
      end)
    end
    for _, connection in ipairs { "upgrade", "Upgrade", "keep-alive, UPGRADE", { "close", "upgrade" } } do
      assert.are.equal(426, hs.response(426, { headers = { Upgrade = "TLS/1.2",
                                                           Connection = connection } }).status)
    end
    raises("response", 2, "must list 'upgrade'", function()
      hs.response(200, { headers = { Upgrade = "h2c" } })
    end)
  end)

  it("raises for a redirect without Location", function()
    for _, code in ipairs { 301, 302, 303, 307, 308 } do
      raises("response", 2, "must carry the 'Location' header field", function()
        hs.response(code)
      end)
      local r = hs.response(code, { headers = { Location = "/x" } })
      assert.are.equal("/x", r.headers.Location)
    end
    -- 300 and 304 are not redirects in that sense
    assert.are.equal(300, hs.response(300).status)
    assert.are.equal(304, hs.response(304).status)
  end)

  it("raises for a body on a code that allows none, instead of dropping it", function()
    for _, code in ipairs { 100, 103, 204, 205, 304 } do
      raises("response", 2, "cannot have a body", function()
        hs.response(code, { body = "x" })
      end)
    end
    raises("response", 2, "CONNECT", function()
      hs.response(200, { method = "CONNECT", body = "x" })
    end)
    assert.are.equal("tunnel refused", hs.response(407, {
      method = "CONNECT", body = "tunnel refused",
      headers = { ["Proxy-Authenticate"] = "Basic" } }).body)
  end)

  it("keeps every header of a HEAD response, with the GET body's length, and no body", function()
    local r = hs.response(200, { method = "HEAD", body = "hello",
                                 headers = { ["Content-Type"] = "text/plain" } })
    assert.is_nil(r.body)
    assert.are.same({ ["Content-Type"] = "text/plain", ["Content-Length"] = "5" }, r.headers)
    assert.are.equal("HEAD", r.method)
  end)

  it("refuses a Content-Length that disagrees with the body", function()
    raises("response", 2, "Content-Length", function()
      hs.response(200, { body = "hello", headers = { ["Content-Length"] = "4" } })
    end)
    raises("response", 2, "Content-Length", function()
      hs.response(200, { body = "hello", headers = { ["content-length"] = "five" } })
    end)
    assert.are.equal("5",
      hs.response(200, { body = "hello", headers = { ["Content-Length"] = 5 } }).headers["Content-Length"])
  end)

  it("refuses CR, LF, NUL and controls in header values and reasons, naming the field", function()
    for _, bad in ipairs { "a\r\nX-Evil: 1", "a\n", "a\r", "a\0", "\127", "\1" } do
      raises("response", 2, "header 'X-Test' must not contain CR, LF, NUL", function()
        hs.response(200, { headers = { ["X-Test"] = bad } })
      end)
      raises("response", 2, "header 'X-Test' value #2 must not contain", function()
        hs.response(200, { headers = { ["X-Test"] = { "ok", bad } } })
      end)
      raises("response", 2, "reason must not contain", function()
        hs.response(200, { reason = bad })
      end)
    end
  end)

  it("refuses header names that are not tokens, and the same name twice", function()
    for _, name in ipairs { "Bad Name", "Bad:Name", "", "X\r\nY", "Ä", "(x)" } do
      raises("response", 2, "is not a token", function()
        hs.response(200, { headers = { [name] = "v" } })
      end)
    end
    raises("response", 2, "is not a token", function() hs.response(200, { headers = { "v" } }) end)
    raises("response", 2, "given twice", function()
      hs.response(200, { headers = { ["X-A"] = "1", ["x-a"] = "2" } })
    end)
  end)

  it("refuses other bad arguments", function()
    for _, v in ipairs(bad_values) do
      raises("response", 1, "status code 100..599 expected", function() hs.response(v[2]) end)
    end
    raises("response", 2, "table or nil expected", function() hs.response(200, "x") end)
    raises("response", 2, "body must be a string", function() hs.response(200, { body = 5 }) end)
    raises("response", 2, "method must be a token", function() hs.response(200, { method = "GE T" }) end)
    raises("response", 2, "headers must be a table", function() hs.response(200, { headers = "x" }) end)
    raises("response", 2, "must be a string or a number", function()
      hs.response(200, { headers = { X = true } })
    end)
    raises("response", 2, "not a finite number", function()
      hs.response(200, { headers = { X = 0 / 0 } })
    end)
    raises("response", 2, "empty list", function() hs.response(200, { headers = { X = {} } }) end)
    raises("response", 2, "reason must be a string", function() hs.response(200, { reason = 1 }) end)
  end)
end)

describe("serialize", function()
  it("writes status line, sorted headers, Content-Length, blank line and body", function()
    local bytes = hs.serialize(hs.response(201, {
      headers = { Location = "/items/7", ["Content-Type"] = "application/json",
                  ["Set-Cookie"] = { "a=1", "b=2" } },
      body = '{"id":7}' }))
    assert.are.equal("HTTP/1.1 201 Created\r\n"
      .. "Content-Length: 8\r\n"
      .. "Content-Type: application/json\r\n"
      .. "Location: /items/7\r\n"
      .. "Set-Cookie: a=1\r\n"
      .. "Set-Cookie: b=2\r\n"
      .. "\r\n"
      .. '{"id":7}', bytes)
  end)

  it("writes Content-Length: 0 for an empty body that could have content", function()
    assert.are.equal("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
      hs.serialize(hs.response(404)))
  end)

  it("never writes Content-Length on 1xx or 204, nor a body", function()
    assert.are.equal("HTTP/1.1 204 No Content\r\n\r\n", hs.serialize(hs.response(204)))
    assert.are.equal("HTTP/1.1 100 Continue\r\n\r\n", hs.serialize(hs.response(100)))
    assert.are.equal("HTTP/1.1 101 Switching Protocols\r\nConnection: upgrade\r\n"
      .. "Upgrade: websocket\r\n\r\n", hs.serialize(hs.response(101, {
        headers = { Upgrade = "websocket", Connection = "upgrade" } })))
    raises("serialize", 1, "must not carry Content-Length", function()
      hs.serialize({ status = 204, headers = { ["Content-Length"] = "0" } })
    end)
  end)

  it("gives a HEAD response built without a body the GET's length, 0", function()
    assert.are.equal("0", hs.response(200, { method = "HEAD" }).headers["Content-Length"])
    assert.are.equal("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
      hs.serialize(hs.response(200, { method = "HEAD" })))
    -- a hand-built HEAD table says nothing of the GET's content: left alone
    assert.are.equal("HTTP/1.1 200 OK\r\n\r\n", hs.serialize({ status = 200, method = "HEAD" }))
  end)

  it("leaves HEAD and 304 framing to the sender", function()
    assert.are.equal("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n",
      hs.serialize(hs.response(200, { method = "HEAD", body = "hello" })))
    assert.are.equal("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n",
      hs.serialize(hs.response(304, { headers = { ETag = '"x"' } })))
  end)

  it("leaves a Transfer-Encoding body alone, and refuses it with Content-Length", function()
    assert.are.equal("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
      hs.serialize({ status = 200, headers = { ["Transfer-Encoding"] = "chunked" },
                     body = "0\r\n\r\n" }))
    raises("serialize", 1, "Content-Length and Transfer-Encoding", function()
      hs.serialize({ status = 200, headers = { ["Transfer-Encoding"] = "chunked",
                                               ["Content-Length"] = "5" }, body = "hello" })
    end)
  end)

  it("checks a hand-built table as strictly as response()", function()
    raises("serialize", 1, "response table expected", function() hs.serialize(nil) end)
    raises("serialize", 1, "status code", function() hs.serialize({ status = 999 }) end)
    raises("serialize", 1, "must not contain CR, LF", function()
      hs.serialize({ status = 200, headers = { X = "a\r\nb" } })
    end)
    raises("serialize", 1, "reason must not contain", function()
      hs.serialize({ status = 200, reason = "OK\r\nX: y" })
    end)
    raises("serialize", 1, "cannot have a body", function()
      hs.serialize({ status = 304, body = "x" })
    end)
    raises("serialize", 1, "cannot have a body", function()
      hs.serialize({ status = 200, method = "HEAD", body = "x" })
    end)
    raises("serialize", 1, "Content-Length", function()
      hs.serialize({ status = 200, headers = { ["Content-Length"] = "9" }, body = "x" })
    end)
  end)

  it("never lets CR or LF into the head, whatever the input", function()
    local bytes = hs.serialize(hs.response(200, { headers = { A = "1", B = { "2", "3" } },
                                                  body = "line1\r\nline2" }))
    local head = bytes:match("^(.-)\r\n\r\n")
    for line in (head .. "\r\n"):gmatch("(.-)\r\n") do
      assert.is_nil(line:find("[\r\n%z]"))
    end
  end)
end)
