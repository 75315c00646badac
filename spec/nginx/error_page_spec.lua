-- httpstatus.ngx's error_page on a real nginx (scripts/nginx_test.sh): each
-- error nginx makes itself, driven for real in the error_page server of
-- spec/nginx/http.conf (which holds the README's nginx block as it is),
-- answered with the status nginx chose, our status line where ngx_lua
-- can set one, a body negotiated from Accept with Vary: Accept and its
-- length, the fields of that status kept and the others gone.
local client = require "nginx.client"
local hs = require "httpstatus"
local cjson = require "cjson"

local PORT = client.PORTS[8081]
local H2 = client.H2

local JSON, HTML, TEXT = "application/json", "text/html", "text/plain"

-- the prefix nginx runs in (its pid file is logs/nginx.pid there)
local function prefix()
  local pid_file = assert(os.getenv("HS_NGINX_PID_FILE"), "HS_NGINX_PID_FILE is not set")
  return (pid_file:gsub("/logs/nginx%.pid$", ""))
end

local function request(method, path, headers, body)
  return client.request(method, path, headers, { port = PORT, body = body })
end

describe("nginx's own errors, answered by error_page #nginx", function()
  local can_set -- ngx.resp.set_status: our phrase on the status line
  local nginx_lines = {}

  setup(function()
    assert(PORT, "run through scripts/nginx_test.sh: HS_NGINX_PORT_8081 is not set")
    can_set = client.request("GET", "/capabilities").body == "set_status"
    -- auth_basic's users: conf/htpasswd, read by nginx at each request
    local f = assert(io.open(prefix() .. "/conf/htpasswd", "w"))
    assert(f:write("hs:{PLAIN}secret\n"))
    f:close()
  end)

  -- the status line HTTP/1.1 must carry for code: ours where ngx_lua sets
  -- it, else the one this nginx writes for the code (asked of the main
  -- server's /nginx-status/NNN)
  local function expected_line(code)
    if can_set then return hs.status_line(code) end
    if not nginx_lines[code] then
      nginx_lines[code] = client.request("GET", "/nginx-status/" .. code).status_line
    end
    return nginx_lines[code]
  end

  -- res is error_page's answer to a request with Accept `accept` (nil:
  -- none) and `method`, for code; detail: the body's detail, if any
  local function check_answer(res, code, accept, method, detail)
    local where = ("%d (Accept %s): %s"):format(code, tostring(accept), res.head)
    assert.are.equal(code, res.status, where)
    if not H2 then assert.are.equal(expected_line(code), res.status_line, where) end
    assert.are.equal("Accept", res.headers.vary, where)
    local title = hs.reason(code)
    local length = tonumber(res.headers["content-length"])
    assert.is_truthy(length and length > 0, where)
    if method == "HEAD" then
      assert.are.equal("", res.body, where)
    else
      assert.are.equal(length, #res.body, where)
    end
    if accept == JSON then
      assert.are.equal("application/problem+json", res.headers["content-type"], where)
      if method ~= "HEAD" then
        local doc = cjson.decode(res.body)
        assert.are.equal(code, doc.status, where)
        assert.are.equal(title, doc.title, where)
        assert.are.equal(detail, doc.detail, where)
      end
    elseif accept == HTML then
      assert.are.equal("text/html; charset=utf-8", res.headers["content-type"], where)
      if method ~= "HEAD" then
        assert.matches("<h1>" .. code .. " " .. title .. "</h1>", res.body, 1, true)
      end
    else
      assert.are.equal("text/plain; charset=utf-8", res.headers["content-type"], where)
      if method ~= "HEAD" then
        assert.are.equal(code .. " " .. title .. "\n" .. (detail and detail .. "\n" or ""),
          res.body, where)
      end
    end
  end

  -- one error, asked for with each Accept in turn (and once with HEAD)
  local function each_accept(method, path, code, check_more, body)
    for _, accept in ipairs { JSON, HTML, TEXT, false } do
      local res = request(method, path, accept and { Accept = accept } or nil, body)
      check_answer(res, code, accept or nil, method)
      if check_more then check_more(res) end
    end
    if method == "GET" then
      local res = request("HEAD", path, { Accept = JSON })
      check_answer(res, code, JSON, "HEAD")
      if check_more then check_more(res) end
    end
  end

  it("404 and 403 of a static root", function()
    each_accept("GET", "/missing.txt", 404)
    each_accept("GET", "/folder/", 403)
    assert.are.equal("a static file\n", request("GET", "/file.txt").body)
  end)

  it("405 of a POST to a static file, with the Allow the README's options give", function()
    each_accept("POST", "/file.txt", 405, function(res)
      assert.are.equal("GET, HEAD", res.headers.allow)
    end)
  end)

  it("405 without Allow (error_page without opts.allow): answered all the same", function()
    for _ = 1, 3 do
      local res = request("POST", "/bare405/file.txt", { Accept = JSON })
      check_answer(res, 405, JSON, "POST")
      assert.is_nil(res.headers.allow)
    end
  end)

  it("413 of a body over client_max_body_size", function()
    local body = ("x"):rep(5000)
    if not H2 then return each_accept("POST", "/file.txt", 413, nil, body) end
    -- h2c: nginx answers, then resets the stream whose body it did not
    -- read (RST_STREAM NO_ERROR), and curl drops the answer now and then
    -- (its own 413 page too): nghttp shows every frame
    local file = os.tmpname()
    local f = assert(io.open(file, "wb"))
    assert(f:write(body))
    f:close()
    for _, accept in ipairs { JSON, HTML, TEXT } do
      local streams = assert(client.h2_batch("POST", { "/file.txt" }, { Accept = accept },
        { port = PORT, data = file }))
      local s = streams[1]
      assert.are.equal(413, s.status)
      assert.are.equal(accept == JSON and "application/problem+json"
        or accept .. "; charset=utf-8", s.headers["content-type"])
      assert.are.equal("Accept", s.headers.vary)
      assert.are.equal(tonumber(s.headers["content-length"]), s.data)
    end
    os.remove(file)
  end)

  -- Over HTTP/2 there is no request line: nginx answers an oversized
  -- :path with GOAWAY (ENHANCE_YOUR_CALM), no response, and a malformed
  -- request never gets past the framing.
  if not H2 then
    it("414 of a request line over large_client_header_buffers (HTTP/1.1)", function()
      -- nginx stops before the header fields: no Accept was read, plain text
      for _, method in ipairs { "GET", "HEAD" } do
        local res = request(method, "/" .. ("x"):rep(2000), { Accept = JSON })
        check_answer(res, 414, nil, method)
      end
    end)

    it("400 of a malformed request line (HTTP/1.1)", function()
      local res = client.raw("G\1T / HTTP/1.1\r\nHost: localhost\r\n\r\n", PORT)
      check_answer(res, 400, nil, "GET")
    end)
  end

  it("502 of an upstream that refuses connections, 504 of one that answers too late",
    function()
      each_accept("GET", "/refused", 502)
      local res = request("GET", "/slow", { Accept = HTML })
      check_answer(res, 504, HTML, "GET")
    end)

  it("429 of limit_req (limit_req_status 429), with the README's Retry-After", function()
    assert.are.equal("not limited yet\n", request("GET", "/limited").body)
    each_accept("GET", "/limited", 429, function(res)
      assert.are.equal("30", res.headers["retry-after"])
    end)
  end)

  it("401 of auth_basic keeps WWW-Authenticate; the htpasswd user gets in", function()
    each_accept("GET", "/private", 401, function(res)
      assert.are.equal('Basic realm="hs test"', res.headers["www-authenticate"])
    end)
    local wrong = request("GET", "/private", { Authorization = "Basic aHM6d3Jvbmc=" }) -- hs:wrong
    check_answer(wrong, 401, nil, "GET")
    local right = request("GET", "/private", { Authorization = "Basic aHM6c2VjcmV0" }) -- hs:secret
    assert.are.equal(200, right.status)
    assert.are.equal("welcome\n", right.body)
  end)

  it("500 of a handler that raises: the fields it set are gone", function()
    each_accept("GET", "/raises", 500, function(res)
      assert.is_nil(res.headers["x-leak"])
      assert.is_nil(res.headers["cache-control"])
      assert.is_nil(res.headers.etag)
    end)
  end)

  it("proxy_intercept_errors on: the upstream's fields of that status, not its page", function()
    each_accept("GET", "/intercepted/503", 503, function(res)
      assert.are.equal("7", res.headers["retry-after"]) -- the upstream's, not the README's 30
      assert.is_nil(res.headers["x-upstream-page"])
    end)
    each_accept("GET", "/intercepted/401", 401, function(res)
      assert.are.equal('Bearer realm="upstream"', res.headers["www-authenticate"])
    end)
    each_accept("GET", "/intercepted/404", 404, function(res)
      assert.is_nil(res.headers["x-upstream-page"])
    end)
  end)

  it("after an internal redirect from the rewrite, access and content phases", function()
    each_accept("GET", "/phase/rewrite", 503, function(res)
      assert.are.equal("11", res.headers["retry-after"])
    end)
    each_accept("GET", "/phase/return", 404)
    each_accept("GET", "/phase/access", 403)
    each_accept("GET", "/phase/access-lua", 429, function(res)
      assert.are.equal("12", res.headers["retry-after"])
    end)
    each_accept("GET", "/phase/content", 404)
  end)

  -- nginx writes its own phrase for an error (ngx_http_send_header clears
  -- the status line while the request holds nginx's error status); does a
  -- phrase set in the error page's location reach the wire? (HTTP/2 has none)
  if not H2 then
    it("puts the phrase an error page sets on the wire where ngx_lua can set one", function()
      local res = request("GET", "/probe/phrase")
      assert.are.equal(404, res.status)
      if can_set then
        assert.are.equal("HTTP/1.1 404 Probe Phrase", res.status_line)
      else
        assert.are.equal(expected_line(404), res.status_line)
      end
    end)
  end

  it("leaves in its log the errors it provoked, one 405 warning, nothing of its own",
    function()
      local log = client.read_file(prefix() .. "/logs/error_page.log")
      local warnings = select(2, log:gsub("nginx answered 405 without the 'Allow'", ""))
      assert.are.equal(1, warnings)
      -- entries: a line with a date starts one, and the lines after it belong to it
      local expected = { "deliberate failure %(error_page test%)", "connect%(%) failed",
        "upstream timed out", "password mismatch", "intended to send too large body",
        "directory index of .* is forbidden", "open%(%) .* failed", "access forbidden by rule",
        "limiting requests" }
      local unexpected = {}
      for entry in (log .. "\n9999/"):gmatch("(%d%d%d%d/%d%d/%d%d .-)\n%f[%d]%d%d%d%d/") do
        if entry:find("%[error%]") or entry:find("%[alert%]") or entry:find("%[crit%]") then
          local known = false
          for _, pattern in ipairs(expected) do
            if entry:find(pattern) then known = true break end
          end
          if not known then unexpected[#unexpected + 1] = entry end
        end
      end
      assert.are.same({}, unexpected)
    end)
end)
