-- One content rule (httpstatus_content, C): hs.allows_body (is content
-- sent?) and the rules the builders follow (are content headers computed,
-- may Content-Length appear?) are answers of the same function, so they
-- cannot disagree, about HEAD or anything else.
local hs = require "httpstatus"
local rules = require("internal").module "httpstatus.rules"
local quick = require "quick"

local METHODS = { false, "GET", "HEAD", "CONNECT", "POST", "QUERY", "head" }

describe("the content rule", function()
  it("is one rule: allows_body is the rules' 'sent', HEAD describes the GET's content", function()
    for code = 90, 610 do
      for _, m in ipairs(METHODS) do
        local method = m or nil
        local sent, headers, of_get = rules.content(code, method)
        local what = code .. " " .. tostring(method)
        quick.equal(hs.allows_body(code, method), sent, what)
        quick.equal(headers, rules.describes_content(code, method), what)
        if method == "HEAD" and hs.is_valid(code) then
          quick.equal(false, hs.allows_body(code, "HEAD"), what)
          quick.equal(true, of_get, what)
          quick.equal(hs.allows_body(code, "GET"), headers, what)
        else
          quick.equal(false, of_get, what)
          if sent then quick.equal(true, headers, what) end
        end
      end
    end
  end)

  it("has no HEAD contradiction left: the builders follow the same answers", function()
    -- allows_body(200, "HEAD") is false (nothing is sent), while the
    -- header fields are the GET's: the same calls, in sequence
    assert.is_false(hs.allows_body(200, "HEAD"))
    assert.is_true(rules.describes_content(200, "HEAD"))
    local head = hs.response(200, { method = "HEAD", body = "hello" })
    assert.is_nil(head.body)
    assert.are.equal("5", head.headers["Content-Length"])
    local get = hs.response(200, { method = "GET", body = "hello" })
    assert.are.equal("hello", get.body)
    assert.is_false(hs.allows_body(204, "HEAD"))
    assert.is_false(rules.describes_content(204, "HEAD"))
    assert.is_nil(hs.response(204, { method = "HEAD" }).headers["Content-Length"])
    assert.are.equal("0", hs.response(205, { method = "HEAD" }).headers["Content-Length"])
  end)

  it("gives bad input no content at all", function()
    for _, bad in ipairs({ { 200, 1 }, { 200, "HEAD\0x" }, { 404.5, "GET" }, { "200", nil } }) do
      local answers = { rules.content(bad[1], bad[2]) }
      assert.are.equal(6, #answers)
      for i = 1, 6 do assert.is_false(answers[i]) end
    end
  end)
end)
