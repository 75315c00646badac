-- The facts that differ between HTTP/1.x, HTTP/2 and HTTP/3 (RFC 9110
-- 15.2, RFC 9113 8.2.2, 8.3.2, 8.6; RFC 9114 4.2, 4.3.2, 4.5): as data
-- (info(code).versions, protocol(version)) and applied by the builders when
-- told the version.
local hs = require "httpstatus"
local raises = require "spec.raises"

describe("info(code).versions", function()
  it("lists every version but HTTP/1.0 for a 1xx, and HTTP/1.x only for 101 and 426", function()
    for _, code in ipairs(hs.codes()) do
      local want = { "1.0", "1.1", "2", "3" }
      if code == 101 then
        want = { "1.1" }
      elseif code == 426 then
        want = { "1.0", "1.1" }
      elseif code < 200 then
        want = { "1.1", "2", "3" }
      end
      assert.are.same(want, hs.info(code).versions, code)
    end
  end)
end)

describe("protocol(version)", function()
  it("says what each version carries, for every usual spelling", function()
    local h1 = { version = "1.1", status_line = true, reason_phrase = true,
                 connection_fields = true, upgrade = true, interim = true, reference = "RFC 9112" }
    for _, v in ipairs { "1.1", "HTTP/1.1", 1.1 } do assert.are.same(h1, hs.protocol(v)) end
    local h10 = hs.protocol("HTTP/1.0")
    assert.are.same({ "1.0", true, false, false }, { h10.version, h10.reason_phrase, h10.upgrade,
                                                     h10.interim })
    for _, v in ipairs { "2", "HTTP/2", 2, 2.0, "3", "HTTP/3", 3 } do
      local p = hs.protocol(v)
      assert.are.same({ false, false, false, false, true },
        { p.status_line, p.reason_phrase, p.connection_fields, p.upgrade, p.interim }, tostring(v))
      assert.are.equal(p.version == "2" and "RFC 9113" or "RFC 9114", p.reference)
    end
  end)

  it("answers nil for anything else, and a fresh table each time", function()
    for _, v in ipairs { "4", "h2", "HTTP/1.2", 1.2, "", {}, true } do
      assert.is_nil(hs.protocol(v), tostring(v))
    end
    assert.is_nil(hs.protocol())
    local a = hs.protocol("2")
    a.reason_phrase = true
    assert.is_false(hs.protocol("2").reason_phrase)
  end)
end)

describe("response(code, {version = ...})", function()
  local H1 = { Connection = "close, X-Hop", ["X-Hop"] = "1", ["Keep-Alive"] = "timeout=5",
               ["Transfer-Encoding"] = "chunked", ["Proxy-Connection"] = "keep-alive",
               ["Content-Type"] = "text/plain" }

  it("leaves connection-specific fields and the reason phrase out over HTTP/2 and HTTP/3", function()
    for _, v in ipairs { "2", "3", "HTTP/2", 2.0, 3 } do
      local r = hs.response(200, { version = v, headers = H1, body = "hi", reason = "Fine" })
      assert.are.same({ ["Content-Type"] = "text/plain" }, r.headers, tostring(v))
      assert.is_nil(r.reason)
      assert.are.equal(hs.protocol(v).version, r.version)
      assert.are.equal("hi", r.body)
    end
  end)

  it("keeps them over HTTP/1.x, and answers as before without a version", function()
    local r = hs.response(200, { version = "1.1", headers = { Connection = "close" } })
    assert.are.same({ "OK", "1.1", "close" }, { r.reason, r.version, r.headers.Connection })
    local plain = hs.response(200, { headers = { Connection = "close" } })
    assert.is_nil(plain.version)
    assert.are.equal("OK", plain.reason)
  end)

  it("gives a HEAD answer its Content-Length once Transfer-Encoding is gone", function()
    local r = hs.response(200, { version = "2", method = "HEAD", body = "12345",
                                 headers = { ["Transfer-Encoding"] = "chunked" } })
    assert.are.same({ ["Content-Length"] = "5" }, r.headers)
    assert.is_nil(r.body)
  end)

  it("refuses what a version cannot carry", function()
    local up = { Upgrade = "websocket", Connection = "upgrade" }
    for _, code in ipairs { 101, 426 } do
      raises("response", 2, "needs Upgrade, which HTTP/2 has not", function()
        hs.response(code, { version = "2", headers = up })
      end)
      raises("response", 2, "HTTP/3 has not", function()
        hs.response(code, { version = 3, headers = up })
      end)
      assert.are.equal(code, hs.response(code, { version = "1.1", headers = up }).status)
    end
    raises("response", 2, "never sent to an HTTP/1.0 client", function()
      hs.response(103, { version = "1.0" })
    end)
    raises("response", 2, 'version must be "1.0", "1.1", "2" or "3"', function()
      hs.response(200, { version = "h2" })
    end)
  end)

  it("writes HTTP/1.x only: serialize refuses HTTP/2 and HTTP/3", function()
    assert.are.equal("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n",
      hs.serialize(hs.response(404, { version = "1.0" })))
    local h2 = hs.response(404, { version = "2" })
    raises("serialize", 1, "HTTP/2 frames its messages in binary and has no status line",
      function() hs.serialize(h2) end)
    -- the calls before changed nothing that a later one reads
    assert.are.equal("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
      hs.serialize(hs.response(404)))
  end)
end)
