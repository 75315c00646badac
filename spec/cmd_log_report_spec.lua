-- `httpstatus log`'s report on logs as nginx writes them: custom formats, the
-- timeline, upstreams, client aborts, paths, and the whole report in Korean.
local cmd_io = require "cmd_io"
local WORDS = require "httpstatus.cmd.log_words"
local log_html = require "httpstatus.cmd.log_html"

local SAMPLE = "examples/data/access.log"
local FORMAT = '$remote_addr [$time_local] "$request" $status $upstream_status $request_time'

local log_main = cmd_io.main_of("log")

-- the command on text given as standard input; status, stdout, stderr
local function main(args, text)
  return log_main(args, { stdin = cmd_io.stdin_of(text or "") })
end

local function custom_log()
  local lines = {}
  for i = 0, 119 do -- two hours, one line a minute; a 5xx burst at 10:30-10:34
    local t = 1773478800 + i * 60 -- 2026-03-14 09:00 UTC, 10:00 +0100
    local status = (i >= 30 and i < 35) and 502 or (i % 7 == 0 and 499 or 200)
    lines[#lines + 1] = ('192.0.2.1 [%s] "GET /p%d HTTP/1.1" %d %s 0.%03d'):format(
      os.date("!%d/%b/%Y:%H:%M:%S +0100", t + 3600), i % 3, status,
      status == 502 and "502, 504" or "200", i)
  end
  return table.concat(lines, "\n") .. "\n"
end

