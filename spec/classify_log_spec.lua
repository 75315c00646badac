-- examples/classify_log.lua: the access-log parser, the counts and the report.
package.path = "examples/?.lua;" .. package.path
local cl = require "classify_log"

-- what make_access_log.lua writes: 3000 lines, 16 of them malformed (its MALFORMED table)
local SAMPLE, SAMPLE_LINES, SAMPLE_MALFORMED = "examples/data/access.log", 3000, 16

local T = "[14/Mar/2026:10:00:00 +0100]"
local function log_line(status, request, tail)
  return ('192.0.2.10 - - %s "%s" %s 512 "-" "curl/8.12.1"%s')
    :format(T, request or "GET / HTTP/1.1", status, tail or "")
end

local function lines_of(list)
  local i = 0
  return function() i = i + 1; return list[i] end
end

local function report_of(stats)
  local parts = {}
  cl.report(stats, function(s) parts[#parts + 1] = s end)
  return table.concat(parts)
end

describe("classify_log.parse_line", function()
  it("reads the status of complete combined-format lines", function()
    local good = {
      { 200, log_line(200) },
      { 404, '2001:db8:85a3::8a2e:370:7334 - - ' .. T .. ' "GET /missing HTTP/2.0" 404 153 "-" "-"' },
      { 200, '198.51.100.7 - alice ' .. T .. ' "GET /admin/ HTTP/1.1" 200 4096 "-" "Mozilla/5.0 (X11)"' },
      { 301, log_line(301, "GET /my documents/a file.txt HTTP/1.1") }, -- spaces inside the quotes
      { 200, log_line(200, [[GET /search?q=\"quoted\" HTTP/1.1]]) },    -- Apache escapes quotes
      { 200, log_line(200, [[GET /search?q=\x22quoted\x22 HTTP/1.1]]) }, -- nginx escapes them
      { 400, log_line(400, [[\x16\x03\x01\x00\xF1\x01]]) },              -- TLS on a plain port
      { 408, log_line(408, "-") },                                        -- no request at all
      { 499, log_line(499, nil, ' "203.0.113.9" 0.532') },                -- extra fields after
      { 304, log_line(304) .. "\r" },                                     -- CRLF log
      { 204, '192.0.2.1 - - ' .. T .. ' "OPTIONS /api HTTP/2.0" 204 - "https://x.example/" "ua"' },
    }
    for _, case in ipairs(good) do
      assert.are.equal(case[1], cl.parse_line(case[2]), case[2])
    end
  end)

  it("answers nil for malformed lines, never raising", function()
    local full = log_line(200)
    local bad = {
      "",
      "-- MARK --",
      full:sub(1, 40),                                   -- cut in the request
      full:match('^(.-" 200)'),                          -- cut after the status
      full:sub(1, -4),                                   -- cut in the user agent
      log_line("2OO"), log_line("20"), log_line("2000"), log_line("000"), log_line("600"),
      log_line(200, 'GET /search?q="status codes" HTTP/1.1'), -- bare quotes in the request
      '192.0.2.10 - - ' .. T .. ' "GET / HTTP/1.1" 200 512',   -- common format, no referer/agent
      '192.0.2.10 - - ' .. T .. ' "GET / HTTP/1.1" 200 5x2 "-" "ua"', -- bytes not a number
      '192.0.2.10 - - ' .. T .. ' "GET / HTTP/1.1" 200 512 "-" "ua"junk',
      '192.0.2.10 - - 14/Mar/2026:10:00:00 "GET / HTTP/1.1" 200 512 "-" "ua"', -- no brackets
      "\0\0\0\0\0\0\0\0",
      "\22\3\1\0\241\1\0\0\237\3\3\255\254 200 \128\129\"\"",
      ("\255"):rep(300),
      "GET / HTTP/1.1",
    }
    for i, line in ipairs(bad) do
      assert.is_nil(cl.parse_line(line), "case " .. i)
    end
  end)
end)

describe("classify_log.classify", function()
  local lines = {
    log_line(200), log_line(200), log_line(200, "GET /a b HTTP/1.1"),
    log_line(304), log_line(404), log_line(499), log_line(503),
    log_line(101), "", log_line("2OO"),
  }

  it("counts lines, codes, classes and the error ratio exactly", function()
    local stats = cl.classify(lines_of(lines))
    assert.are.equal(10, stats.total)
    assert.are.equal(8, stats.valid)
    assert.are.equal(2, stats.malformed)
    assert.are.same({ [101] = 1, [200] = 3, [304] = 1, [404] = 1, [499] = 1, [503] = 1 }, stats.codes)
    assert.are.same({ informational = 1, success = 3, redirection = 1, client_error = 2,
                      server_error = 1 }, stats.classes)
    assert.are.equal(3, stats.errors)
    assert.are.equal(3 / 8, stats.error_ratio)
  end)

  it("copes with no input at all", function()
    local stats = cl.classify(lines_of {})
    assert.are.equal(0, stats.total)
    assert.are.equal(0, stats.error_ratio)
    assert.matches("Lines: 0 total, 0 valid, 0 malformed", report_of(stats))
  end)

  it("reports counts, phrases, vendor meanings and bars", function()
    local out = report_of(cl.classify(lines_of(lines)))
    assert.matches("Lines: 10 total, 8 valid, 2 malformed %(20.0%%%)", out)
    assert.matches("\n  success +3 +37.5%%  " .. ("#"):rep(40) .. "\n", out)
    assert.matches("\n  client_error +2 +25.0%%  " .. ("#"):rep(27) .. "\n", out)
    assert.matches("\n  informational +1 +12.5%%  " .. ("#"):rep(13) .. "\n", out)
    assert.truthy(out:find("      3   37.5%  200 OK\n", 1, true))
    assert.truthy(out:find("404 Not Found", 1, true))
    assert.truthy(out:find("503 Service Unavailable", 1, true))
    assert.truthy(out:find("499 nginx: Client Closed Request", 1, true))
    assert.truthy(out:find("Error ratio (4xx + 5xx): 37.5% (3 of 8 valid lines)", 1, true))
    -- most frequent first: 200 comes before every code seen once
    assert.truthy(out:find("200 OK", 1, true) < out:find("101 Switching Protocols", 1, true))
  end)
end)

describe("classify_log.classify_file", function()
  -- a file whose read gives these pieces, then nil
  local function file_of(pieces)
    local i = 0
    return { read = function() i = i + 1; return pieces[i] end }
  end

  it("counts a file buffer by buffer exactly as classify counts its lines", function()
    local f = assert(io.open(SAMPLE, "rb"))
    local stats = cl.classify_file(f)
    f:close()
    assert.are.same(cl.classify(io.lines(SAMPLE)), stats)
    local text = table.concat({ log_line(200), log_line(404), "junk", log_line(503) }, "\n")
    local cut = {}
    for at = 1, #text, 7 do cut[#cut + 1] = text:sub(at, at + 6) end
    local t = cl.classify_file(file_of(cut)) -- no newline at the end: the last line counts too
    assert.are.equal(4, t.total)
    assert.are.equal(1, t.malformed)
    assert.are.same({ [200] = 1, [404] = 1, [503] = 1 }, t.codes)
    assert.are.equal(0, cl.classify_file(file_of {}).total)
  end)
end)

describe("classify_log on the sample log", function()
  it("counts every line of the file and exactly the injected malformed ones", function()
    local f = assert(io.open(SAMPLE, "rb"))
    local text = f:read("*a")
    f:close()
    local _, newlines = text:gsub("\n", "")
    assert.are.equal(SAMPLE_LINES, newlines)

    local stats = cl.classify(io.lines(SAMPLE))
    assert.are.equal(newlines, stats.total)
    assert.are.equal(SAMPLE_MALFORMED, stats.malformed)
    assert.are.equal(stats.total - stats.malformed, stats.valid)
    local by_class, by_code = 0, 0
    for _, n in pairs(stats.classes) do by_class = by_class + n end
    for _, n in pairs(stats.codes) do by_code = by_code + n end
    assert.are.equal(stats.valid, by_class)
    assert.are.equal(stats.valid, by_code)
    for _, code in ipairs { 200, 304, 301, 302, 404, 206, 201, 204, 400, 401, 403, 405, 413,
                            429, 499, 500, 502, 503, 504, 444, 418 } do
      assert.is_true((stats.codes[code] or 0) > 0, "code " .. code)
    end
    local out = report_of(stats)
    assert.truthy(out:find("444 nginx: No Response", 1, true))
    assert.truthy(out:find("418 I'm a teapot", 1, true))
  end)
end)
