-- opts.reason on an ngx_lua without ngx.resp.set_status (before 0.10.28):
-- nginx writes its own phrase, so the reason is dropped, and the worker's
-- log says so once, the first time, never once per request.
local fake_ngx = require "fake_ngx"

local function warnings(ngx)
  local found = {}
  for _, entry in ipairs(ngx.logged) do
    if entry.level == ngx.WARN then found[#found + 1] = entry.message end
  end
  return found
end

describe("httpstatus.ngx without set_status", function()
  it("warns once per worker that opts.reason is dropped, the first time one is given", function()
    local hsngx, _, reset, ngx = fake_ngx.load { set_status = false }
    assert.is_false(hsngx.CAN_SET_REASON)
    hsngx.exit(404, { detail = "x" })
    assert.are.same({}, warnings(ngx)) -- no reason given: nothing to say
    local sent = reset()
    hsngx.exit(200, { reason = "Fine" })
    assert.are.equal(200, sent.status)
    assert.is_nil(sent.reason)
    assert.are.equal(200, sent.exit)
    local said = warnings(ngx)
    assert.are.equal(1, #said)
    assert.matches("opts.reason is not sent", said[1], 1, true)
    assert.matches("ngx.resp.set_status", said[1], 1, true)
    for _ = 1, 3 do
      sent = reset()
      hsngx.exit(503, { reason = "Back Soon" })
      assert.are.equal(503, sent.status)
    end
    sent = reset()
    hsngx.exit(204, { reason = "Done" })
    assert.are.equal(204, sent.status)
    assert.are.equal(1, #warnings(ngx))
    -- a new worker loads the module afresh, and says it once again
    local _, _, _, other = fake_ngx.load { set_status = false }
    assert.are.same({}, warnings(other))
    local hsngx2, sent2, _, ngx2 = fake_ngx.load { set_status = false }
    hsngx2.exit(429, { reason = "Slow Down" })
    assert.are.equal(429, sent2.status)
    assert.are.equal(1, #warnings(ngx2))
  end)

  it("a refused call logs nothing (it raises before anything is sent)", function()
    local hsngx, _, _, ngx = fake_ngx.load { set_status = false }
    assert.has_error(function() hsngx.exit(200, { reason = "" }) end)
    assert.has_error(function() hsngx.exit(200, { reason = "a\nb" }) end)
    assert.are.same({}, warnings(ngx))
    hsngx.exit(200, { reason = "Fine" })
    assert.are.equal(1, #warnings(ngx))
  end)
end)

describe("httpstatus.ngx with set_status", function()
  it("sends the reason and logs nothing", function()
    local hsngx, sent, reset, ngx = fake_ngx.load { set_status = true }
    assert.is_true(hsngx.CAN_SET_REASON)
    hsngx.exit(200, { reason = "Fine" })
    assert.are.equal("Fine", sent.reason)
    sent = reset()
    hsngx.exit(503, { reason = "Back Soon" })
    assert.are.equal("Back Soon", sent.reason)
    assert.are.same({}, warnings(ngx))
  end)
end)