describe("httpstatus log on a custom format", function()
  it("says the format looks custom and how to give it, when most lines do not parse", function()
    local status, out = main({}, custom_log())
    assert.are.equal(0, status)
    assert.truthy(out:find("the format looks custom", 1, true), out)
    assert.truthy(out:find("--format '$remote_addr", 1, true))
    local _, ko = main({ "--lang", "ko" }, custom_log())
    assert.truthy(ko:find("사용자 정의 형식으로 보입니다", 1, true))
  end)

  it("says the lines are not in the format given, when --format names one (#23)", function()
    for _, lang in ipairs { "en", "ko" } do
      local W = WORDS[lang]
      for _, name in ipairs { "combined", "common", "vhost_combined", "json" } do
        local path = os.tmpname()
        local status, out = main({ "--format", name, "--lang", lang, "--html", path }, custom_log())
        assert.are.equal(0, status)
        local want = W.custom_named:gsub("{share}", "100.0%%"):gsub("{format}", name)
        assert.truthy(out:find("\n" .. want .. "\n", 1, true), out)
        assert.is_nil(out:find(W.custom:sub(1, 20), 1, true)) -- not "looks custom"
        local f = assert(io.open(path, "rb"))
        local page = f:read("*a")
        f:close()
        os.remove(path)
        assert.truthy(page:find(want:sub(1, 40), 1, true), lang .. " " .. name)
      end
      -- a log_format string that does not fit: check it against nginx.conf
      local _, out = main({ "--lang", lang, "--format", (FORMAT:gsub(" %[", " - - [")) },
        custom_log())
      local want = W.custom_template:gsub("{share}", "100.0%%")
      assert.truthy(out:find("\n" .. want .. "\n", 1, true), out)
      -- "any" is the default: the format may be custom
      _, out = main({ "--lang", lang, "--format", "any" }, custom_log())
      assert.truthy(out:find(W.custom:gsub("{share}", "100.0%%"), 1, true), out)
    end
    local _, json = main({ "--json", "--format", "common" }, custom_log())
    assert.truthy(json:find('"format":"common"', 1, true), json)
    assert.truthy(json:find('"custom":true', 1, true), json)
  end)

  it("reads it with --format, and shows the 5xx burst on the timeline", function()
    local status, out = main({ "--format", FORMAT, "--bucket", "5m" }, custom_log())
    assert.are.equal(0, status)
    assert.is_nil(out:find("looks custom", 1, true))
    assert.truthy(out:find("Lines: 120 total, 120 valid, 0 malformed", 1, true), out)
    assert.truthy(out:find("Timeline (per 5 min, times UTC+01:00", 1, true), out)
    assert.matches("\n  2026%-03%-14 10:30 +5 lines  4xx +0%.0%%  5xx 100%.0%%  !+\n", out)
    assert.matches("\n  2026%-03%-14 10:25 +5 lines  4xx +%d+%.%d%%  5xx +0%.0%%", out)
    assert.truthy(out:find("Closed without a response (499 by the client, 444 by nginx): 18 lines", 1, true), out)
    assert.truthy(out:find("Upstreams ($upstream_status on 120 lines):", 1, true))
    assert.truthy(out:find("5xx after an upstream was tried: 5", 1, true))
    assert.truthy(out:find("lines that tried more than one upstream: 5", 1, true))
    assert.matches("Request time %(%$request_time, 120 lines%): mean 0%.0[56]%d s, max 0%.119 s",
      out) -- the mean is 59.5 ms
    assert.matches("\n  5xx +%d+  /p%d\n", out)
  end)

  it("without --bucket, fits the timeline in at most 48 rows on whole steps", function()
    local _, out = main({ "--format", FORMAT }, custom_log())
    local rows = 0
    for minute in out:gmatch("\n  2026%-03%-14 %d%d:(%d%d) ") do
      rows = rows + 1
      assert.are.equal(0, tonumber(minute) % 3)
    end
    assert.is_true(rows > 0 and rows <= 48, tostring(rows))
  end)

  it("says 1 line and 2 lines, and per hour for a bucket of one hour (en and ko)", function()
    local line = '192.0.2.1 [14/Mar/2026:10:00:00 +0100] "GET / HTTP/1.1" 499 - 0.250\n'
    local _, one = main({ "--format", FORMAT, "--bucket", "1h" }, line)
    for _, want in ipairs {
      "Timeline (per hour, times UTC+01:00;",
      "  2026-03-14 10:00         1 line   4xx 100.0%",
      "by nginx): 1 line (100.0% of valid lines)",
      "(1 of 1 valid line)", "(0 of 1 line)", "(1 line; codes: 1)",
      "Upstreams ($upstream_status on 1 line):", "Request time ($request_time, 1 line)",
    } do
      assert.truthy(one:find(want, 1, true), want .. " not in:\n" .. one)
    end
    assert.is_nil(one:find("%f[%d]1 lines"), one)
    local _, two = main({ "--format", FORMAT, "--bucket", "2h" }, line:rep(2))
    assert.truthy(two:find("Timeline (per 2 h,", 1, true), two)
    assert.truthy(two:find(":00         2 lines  4xx 100.0%", 1, true), two)
    assert.truthy(two:find("(2 of 2 valid lines)", 1, true), two)
    local _, ko = main({ "--lang", "ko", "--format", FORMAT, "--bucket", "1h" }, line)
    assert.truthy(ko:find("시간대별 (1시간 단위,", 1, true), ko)
    assert.truthy(select(2, main({ "--format", FORMAT, "--bucket", "1d" }, line))
      :find("(per day,", 1, true))
  end)

  it("puts the text report's request-time sentence on the page too (en and ko)", function()
    local path = os.tmpname()
    for _, lang in ipairs { "en", "ko" } do
      local _, out = main({ "--lang", lang, "--format", FORMAT, "--html", path }, custom_log())
      local sentence = out:match("\n(" .. WORDS[lang].rtime:match("^[^(]+") .. "[^\n]+)")
      assert.truthy(sentence, out)
      local f = assert(io.open(path, "rb"))
      local page = f:read("*a")
      f:close()
      assert.truthy(page:find("<p>" .. sentence .. "</p>", 1, true), sentence)
    end
    os.remove(path)
  end)

  it("lists the upstream figures on the page in the text's order, the same every run", function()
    local path = os.tmpname()
    local _, out = main({ "--format", FORMAT, "--html", path }, custom_log())
    local page = cmd_io.read_all(path)
    os.remove(path)
    local keys, at_text, at_page = { "upstream_5xx", "own_5xx", "retried", "recovered" }, {}, {}
    for i, key in ipairs(keys) do
      local label = WORDS.en[key]:gsub(": {n}$", "")
      at_text[i] = assert(out:find(label, 1, true), label)
      at_page[i] = assert(page:find("<dt>" .. label .. "</dt>", 1, true), label)
    end
    for i = 2, #keys do
      assert.is_true(at_text[i - 1] < at_text[i], keys[i])
      assert.is_true(at_page[i - 1] < at_page[i], keys[i] .. " before " .. keys[i - 1] .. " on the page")
    end
  end)

  it("groups thousands", function()
    local line = '192.0.2.1 - - [14/Mar/2026:10:00:00 +0100] "GET / HTTP/1.1" 200 1 "-" "c"\n'
    local _, out = main({}, line:rep(12345))
    assert.truthy(out:find("Lines: 12,345 total, 12,345 valid", 1, true), out)
  end)
end)

