-- Bad input never raises: queries answer nil, predicates false.
local hs = require "httpstatus"
local bad_values = require "bad_values"

local queries = { "reason", "name", "class", "info", "unofficial", "required_headers" }
local predicates = {
  "is_valid", "is_registered", "is_informational", "is_success", "is_redirection",
  "is_client_error", "is_server_error", "is_error", "is_cacheable", "is_retryable",
  "is_deprecated", "preserves_method", "must_not_store", "has_retry_after", "allows_body",
}

describe("bad input", function()
  for _, fname in ipairs(queries) do
    it(fname .. " answers nil", function()
      for _, v in ipairs(bad_values) do
        local ok, res = pcall(hs[fname], v[2])
        assert.is_true(ok, fname .. "(" .. v[1] .. ") raised: " .. tostring(res))
        assert.is_nil(res, fname .. "(" .. v[1] .. ")")
      end
      -- no argument at all
      assert.is_nil(hs[fname]())
    end)
  end

  for _, fname in ipairs(predicates) do
    it(fname .. " answers false", function()
      for _, v in ipairs(bad_values) do
        local ok, res = pcall(hs[fname], v[2])
        assert.is_true(ok, fname .. "(" .. v[1] .. ") raised: " .. tostring(res))
        assert.are.equal(false, res, fname .. "(" .. v[1] .. ")")
      end
      assert.are.equal(false, hs[fname]())
    end)
  end

  it("code() answers nil for anything but a known text", function()
    for _, v in ipairs(bad_values) do
      local ok, res = pcall(hs.code, v[2])
      assert.is_true(ok, v[1])
      if v[2] ~= "404" then assert.is_nil(res, v[1]) end
    end
    assert.is_nil(hs.code(404))
    assert.is_nil(hs.code())
  end)

  it("accepts 404.0 as 404 everywhere", function()
    assert.are.equal("Not Found", hs.reason(404.0))
    assert.are.equal("NOT_FOUND", hs.name(404.0))
    assert.are.equal("client_error", hs.class(404.0))
    assert.is_true(hs.is_registered(404.0))
    assert.are.equal(404, hs.info(404.0).code)
  end)

  it("allows_body answers false for a method that is not a string", function()
    for _, m in ipairs { true, 1, {}, print, "HEAD\0" } do
      assert.are.equal(false, hs.allows_body(200, m))
    end
    assert.are.equal(false, hs.allows_body(200, "HEAD"))
    assert.are.equal(true, hs.allows_body(200, "POST"))
  end)

  it("ignores extra arguments", function()
    assert.are.equal("Not Found", hs.reason(404, nil, "extra"))
    assert.is_true(hs.is_success(200, "extra", {}))
  end)
end)

describe("queries never raise, whatever opts hide (#9)", function()
  local hostile = setmetatable({}, {
    __index = function() error("an __index that raises") end,
    __pairs = function() error("a __pairs that raises") end,
  })
  it("reason reads lang raw", function()
    assert.are.equal("Not Found", hs.reason(404, hostile))
    assert.are.equal("Not Found", hs.reason(404, setmetatable({}, { __index = { lang = "ko" } })))
    assert.is_nil(hs.reason(999, hostile))
  end)
  it("parse_status_line reads lenient raw", function()
    assert.are.same({ 404, "Not Found", "1.1" },
      { hs.parse_status_line("HTTP/1.1 404 Not Found", hostile) })
    assert.is_nil((hs.parse_status_line("HTTP/2 200", hostile)))
  end)
  it("a coroutine can call them with such opts", function()
    local co = coroutine.wrap(function()
      coroutine.yield(hs.reason(503, hostile))
      return (hs.parse_status_line("HTTP/1.0 503 x", hostile))
    end)
    assert.are.equal("Service Unavailable", co())
    assert.are.equal(503, co())
  end)
end)
