-- problem, problem_json (checked with a real JSON decoder) and error_body.
local hs = require "httpstatus"
local cjson = require "cjson"
local raises = require "raises"
local bad_values = require "bad_values"

describe("problem", function()
  it("fills in type, title and status", function()
    assert.are.same({ type = "about:blank", title = "Not Found", status = 404 }, hs.problem(404))
    assert.are.same({ type = "about:blank", status = 299 }, hs.problem(299))
  end)

  it("copies detail, instance and extension members, and keeps given members", function()
    local fields = { detail = "d", instance = "/i", balance = 30, tags = { "a" },
                     type = "https://example.com/probs/out-of-credit", title = "Out of credit" }
    local p = hs.problem(403, fields)
    assert.are.same({ detail = "d", instance = "/i", balance = 30, tags = { "a" }, status = 403,
                      type = "https://example.com/probs/out-of-credit", title = "Out of credit" }, p)
    assert.are_not.equal(fields, p)
    assert.is_nil(fields.status)
  end)

  it("accepts a status field that agrees, refuses one that does not", function()
    assert.are.equal(404, hs.problem(404, { status = 404 }).status)
    raises("problem", 2, "field 'status' is 500 but the code is 404", function()
      hs.problem(404, { status = 500 })
    end)
    raises("problem", 2, "field 'status'", function() hs.problem(404, { status = "404" }) end)
  end)

  it("refuses bad codes, bad fields and non-string RFC members", function()
    for _, v in ipairs(bad_values) do
      raises("problem", 1, "status code 100..599 expected", function() hs.problem(v[2]) end)
    end
    raises("problem", 2, "table or nil expected, got string", function() hs.problem(404, "x") end)
    for _, m in ipairs { "type", "title", "detail", "instance" } do
      raises("problem", 2, "field '" .. m .. "' must be a string", function()
        hs.problem(404, { [m] = 5 })
      end)
    end
  end)
end)

describe("problem_json", function()
  it("is valid JSON with the members in a stable order", function()
    local json, ctype = hs.problem_json(404, { detail = "gone", zeta = 1, alpha = true })
    assert.are.equal("application/problem+json", ctype)
    assert.are.equal('{"type":"about:blank","title":"Not Found","status":404,'
      .. '"detail":"gone","alpha":true,"zeta":1}', json)
  end)

  it("escapes whatever the strings hold, and a decoder reads them back", function()
    local nasty = "quote \" backslash \\ slash / nl \n cr \r tab \t nul \0 bell \7 del \127"
      .. " \226\130\172 \240\159\152\128 한국어"
    local json = hs.problem_json(400, { detail = nasty })
    assert.is_nil(json:find("[%z\1-\31]"))
    assert.are.equal(nasty, cjson.decode(json).detail)
  end)

  it("never emits invalid UTF-8: each bad byte becomes U+FFFD", function()
    local cases = {
      ["\255"] = "\239\191\189",
      ["a\192\175b"] = "a\239\191\189\239\191\189b",     -- overlong '/'
      ["\237\160\128"] = ("\239\191\189"):rep(3),          -- a surrogate
      ["\244\144\128\128"] = ("\239\191\189"):rep(4),      -- above U+10FFFF
      ["\226\130"] = ("\239\191\189"):rep(2),              -- cut short
      ["ok \195\169"] = "ok \195\169",
    }
    for input, want in pairs(cases) do
      local json = hs.problem_json(400, { detail = input })
      assert.are.equal(want, cjson.decode(json).detail)
    end
  end)

  it("keeps numbers, booleans and nested arrays and objects", function()
    local fields = { n = 42, f = 0.1, neg = -7.25, big = 2 ^ 53, t = true, no = false,
                     list = { 1, "two", { three = 3 } }, obj = { a = { b = { c = "deep" } } } }
    local back = cjson.decode((hs.problem_json(422, fields)))
    assert.are.equal(42, back.n)
    assert.are.equal(0.1, back.f)
    assert.are.equal(-7.25, back.neg)
    assert.are.equal(2 ^ 53, back.big)
    assert.is_true(back.t)
    assert.is_false(back.no)
    assert.are.same({ 1, "two", { three = 3 } }, back.list)
    assert.are.equal("deep", back.obj.a.b.c)
    assert.are.equal("Unprocessable Content", back.title)
  end)

  it("writes a table met twice (not inside itself) both times", function()
    local shared = { 1, 2 }
    local back = cjson.decode((hs.problem_json(400, { a = shared, b = shared })))
    assert.are.same({ 1, 2 }, back.a)
    assert.are.same({ 1, 2 }, back.b)
  end)

  it("refuses cycles, functions, NaN, infinities, mixed keys and deep nesting", function()
    local cyc = {}
    cyc.self = cyc
    raises("problem_json", 2, "member 'x': member 'self': a table contains itself", function()
      hs.problem_json(400, { x = cyc })
    end)
    raises("problem_json", 2, "member 'f': cannot encode a function", function()
      hs.problem_json(400, { f = print })
    end)
    raises("problem_json", 2, "member 'n': cannot encode NaN", function()
      hs.problem_json(400, { n = 0 / 0 })
    end)
    raises("problem_json", 2, "cannot encode NaN or infinity", function()
      hs.problem_json(400, { list = { 1, math.huge } })
    end)
    raises("problem_json", 2, "keys must be strings", function()
      hs.problem_json(400, { m = { 1, 2, x = 3 } })
    end)
    raises("problem_json", 2, "keys must be strings", function()
      hs.problem_json(400, { sparse = { [1] = 1, [3] = 3 } })
    end)
    local deep = {}
    local t = deep
    for _ = 1, 40 do t.d = {} t = t.d end
    raises("problem_json", 2, "nested too deeply", function()
      hs.problem_json(400, { deep = deep })
    end)
    raises("problem_json", 1, "status code", function() hs.problem_json(99) end)
  end)

  it("writes an empty table as {}", function()
    assert.are.same({}, cjson.decode((hs.problem_json(400, { e = {} }))).e)
  end)
end)

