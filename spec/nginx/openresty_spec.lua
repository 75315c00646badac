-- httpstatus.ngx in a real nginx: run by scripts/nginx_test.sh (make test),
-- which starts nginx on HS_NGINX_PORT with examples/openresty/, over
-- HTTP/1.1 or h2c (spec/nginx/client.lua).
local socket = require "socket"
local cjson = require "cjson"
local client = require "nginx.client"

local PORT = client.PORT
local PID_FILE = os.getenv("HS_NGINX_PID_FILE")

-- the resident memory of nginx's (only) worker, in KiB
local function worker_rss()
  local f = assert(io.open(PID_FILE))
  local master = f:read("*l")
  f:close()
  f = assert(io.open(("/proc/%s/task/%s/children"):format(master, master)))
  local worker = f:read("*l"):match("%d+")
  f:close()
  f = assert(io.open(("/proc/%s/status"):format(worker)))
  local status = f:read("*a")
  f:close()
  return tonumber(status:match("VmRSS:%s*(%d+) kB"))
end

-- n requests on keep-alive connections (500 each: nginx closes one after
-- 1000), each with its own Accept value, to a route whose error body has no
-- fields (the kind a cache could keep); checks every answer is a 418
local function many_accepts(first, n)
  local c
  for i = first, first + n - 1 do
    if (i - first) % 500 == 0 then
      if c then c:close() end
      c = assert(socket.connect("127.0.0.1", PORT))
      c:settimeout(5)
    end
    local accept = ("application/x-%d;q=0.%d, text/html;q=0.1, */*;q=0.0%d"):format(i, i % 9 + 1,
      i % 9)
    assert(c:send("GET /teapot HTTP/1.1\r\nHost: localhost\r\nAccept: " .. accept .. "\r\n\r\n"))
    local line = assert(c:receive("*l"))
    assert(line:find("^HTTP/1.1 418"), line)
    local length
    repeat
      local h = assert(c:receive("*l"))
      length = length or tonumber(h:match("^[Cc]ontent%-[Ll]ength: (%d+)"))
    until h == ""
    assert(length, "no Content-Length")
    assert(c:receive(length))
  end
  c:close()
end

local request = client.request

