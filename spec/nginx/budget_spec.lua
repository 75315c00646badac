-- httpstatus.budget in a real nginx with two workers (spec/nginx/budget.conf,
-- which scripts/nginx_test.sh starts over HTTP/1.1 at HS_BUDGET_PORT; the
-- h2c run has none) and a flaky upstream: the retry ratio under hundreds of
-- concurrent requests, Retry-After: 2 for the whole key, and a down upstream
-- that opens the breaker until a probe finds it back.
local socket = require "socket"
local client = require "nginx.client"

local PORT = tonumber(os.getenv("HS_BUDGET_PORT") or "")
local ERROR_LOG = os.getenv("HS_BUDGET_ERROR_LOG")

-- the request of one GET, with Connection: close
local function request_bytes(path)
  return ("GET %s HTTP/1.1\r\nHost: budget\r\nConnection: close\r\n\r\n"):format(path)
end

-- the answer on connection c: status and headers (lower-case names)
local function answer(c)
  local raw = assert(c:receive("*a"))
  c:close()
  local status = tonumber(raw:match("^HTTP/1%.1 (%d%d%d)"))
  local h = {}
  for name, value in raw:gmatch("\r\n([^:\r\n]+):[ \t]*([^\r\n]*)") do h[name:lower()] = value end
  return { status = status, headers = h }
end

local function get(path)
  local c = assert(socket.connect("127.0.0.1", PORT))
  c:settimeout(10)
  assert(c:send(request_bytes(path)))
  return answer(c)
end

-- many requests at once: every connection opened and every request sent
-- before the first answer is read
local function concurrent(paths)
  local conns = {}
  for i = 1, #paths do
    conns[i] = assert(socket.connect("127.0.0.1", PORT))
    conns[i]:settimeout(20)
  end
  for i, path in ipairs(paths) do assert(conns[i]:send(request_bytes(path))) end
  local answers = {}
  for i = 1, #conns do answers[i] = answer(conns[i]) end
  return answers
end

local function stats(b, key)
  local r = get(("/budget/stats?b=%s&key=%s"):format(b, key))
  local s = {}
  for k, v in r.headers["x-stats"]:gmatch("(%w+)=(%w+)") do s[k] = tonumber(v) or v end
  return s
end

local function allow(b, key)
  local r = get(("/budget/allow?b=%s&key=%s"):format(b, key))
  return r.headers["x-allow"] == "true", r.headers["x-why"], r.headers["x-worker"]
end

local function count(set)
  local n = 0
  for _ in pairs(set) do n = n + 1 end
  return n
end

-- a key no earlier run of this nginx used
local function key(name) return name .. "-" .. os.time() .. "-" .. math.random(1e6) end

if not PORT then return end -- the h2c run: the budget's nginx is started over HTTP/1.1 only