describe("error_body", function()
  local cases = {
    { nil, "text/plain; charset=utf-8" },
    { "", "text/plain; charset=utf-8" },
    { "*/*", "text/plain; charset=utf-8" },
    { "application/json", "application/problem+json" },
    { "application/problem+json", "application/problem+json" },
    { "application/*", "application/problem+json" },
    { "text/html", "text/html; charset=utf-8" },
    { "text/*", "text/plain; charset=utf-8" },
    { "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "text/html; charset=utf-8" },
    { "application/json;q=0.5, text/html;q=0.9", "text/html; charset=utf-8" },
    { "text/html;q=0.1, application/json", "application/problem+json" },
    { "text/html, application/json", "text/html; charset=utf-8" },
    { "application/json, text/html", "application/problem+json" },
    { "text/html;q=0, */*", "text/plain; charset=utf-8" },
    { "text/plain;q=0, text/html;q=0.2", "text/html; charset=utf-8" },
    { "image/png", "text/plain; charset=utf-8" },
    { "TEXT/HTML", "text/html; charset=utf-8" },
    { "text/html;q=2", "text/plain; charset=utf-8" },
    { "text/html;level=1;q=0.7, application/json;q=0.6", "text/html; charset=utf-8" },
    { "garbage, ,;;, application/json", "application/problem+json" },
    { ("a/b, "):rep(10000) .. "application/json", "application/problem+json" },
  }
  for _, c in ipairs(cases) do
    it("Accept " .. tostring(c[1]):sub(1, 60) .. " -> " .. c[2], function()
      local body, ctype = hs.error_body(404, c[1], { detail = "No <b>such</b> page" })
      assert.are.equal(c[2], ctype)
      if ctype == "application/problem+json" then
        local p = cjson.decode(body)
        assert.are.equal(404, p.status)
        assert.are.equal("No <b>such</b> page", p.detail)
      elseif ctype:find("html") then
        assert.matches("<title>404 Not Found</title>", body, 1, true)
        assert.matches("No &lt;b&gt;such&lt;/b&gt; page", body, 1, true)
        assert.is_nil(body:find("<b>", 1, true))
      else
        assert.are.equal("404 Not Found\nNo <b>such</b> page\n", body)
      end
    end)
  end

  it("uses the title field and works for codes without a phrase", function()
    assert.are.equal("499 Client Closed Request\n",
      (hs.error_body(499, "text/plain", { title = "Client Closed Request" })))
    assert.are.equal("499\n", (hs.error_body(499)))
    local html = hs.error_body(500, "text/html", { title = "<Oops & \"co\">" })
    assert.matches("&lt;Oops &amp; &quot;co&quot;&gt;", html, 1, true)
  end)

  it("refuses bad arguments", function()
    raises("error_body", 1, "status code", function() hs.error_body(1000, "*/*") end)
    raises("error_body", 2, "string or nil expected", function() hs.error_body(404, {}) end)
    raises("error_body", 3, "table or nil expected", function() hs.error_body(404, nil, "x") end)
    raises("error_body", 3, "field 'detail' must be a string", function()
      hs.error_body(404, "text/html", { detail = 1 })
    end)
    raises("error_body", 3, "cannot encode a function", function()
      hs.error_body(404, "application/json", { f = print })
    end)
  end)
end)
