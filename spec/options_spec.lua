-- One options policy (#19, 3): every public function that takes an
-- options table refuses a name it does not know, with one message,
-- `bad argument #n to 'fn' (unknown option "x")`, at the caller's line;
-- serialize refuses a field a response table does not have. Options are
-- read raw: a metatable on the table runs no code and adds no name.
-- Problem fields are no options: any valid member name stays accepted.
local hs = require "httpstatus"
local check = require "httpstatus.check"
local raises = require "raises"
local fake_ngx = require "fake_ngx"

-- httpstatus.budget.new with an ngx that has a lua_shared_dict "up"
local budget_new
do
  local clock = fake_ngx.clock()
  local shared = { up = fake_ngx.shared_dict(65536, clock) }
  local new = require("httpstatus.budget").new
  budget_new = function(name, o)
    return fake_ngx.with_ngx(shared, clock, function()
      local b = new(name, o) -- an error blames this line
      return b
    end)
  end
end

-- fname, argument number, a call with opts in that position, a name it
-- takes. (No tail calls: Lua 5.1 would leave no line to blame.)
local FUNCTIONS = {
  { "response", 2, function(o) local r = hs.response(200, o) return r end, "headers" },
  { "parse_status_line", 2, function(o)
      local r = hs.parse_status_line("HTTP/1.1 200 OK", o) return r end, "lenient" },
  { "reason", 2, function(o) local r = hs.reason(404, o) return r end, "lang" },
  { "describe", 2, function(o) local r = hs.describe(404, o) return r end, "lang" },
  { "should_retry", 4, function(o) local r = hs.should_retry(503, "GET", 1, o) return r end,
    "max_attempts" },
  { "retry_delay", 4, function(o) local r = hs.retry_delay(503, nil, 1, o) return r end,
    "max_delay" },
  { "new", 2, function(o)
      local b = budget_new("up", o) -- httpstatus.budget's, over a stand-in dict
      return b
    end, "ratio" },
}

describe("an unknown option name", function()
  for _, row in ipairs(FUNCTIONS) do
    local fname, argn, call, known = row[1], row[2], row[3], row[4]

    it("is refused by " .. fname, function()
      raises(fname, argn, 'unknown option "bogus"', function() call { bogus = true } end)
      -- beside a name it knows, and in any case but its own
      raises(fname, argn, 'unknown option "bogus"', function() call { [known] = nil, bogus = 1 } end)
      raises(fname, argn, "unknown option " .. check.quote(known:upper()), function()
        call { [known:upper()] = 1 }
      end)
      -- keys that are no names: quoted for a terminal, or shown by type
      raises(fname, argn, [[unknown option "a\010b"]], function() call { ["a\nb"] = 1 } end)
      raises(fname, argn, "unknown option 1", function() call { "lenient" } end)
      raises(fname, argn, "unknown option boolean", function() call { [true] = 1 } end)
    end)

    it("is never looked up through a metatable by " .. fname, function()
      local calls = 0
      local mt = { __index = function() calls = calls + 1 end,
                   __pairs = function() calls = calls + 1 return next, {}, nil end }
      local ok, err = pcall(call, setmetatable({}, mt))
      assert(ok, err)
      assert.are.equal(0, calls)
      -- a name added by __pairs is not read either, and a real unknown one still raises
      raises(fname, argn, 'unknown option "bogus"', function()
        call(setmetatable({ bogus = 1 }, mt))
      end)
    end)
  end

  it("is refused by response in the example of the issue: `header` for `headers`", function()
    raises("response", 2, 'unknown option "header"', function()
      hs.response(200, { header = { ["X-A"] = "1" } })
    end)
    -- the code is still checked first
    raises("response", 1, "status code 100..599 expected", function()
      hs.response(99, { header = {} })
    end)
  end)

  it("is refused by should_retry and retry_delay alike, which share one table", function()
    local policy = { max_attempts = 4, methods = { "GET" }, codes = { 503 }, base = 1, factor = 2,
                     max_delay = 30, jitter = "none", random = math.random, now = 0 }
    assert.is_true(hs.should_retry(503, "GET", 1, policy))
    assert.are.equal(1, hs.retry_delay(503, nil, 1, policy))
    policy.maxdelay = 5
    raises("should_retry", 4, 'unknown option "maxdelay"', function()
      hs.should_retry(503, "GET", 1, policy)
    end)
    raises("retry_delay", 4, 'unknown option "maxdelay"', function()
      hs.retry_delay(503, nil, 1, policy)
    end)
  end)
end)

describe("serialize's response table", function()
  it("is data with five fields: any other is refused", function()
    raises("serialize", 1, 'unknown field "header"', function()
      hs.serialize { status = 200, header = { ["X-A"] = "1" } }
    end)
    raises("serialize", 1, 'unknown field "Status"', function()
      hs.serialize { status = 200, Status = 404 }
    end)
    -- every field response() makes is one serialize takes
    local res = hs.response(200, { headers = { ["X-A"] = "1" }, body = "b", method = "GET",
                                   reason = "Fine" })
    assert.are.equal("HTTP/1.1 200 Fine\r\nContent-Length: 1\r\nX-A: 1\r\n\r\nb", hs.serialize(res))
  end)

  it("is read raw", function()
    local calls = 0
    local res = setmetatable({ status = 204 }, { __index = function() calls = calls + 1 end })
    assert.are.equal("HTTP/1.1 204 No Content\r\n\r\n", hs.serialize(res))
    assert.are.equal(0, calls)
  end)
end)

describe("problem fields", function()
  it("are no options: extension members of any valid name pass", function()
    local fields = { detail = "d", balance = 30, accounts = { "/a/1" }, ["x-trace"] = "t" }
    assert.are.equal(30, hs.problem(403, fields).balance)
    assert.truthy(hs.problem_json(403, fields):find('"x-trace":"t"', 1, true))
    assert.truthy(hs.error_body(403, "application/json", fields):find('"balance":30', 1, true))
  end)
end)

describe("check.options_problem", function()
  it("is the one wording of the refusal", function()
    assert.is_nil(check.options_problem(nil, { a = true }))
    assert.is_nil(check.options_problem({ a = 1 }, { a = true }))
    assert.are.equal('unknown option "b"', check.options_problem({ b = 1 }, { a = true }))
    assert.are.equal('unknown field "b"', check.options_problem({ b = 1 }, { a = true }, "field"))
    assert.are.equal("table or nil expected, got string \"x\"",
      check.options_problem("x", { a = true }))
  end)

  it("is the only place the library words it", function()
    for _, path in ipairs { "lua/httpstatus.lua", "lua/httpstatus/response.lua",
                            "lua/httpstatus/retry.lua", "lua/httpstatus/wire.lua",
                            "lua/httpstatus/locale.lua", "lua/httpstatus/problem.lua" } do
      local src = assert(io.open(path)):read("*a")
      assert.is_nil(src:find("unknown option", 1, true), path)
    end
  end)
end)
