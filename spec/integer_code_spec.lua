-- A float code (404.0, which the API documents as 404) is written as the
-- integer everywhere (#18, 4.7): in every builder's text, HTML and JSON,
-- the status line, and as a number in the tables the builders return (on
-- Lua 5.3+ 404.0 is a float, and tostring gives "404.0").
local hs = require "httpstatus"
local fake_ngx = require "fake_ngx"

local math_type = rawget(math, "type") -- 5.3+

local function is_integer(v)
  if math_type then return math_type(v) == "integer" end
  return type(v) == "number" and v == math.floor(v)
end

describe("a float code", function()
  for _, c in ipairs { 200, 301, 404, 405, 418, 429, 503, 299, 499 } do
    local f = c + 0.0

    it(("%d.0 is written as %d by every builder"):format(c, c), function()
      local pattern = ("%d%%.0"):format(c)
      for _, accept in ipairs { "text/plain", "text/html", "application/json" } do
        local body = hs.error_body(f, accept, { detail = "d" })
        assert.is_nil(body:find(pattern), accept .. ": " .. body)
        assert.are.equal(hs.error_body(c, accept, { detail = "d" }), body)
        assert.are.equal(hs.error_body(c, accept), hs.error_body(f, accept))
      end
      assert.are.equal(hs.problem_json(c), hs.problem_json(f))
      assert.are.equal(hs.status_line(c), hs.status_line(f))
      assert.are.equal(hs.status_line(c, "x", "1.0"), hs.status_line(f, "x", "1.0"))
      local headers = { Location = "/", Allow = "GET", ["WWW-Authenticate"] = "Basic" }
      assert.are.equal(hs.serialize(hs.response(c, { headers = headers })),
        hs.serialize(hs.response(f, { headers = headers })))
      assert.are.equal(hs.serialize { status = c, headers = headers },
        hs.serialize { status = f, headers = headers })
    end)

    it(("%d.0 is the integer %d in the tables the builders return"):format(c, c), function()
      local p = hs.problem(f)
      assert.is_true(is_integer(p.status), tostring(p.status))
      assert.are.equal(c, p.status)
      local r = hs.response(f, { headers = { Location = "/", Allow = "GET",
                                             ["WWW-Authenticate"] = "Basic" } })
      assert.is_true(is_integer(r.status), tostring(r.status))
      assert.are.equal(c, r.status)
    end)
  end

  it("goes out of httpstatus.ngx's exit as the integer", function()
    for _, accept in ipairs { "text/plain", "text/html", "application/json" } do
      local hsngx, sent = fake_ngx.load { accept = accept }
      hsngx.exit(404.0, { detail = "d" })
      local want_ngx, want = fake_ngx.load { accept = accept }
      want_ngx.exit(404, { detail = "d" })
      assert.is_nil(sent.body:find("404%.0"), sent.body)
      assert.are.equal(want.body, sent.body)
      hsngx, sent = fake_ngx.load { accept = accept }
      hsngx.exit(404.0)
      assert.is_nil(sent.body:find("404%.0"), sent.body)
    end
  end)
end)
