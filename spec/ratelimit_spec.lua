-- hs.ratelimit and retry_delay's use of it, on the examples of
-- draft-ietf-httpapi-ratelimit-headers (the working group's copy of
-- 2025-09-23): the field values below are the draft's own, except where a
-- comment says which value was changed so that the two readings differ.
local hs = require "httpstatus"

describe("hs.ratelimit (draft-ietf-httpapi-ratelimit-headers)", function()
  it("reads the RateLimit examples", function()
    assert.are.same({ { policy = "default", remaining = 50, reset = 30 } },
      hs.ratelimit { RateLimit = '"default";r=50;t=30' })
    assert.are.same({ { policy = "default", remaining = 999, partition_key = "dHJpYWwxMjEzMjM=" } },
      hs.ratelimit { RateLimit = '"default";r=999;pk=:dHJpYWwxMjEzMjM=:' })
    assert.are.same({ { policy = "default", remaining = 300000000, reset = 60,
                        partition_key = "QXBwLTk5OQ==" } },
      hs.ratelimit { ratelimit = '"default";r=300000000;t=60;pk=:QXBwLTk5OQ==:' })
  end)

  it("reads the RateLimit-Policy examples", function()
    assert.are.same({ { policy = "burst", quota = 100, window = 60, unit = "requests" },
                      { policy = "daily", quota = 1000, window = 86400, unit = "requests" } },
      hs.ratelimit { ["RateLimit-Policy"] = '"burst";q=100;w=60,"daily";q=1000;w=86400' })
    assert.are.same({ { policy = "peruser", quota = 65535, unit = "content-bytes", window = 10,
                        partition_key = "sdfjLJUOUH==" } },
      hs.ratelimit { ["ratelimit-policy"] = '"peruser";q=65535;qu="content-bytes";w=10;pk=:sdfjLJUOUH==:' })
  end)

  it("joins the two fields by policy, RateLimit's members first", function()
    -- "Use with multiple windows"
    local list = hs.ratelimit {
      ["RateLimit-Policy"] = '"hour";q=1000;w=3600, "day";q=5000;w=86400',
      ["RateLimit"] = '"day";r=100;t=36000',
    }
    assert.are.same({
      { policy = "day", remaining = 100, reset = 36000, quota = 5000, window = 86400, unit = "requests" },
      { policy = "hour", quota = 1000, window = 3600, unit = "requests" },
    }, list)
    -- "Missing Remaining information": tokens for names, no r
    assert.are.same({ { policy = "quota", reset = 1, quota = 100, window = 1, unit = "requests" } },
      hs.ratelimit { ["RateLimit-Policy"] = "quota;q=100;w=1", RateLimit = "quota;t=1" })
  end)

  it("reads the FAQ's policies: one per line, with a parameter it does not define", function()
    -- "Other parameters are allowed and can be regarded as comments"
    assert.are.same({
      { policy = "sliding", remaining = 50, reset = 44, quota = 100, window = 60, unit = "requests" },
      { policy = "fixed", quota = 5000, window = 3600, unit = "requests" },
    }, hs.ratelimit { ["RateLimit-Policy"] = { '"sliding";q=100;w=60;burst=1000',
                                                '"fixed";q=5000;w=3600;burst=0' },
                      RateLimit = '"sliding";r=50;t=44' })
    -- "Missing Remaining information", second response: a policy with no window
    assert.are.same({ { policy = "quota", reset = 1, quota = 10, unit = "requests" } },
      hs.ratelimit { ["RateLimit-Policy"] = "quota;q=10", RateLimit = "quota;t=1" })
  end)

  it("combines a field sent on several lines, in any case of its name", function()
    local list = hs.ratelimit { RATELIMIT = { '"a";r=1;t=2', '"b";r=0;t=9' } }
    assert.are.same({ "a", "b" }, { list[1].policy, list[2].policy })
  end)

  it("ignores a malformed field, and never raises", function()
    local bad = { '"default";r=-1;t=30', '"default";r=1.5', '"default";t="30"', '"a";r=1,',
                  '("a" "b");r=1', '"unterminated;r=1', "default;r=1;;", '1;r=2', "",
                  ('"x";r=1,'):rep(300) .. '"y";r=1', '"a";r=1234567890123456' }
    for _, v in ipairs(bad) do
      local list, why = hs.ratelimit { RateLimit = v }
      assert.is_nil(list, v)
      assert.is_string(why, v)
    end
    -- a malformed RateLimit does not hide a good RateLimit-Policy
    local list = hs.ratelimit { RateLimit = '"a";r=x', ["RateLimit-Policy"] = '"a";q=5' }
    assert.are.same({ { policy = "a", quota = 5, unit = "requests" } }, list)
    assert.are.same({ nil, "RateLimit-Policy: member 1 has no quota (q)" },
      { hs.ratelimit { ["RateLimit-Policy"] = '"a";w=5' } })
    assert.are.same({ nil, "no RateLimit or RateLimit-Policy field" },
      { hs.ratelimit { ["Retry-After"] = "5" } })
    for _, v in ipairs { 1, "x", true } do assert.is_nil((hs.ratelimit(v))) end
    assert.is_nil((hs.ratelimit { RateLimit = { 1, 2 } }))
    -- the same call again gives an equal, fresh answer
    local a, b = hs.ratelimit { RateLimit = '"d";r=1' }, hs.ratelimit { RateLimit = '"d";r=1' }
    assert.are.same(a, b)
    assert.are_not.equal(a, b)
  end)
end)

