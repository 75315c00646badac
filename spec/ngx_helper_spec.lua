-- httpstatus.ngx against a recording stand-in for ngx, on every runtime:
-- what it sends, and that a refused call sends nothing. The real nginx run
-- is spec/nginx/openresty_spec.lua.
local raises = require "raises"

local function fake_ngx(method, accept)
  local sent = { headers = {} }
  local ngx = {
    HTTP_OK = 200,
    req = { get_method = function() return method end },
    var = { http_accept = accept },
    header = setmetatable({}, { __newindex = function(_, k, v) sent.headers[k] = v end,
                                __index = function(_, k) return sent.headers[k] end }),
    send_headers = function() sent.headers_sent = true end,
    print = function(s) sent.body = (sent.body or "") .. s end,
    exit = function(code) sent.exit = code return "exited" end,
  }
  setmetatable(ngx, { __newindex = function(t, k, v)
    if k == "status" then sent.status = v else rawset(t, k, v) end
  end })
  return ngx, sent
end

-- load httpstatus.ngx with ngx set to a fresh stand-in
local function load(method, accept)
  local ngx, sent = fake_ngx(method or "GET", accept)
  local saved = rawget(_G, "ngx")
  rawset(_G, "ngx", ngx)
  package.loaded["httpstatus.ngx"] = nil
  local hsngx = require "httpstatus.ngx"
  rawset(_G, "ngx", saved)
  package.loaded["httpstatus.ngx"] = nil
  return hsngx, sent
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
    raises("exit", 2, 'unknown option string "header"', function()
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
end)