describe("httpstatus.ngx in nginx #nginx", function()
  setup(function()
    assert(PORT, "run through scripts/nginx_test.sh (make test): HS_NGINX_PORT is not set")
  end)

  it("answers 200 with the body and its length", function()
    local r = request("GET", "/")
    assert.are.equal(200, r.status)
    if not client.H2 then assert.are.equal("OK", r.reason) end
    assert.are.equal("httpstatus example\n", r.body)
    assert.are.equal(tostring(#r.body), r.headers["content-length"])
    assert.are.equal("text/plain", r.headers["content-type"])
  end)

  describe("error bodies negotiated from Accept", function()
    it("gives problem+json for application/json, and it decodes", function()
      local r = request("GET", "/nowhere", { Accept = "application/json" })
      assert.are.equal(404, r.status)
      if not client.H2 then assert.are.equal("Not Found", r.reason) end
      assert.are.equal("application/problem+json", r.headers["content-type"])
      assert.are.same({ type = "about:blank", title = "Not Found", status = 404,
                        detail = "nothing at /nowhere", instance = "/nowhere" }, cjson.decode(r.body))
      assert.are.equal(tostring(#r.body), r.headers["content-length"])
    end)

    it("gives an escaped HTML page for text/html", function()
      local r = request("GET", "/%3Cb%3E", { Accept = "text/html" })
      assert.are.equal(404, r.status)
      assert.are.equal("text/html; charset=utf-8", r.headers["content-type"])
      assert.matches("<title>404 Not Found</title>", r.body, 1, true)
      assert.matches("nothing at /&lt;b&gt;", r.body, 1, true)
    end)

    it("gives plain text for */* and for no Accept at all", function()
      for _, accept in ipairs { "*/*", false } do
        local r = request("GET", "/nowhere", accept and { Accept = accept } or nil)
        assert.are.equal(404, r.status)
        assert.are.equal("text/plain; charset=utf-8", r.headers["content-type"])
        assert.are.equal("404 Not Found\nnothing at /nowhere\n", r.body)
      end
    end)

    it("carries title and extension members", function()
      local r = request("GET", "/limited", { Accept = "application/json" })
      assert.are.equal(429, r.status)
      assert.are.equal("30", r.headers["retry-after"])
      local p = cjson.decode(r.body)
      assert.are.equal("Slow down", p.title)
      assert.are.equal(100, p.limit)
      assert.are.equal("1m", p.window)
      assert.are.equal(429, p.status)
    end)
  end)

  it("sends headers but no body for HEAD", function()
    local get = request("GET", "/nowhere", { Accept = "application/json" })
    local head = request("HEAD", "/nowhere", { Accept = "application/json" })
    assert.are.equal(404, head.status)
    assert.are.equal("", head.body)
    assert.are.equal(get.headers["content-type"], head.headers["content-type"])
    assert.are.equal(get.headers["content-length"], head.headers["content-length"])
  end)

  it("sends 204 and 304 without a body", function()
    local r = request("GET", "/saved")
    assert.are.equal(204, r.status)
    assert.are.equal("", r.body)
    assert.is_nil(r.headers["content-length"])
    r = request("GET", "/cached", { ["If-None-Match"] = '"v1"' })
    assert.are.equal(304, r.status)
    assert.are.equal("", r.body)
    assert.are.equal('"v1"', r.headers["etag"])
  end)

  it("sends 200 and 205 without a body with Content-Length: 0 and no type (#7, #8)", function()
    for _, path in ipairs { "/ping", "/form" } do
      local r = request("GET", path)
      assert.are.equal(path == "/ping" and 200 or 205, r.status)
      assert.are.equal("0", r.headers["content-length"], path)
      assert.is_nil(r.headers["transfer-encoding"], path)
      assert.is_nil(r.headers["content-type"], path)
      assert.are.equal("", r.body)
    end
    local r = request("GET", "/old")
    assert.are.equal("0", r.headers["content-length"])
    assert.is_nil(r.headers["content-type"])
  end)

  -- over raw HTTP/1.1 keep-alive connections: no h2c client here can give
  -- 20,000 requests each an Accept of its own in reasonable time (curl
  -- starts a process a request), and the memo does not depend on the protocol
  local flat = client.H2 and pending or it
  flat("keeps a worker's memory flat under many distinct Accept values (#3)", function()
    many_accepts(1, 2000) -- warm up: caches fill, the collector settles
    local before = worker_rss()
    many_accepts(100001, 20000)
    local grown = worker_rss() - before
    -- bound: 2 MiB. Caching per raw Accept value grew it by about 8 MB here.
    assert(grown < 2048, ("the worker grew by %d KiB"):format(grown))
  end)

  it("sends 405 with Allow", function()
    local r = request("POST", "/orders", { ["Content-Length"] = "0" })
    assert.are.equal(405, r.status)
    assert.are.equal("GET, HEAD", r.headers["allow"])
    assert.are.equal(200, request("GET", "/orders").status)
  end)

  it("sends 401 with WWW-Authenticate, and not once authorized", function()
    local r = request("GET", "/private")
    assert.are.equal(401, r.status)
    assert.are.equal('Bearer realm="example"', r.headers["www-authenticate"])
    assert.are.equal(204, request("GET", "/private", { Authorization = "Bearer x" }).status)
  end)

  it("redirects with Location and the right code", function()
    for path, want in pairs { ["/old"] = { 301, "/new" }, ["/login"] = { 303, "/welcome" },
                              ["/elsewhere"] = { 302, "/there" } } do
      local r = request("GET", path)
      assert.are.equal(want[1], r.status, path)
      assert.are.equal(want[2], r.headers["location"], path)
      assert.are.equal("", r.body)
    end
  end)

  it("sends Retry-After with 503, and 451 with Link", function()
    local r = request("GET", "/busy")
    assert.are.equal(503, r.status)
    assert.are.equal("120", r.headers["retry-after"])
    r = request("GET", "/legal")
    assert.are.equal(451, r.status)
    assert.matches('rel="blocked-by"', r.headers["link"], 1, true)
  end)

  it("puts our phrase on the wire where ngx_lua allows, nginx's otherwise", function()
    local r = request("GET", "/teapot")
    assert.are.equal(418, r.status)
    assert.are.equal("I'm a teapot", cjson.decode(request("GET", "/teapot",
      { Accept = "application/json" }).body).title)
    local can = request("GET", "/capabilities").body
    if client.H2 then
      assert.is_nil(r.reason) -- HTTP/2 has no phrase
    elseif can == "set_status" then
      assert.are.equal("I'm a teapot", r.reason)
    else
      -- ngx.resp.set_status is newer than this ngx_lua: nginx has no phrase for 418
      assert.are.equal("nginx phrases", can)
      assert.are.equal("", r.reason)
    end
  end)

  it("refuses a header value with CR/LF: no split response, a 400 instead", function()
    local r = request("GET", "/greet?name=bob%0D%0AX-Evil:%201")
    assert.are.equal(400, r.status)
    assert.is_nil(r.headers["x-evil"])
    assert.is_nil(r.headers["x-greeting"])
    assert.is_nil(r.head:find("X-Evil", 1, true))
    local ok = request("GET", "/greet?name=alice")
    assert.are.equal(200, ok.status)
    assert.are.equal("hello alice", ok.headers["x-greeting"])
  end)

  describe("/fetch: lua-resty-http wrapped in should_retry and retry_delay (#15)", function()
    -- a key of its own per test and per run: the upstream fails a key's first requests
    local function key(name) return ("%s-%d-%d"):format(name, os.time(), math.random(1e6)) end

    -- the request, and the seconds it took on the wall clock
    local function timed(path, headers)
      local t0 = socket.gettime()
      local r = request("GET", path, headers)
      return r, socket.gettime() - t0
    end

    local function needs_resty_http(r)
      assert(r.status ~= 501, "resty.http is not on nginx's lua_package_path: scripts/nginx_test.sh "
        .. "puts spec/nginx/?.lua (the test stand-in) there through NGINX_EXTRA_LUA_PATH")
    end

    it("the upstream answers 503 with Retry-After: 1 first, then 200", function()
      local k = key("direct")
      local r = request("GET", "/upstream/flaky?key=" .. k)
      assert.are.equal(503, r.status)
      assert.are.equal("1", r.headers["retry-after"])
      r = request("GET", "/upstream/flaky?key=" .. k)
      assert.are.equal(200, r.status)
      assert.are.equal("ready: key " .. k .. ", request 2\n", r.body)
    end)

    it("retries after the 503, waiting what Retry-After: 1 asks, and returns the 200", function()
      local k = key("seconds")
      local r, elapsed = timed("/fetch?key=" .. k)
      needs_resty_http(r)
      assert.are.equal(200, r.status)
      assert.are.equal("ready: key " .. k .. ", request 2\n", r.body)
      assert.are.equal("text/plain", r.headers["content-type"])
      assert.are.equal("2", r.headers["x-attempts"])
      assert.are.equal("1.000", r.headers["x-waited"])
      assert(elapsed >= 0.95 and elapsed < 2, ("took %.3f s"):format(elapsed))
      -- the upstream is warm now: one attempt, no wait
      r, elapsed = timed("/fetch?key=" .. k)
      assert.are.equal(200, r.status)
      assert.are.equal("1", r.headers["x-attempts"])
      assert(elapsed < 0.5, ("took %.3f s"):format(elapsed))
    end)

    it("measures a Retry-After date against the upstream's Date", function()
      local r, elapsed = timed("/fetch?after=date&key=" .. key("date"))
      needs_resty_http(r)
      assert.are.equal(200, r.status)
      assert.are.equal("2", r.headers["x-attempts"])
      assert.are.equal("1.000", r.headers["x-waited"])
      assert(elapsed >= 0.95 and elapsed < 2, ("took %.3f s"):format(elapsed))
    end)

    it("stops after max_attempts (3) and answers 502 with what the upstream said", function()
      local r, elapsed = timed("/fetch?times=5&key=" .. key("busy"), { Accept = "application/json" })
      needs_resty_http(r)
      assert.are.equal(502, r.status)
      assert.are.equal("3", r.headers["x-attempts"])
      assert.are.equal("2.000", r.headers["x-waited"])
      assert(elapsed >= 1.95 and elapsed < 3.5, ("took %.3f s"):format(elapsed))
      local p = cjson.decode(r.body)
      assert.are.same({ 503, 3, "attempts" }, { p.upstream_status, p.attempts, p.stopped })
    end)
  end)

  it("runs every README block marked -- needs nginx (#13)", function()
    local blocks = tonumber(os.getenv("HS_NGINX_README_BLOCKS") or "")
    assert(blocks and blocks > 0, "nginx_test.sh serves the README's nginx blocks")
    for i = 1, blocks do
      local r = request("GET", "/readme/" .. i .. "?id=7", { Accept = "application/json" })
      assert(r.status < 500, ("README nginx block %d answered %d"):format(i, r.status))
      assert.are.equal(tostring(#r.body), r.headers["content-length"], "block " .. i)
    end
  end)
end)
