-- How the module presents itself: no globals, constants, copies.
local hs = require "httpstatus"

describe("the module", function()
  it("creates no global", function()
    assert.is_nil(rawget(_G, "httpstatus"))
    assert.is_nil(rawget(_G, "hs"))
    assert.is_nil(rawget(_G, "core"))
  end)

  it("exposes the C module as httpstatus.core without a global", function()
    local core = require "httpstatus.core"
    assert.is_table(core)
    assert.are.equal(hs.VERSION, core.VERSION)
  end)

  it("has a constant for every name", function()
    for _, code in ipairs(hs.codes()) do
      assert.are.equal(code, hs[hs.name(code)])
    end
    assert.are.equal(404, hs.NOT_FOUND)
    assert.are.equal(413, hs.CONTENT_TOO_LARGE)
    assert.are.equal(422, hs.UNPROCESSABLE_CONTENT)
    assert.are.equal(418, hs.IM_A_TEAPOT)
  end)

  it("has no constant for vendor codes", function()
    assert.is_nil(hs.CLIENT_CLOSED_REQUEST)
    assert.is_nil(hs.NO_RESPONSE)
  end)

  it("hands out a fresh codes() array", function()
    local a = hs.codes()
    a[1] = 0
    table.remove(a)
    assert.are.equal(100, hs.codes()[1])
    assert.are.equal(64, #hs.codes())
  end)

  it("hands out a fresh info() table", function()
    local a = hs.info(404)
    a.reason = "changed"
    assert.are.equal("Not Found", hs.info(404).reason)
    assert.are_not.equal(hs.info(404), hs.info(404))
  end)

  it("info() has the promised fields", function()
    local i = hs.info(503)
    assert.are.equal(503, i.code)
    assert.are.equal("Service Unavailable", i.reason)
    assert.are.equal("SERVICE_UNAVAILABLE", i.name)
    assert.are.equal("server_error", i.class)
    assert.are.equal("RFC 9110, Section 15.6.4", i.reference)
    assert.are.equal("permanent", i.status)
    assert.is_false(i.deprecated)
    assert.is_true(i.retryable)
    assert.is_true(i.retry_after)
    assert.is_true(i.allows_body)
    assert.is_nil(i.redirect)
  end)

  it("picks the table path exactly when LuaJIT's JIT is on", function()
    local jit = rawget(_G, "jit")
    local on = type(jit) == "table" and jit.status() == true
    assert.are.equal(on and "table" or "c", hs._path)
  end)
end)