-- the literal pieces of a template that are words (not {names}, numbers, codes)
local function pieces(template)
  local list = {}
  for piece in (template:gsub("{[%w_]+}", "\0"):gsub("{[%w_]+|[^{}]*}", "\0")):gmatch("[^%z]+") do
    if piece:find("%a%a%a%a") and not piece:find("%$") then list[#list + 1] = piece end
  end
  return list
end

describe("httpstatus log --lang ko", function()
  it("writes every label in Korean, text and page", function()
    local path = os.tmpname()
    local _, out = main({ "--lang", "ko", "--format", FORMAT, "--html", path }, custom_log())
    local f = assert(io.open(path, "rb"))
    local page = f:read("*a")
    f:close()
    os.remove(path)
    for key, en in pairs(WORDS.en) do
      if type(en) == "string" and en ~= WORDS.ko[key] then
        for _, piece in ipairs(pieces(en)) do
          if piece:find("%a%a%a%a%a") and not piece:find("^%s*httpstatus log") then
            assert.is_nil(out:find(piece, 1, true), "English in the text: " .. piece)
            assert.is_nil(page:find(piece, 1, true), "English on the page: " .. piece)
          end
        end
      end
    end
    assert.truthy(out:find("응답 없이 끊긴 연결 (499는 클라이언트가, 444는 nginx가 끊음): 18줄", 1, true))
    assert.truthy(out:find("시간대별", 1, true))
    -- a vendor's own phrase stays English: quoted, and said to be a vendor code
    assert.truthy(out:find('499 nginx 벤더 코드 "Client Closed Request" (등록되지 않음; 그 밖에 '
      .. 'Google "Client Closed Request"; Esri "Token Required")', 1, true), out)
    assert.is_nil(out:find("nginx: Client Closed Request", 1, true))
    assert.truthy(page:find("nginx 벤더 코드 &quot;Client Closed Request&quot;", 1, true))
    assert.truthy(page:find('<html lang="ko">', 1, true))
    assert.truthy(page:find("html[lang=ko] body{word-break:keep-all}", 1, true))
    assert.truthy(page:find("업스트림", 1, true))
  end)

  it("gives the page's chart labels room: no label starts left of the chart", function()
    local path = os.tmpname()
    for _, lang in ipairs { "en", "ko" } do
      main({ "--lang", lang, "--html", path }, io.open(SAMPLE, "rb"):read("*a"))
      local f = assert(io.open(path, "rb"))
      local page = f:read("*a")
      f:close()
      local n = 0
      for x, label in page:gmatch('<text x="(%d+)" y="%d+" text%-anchor="end">([^<]*)</text>') do
        n = n + 1
        -- measured as shown: an entity is one character
        local shown = label:gsub("&%a+;", "x"):gsub("&#%d+;", "x")
        assert.is_true(tonumber(x) >= log_html.text_px(shown), lang .. ": " .. label)
        assert.is_nil(label:find("...", 1, true), label)
      end
      assert.is_true(n > 10)
    end
    os.remove(path)
  end)
end)
