-- What keeps httpstatus.ngx's exit as cheap as a hand-written handler
-- (make bench): error bodies remembered by their members, within bounds,
-- and the status set alone where nginx writes our phrase itself. Each
-- must change nothing that is sent.
local fake_ngx = require "fake_ngx"
local heap = require "heap"
local loops = require "loops"

-- problem.body_of, counted while f runs (httpstatus.ngx takes it as it loads)
local function counting_body_of(f)
  local problem = require("internal").module("httpstatus.problem")
  local body_of, built = problem.body_of, 0
  problem.body_of = function(...) built = built + 1 return body_of(...) end
  local ok, err = pcall(f, function() return built end)
  problem.body_of = body_of
  assert(ok, err)
end

describe("httpstatus.ngx's remembered error bodies", function()
  it("builds a body with the same members once, per code and type", function()
    counting_body_of(function(built)
      local hsngx, _, reset = fake_ngx.load { accept = "application/json" }
      for _ = 1, 3 do
        for _, accept in ipairs { "application/json", "text/html", "text/plain" } do
          local sent = reset("GET", accept)
          hsngx.exit(404, { detail = "no order 7", instance = "/orders/7" })
          assert.is_truthy(sent.body)
        end
      end
      assert.are.equal(3, built())
    end)
  end)

  it("answers each call with its own members, code and type, in any order", function()
    local hsngx, _, reset = fake_ngx.load {}
    local calls = {
      { 404, "application/json", { detail = "a" } },
      { 404, "application/json", { detail = "b" } },
      { 410, "application/json", { detail = "a" } },
      { 404, "text/html", { detail = "a" } },
      { 404, "application/json", { detail = "a", instance = "/x" } },
      { 404, "application/json", { title = "a" } },
      { 404, "application/json", { type = "a" } },
      { 404, "application/json", {} },
      { 404, "application/json", { detail = "a", extensions = { n = 1 } } },
    }
    local first = {}
    for round = 1, 2 do
      for i, call in ipairs(calls) do
        local sent = reset("GET", call[2])
        hsngx.exit(call[1], call[3])
        local body = sent.body
        assert.is_truthy(body)
        if round == 1 then
          for j = 1, i - 1 do assert.are_not.equal(first[j], body, i .. " is " .. j) end
          first[i] = body
        else
          assert.are.equal(first[i], body, i)
        end
      end
    end
    assert.matches('"detail":"a","instance":"/x"', first[5], 1, true)
    assert.matches('"n":1', first[9], 1, true)
  end)

  it("still refuses members that are not strings, every time", function()
    local hsngx = fake_ngx.load { accept = "application/json" }
    for _ = 1, 2 do
      assert.has_error(function() hsngx.exit(404, { detail = 7 }) end)
      assert.has_error(function() hsngx.exit(404, { extensions = "x" }) end)
    end
  end)

  -- (spec/loops.lua: 600 under valgrind, past the memo's 512 entries)
  local N = loops.n(20000, 600)
  it("keeps the heap flat under " .. N .. " distinct instances", function()
    local hsngx, _, reset = fake_ngx.load { accept = "application/json" }
    local function call(i)
      reset("GET", i % 2 == 0 and "application/json" or "text/html")
      hsngx.exit(404, { detail = "no order", instance = "/orders/" .. i })
    end
    local grown = heap.growth(call, N) -- after N calls that fill the memo
    -- the bound is 512 KiB of members, bodies and tables
    assert(grown < 600, ("the heap grew by %.0f KiB in each of two rounds"):format(grown))
  end)
end)

describe("httpstatus.ngx where nginx writes our phrase itself", function()
  it("sets only the status, for the 4xx and 5xx whose phrase nginx 1.22-1.29 writes", function()
    local hsngx, _, reset = fake_ngx.load { set_status = true, nginx_version = 1029002 }
    local sent = reset()
    hsngx.exit(404)
    assert.are.same({ 404, nil }, { sent.status, sent.reason })
    sent = reset()
    hsngx.exit(429)
    assert.are.same({ 429, nil }, { sent.status, sent.reason })
    -- nginx says "Not Allowed", "Service Temporarily Unavailable": ours is sent
    sent = reset()
    hsngx.exit(405, { headers = { Allow = "GET" } })
    assert.are.same({ 405, "Method Not Allowed" }, { sent.status, sent.reason })
    sent = reset()
    hsngx.exit(503)
    assert.are.same({ 503, "Service Unavailable" }, { sent.status, sent.reason })
    -- a reason of the caller's, and the codes whose branch in nginx changes headers
    sent = reset()
    hsngx.exit(404, { reason = "Gone Fishing" })
    assert.are.same({ 404, "Gone Fishing" }, { sent.status, sent.reason })
    sent = reset()
    hsngx.exit(204)
    assert.are.same({ 204, "No Content" }, { sent.status, sent.reason })
    sent = reset()
    hsngx.redirect("/x", 301)
    assert.are.same({ 301, "Moved Permanently" }, { sent.status, sent.reason })
  end)

  it("sets the status alone for exactly the codes the old computation found", function()
    -- the computation before core.table("nginx_phrases"): every registered
    -- code from 400 whose info(code).nginx_phrase is our phrase
    local hs = require "httpstatus"
    local old, n = {}, 0
    for code, phrase in pairs(require("internal").module("httpstatus.core").table("reasons")) do
      if code >= 400 and hs.info(code).nginx_phrase == phrase then
        old[code], n = true, n + 1
      end
    end
    assert.is_true(n >= 15, n) -- 18 in nginx 1.22-1.29
    local hsngx, _, reset = fake_ngx.load { set_status = true, nginx_version = 1022001 }
    for code = 200, 599 do
      -- the fields a code MUST carry, so that exit sends it
      local headers = { Location = hs.is_redirect(code) and "/" or nil }
      for _, h in ipairs(hs.info(code) and hs.info(code).headers or {}) do
        if h.level == "must" and h.condition == nil then
          headers[h.name] = h.name == "Connection" and "upgrade" or "x"
        end
      end
      local sent = reset()
      hsngx.exit(code, { headers = headers })
      assert.are.equal(code, sent.status)
      if old[code] then
        assert.is_nil(sent.reason, code)
      else
        assert.are.equal(hs.reason(code) or "", sent.reason, code)
      end
    end
  end)

  it("sets the phrase on an nginx whose table it has not read", function()
    for _, version in ipairs { 1021006, 1030000 } do
      local hsngx, sent = fake_ngx.load { set_status = true, nginx_version = version }
      hsngx.exit(404)
      assert.are.same({ 404, "Not Found" }, { sent.status, sent.reason }, version)
    end
  end)
end)
