-- hsngx.lint without nginx: a stand-in ngx whose log phase reports what a
-- handler set plus what nginx adds itself. Sampling, once per rule per
-- interval, memory bounded by the rules, the fields nginx owns ignored.
local internal = require "internal"

local function fake_ngx(state)
  return {
    WARN = 5, status = state.status, var = { body_bytes_sent = state.sent or "0",
                                             request_uri = "/x" },
    req = { get_method = function() return state.method or "GET" end },
    resp = { get_headers = function() return state.headers end },
    now = function() return state.now end,
    log = function(_, ...) state.logged[#state.logged + 1] = table.concat({ ... }) end,
  }
end

describe("hsngx.lint (log phase)", function()
  local lint, state
  before_each(function()
    package.loaded["httpstatus.ngx_lint"] = nil
    lint = internal.module("httpstatus.ngx_lint").lint
    state = { logged = {}, now = 1000, status = 405, sent = "3",
              headers = { ["content-type"] = "text/plain", date = "soon", connection = "close",
                          server = "nginx/1.29.2", ["content-length"] = "99" } }
    _G.ngx = fake_ngx(state)
  end)
  after_each(function() _G.ngx = nil end)

  it("logs a 405 without Allow once per interval, and ignores what nginx adds", function()
    lint({ sample = 1, log_interval = 60 })
    assert.are.equal(1, #state.logged)
    assert.matches("httpstatus lint: 405 /x: error missing%-allow", state.logged[1])
    lint({ sample = 1, log_interval = 60 })
    assert.are.equal(1, #state.logged)
    state.now = 1061
    _G.ngx = fake_ngx(state)
    lint({ sample = 1, log_interval = 60 })
    assert.are.equal(2, #state.logged)
  end)

  it("logs nothing for a correct response, nor when not sampled", function()
    state.headers.allow = "POST"
    lint({ sample = 1 })
    assert.are.same({}, state.logged)
    state.headers.allow = nil
    lint({ sample = 0 })
    assert.are.same({}, state.logged)
  end)

  it("keeps one entry per rule, whatever the traffic", function()
    local ngx_lint = internal.module("httpstatus.ngx_lint")
    for i = 1, 500 do
      state.now = 1000 + i
      state.status = 400 + i % 100
      _G.ngx = fake_ngx(state)
      lint({ sample = 1, log_interval = 0 })
    end
    local n = 0
    for _ in pairs(ngx_lint.last_logged()) do n = n + 1 end
    assert.is_true(n > 0 and n <= #internal.module("httpstatus.lint_catalog").IDS)
  end)

  it("takes no options at all (the defaults: a sample of 0.01, 60 s)", function()
    -- this request is in the sample: the module takes math.random as it loads
    local random = math.random
    rawset(math, "random", function() return 0 end)
    package.loaded["httpstatus.ngx_lint"] = nil
    local ok, err = pcall(internal.module("httpstatus.ngx_lint").lint)
    rawset(math, "random", random)
    assert(ok, err)
    assert.are.equal(1, #state.logged)
  end)

  it("refuses unknown options and bad values", function()
    assert.has_error(function() lint({ samples = 1 }) end,
      "bad argument #1 to 'lint' (unknown option \"samples\")")
    assert.has_error(function() lint({ sample = 2 }) end)
    assert.has_error(function() lint({ log_interval = -1 }) end)
  end)
end)
