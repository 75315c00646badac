-- The log scanner beyond the counts: nginx log_format strings, JSON lines,
-- vhost_combined, the timeline, upstream chains, request times and the busiest
-- paths (a bounded top-k sketch).
local internal = require "internal"
local log = require "httpstatus.log"
local core = internal.module("httpstatus.core")
local raises = require "raises"
local loops = require "loops"

local function scan(text, format, opts)
  local sc = log.scanner(format, opts)
  sc:feed(text)
  sc:finish()
  return sc:counts()
end

local MAIN = [[log_format main '$remote_addr - $remote_user [$time_local] "$request" '
                  '$status $body_bytes_sent "$http_referer" '
                  '"$http_user_agent" $upstream_status $request_time';]]

local function main_line(t, status, path, upstream, rtime, agent)
  return ('192.0.2.7 - - [14/Mar/2026:%s +0100] "GET %s HTTP/1.1" %s 12 "-" "%s" %s %s')
    :format(t, path or "/", status, agent or "curl/8", upstream or "-", rtime or "0.010")
end

describe("log.scanner with an nginx log_format string", function()
  it("reads the config line as nginx does: name dropped, quoted pieces joined", function()
    local body = assert(log.parse_format(MAIN))
    assert.are.equal('$remote_addr - $remote_user [$time_local] "$request" $status '
      .. '$body_bytes_sent "$http_referer" "$http_user_agent" $upstream_status $request_time', body)
    assert.are.equal("$status \"x\"", log.parse_format([[log_format x escape=json "$status \"x\"";]]))
    local ok, why = log.parse_format("'$status")
    assert.is_nil(ok)
    assert.are.equal("a quote is not closed", why)
    assert.is_nil((log.parse_format("$remote_addr $body_bytes_sent")))
    assert.is_nil((log.parse_format("$status$request_time"))) -- no text between: no way to split
  end)

  it("parse_format answers nil and why for any text, and for a value that is no text", function()
    -- in sequence: a refused text leaves the next call's answer alone
    for _, text in ipairs { "bogus", "combined", "", "log_format main 'no variables';" } do
      local ok, why = log.parse_format(text)
      assert.is_nil(ok, text)
      assert.are.equal("the format has no $status", why)
      assert.are.equal("$status", log.parse_format("$status"))
    end
    for _, v in ipairs { 42, true, {}, print } do
      local ok, why = log.parse_format(v)
      assert.is_nil(ok)
      assert.are.equal("log_format string expected, got " .. require("httpstatus.check").show(v), why)
    end
    local ok, why = log.parse_format()
    assert.is_nil(ok)
    assert.are.equal("log_format string expected, got nil", why)
  end)

  it("scanner names itself and the formats it knows for a format it does not know", function()
    local known = "combined, common, vhost_combined, json, any, or an nginx log_format string"
    raises("scanner", 1, 'unknown log format "bogus" (' .. known, function() log.scanner("bogus") end)
    raises("scanner", 1, 'unknown log format "Combined" (', function() log.scanner("Combined") end)
    for _, v in ipairs { 42, true, {} } do
      raises("scanner", 1, "string or nil expected, got " .. require("httpstatus.check").show(v),
        function() log.scanner(v) end)
    end
    for _, name in ipairs { "combined", "common", "vhost_combined", "json", "any" } do
      assert.are.equal("userdata", type(log.scanner(name)), name)
    end
  end)

  it("finds $status, $upstream_status chains, $request_time and $time_local", function()
    local text = table.concat({
      main_line("10:00:01", 502, "/api?id=1", "502, 504", "3.001"),
      main_line("10:00:02", 200, "/api", "502, 200", "1.500"),
      main_line("10:00:03", 500, "/boom", "-", "0.000"),
      main_line("10:00:04", 200, "/", "200 : 200", "0.100", [[cu\"rl]]),
      main_line("10:01:00", 504, "/slow", "504", "60.000"),
      "not a line at all",
    }, "\n")
    local c = scan(text, MAIN)
    assert.are.equal(6, c.lines)
    assert.are.equal(1, c.malformed)
    assert.are.same({ [200] = 2, [500] = 1, [502] = 1, [504] = 1 }, c.codes)
    assert.are.equal(5, c.formats.template)
    assert.are.same({ field = 5, lines = 4, server_error = 2, own_server_error = 1, retried = 3,
                      recovered = 1 }, c.upstream)
    assert.are.same({ lines = 5, sum_ms = 64601, max_ms = 60000 }, c.request_time)
    assert.are.equal(5, c.timed)
    assert.are.equal(60, c.timeline.offset)
    assert.are.same({ 4, 1 }, c.timeline.lines)
    assert.are.same({ 0, 0 }, c.timeline.client_error)
    assert.are.same({ 2, 1 }, c.timeline.server_error)
    assert.are.equal(os.time { year = 2026, month = 3, day = 14, hour = 9, min = 0, sec = 0 }
      - os.time { year = 1970, month = 1, day = 1, hour = 0 }, c.timeline.first)
  end)

  it("refuses a format without $status, raising at the caller", function()
    raises("scanner", 1, "the format has no $status", function() log.scanner("$remote_addr -") end)
    raises("scanner", 2, 'unknown option "step"', function() log.scanner(nil, { step = 60 }) end)
    raises("scanner", 2, "opts.bucket", function() log.scanner(nil, { bucket = 90 }) end)
    local sc, why = core.log_scanner("$uri $uri2")
    assert.is_nil(sc)
    assert.are.equal("the format has no $status", why)
  end)
end)

describe("log.scanner on nginx JSON lines and Apache vhost_combined", function()
  local json = table.concat({
    [[{"time_iso8601":"2026-03-14T10:00:00+01:00","status":"404","request":"GET /x?y HTTP/1.1"}]],
    [[{ "status": 503, "upstream_status": "503", "request_uri": "/u", "agent": "a \"b\" c" }]],
    [[{"status":"200","time_local":"14/Mar/2026:10:00:30 +0100","request_time":"0.250"}]],
    [[{"status":"2000"}]], [[{"request":"GET / HTTP/1.1"}]], [[{"status":"200",}]],
  }, "\n")

  it("reads the members it knows, in any order, status as a string or a number", function()
    for _, format in ipairs { "json", "any" } do
      local c = scan(json, format)
      assert.are.equal(6, c.lines)
      assert.are.equal(3, c.malformed, format)
      assert.are.same({ [200] = 1, [404] = 1, [503] = 1 }, c.codes)
      assert.are.equal(3, c.formats.json)
      assert.are.equal(2, c.timed)
      assert.are.same({ 2 }, c.timeline.lines)
      assert.are.same({ field = 1, lines = 1, server_error = 1, own_server_error = 0,
                        retried = 0, recovered = 0 }, c.upstream)
      assert.are.equal("/x", c.paths[4][1].path)
      assert.are.equal("/u", c.paths[5][1].path)
    end
    assert.are.equal(6, scan(json, "combined").malformed)
  end)

  it("reads vhost_combined: host:port before a combined line", function()
    local line = 'www.example.com:443 192.0.2.1 - - [14/Mar/2026:10:00:00 +0100] '
      .. '"GET / HTTP/1.1" 301 0 "-" "curl/8"'
    assert.are.same({ [301] = 1 }, scan(line, "vhost_combined").codes)
    assert.are.same({ [301] = 1 }, scan(line, "any").codes)
    assert.are.equal(1, scan(line, "any").formats.vhost_combined)
    assert.are.same({}, scan(line, "combined").codes)
  end)
end)

describe("the timeline", function()
  local function at(seconds, status)
    return ('{"time_iso8601":"%s","status":%d}'):format(os.date("!%Y-%m-%dT%H:%M:%S+00:00",
      seconds), status)
  end
  local T0 = 1773442800 -- 2026-03-14 00:00 UTC

  it("counts lines, 4xx and 5xx per minute, earlier lines too", function()
    local c = scan(table.concat({ at(T0 + 125, 200), at(T0 + 130, 404), at(T0 + 10, 503),
      at(T0 + 179, 500) }, "\n"), "json")
    assert.are.equal(T0, c.timeline.first)
    assert.are.same({ 1, 0, 3 }, c.timeline.lines)
    assert.are.same({ 0, 0, 1 }, c.timeline.client_error)
    assert.are.same({ 1, 0, 1 }, c.timeline.server_error)
  end)

  it("takes a chosen bucket, and doubles it rather than grow past 2048 buckets", function()
    local c = scan(at(T0, 200) .. "\n" .. at(T0 + 299, 500) .. "\n" .. at(T0 + 300, 404), "json",
      { bucket = 300 })
    assert.are.equal(300, c.timeline.seconds)
    assert.are.same({ 2, 1 }, c.timeline.lines)
    local lines = {}
    for i = 0, 9 do lines[#lines + 1] = at(T0 + i * 86400, 500) end -- ten days, one a day
    c = scan(table.concat(lines, "\n"), "json")
    local seconds = c.timeline.seconds
    assert.is_true(seconds > 60 and #c.timeline.lines <= 2048)
    assert.are.equal(0, (seconds / 60) % 2) -- 60 s doubled until it fits
    assert.is_true(#c.timeline.lines >= 9 * 86400 / seconds)
    local sum = 0
    for _, n in ipairs(c.timeline.server_error) do sum = sum + n end
    assert.are.equal(10, sum)
  end)
end)

describe("the busiest paths", function()
  it("keep every path above lines/64, with a count high by at most its error", function()
    -- (spec/loops.lua: 2000 under valgrind, still far more paths than the 64 kept)
    local n, lines, true_count = loops.n(20000, 2000), {}, 0
    for i = 1, n do
      local path = i % 10 == 0 and "/hot" or ("/p" .. i)
      if path == "/hot" then true_count = true_count + 1 end
      lines[i] = ('192.0.2.1 - - [14/Mar/2026:10:00:00 +0100] "GET %s?q=%d HTTP/1.1" 404 0 "-" "c"')
        :format(path, i)
    end
    local c = scan(table.concat(lines, "\n"))
    local list = c.paths[4]
    assert.is_true(#list <= 64)
    local hot
    for _, p in ipairs(list) do
      if p.path == "/hot" then hot = p end
      assert.is_true(p.error <= n / 64)
    end
    assert.is_truthy(hot)
    assert.is_true(hot.count >= true_count and hot.count - hot.error <= true_count)
    assert.are.same({}, c.paths[2])
  end)

  it("keep apart paths of any length that differ in one byte, wherever it is", function()
    -- per length: a path and up to 63 others each differing from it at one
    -- place, path k on k lines; with 64 paths a class the sketch is exact
    local line = '192.0.2.1 - - [14/Mar/2026:10:00:00 +0100] "GET %s HTTP/1.1" 200 0 "-" "c"'
    for len = 1, 120 do
      local base = ("/abcdefghijklmnopqrstuvwxyz0123456789"):rep(4):sub(1, len)
      for first = 1, len, 63 do
        local paths, lines = { base }, {}
        for at = first, math.min(len, first + 62) do
          paths[#paths + 1] = base:sub(1, at - 1) .. "#" .. base:sub(at + 1)
        end
        for k, path in ipairs(paths) do
          for _ = 1, k do lines[#lines + 1] = line:format(path) end
        end
        local got = {}
        for _, p in ipairs(scan(table.concat(lines, "\n") .. "\n").paths[2]) do
          assert.are.equal(0, p.error)
          got[p.path] = p.count
        end
        for k, path in ipairs(paths) do assert.are.equal(k, got[path], len .. " " .. path) end
      end
    end
  end)

  it("cut long paths and keep the memory of the scanner fixed", function()
    local long = "/" .. ("a"):rep(500)
    local c = scan(('192.0.2.1 - - [14/Mar/2026:10:00:00 +0100] "GET %s HTTP/1.1" 200 0 "-" "c"')
      :format(long))
    assert.are.equal(120, #c.paths[2][1].path)
  end)
end)
