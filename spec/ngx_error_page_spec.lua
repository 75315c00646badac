-- httpstatus.ngx's error_page against the recording stand-in for ngx, on
-- every runtime: the error nginx made, answered as exit answers. The real
-- nginx run is spec/nginx/error_page_spec.lua.
local raises = require "raises"

local fake_ngx = require "fake_ngx"

-- httpstatus.ngx over a fresh stand-in where nginx made `nginx` (status,
-- headers, vars); method and accept of the request; set_status offered
local function load(nginx, method, accept, set_status)
  return fake_ngx.load { method = method, accept = accept, set_status = set_status,
                         nginx = nginx }
end

local function count_warnings(sent)
  local n = 0
  for _, line in ipairs(sent.logged) do
    if line:find("^5 httpstatus.ngx error_page: ") then n = n + 1 end
  end
  return n
end

describe("httpstatus.ngx.error_page", function()
  it("answers nginx's status with a negotiated body, Vary: Accept and its length", function()
    local hsngx, sent = load({ status = 404 }, "GET", "application/json", true)
    assert.are.equal("exited", hsngx.error_page())
    assert.are.equal(404, sent.status)
    assert.are.equal("Not Found", sent.reason)
    assert.are.equal("application/problem+json", sent.headers["Content-Type"])
    assert.are.equal('{"type":"about:blank","title":"Not Found","status":404}', sent.body)
    assert.are.equal(tostring(#sent.body), sent.headers["Content-Length"])
    assert.are.equal("Accept", sent.headers.Vary)
    assert.are.equal(200, sent.exit)
  end)

  it("puts the registry's phrase where nginx's is stale (504 Gateway Timeout)", function()
    local hsngx, sent = load({ status = 504 }, "GET", "text/html", true)
    hsngx.error_page()
    assert.are.equal(504, sent.status)
    assert.are.equal("Gateway Timeout", sent.reason)
    assert.matches("<h1>504 Gateway Timeout</h1>", sent.body, 1, true)
    assert.are.equal("text/html; charset=utf-8", sent.headers["Content-Type"])
  end)

  it("keeps the fields of the status and drops what the failed request set", function()
    local hsngx, sent = load({ status = 401, headers = {
      ["WWW-Authenticate"] = 'Basic realm="test"', ["Content-Type"] = "application/json",
      ETag = '"v1"', ["Cache-Control"] = "max-age=3600", ["Content-Length"] = "99",
      Vary = "Cookie", ["X-Leak"] = "1" } })
    hsngx.error_page()
    assert.are.equal(401, sent.status)
    assert.are.equal('Basic realm="test"', sent.headers["WWW-Authenticate"])
    assert.are.equal("text/plain; charset=utf-8", sent.headers["Content-Type"])
    assert.are.equal("401 Unauthorized\n", sent.body)
    assert.are.equal(tostring(#sent.body), sent.headers["Content-Length"])
    assert.are.equal("Accept", sent.headers.Vary)
    for _, name in ipairs { "ETag", "Cache-Control", "X-Leak" } do
      assert.is_nil(sent.headers[name], name)
      assert.is_nil(sent.headers[name:lower()], name)
    end
    assert.are.equal(0, count_warnings(sent))
  end)

  it("keeps a field that is a list (several WWW-Authenticate challenges)", function()
    local hsngx, sent = load({ status = 401, headers = {
      ["WWW-Authenticate"] = { 'Basic realm="a"', 'Bearer realm="b"' } } })
    hsngx.error_page()
    assert.are.same({ 'Basic realm="a"', 'Bearer realm="b"' }, sent.headers["WWW-Authenticate"])
  end)

  it("answers nginx's 405 without Allow all the same, and warns once per worker", function()
    local hsngx, sent, reset = load({ status = 405 }, "POST", "text/plain")
    hsngx.error_page()
    assert.are.equal(405, sent.status)
    assert.are.equal("405 Method Not Allowed\n", sent.body)
    assert.is_nil(sent.headers.Allow)
    assert.are.equal(1, count_warnings(sent))
    assert.matches("nginx answered 405 without the 'Allow' header field", sent.logged[1], 1, true)
    assert.matches("allow = ", sent.logged[1], 1, true)
    sent = reset("POST", nil, nil, { status = 405 })
    hsngx.error_page()
    assert.are.equal(405, sent.status)
    assert.are.equal(0, count_warnings(sent))
    -- opts.allow gives it, and nothing is missing
    sent = reset("POST", nil, nil, { status = 405 })
    hsngx.error_page { allow = "GET, HEAD" }
    assert.are.equal("GET, HEAD", sent.headers.Allow)
    -- an Allow that came with the error wins over the option
    sent = reset("PUT", nil, nil, { status = 405, headers = { allow = "GET" } })
    hsngx.error_page { allow = "GET, HEAD" }
    assert.are.equal("GET", sent.headers.Allow)
    -- allow belongs to 405 only
    sent = reset("GET", nil, nil, { status = 404 })
    hsngx.error_page { allow = "GET, HEAD" }
    assert.is_nil(sent.headers.Allow)
  end)

  it("warns for a 401 without WWW-Authenticate too, once, on another count than 405's", function()
    local hsngx, sent, reset = load({ status = 401 })
    hsngx.error_page()
    assert.are.equal(401, sent.status)
    assert.are.equal(1, count_warnings(sent))
    sent = reset("GET", nil, nil, { status = 405 })
    hsngx.error_page()
    assert.are.equal(1, count_warnings(sent))
    sent = reset("GET", nil, nil, { status = 401 })
    hsngx.error_page()
    assert.are.equal(0, count_warnings(sent))
  end)

  it("adds Retry-After to 429 and 503 from opts.retry_after, seconds or a function", function()
    local hsngx, sent, reset = load({ status = 429 })
    hsngx.error_page { retry_after = 30 }
    assert.are.equal("30", sent.headers["Retry-After"])
    local asked = {}
    sent = reset("GET", nil, nil, { status = 503 })
    hsngx.error_page { retry_after = function(code) asked[#asked + 1] = code return 5 end }
    assert.are.equal("5", sent.headers["Retry-After"])
    sent = reset("GET", nil, nil, { status = 429 })
    hsngx.error_page { retry_after = function() return nil end }
    assert.is_nil(sent.headers["Retry-After"])
    assert.are.same({ 503 }, asked)
    -- 413's Retry-After belongs only when the condition is temporary: not from the option
    sent = reset("POST", nil, nil, { status = 413 })
    hsngx.error_page { retry_after = 30 }
    assert.is_nil(sent.headers["Retry-After"])
    assert.are.equal(413, sent.status)
    -- but one the request set is kept
    sent = reset("POST", nil, nil, { status = 413, headers = { ["Retry-After"] = "60" } })
    hsngx.error_page()
    assert.are.equal("60", sent.headers["Retry-After"])
    -- and none for codes without it
    sent = reset("GET", nil, nil, { status = 404, headers = { ["Retry-After"] = "60" } })
    hsngx.error_page { retry_after = 30 }
    assert.is_nil(sent.headers["Retry-After"])
  end)

  it("takes the upstream's fields when the error is the upstream's answer", function()
    local hsngx, sent, reset = load({ status = 503, vars = {
      upstream_status = "503", upstream_http_retry_after = "7" } })
    hsngx.error_page { retry_after = 30 }
    assert.are.equal("7", sent.headers["Retry-After"])
    -- another try's answer, or another status: not this error's
    sent = reset("GET", nil, nil, { status = 503, vars = {
      upstream_status = "503, 502", upstream_http_retry_after = "7" } })
    hsngx.error_page { retry_after = 30 }
    assert.are.equal("30", sent.headers["Retry-After"])
    sent = reset("GET", nil, nil, { status = 401, vars = {
      upstream_status = "401", upstream_http_www_authenticate = 'Bearer realm="api"' } })
    hsngx.error_page()
    assert.are.equal('Bearer realm="api"', sent.headers["WWW-Authenticate"])
    assert.are.equal(0, count_warnings(sent))
  end)

  it("builds the body from detail (or its function), type (a base URI) and extensions",
    function()
      local hsngx, sent, reset = load({ status = 502 }, "GET", "application/json")
      hsngx.error_page { detail = "the upstream is down", type = "https://example.com/probs/",
                         extensions = { trace = "abc" } }
      assert.are.equal('{"type":"https://example.com/probs/502","title":"Bad Gateway",'
        .. '"status":502,"detail":"the upstream is down","trace":"abc"}', sent.body)
      sent = reset("GET", "application/json", nil, { status = 404 })
      hsngx.error_page { detail = function(code) return "no page (" .. code .. ")" end }
      assert.are.equal('{"type":"about:blank","title":"Not Found","status":404,'
        .. '"detail":"no page (404)"}', sent.body)
      sent = reset("GET", "application/json", nil, { status = 500 })
      hsngx.error_page { detail = function() return nil end }
      assert.are.equal('{"type":"about:blank","title":"Internal Server Error","status":500}',
        sent.body)
    end)

  it("sends the headers a GET gets and no body for HEAD", function()
    local hsngx, sent = load({ status = 404 }, "HEAD", "text/html")
    hsngx.error_page()
    assert.is_nil(sent.body)
    assert.is_true(sent.headers_sent)
    assert.is_truthy(tonumber(sent.headers["Content-Length"]) > 100)
    assert.are.equal("text/html; charset=utf-8", sent.headers["Content-Type"])
    assert.are.equal("Accept", sent.headers.Vary)
  end)

  it("raises, touching nothing, in a phase that cannot send a response", function()
    for _, phase in ipairs { "header_filter", "body_filter", "log" } do
      local hsngx, sent = fake_ngx.load { phase = phase, nginx = { status = 404,
                                          headers = { ["X-Page"] = "1" } } }
      local ok, err = pcall(hsngx.error_page)
      assert.is_false(ok, phase)
      assert.matches("error_page(): called in the " .. phase .. " phase", err, 1, true)
      assert.is_nil(sent.status)
      assert.are.same({ ["X-Page"] = "1" }, sent.headers)
      assert.are.same({}, sent.cleared)
      assert.is_nil(sent.exit)
    end
  end)

  it("answers nginx's own 494-497 as the 400 nginx sends for them", function()
    local hsngx, sent = load({ status = 494 })
    hsngx.error_page()
    assert.are.equal(400, sent.status)
    assert.are.equal("400 Bad Request\n", sent.body)
  end)

  it("raises, sending nothing, when the status is no error ('= @problem' drops it)", function()
    for _, status in ipairs { 0, 200, 302 } do
      local hsngx, sent = load({ status = status })
      local ok, message = pcall(function() hsngx.error_page() end)
      assert.is_false(ok)
      assert.matches("^spec/ngx_error_page_spec%.lua:%d+: error_page%(%): ngx%.status is "
        .. status .. ", not an error", message)
      assert.are.same({}, sent.headers)
      assert.is_nil(sent.exit)
    end
  end)

  it("refuses unknown options and bad values at the caller's line", function()
    local hsngx, sent = load({ status = 404 })
    local cases = {
      { { details = "x" }, 'unknown option "details"' },
      { "x", "table or nil expected, got string" },
      { { detail = 1 }, "detail must be a string or a function, got 1" },
      { { type = true }, "type must be a string" },
      { { extensions = "x" }, "extensions must be a table" },
      { { retry_after = -1 }, "retry_after must be a whole number of seconds >= 0, got -1" },
      { { retry_after = 1.5 }, "got 1.5" },
      { { retry_after = 0 / 0 }, "retry_after must be" },
      { { allow = "GET\r\nX: y" }, "allow must not contain CR, LF" },
      { { allow = "GET, (HEAD)" }, "allow must list methods" },
      { { allow = 1 }, "allow must be a string" },
      { { detail = function() return 1 end }, "detail(404)'s answer must be a string or nil" },
    }
    for _, case in ipairs(cases) do
      raises("error_page", 1, case[2], function() hsngx.error_page(case[1]) end)
      assert.are.same({}, sent.headers)
      assert.is_nil(sent.exit)
    end
    -- the members are checked where they are written, as exit's are (JSON)
    local hjson = load({ status = 404 }, "GET", "application/json")
    raises("error_page", 1, "for a 404: extensions must not hold RFC 9457 members",
      function() hjson.error_page { extensions = { status = 1 } } end)
    local h429 = load({ status = 429 })
    raises("error_page", 1, "retry_after(429)'s answer must be a whole number of seconds",
      function() h429.error_page { retry_after = function() return "soon" end } end)
  end)

  it("answers without the fields nginx gave when one cannot be sent, and warns once", function()
    local hsngx, sent, reset = load({ status = 503, headers = { ["Retry-After"] = "soon\1" } })
    hsngx.error_page { retry_after = 30 }
    assert.are.equal(503, sent.status)
    assert.are.equal("30", sent.headers["Retry-After"])
    assert.are.equal(1, count_warnings(sent))
    assert.matches("answered without the fields nginx gave", sent.logged[1], 1, true)
    sent = reset("GET", nil, nil, { status = 503, headers = { ["Retry-After"] = "soon\1" } })
    hsngx.error_page()
    assert.is_nil(sent.headers["Retry-After"])
    assert.are.equal(0, count_warnings(sent))
  end)

  it("leaves Upgrade out of a 426 over HTTP/2, where it cannot be said", function()
    local hsngx, sent, reset = load({ status = 426, headers = {
      Upgrade = "TLS/1.3", Connection = "Upgrade" } })
    hsngx.error_page()
    assert.are.equal("TLS/1.3", sent.headers.Upgrade) -- HTTP/1.1
    sent = reset("GET", nil, 2, { status = 426, headers = {
      Upgrade = "TLS/1.3", Connection = "Upgrade" } })
    hsngx.error_page()
    assert.are.equal(426, sent.status)
    assert.is_nil(sent.headers.Upgrade)
    assert.is_nil(sent.headers.Connection)
    assert.are.equal("426 Upgrade Required\n", sent.body)
  end)

  it("answers call after call from their own state (codes, fields, types)", function()
    local hsngx, sent, reset = load({ status = 401, headers = {
      ["WWW-Authenticate"] = "Basic" } }, "GET", "text/html", true)
    hsngx.error_page { detail = "who are you" }
    assert.matches("who are you", sent.body, 1, true)
    sent = reset("GET", "application/json", nil, { status = 404 })
    hsngx.error_page()
    assert.are.equal(404, sent.status)
    assert.is_nil(sent.headers["WWW-Authenticate"])
    assert.are.equal('{"type":"about:blank","title":"Not Found","status":404}', sent.body)
    sent = reset("GET", "text/html", nil, { status = 401, headers = {
      ["WWW-Authenticate"] = "Basic" } })
    hsngx.error_page()
    assert.not_matches("who are you", sent.body, 1, true)
    assert.are.equal("Basic", sent.headers["WWW-Authenticate"])
  end)
end)