describe("httpstatus.budget in nginx with two workers #nginx", function()
  it("keeps retries within ratio 0.2 of the requests plus the floor, under 250 at once", function()
    -- the window is 600 s: start well inside a slot, so that the counts
    -- are the totals of this test
    local into = socket.gettime() % 600
    if into > 590 then socket.sleep(600 - into + 0.1) end
    local k, n = key("ratio"), 250
    local paths = {}
    for i = 1, n do paths[i] = ("/budget/fetch?b=ratio&key=%s&up=503&attempts=5"):format(k) end
    local sent, refused, workers = 0, 0, {}
    for _, r in ipairs(concurrent(paths)) do
      assert.are.equal(200, r.status)
      assert.are.equal("503", r.headers["x-status"])
      sent = sent + tonumber(r.headers["x-attempts"])
      if r.headers["x-refused"] == "budget" then refused = refused + 1 end
      workers[r.headers["x-worker"]] = true
    end
    local retries = sent - n
    -- without a budget each request would try 5 times: 1000 retries
    assert(retries <= 0.2 * sent + 6, ("%d retries of %d requests"):format(retries, sent))
    assert(retries >= 0.2 * n, ("only %d retries of %d requests"):format(retries, sent))
    assert(refused > 0, "the budget refused no retry")
    assert.are.equal(2, count(workers))
    -- the shared counts are exact: no worker lost another's increment
    local s = stats("ratio", k)
    assert.are.same({ sent, retries }, { s.requests, s.retries })
  end)

  it("answers false, \"retry_after\" for 2 s after a 503 with Retry-After: 2, then true", function()
    local k = key("wait")
    local before = socket.gettime()
    local r = get("/budget/fetch?b=wait&key=" .. k .. "&up=503ra")
    local after = socket.gettime()
    assert.are.same({ "503", "1" }, { r.headers["x-status"], r.headers["x-attempts"] })
    local workers, opened = {}, nil
    while socket.gettime() - before < 3 do
      local ok, why, pid = allow("wait", k)
      if ok then
        opened = socket.gettime()
        break
      end
      assert.are.equal("retry_after", why)
      workers[pid] = true
      socket.sleep(0.05)
    end
    assert(opened, "allow never answered true again")
    assert(opened - after >= 1.9 and opened - before <= 2.3,
      ("true after %.3f-%.3f s"):format(opened - after, opened - before))
    assert.are.equal(2, count(workers)) -- both workers held it back
  end)

  it("opens the breaker on a down upstream, longer after a failed probe, until a probe finds it back",
    function()
      local k = key("breaker")
      for _ = 1, 3 do
        local r = get("/budget/fetch?b=breaker&key=" .. k .. "&up=down")
        assert.are.same({ "none", "none" }, { r.headers["x-status"], r.headers["x-refused"] })
      end
      local opened = socket.gettime()
      -- both workers see it open. reuseport hands each connection to a
      -- worker at random, and 8 of them went to one worker about once in
      -- 200 runs: ask until both answered (at most 64 times, well inside
      -- the 0.3 s the breaker stays open)
      local workers, asked = {}, 0
      repeat
        local ok, why, pid = allow("breaker", k)
        assert.are.same({ false, "open" }, { ok, why })
        workers[pid], asked = true, asked + 1
      until asked >= 8 and (count(workers) == 2 or asked >= 64
                            or socket.gettime() - opened > 0.2)
      assert.are.equal(2, count(workers))
      assert.are.equal("open", stats("breaker", k).state)
      -- after 0.3 s: one probe goes out, finds it still down, opens for 0.6 s
      socket.sleep(0.35 - (socket.gettime() - opened))
      local r = get("/budget/fetch?b=breaker&key=" .. k .. "&up=down")
      assert.are.same({ "1", "none" }, { r.headers["x-attempts"], r.headers["x-status"] })
      local reopened = socket.gettime()
      local s = stats("breaker", k)
      assert.are.same({ "open", 2 }, { s.state, s.trips })
      socket.sleep(0.2) -- past the first open time, not the second
      local ok, why = allow("breaker", k)
      assert.are.same({ false, "open" }, { ok, why })
      -- after 0.6 s: the probe finds it back, and it closes
      socket.sleep(0.65 - (socket.gettime() - reopened))
      r = get("/budget/fetch?b=breaker&key=" .. k .. "&up=ok")
      assert.are.same({ "200", "none" }, { r.headers["x-status"], r.headers["x-refused"] })
      assert.are.same({ "closed", 0 }, { stats("breaker", k).state, stats("breaker", k).trips })
      for _ = 1, 4 do
        r = get("/budget/fetch?b=breaker&key=" .. k .. "&up=ok")
        assert.are.equal("200", r.headers["x-status"])
      end
    end)

  it("runs the README's balancer example: retries while can_retry, records each try", function()
    local r = get("/balanced/ok")
    assert.are.same({ 200, "200" }, { r.status, r.headers["x-upstream-status"] })
    -- three tries (set_more_tries), each one recorded by the log phase
    r = get("/balanced/503")
    assert.are.same({ 503, "503, 503, 503" }, { r.status, r.headers["x-upstream-status"] })
    local s = stats("readme", "backend")
    assert.are.same({ 4, 2, 3, "closed" }, { s.requests, s.retries, s.consecutive, s.state })
    -- three more failures in a row: the breaker opens, and the balancer refuses
    r = get("/balanced/503")
    assert.are.same({ 503, "503, 503, 503" }, { r.status, r.headers["x-upstream-status"] })
    assert.are.equal("open", stats("readme", "backend").state)
    r = get("/balanced/ok")
    assert.are.equal(500, r.status) -- refused before the first try: nginx's 500
    s = stats("readme", "backend")
    assert.are.same({ 7, 4 }, { s.requests, s.retries })
  end)

  it("leaves no error in its nginx's error log", function()
    local log = client.read_file(assert(ERROR_LOG, "HS_BUDGET_ERROR_LOG is not set"))
    local bad = {}
    for line in log:gmatch("[^\n]+") do
      if line:find("[error]", 1, true) or line:find("[alert]", 1, true)
          or line:find("[warn]", 1, true) then
        bad[#bad + 1] = line
      end
    end
    assert.are.same({}, bad)
  end)
end)
