-- httpstatus.ngx behind a shared cache: proxy_cache at /proxied/ in front
-- of spec/nginx/vary_route.lua (locations.conf). A body chosen from Accept
-- must say so (Vary: Accept), or the cache serves the first client's
-- format to everyone; a caller's Vary is kept, and each member sent once.
local client = require "nginx.client"

local request = client.request

-- a cache key of its own per test and per run
local function fresh(path)
  return ("%s?k=%d-%d"):format(path, os.time(), math.random(1e9))
end

-- the members of Vary, lower case, and how often each came
local function vary_counts(r)
  local counts = {}
  for m in (r.headers.vary or ""):gmatch("[^,%s]+") do
    m = m:lower()
    counts[m] = (counts[m] or 0) + 1
  end
  return counts
end

local JSON = { Accept = "application/json" }
local HTML = { Accept = "text/html" }

describe("behind proxy_cache #nginx", function()
  it("the control: a negotiated body without Vary is served to the next client as it is",
    function()
      -- this proves the cache keeps these answers, so the tests below can fail
      local path = fresh("/proxied/by-hand")
      local first = request("GET", path, JSON)
      assert.are.equal("application/json", first.headers["content-type"])
      assert.are.equal("MISS", first.headers["x-cache-status"])
      local second = request("GET", path, HTML)
      assert.are.equal("HIT", second.headers["x-cache-status"])
      assert.are.equal("application/json", second.headers["content-type"])
    end)

  it("each client gets its own format: the error body goes out with Vary: Accept", function()
    local path = fresh("/proxied/negotiated")
    local json = request("GET", path, JSON)
    assert.are.equal(404, json.status)
    assert.are.equal("application/problem+json", json.headers["content-type"])
    assert.are.same({ accept = 1 }, vary_counts(json))
    local html = request("GET", path, HTML)
    assert.are.equal(404, html.status)
    assert.are.equal("text/html; charset=utf-8", html.headers["content-type"])
    assert.matches("<title>404 Not Found</title>", html.body, 1, true)
    assert.are.same({ accept = 1 }, vary_counts(html))
    local again = request("GET", path, JSON)
    assert.are.equal("application/problem+json", again.headers["content-type"])
  end)

  it("HEAD of a negotiated body carries Vary: Accept too", function()
    local r = request("HEAD", "/vary/negotiated", JSON)
    assert.are.equal(404, r.status)
    assert.are.same({ accept = 1 }, vary_counts(r))
  end)

  it("keeps the Vary the handler set through ngx.header (Origin), cached apart per origin",
    function()
      for _, method in ipairs { "GET", "HEAD" } do
        local r = request(method, "/vary/origin", JSON)
        assert.are.equal(404, r.status)
        assert.are.same({ accept = 1, origin = 1 }, vary_counts(r), method)
      end
      -- one origin's cached answer (with its CORS fields) is not another's
      local path = fresh("/proxied/origin")
      local a = request("GET", path, { Accept = "application/json", Origin = "https://a.example" })
      assert.are.equal("MISS", a.headers["x-cache-status"])
      local b = request("GET", path, { Accept = "application/json", Origin = "https://b.example" })
      assert.are.equal("MISS", b.headers["x-cache-status"])
      local again = request("GET", path,
        { Accept = "application/json", Origin = "https://a.example" })
      assert.are.equal("HIT", again.headers["x-cache-status"])
    end)

  it("adds Accept to the caller's Vary: Accept-Encoding, each once, direct and cached", function()
    local direct = request("GET", "/vary/caller", JSON)
    assert.are.equal(404, direct.status)
    assert.are.same({ accept = 1, ["accept-encoding"] = 1 }, vary_counts(direct))
    local path = fresh("/proxied/caller")
    local json = request("GET", path, JSON)
    assert.are.same({ accept = 1, ["accept-encoding"] = 1 }, vary_counts(json))
    assert.are.equal("application/problem+json", json.headers["content-type"])
    local html = request("GET", path, HTML)
    assert.are.equal("text/html; charset=utf-8", html.headers["content-type"])
  end)
end)