describe("retry_delay and RateLimit", function()
  it("waits for the reset of an exhausted policy on 429 and 503", function()
    -- "Dynamic limits for pushing back and slowing down"
    local h = { ["RateLimit-Policy"] = '"dynamic";q=15;w=20', RateLimit = '"dynamic";r=0;t=20' }
    assert.are.equal(20, hs.retry_delay(429, h, 1))
    assert.are.equal(20, hs.retry_delay(503, h, 3))
    -- capped like Retry-After, and only for 429 and 503
    assert.are.equal(7, hs.retry_delay(429, h, 1, { max_delay = 7 }))
    assert.are.equal(0.5, hs.retry_delay(502, h, 1))
    -- quota left: no reason to wait for the reset
    assert.are.equal(0.5, hs.retry_delay(429, { RateLimit = '"dynamic";r=15;t=40' }, 1))
    assert.are.equal(0.5, hs.retry_delay(429, { RateLimit = '"d";r=0;t=x' }, 1))
  end)

  it("lets Retry-After win when both are there", function()
    -- "Dynamic limits for pushing back with Retry-After and slow down", as
    -- the draft has it (r=15: quota left), then with r=0, where the reset
    -- alone would say 40
    assert.are.equal(20, hs.retry_delay(429, { ["Retry-After"] = "20",
      ["RateLimit-Policy"] = '"dynamic";q=100;w=60', RateLimit = '"dynamic";r=15;t=40' }, 1))
    assert.are.equal(20, hs.retry_delay(429, { ["Retry-After"] = "20",
      ["RateLimit-Policy"] = '"dynamic";q=100;w=60', RateLimit = '"dynamic";r=0;t=40' }, 1))
    -- "Use in throttled responses": the date form, measured against Date;
    -- the draft's t=5 names the same moment, t=50 shows which one wins
    local throttled = { Date = "Mon, 05 Aug 2019 09:27:00 GMT",
      ["Retry-After"] = "Mon, 05 Aug 2019 09:27:05 GMT", RateLimit = '"default";r=0;t=5' }
    assert.are.equal(5, hs.retry_delay(429, throttled, 1))
    throttled.RateLimit = '"default";r=0;t=50'
    assert.are.equal(5, hs.retry_delay(429, throttled, 1))
    -- an unusable Retry-After leaves the reset
    assert.are.equal(50, hs.retry_delay(429, { ["Retry-After"] = "soon",
      RateLimit = '"default";r=0;t=50' }, 1))
  end)
end)
