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
  -- none) and `method`, for code: from request() (HTTP/1.1 and h2c through
  -- curl: body in full) or a stream of client.h2_batch (h2c through
  -- nghttp: the number of DATA bytes)
  local function check_answer(res, code, accept, method, where)
    where = ("%s %s (Accept %s): %s"):format(method, where or "", tostring(accept),
      res.head or "")
    assert.are.equal(code, res.status, where)
    if not H2 then
      assert.are.equal(expected_line(code), res.status_line, where)
      -- nginx's own Connection, once (the test's requests ask to close)
      assert.are.equal("close", res.headers.connection, where)
    end
    assert.are.equal("Accept", res.headers.vary, where)
    local length = tonumber(res.headers["content-length"])
    assert.is_truthy(length and length > 0, where)
    local body = res.body
    if body == nil then -- nghttp counts the bytes only
      assert.are.equal(method == "HEAD" and 0 or length, res.data, where)
    elseif method == "HEAD" then
      assert.are.equal("", body, where)
      body = nil
    else
      assert.are.equal(length, #body, where)
    end
    local title = hs.reason(code)
    if accept == JSON then
      assert.are.equal("application/problem+json", res.headers["content-type"], where)
      if body then
        local doc = cjson.decode(body)
        assert.are.equal(code, doc.status, where)
        assert.are.equal(title, doc.title, where)
      end
    elseif accept == HTML then
      assert.are.equal("text/html; charset=utf-8", res.headers["content-type"], where)
      if body then assert.matches("<h1>" .. code .. " " .. title .. "</h1>", body, 1, true) end
    else
      assert.are.equal("text/plain; charset=utf-8", res.headers["content-type"], where)
      if body then assert.are.equal(code .. " " .. title .. "\n", body, where) end
    end
  end

  -- the fields beyond the common ones: name -> value, or false for none
  local function check_fields(headers, fields, where)
    for name, value in pairs(fields or {}) do
      assert.are.equal(value or nil, headers[name], where .. ": " .. name)
    end
  end

  -- Each case ({path, code, fields}) asked with `method` and each Accept in
  -- turn (and, for GET, HEAD once), checked as above; opts.body: the
  -- content sent. Over h2c each Accept is one nghttp connection for all
  -- the cases (a process a request would cost seconds).
  local function each_accept(method, cases, opts)
    opts = opts or {}
    local asks = { { method, JSON }, { method, HTML }, { method, TEXT }, { method, false } }
    if method == "GET" then asks[#asks + 1] = { "HEAD", JSON } end
    local file
    if H2 and opts.body then
      file = os.tmpname()
      local f = assert(io.open(file, "wb"))
      assert(f:write(opts.body))
      f:close()
    end
    for _, ask in ipairs(asks) do
      local m, accept = ask[1], ask[2]
      local headers = accept and { Accept = accept } or nil
      if H2 then
        local paths = {}
        for i, case in ipairs(cases) do paths[i] = case[1] end
        local streams = assert(client.h2_batch(m, paths, headers, { port = PORT, data = file }))
        for i, case in ipairs(cases) do
          check_answer(streams[i], case[2], accept or nil, m, case[1])
          check_fields(streams[i].headers, case[3], case[1])
        end
      else
        for _, case in ipairs(cases) do
          local res = request(m, case[1], headers, opts.body)
          check_answer(res, case[2], accept or nil, m, case[1])
          check_fields(res.headers, case[3], case[1])
        end
      end
    end
    if file then os.remove(file) end
  end

  it("each error nginx makes, from each phase, answered for each Accept and HEAD", function()
    assert.are.equal("a static file\n", request("GET", "/file.txt").body)
    assert.are.equal("not limited yet\n", request("GET", "/limited").body)
    each_accept("GET", {
      -- a static root: no such file; a folder without index.html
      { "/missing.txt", 404 }, { "/folder/", 403 },
      -- an upstream that refuses connections; one that answers too late
      { "/refused", 502 }, { "/slow", 504 },
      -- limit_req (limit_req_status 429), with the README's retry_after
      { "/limited", 429, { ["retry-after"] = "30" } },
      -- auth_basic's challenge is kept
      { "/private", 401, { ["www-authenticate"] = 'Basic realm="hs test"' } },
      -- a handler that set fields of its own, then raised: they are gone
      { "/raises", 500, { ["x-leak"] = false, ["cache-control"] = false, etag = false } },
      -- proxy_intercept_errors on: the upstream's fields of that status
      -- (its Retry-After over the README's 30), not its page's
      { "/intercepted/503", 503, { ["retry-after"] = "7", ["x-upstream-page"] = false } },
      { "/intercepted/401", 401, { ["www-authenticate"] = 'Bearer realm="upstream"',
                                   ["x-upstream-page"] = false } },
      { "/intercepted/404", 404, { ["x-upstream-page"] = false } },
      -- an internal redirect from the rewrite, access and content phases
      { "/phase/rewrite", 503, { ["retry-after"] = "11" } },
      { "/phase/return", 404 }, { "/phase/access", 403 },
      { "/phase/access-lua", 429, { ["retry-after"] = "12" } },
      { "/phase/content", 404 },
    })
  end)

  it("405 of a POST to a static file, with the Allow the README's options give", function()
    each_accept("POST", { { "/file.txt", 405, { allow = "GET, HEAD" } } })
  end)

  it("405 without Allow (error_page without opts.allow): answered all the same", function()
    -- five requests here; the log's check below finds one warning
    each_accept("POST", { { "/bare405/file.txt", 405, { allow = false } } })
  end)

  -- h2c: nginx answers, then resets the stream whose body it did not read
  -- (RST_STREAM NO_ERROR), and curl drops the answer now and then (its own
  -- 413 page too); nghttp shows every frame
  it("413 of a body over client_max_body_size", function()
    each_accept("POST", { { "/file.txt", 413 } }, { body = ("x"):rep(5000) })
  end)

  it("401 of auth_basic for a wrong password; the htpasswd user gets in", function()
    local wrong = request("GET", "/private", { Authorization = "Basic aHM6d3Jvbmc=" }) -- hs:wrong
    check_answer(wrong, 401, nil, "GET")
    assert.are.equal('Basic realm="hs test"', wrong.headers["www-authenticate"])
    local right = request("GET", "/private", { Authorization = "Basic aHM6c2VjcmV0" }) -- hs:secret
    assert.are.equal(200, right.status)
    assert.are.equal("welcome\n", right.body)
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

    it("nginx's 494 (a header field over large_client_header_buffers) as its 400", function()
      -- the fields before the oversized one were read: Accept counts
      local res = client.raw("GET /file.txt HTTP/1.1\r\nHost: localhost\r\nAccept: " .. JSON
        .. "\r\nX-Big: " .. ("x"):rep(2000) .. "\r\n\r\n", PORT)
      check_answer(res, 400, JSON, "GET")
    end)

    it("400 of a malformed request line (HTTP/1.1)", function()
      local res = client.raw("G\1T / HTTP/1.1\r\nHost: localhost\r\n\r\n", PORT)
      assert.matches("^HTTP/1.1 400 ", res.status_line)
      check_answer(res, 400, nil, "GET")
    end)
  end

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
