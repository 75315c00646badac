-- The log scanner's fast path (combined and common lines read in one go, the time
-- compared with the last line's) against its reference: a line fed without its LF,
-- then the LF alone, is carried and read by httpstatus_log_parse, never by the fast
-- path. Every count the report reads must agree, however the log is cut.
local internal = require "internal"
local core = internal.module("httpstatus.core")

local log_scanner = core.log_scanner
local SAMPLE = "examples/data/access.log"
local MAX_LINE = 65536 -- HTTPSTATUS_LOG_MAX_LINE

-- Park-Miller: the same cuts and bytes on every runtime.
local seed = 20261205
local function rand(n)
  seed = seed * 16807 % 2147483647
  return seed % n + 1
end

local function counts_of(sc)
  sc:finish()
  return sc:counts()
end

-- the reference: every line carried to its LF
local function by_line(text, format)
  local sc, at = log_scanner(format), 1
  while true do
    local nl = text:find("\n", at, true)
    if not nl then break end
    sc:feed(text:sub(at, nl - 1))
    sc:feed("\n")
    at = nl + 1
  end
  sc:feed(text:sub(at))
  return counts_of(sc)
end

-- the fast path: whole, or in chunks of `piece` bytes
local function in_chunks(text, format, piece)
  local sc = log_scanner(format)
  piece = piece or math.max(#text, 1)
  for at = 1, #text, piece do sc:feed(text:sub(at, at + piece - 1)) end
  return counts_of(sc)
end

local function agree(text, format)
  local want = by_line(text, format)
  assert.are.same(want, in_chunks(text, format))
  for _, piece in ipairs { 7, 200, 4096, 65536 } do
    assert.are.same(want, in_chunks(text, format, piece))
  end
  return want
end

local PRE = "192.0.2.10 - - [14/Mar/2026:10:00:00 +0100] "
local REQ = '"GET /a?b HTTP/1.1"'
local function at(clock, rest)
  return "192.0.2.10 - - [14/Mar/2026:" .. clock .. " +0100] " .. (rest or REQ .. ' 200 5 "-" "ua"')
end

local TRICKY = {
  -- escaped quotes and backslashes in the request, the referer, the user agent
  PRE .. [["GET /a\"b HTTP/1.1" 200 5 "-" "ua"]],
  PRE .. [["GET /a\\ HTTP/1.1" 404 5 "-" "ua"]],
  PRE .. REQ .. [[ 200 5 "x\"y" "ua"]],
  PRE .. REQ .. [[ 500 5 "-" "Mozilla \"quoted\" agent"]],
  PRE .. REQ .. [[ 200 5 "-" "ua\\"]],
  PRE .. REQ .. [[ 200 5 "-" "ua\"]],
  PRE .. [["GET /q?x=\x22 HTTP/1.1" 200 5 "-" "ua\x22" 0.125]],
  -- quotes, spaces and brackets where the fast path looks
  PRE .. [["GET /a"b HTTP/1.1" 200 5 "-" "ua"]],
  PRE .. [["GET" 400 5 "-" "ua"]],
  PRE .. [["" 400 0 "-" "-"]],
  PRE .. [["GET  /two HTTP/1.1" 200 5 "-" "ua"]],
  PRE .. [["GET ?q HTTP/1.1" 200 5 "-" "ua"]],
  PRE .. [["GET /end" 200 5 "-" "ua"]],
  PRE .. REQ .. [[ 200 5 "-x" "ua"]],
  PRE .. REQ .. [[ 200 5 "-""ua"]],
  PRE .. REQ .. [[ 200 5 "-" "ua" tail "with" quotes]],
  PRE .. REQ .. [[ 200 5 "-" "ua"x]],
  PRE .. REQ .. [[ 200 5 "-" "u"a"]],
  "192.0.2.10 - - [14/Mar/2026:10:00:00 +0100]] " .. REQ .. ' 200 5 "-" "ua"',
  "192.0.2.10 -- - [14/Mar/2026:10:00:00 +0100] " .. REQ .. ' 200 5 "-" "ua"',
  "192.0.2.10 \1 \2 [14/Mar/2026:10:00:00 +0100] " .. REQ .. ' 200 5 "-" "ua"',
  -- times: seconds, clocks, zones, kinds
  at("10:00:59"), at("10:00:xx"), at("10:00:61"), at("10:00:60"), at("10:00:6x"),
  at("10:01:00"), at("10:61:00"), at("24:00:00"), at("1x:00:00"),
  '{"time_iso8601":"14/Mar/2026:10:01:01 +0100","status":200}',
  '{"time_local":"2026-03-14T10:01:02+01:00","status":200}',
  -- missing fields, status and bytes
  "192.0.2.10 - [14/Mar/2026:10:00:00 +0100] " .. REQ .. ' 200 5 "-" "ua"',
  PRE .. ' 200 5 "-" "ua"',
  PRE .. REQ .. ' "-" "ua"',
  PRE .. REQ .. ' 200 5 "-"',
  PRE .. REQ .. ' 000 5 "-" "ua"',
  PRE .. REQ .. ' 2x0 5 "-" "ua"',
  PRE .. REQ .. ' 200 - "-" "ua"',
  PRE .. REQ .. " 200 5",
  PRE .. REQ .. " 200 5 ",
  "", "-", "- - - [",
  -- the other formats on the same scanner
  "vhost.example:443 " .. PRE .. REQ .. ' 200 5 "-" "ua"',
  '{"status":502,"request":"GET /json HTTP/1.1","upstream_status":"502, 200"}',
}

describe("the log scanner's fast path", function()
  it("reads tricky lines as the reference parser does, with every line end", function()
    local out = {}
    for i, line in ipairs(TRICKY) do
      -- after a valid line, so that the last time is one of the same minute
      out[#out + 1] = at("10:00:0" .. i % 10) .. "\n" .. line
        .. ({ "\n", "\r\n", "\r\r\n", " \n" })[i % 4 + 1]
    end
    local text = table.concat(out)
    for _, format in ipairs { "any", "combined", "common", "json", "vhost_combined" } do
      agree(text, format)
    end
    local c = agree(text, "any")
    assert.are.equal(2 * #TRICKY, c.lines)
    assert.is_true(c.malformed > 20 and c.timed > #TRICKY)
  end)

  it("reads the sample log, as it is and damaged, as the reference parser does", function()
    local f = assert(io.open(SAMPLE, "rb"))
    local sample = f:read("*a")
    f:close()
    assert.are.equal(3000, agree(sample, "any").lines)
    local BYTES = { "\\", '"', "\n", "\r", " ", "[", "]", "-", "?", ":", "0", "\t", "\1" }
    for round = 1, 6 do
      local spots = {} -- bytes replaced, in order
      for i = 1, 150 * round do spots[i] = rand(#sample) end
      table.sort(spots)
      local pieces, from = {}, 1
      for _, i in ipairs(spots) do
        pieces[#pieces + 1] = sample:sub(from, i - 1) .. BYTES[rand(#BYTES)]
        from = i + 1
      end
      pieces[#pieces + 1] = sample:sub(from)
      agree(table.concat(pieces), round % 2 == 0 and "combined" or "any")
    end
  end)

  it("leaves a line cut by the end of a buffer, or over the limit, to the reference", function()
    local head = PRE .. REQ .. ' 200 5 "-" "'
    local lines = {}
    for _, len in ipairs { MAX_LINE - 1, MAX_LINE, MAX_LINE + 1 } do
      lines[#lines + 1] = head .. ("a"):rep(len - #head - 1) .. '"'
    end
    local text = table.concat(lines, "\n") .. "\n"
    local c = agree(text, "any")
    assert.are.same({ 3, 1 }, { c.lines, c.malformed })
  end)
end)

describe("the log scanner's timeline", function()
  local function minutes(lines)
    local c = in_chunks(table.concat(lines, "\n") .. "\n", "any")
    return c.timed, c.timeline.lines
  end

  it("takes no time from seconds that do not read, whatever line came before", function()
    -- 10:00:04 and 10:00:05 in one minute; 10:00:60 is 10:01:00; the rest no time
    local timed, rows = minutes { at("10:00:04"), at("10:00:xx"), at("10:00:99"),
                                  at("10:00:6x"), at("10:00:60"), at("10:00:05") }
    assert.are.same({ 3, { 2, 1 } }, { timed, rows })
    timed, rows = minutes { at("10:00:xx"), at("10:00:99") }
    assert.are.same({ 0, {} }, { timed, rows })
  end)

  it("puts a line after one at :60 in its own minute", function()
    local timed, rows = minutes { at("10:00:60"), at("10:00:30"), at("10:01:30") }
    assert.are.same({ 3, { 1, 2 } }, { timed, rows })
  end)

  it("does not read one kind of time field as the other", function()
    local timed = minutes { at("10:00:04"),
      '{"time_iso8601":"14/Mar/2026:10:00:05 +0100","status":200}',
      '{"time_iso8601":"2026-03-14T10:00:06+01:00","status":200}',
      '{"time_local":"2026-03-14T10:00:07+01:00","status":200}' }
    assert.are.equal(2, timed)
  end)
end)
