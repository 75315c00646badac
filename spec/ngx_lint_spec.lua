-- hsngx.lint without nginx: a stand-in ngx whose log phase reports what a
-- handler set plus what nginx adds itself. Sampling, once per rule per
-- interval, memory bounded by the rules, the fields nginx owns ignored.
local internal = require "internal"

local function fake_ngx(state)
  return {
    WARN = 5, status = state.status, var = { body_bytes_sent = state.sent or "0",
                                             request_uri = state.uri or "/x" },
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

  -- what it remembers is one time per rule (never per code, path or
  -- message), so it stays as small as the catalog whatever the traffic:
  -- with an endless interval each rule is logged once, however often
  -- responses of many codes break it
  it("remembers one time per rule, whatever the traffic", function()
    local function traffic(interval)
      state.logged = {}
      for i = 1, 500 do
        state.now, state.uri = 1000 + i, "/x" .. i
        state.status = 400 + i % 200
        -- content without Content-Type, in responses of every code
        state.headers["content-type"] = i % 2 == 0 and "text/plain" or nil
        _G.ngx = fake_ngx(state)
        lint({ sample = 1, log_interval = interval })
      end
      local times, rules = {}, 0
      for _, line in ipairs(state.logged) do
        local rule = assert(line:match("^httpstatus lint: %d+ /x%d+: %a+ ([%w-]+): "), line)
        if not times[rule] then rules = rules + 1 end
        times[rule] = (times[rule] or 0) + 1
      end
      return times, rules, #state.logged
    end
    local times, rules, lines = traffic(1 / 0)
    assert.is_true(rules > 1)
    for rule, n in pairs(times) do assert.are.equal(1, n, rule) end
    assert.are.equal(rules, lines)
    -- the same traffic with no interval logs the same rules again and again
    package.loaded["httpstatus.ngx_lint"] = nil
    lint = internal.module("httpstatus.ngx_lint").lint
    local again, rules_again, lines_again = traffic(0)
    assert.is_true(lines_again > 2 * lines, lines_again)
    assert.are.equal(rules, rules_again)
    assert.is_true(again["missing-content-type"] > 100, again["missing-content-type"])
    for rule in pairs(times) do assert.is_true(again[rule] > 1, rule) end
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
