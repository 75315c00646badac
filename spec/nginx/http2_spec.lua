-- httpstatus.ngx and the connection-specific fields (Connection,
-- Keep-Alive, Proxy-Connection, Transfer-Encoding, Upgrade): HTTP/1.1
-- carries them, HTTP/2 has none (RFC 9113 8.2.2), so over h2c exit leaves
-- them out, and refuses a 426, which MUST carry Upgrade, before anything
-- is sent. Routes: spec/nginx/http2_route.lua.
local client = require "nginx.client"

local request = client.request

-- the members of a comma-separated field, lower case
local function members(value)
  local t = {}
  for m in (value or ""):gmatch("[^,%s]+") do t[#t + 1] = m:lower() end
  return t
end

describe("connection-specific fields over HTTP/" .. client.HTTP .. " #nginx", function()
  it("reaches nginx over the protocol this run is about", function()
    local r = request("GET", "/h2/version")
    assert.are.equal(200, r.status)
    assert.are.equal(client.H2 and "2" or "1.1", r.body)
  end)

  it("answers without the content fields the handler set for content of its own", function()
    -- over h2 a 204 or 304 with Content-Length was PROTOCOL_ERROR; a gzip
    -- label on the plain error page failed in the client's decoder
    for _, code in ipairs { 204, 304, 500, 200 } do
      local r = request("GET", "/h2/preset/" .. code)
      assert.are.equal(code, r.status, r.head)
      if code == 500 then assert.is_nil(r.headers["content-encoding"]) end
      assert.are.equal(code == 500 and tostring(#r.body) or (code == 200 and "0" or nil),
        r.headers["content-length"], code)
    end
  end)

  if client.H2 then
    it("leaves Connection, Keep-Alive, Proxy-Connection and Upgrade out (curl succeeds)",
      function()
        local r = request("GET", "/h2/fields")
        assert.are.equal(200, r.status)
        assert.are.equal("fields\n", r.body)
        for _, name in ipairs { "connection", "keep-alive", "proxy-connection", "upgrade" } do
          assert.is_nil(r.headers[name], name)
        end
      end)

    it("never sends a Transfer-Encoding it was given", function()
      local r = request("GET", "/h2/transfer-encoding")
      assert.are.equal(200, r.status)
      assert.is_nil(r.headers["transfer-encoding"])
    end)

    it("refuses a 426 before sending anything, saying HTTP/2 cannot carry it", function()
      local r = request("GET", "/h2/426")
      assert.are.equal(200, r.status)
      assert.matches("^refused: ", r.body)
      assert.matches("426", r.body, 1, true)
      assert.matches("HTTP/2", r.body, 1, true)
      assert.is_nil(r.headers.upgrade)
      assert.is_nil(r.headers.connection)
    end)
  else
    it("sends the fields it is given", function()
      local r = request("GET", "/h2/fields")
      assert.are.equal(200, r.status)
      assert.are.equal("fields\n", r.body)
      assert.are.equal("timeout=5", r.headers["keep-alive"])
      assert.are.equal("keep-alive", r.headers["proxy-connection"])
      assert.are.equal("TLS/1.3", r.headers.upgrade)
      assert.truthy(r.headers.connection)
    end)

    it("never frames a body twice: a given Transfer-Encoding is not sent beside Content-Length",
      function()
        local r = request("GET", "/h2/transfer-encoding")
        assert.are.equal(200, r.status)
        assert.is_false(r.headers["transfer-encoding"] ~= nil and
          r.headers["content-length"] ~= nil, r.head)
      end)

    it("sends 426 with Upgrade and Connection: upgrade", function()
      local r = request("GET", "/h2/426")
      assert.are.equal(426, r.status)
      assert.are.equal("TLS/1.3", r.headers.upgrade)
      local found = false
      for _, m in ipairs(members(r.headers.connection)) do found = found or m == "upgrade" end
      assert(found, "Connection: " .. tostring(r.headers.connection))
    end)
  end
end)
