-- httpstatus.cmd.html (`httpstatus html`): the reference page holds every fact of the
-- table and the locale files, each escaped, and nothing from outside the file.
local hs = require "httpstatus"
local page = require "httpstatus.cmd.html"

local ENTITY = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }
local function esc(s) return (s:gsub("[&<>\"']", ENTITY)) end

local function count(s, plain)
  local n, at = 0, 1
  while true do
    local i, j = s:find(plain, at, true)
    if not i then return n end
    n, at = n + 1, j + 1
  end
end

-- id -> the text of <article id="..."> up to its </article>, and the ids in page order
local function articles(html)
  local by_id, order = {}, {}
  for id, body in html:gmatch('<article id="([^"]+)"(.-)</article>') do
    assert(by_id[id] == nil, "two articles " .. id)
    by_id[id], order[#order + 1] = body, id
  end
  return by_id, order
end

-- the badges a code must show, written out again from info (not from page.lua)
local function expected_facts(info)
  local want = {}
  if info.cacheable then want.cacheable = true end
  if info.must_not_store then want.must_not_store = true end
  if info.retryable then want.retryable = true end
  if info.retry_after then want.retry_after = true end
  if info.redirect then want["redirect-" .. info.redirect] = true end
  if info.method then want["method-" .. info.method] = true end
  want[info.allows_body and "body" or "no-body"] = true
  if info.deprecated then want.deprecated = true end
  return want
end

local DATE = "2026-12-01" -- after 104's listed expiry (2026-11-13)
local pages = { en = page.html { lang = "en", date = DATE }, ko = page.html { lang = "ko", date = DATE } }

describe("the reference page", function()
  it("opens in the language asked for, English by default", function()
    assert.truthy(pages.en:find('<html lang="en">', 1, true))
    assert.truthy(pages.ko:find('<html lang="ko">', 1, true))
    assert.truthy(page.html():find('<html lang="en">', 1, true))
    assert.truthy(pages.ko:find("<title>HTTP 상태 코드</title>", 1, true))
    -- the same content either way: only the chosen language and the labels differ
    local a, b = articles(pages.en), articles(pages.ko)
    for id, body in pairs(a) do assert.are.equal(body, b[id], id) end
  end)

  it("links each code's card to the lint rules about it, and each rule back", function()
    local html = pages.en
    local by_id = articles(html)
    local linked = 0
    for _, code in ipairs(hs.codes()) do
      local card = assert(by_id[tostring(code)], code)
      local rules = hs.lint_rules(code)
      for _, r in ipairs(rules) do
        assert(card:find('<a href="#rule-' .. r.rule .. '"><code>' .. r.rule .. "</code></a>", 1,
          true), code .. " does not link " .. r.rule)
        assert(card:find(esc(r.message), 1, true), code .. " lacks " .. r.message)
        local entry = html:match('<dt id="rule%-' .. r.rule:gsub("%-", "%%-") .. '">.-</dd>')
        assert(entry, "no entry for " .. r.rule)
        assert(entry:find('<a href="#' .. code .. '">', 1, true), r.rule .. " does not link " .. code)
        linked = linked + 1
      end
      assert.are.equal(#rules, count(card, '<a href="#rule-'), code)
    end
    assert.is_true(linked >= 30, tostring(linked))
    assert.truthy(pages.ko:find("405 응답에는 Allow 헤더가 있어야 합니다", 1, true))
  end)

  for lang, html in pairs(pages) do
    describe("(" .. lang .. ")", function()
      local by_id, order = articles(html)

      it("has every registered code once, grouped by class, ascending", function()
        local codes = hs.codes()
        assert.are.equal(64, #codes)
        local registry = {}
        for _, id in ipairs(order) do
          if id:find("^%d+$") then registry[#registry + 1] = tonumber(id) end
        end
        assert.are.same(codes, registry)
        for digit = 1, 5 do
          local section = html:match('<section id="class%-' .. digit .. 'xx".-</section>')
          assert.truthy(section, "class " .. digit)
          for id in section:gmatch('<article id="([^"]+)"') do
            assert.are.equal(digit, math.floor(tonumber(id) / 100), id)
          end
        end
      end)

      it("gives each code both phrases, constant, reference, descriptions and old names", function()
        for _, code in ipairs(hs.codes()) do
          local info, body = hs.info(code), by_id[tostring(code)]
          local function has(text, what)
            assert.truthy(body:find(esc(text), 1, true), code .. " " .. what .. ": " .. text)
          end
          has(info.reason, "phrase")
          has(hs.reason(code, { lang = "ko" }), "Korean phrase")
          has("hs." .. info.name, "constant")
          local text = body:gsub("<[^>]*>", "") -- the reference is split by its links
          assert.truthy(text:find(esc(info.reference), 1, true), code .. " reference")
          has(hs.describe(code, "en"), "description")
          has(hs.describe(code, "ko"), "Korean description")
          for _, a in ipairs(info.aliases) do
            has(a.phrase, "old phrase")
            has("hs." .. a.name, "old constant")
            has(a.source, "alias source")
          end
          for _, h in ipairs(info.headers) do
            assert.truthy(body:find("<code>" .. esc(h.name) .. '</code> <span class="lvl" data-level="'
              .. h.level .. '"', 1, true), code .. " header " .. h.name)
            if type(h.condition) == "string" then has(h.condition, "header condition") end
            if type(h.condition) == "table" then
              for _, c in pairs(h.condition) do has(c, "header condition") end
            end
          end
          local _, headers = body:gsub('data%-level="', "")
          assert.are.equal(#info.headers, headers, code .. " header count")
        end
      end)

      it("shows exactly the facts of each code as badges", function()
        for _, code in ipairs(hs.codes()) do
          local body, got = by_id[tostring(code)], {}
          for fact in body:gmatch('<li class="b" data%-fact="([^"]+)"') do
            assert.is_nil(got[fact], code .. " " .. fact .. " twice")
            got[fact] = true
          end
          assert.are.same(expected_facts(hs.info(code)), got, "code " .. code)
        end
        -- every kind of badge appears somewhere, with its label in both languages
        for fact, label in pairs { cacheable = "Cacheable by default", must_not_store = "Must not be stored",
                                   retryable = "Retryable", retry_after = "Retry-After meaningful",
                                   ["redirect-permanent"] = "Permanent redirect",
                                   ["redirect-temporary"] = "Temporary redirect",
                                   ["method-preserved"] = "Method preserved",
                                   ["method-may_change"] = "POST may change to GET (QUERY kept)",
                                   ["method-to_get"] = "Method changes to GET (QUERY too)",
                                   body = "Content allowed", ["no-body"] = "No content",
                                   deprecated = "Deprecated" } do
          assert.truthy(html:find('data-fact="' .. fact .. '"><span class="t" lang="en">' .. label
            .. '</span><span class="t" lang="ko">', 1, true), fact)
        end
      end)

      it("links RFC references to rfc-editor.org, and nothing else outside the page", function()
        local body = by_id["404"]
        assert.truthy(body:find('<a href="https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5">'
          .. '<span class="t" lang="en">RFC 9110, Section 15.5.5</span><span class="t" lang="ko">'
          .. "RFC 9110 15.5.5절</span></a>", 1, true))
        assert.truthy(by_id["451"]:find('href="https://www.rfc-editor.org/rfc/rfc7725.html"', 1, true))
        assert.truthy(by_id["510"]:find('rfc2774.html"><span class="t" lang="en">RFC 2774</span>'
          .. '<span class="t" lang="ko">RFC 2774</span></a>; '
          .. "status-change-http-experiments-to-historic", 1, true))
        for url in html:gmatch('href="([^"#][^"]*)"') do
          assert.truthy(url:find("^https://www%.rfc%-editor%.org/rfc/rfc%d+%.html"), url)
        end
        assert.is_nil(html:find("<link", 1, true))
        assert.is_nil(html:find("@import", 1, true))
        assert.is_nil(html:find("url(", 1, true))
        assert.is_nil(html:find("<%a[^>]*%ssrc%s*="))
        assert.is_nil(html:find("<iframe", 1, true))
        assert.are.equal(2, count(html, "<script")) -- the labels as JSON, and the page's own
        assert.truthy(html:find("default-src 'none'", 1, true))
      end)

      it("states the registry status: 104 past its expiry, 306/418 unused, 510 obsoleted", function()
        local function status(code) return by_id[tostring(code)]:match('data%-status="([^"]+)"') end
        assert.are.equal("expired", status(104))
        assert.truthy(by_id["104"]:find("Temporary registration, listed expiry 2026-11-13; past its "
          .. "listed expiry by today&#39;s date; the registry snapshot (" .. hs.REGISTRY_DATE
          .. ") predates that day", 1, true))
        assert.truthy(by_id["104"]:find("오늘 기준으로 등록 만료일이 지났으나, 레지스트리 기준일("
          .. hs.REGISTRY_DATE .. ")이 그보다 앞서므로", 1, true))
        assert.truthy(by_id["104"]:find("임시 등록, 목록상의 만료일 2026-11-13; 오늘 기준으로", 1, true))
        assert.are.equal("unused", status(306))
        assert.are.equal("unused", status(418))
        assert.are.equal("obsoleted", status(510))
        assert.are.equal("permanent", status(404))
        for _, code in ipairs(hs.codes()) do
          local info = hs.info(code)
          local want = info.status
          if info.expires and DATE > info.expires then want = "expired" end
          assert.are.equal(want, status(code), code)
        end
      end)

      it("lists the vendor codes after the registry, apart, with each vendor", function()
        local registry_end = html:find('<section id="vendor"', 1, true)
        assert.truthy(registry_end)
        local vendor_part = html:sub(registry_end)
        local n = 0
        for code = 100, 599 do
          local list = hs.unofficial(code)
          local body = by_id["vendor-" .. code]
          if list then
            n = n + 1
            assert.truthy(body, "vendor " .. code)
            assert.truthy(vendor_part:find('<article id="vendor-' .. code .. '"', 1, true))
            for _, u in ipairs(list) do
              assert.truthy(body:find('<span class="vendor">' .. esc(u.vendor) .. "</span> "
                .. esc(u.reason), 1, true), code .. " " .. u.vendor)
              assert.truthy(body:find(esc(hs.describe(code, "en", u.vendor)), 1, true))
              assert.truthy(body:find(esc(hs.describe(code, "ko", u.vendor)), 1, true))
            end
            if hs.is_registered(code) then -- 308, 421, 451: a pointer to the registry entry
              assert.truthy(body:find('<a href="#' .. code .. '">', 1, true))
            else
              assert.truthy(body:find('<h3 id="' .. code .. '">', 1, true)) -- #499 works too
            end
          else
            assert.is_nil(body, "vendor " .. code)
          end
        end
        assert.is_true(n >= 30)
        assert.is_nil(html:sub(1, registry_end):find('class="vcode"', 1, true))
        assert.is_nil(vendor_part:find('class="code"', 1, true))
        assert.truthy(by_id["vendor-499"]:find("nginx</span> Client Closed Request", 1, true))
      end)

      it("has unique ids, and every in-page link has its target", function()
        local ids = {}
        for id in html:gmatch('%sid="([^"]*)"') do
          assert.is_nil(ids[id], "duplicate id " .. id)
          ids[id] = true
        end
        for _, code in ipairs(hs.codes()) do assert.is_true(ids[tostring(code)]) end
        for target in html:gmatch('href="#([^"]*)"') do assert.is_true(ids[target], target) end
        for target in html:gmatch('aria%-labelledby="([^"]*)"') do assert.is_true(ids[target], target) end
        for target in html:gmatch('aria%-describedby="([^"]*)"') do assert.is_true(ids[target], target) end
        for target in html:gmatch('<label for="([^"]*)"') do assert.is_true(ids[target], target) end
      end)

      it("is built for people: headings, search, status, phone, print and dark mode", function()
        assert.are.equal(1, count(html, "<h1>"))
        assert.are.equal(8, count(html, "<h2 "))  -- the overview, five classes, vendors, lint rules
        assert.are.equal(64 + count(html, 'class="vcode"'), count(html, "<h3 "))
        assert.truthy(html:find('<input id="q" type="search"', 1, true))
        assert.truthy(html:find('role="status" aria-live="polite"', 1, true))
        assert.truthy(html:find('<meta name="viewport" content="width=device-width', 1, true))
        assert.truthy(html:find("@media print", 1, true))
        assert.truthy(html:find("@media (prefers-color-scheme:dark)", 1, true))
        assert.truthy(html:find("@media (max-width:40rem)", 1, true))
        assert.truthy(html:find('aria-pressed="true">' .. (lang == "en" and "English" or "한국어"), 1, true))
      end)
    end)
  end

  it("judges an expiry from the registry snapshot, not from the clock alone", function()
    local wording = require "httpstatus.cmd.wording"
    local info = { expires = "2026-11-13" }
    assert.are.equal("listed", wording.expiry_state(info, "2026-11-13"))
    assert.are.equal("past_today", wording.expiry_state(info, "2026-11-14"))
    -- an expiry the snapshot itself is past: known whatever the date today
    local old = { expires = "2025-01-01" }
    assert.are.equal("past_snapshot", wording.expiry_state(old, "2024-06-01"))
    assert.are.equal("past its listed expiry in the registry snapshot (" .. hs.REGISTRY_DATE .. ")",
      wording.expiry("en", old, "2024-06-01"))
    assert.is_nil(wording.expiry("ko", info, "2026-01-01"))
    assert.is_nil(wording.expiry_state({}, "2026-01-01"))
  end)

  it("says 104 is temporary up to its expiry day, expired after it", function()
    local function status_104(date)
      return articles(page.html { date = date })["104"]:match('data%-status="([^"]+)"')
    end
    assert.are.equal("temporary", status_104("2026-11-13"))
    assert.are.equal("expired", status_104("2026-11-14"))
    assert.truthy(articles(page.html { date = "2025-01-01" })["104"]:find(
      "Temporary registration, listed expiry 2026-11-13", 1, true))
  end)

  it("shows each code per HTTP version and nginx's own line, in both languages", function()
    local by_id = articles(page.html { date = DATE })
    assert.truthy(by_id["422"]:find('<span class="t" lang="en">HTTP/1.1 422 (nginx '
      .. hs.NGINX_VERSION .. "&#39;s own status line: no phrase)</span>", 1, true))
    assert.truthy(by_id["302"]:find('<span class="t" lang="ko">HTTP/1.1 302 Moved Temporarily (nginx '
      .. hs.NGINX_VERSION .. " 자체 상태 줄)</span>", 1, true))
    assert.truthy(by_id["101"]:find("HTTP/1.1 only: HTTP/1.1 101 Switching Protocols; not in "
      .. "HTTP/2 or HTTP/3, which have no Upgrade", 1, true))
    assert.truthy(by_id["404"]:find("HTTP/2·HTTP/3: :status 404, 사유 구문 없음", 1, true))
  end)

  it("shows a header's condition in both languages, escaped", function()
    local by_id = articles(page.html { date = DATE })
    assert.truthy(by_id["415"]:find('<span class="cond"><span class="t" lang="en">a QUERY&#39;s '
      .. "query format is not supported (RFC 10008, 2.1)</span><span class=\"t\" lang=\"ko\">"
      .. "QUERY 요청의 쿼리 형식을 지원하지 않을 때(RFC 10008 2.1절)</span></span>", 1, true))
    local info = hs.info
    local replaced = pcall(function()
      hs.info = function(code)
        local t = info(code)
        if code == 503 then t.headers[1].condition = "when <the> outage's end is known" end
        return t
      end
    end)
    if not replaced then return pending("hs.info cannot be replaced here") end
    local ok, html = pcall(page.html, { date = DATE })
    hs.info = info
    assert(ok, html)
    assert.truthy(articles(html)["503"]:find('<span class="cond"><span class="t" lang="en">when '
      .. "&lt;the&gt; outage&#39;s end is known</span>", 1, true))
  end)

  it("raises for an unknown language or a date not in YYYY-MM-DD form", function()
    assert.has_error(function() page.html { lang = "fr" } end,
      "bad argument #1 to 'html' (opts.lang must be \"en\" or \"ko\", got string \"fr\")")
    assert.has_error(function() page.html { date = "1 Dec 2026" } end,
      "bad argument #1 to 'html' (opts.date must be \"YYYY-MM-DD\", got string \"1 Dec 2026\")")
  end)
end)

describe("the page's Content-Security-Policy (#18 4.10)", function()
  local sha256 = require "httpstatus.cmd.sha256"
  local html = pages.en
  local policy = assert(html:match('<meta http%-equiv="Content%-Security%-Policy" content="([^"]*)">'))
  local function directive(name)
    return (" " .. policy .. ";"):match(" " .. name:gsub("%-", "%%-") .. " ([^;]*);")
  end

  it("lets no inline script or style run but the page's own, named by hash", function()
    assert.is_nil(policy:find("unsafe", 1, true))
    assert.are.equal("'none'", directive("default-src"))
    local script = assert(html:match("\n<script>(.-)</script>\n"))
    local style = assert(html:match("<style>(.-)</style>"))
    assert.are.equal("'sha256-" .. sha256.base64(script) .. "'", directive("script-src"))
    assert.are.equal("'sha256-" .. sha256.base64(style) .. "'", directive("style-src"))
    -- the one other <script> is data, which no browser runs
    assert.are.equal(2, count(html, "<script"))
    assert.are.equal(1, count(html, '<script type="application/json" id="ui">'))
    assert.is_nil(html:find("<%a[^>]*%son%a+%s*=")) -- no event handler attributes either
    assert.is_nil(html:find("<%a[^>]*%sstyle%s*=")) -- nor style attributes, which the hash would block
  end)

  it("is the same in both languages, and names the texts the page holds", function()
    assert.truthy(pages.ko:find(policy, 1, true))
  end)
end)

describe("page search keys", function()
  local search = require "httpstatus.cmd.search"

  it("are the C core's normal form, its \"_\" dropped: a constant and its phrase share a key", function()
    for _, code in ipairs(hs.codes()) do
      local info = hs.info(code)
      assert.are.equal(search.key(info.reason), search.key(info.name), code)
      assert.are.equal((hs.normalize(info.reason):gsub("_", "")), search.key(info.reason))
      for _, a in ipairs(info.aliases) do
        if hs.code(a.phrase) == code and hs.code(a.name) == code then
          assert.are.equal(search.key(a.phrase), search.key(a.name), a.name)
        end
      end
    end
    local spellings = { { "payloadtoolarge", "Payload-Too_LARGE", "  payload   too--large " },
                        { "imateapot", "I'M A TEAPOT", "i'm_a_teapot" },
                        { "찾을수없음", "찾을 수   없음", "찾을_수-없음" } }
    for _, s in ipairs(spellings) do
      for i = 2, #s do assert.are.equal(s[1], search.key(s[i]), s[i]) end
    end
    assert.are.equal(413, hs.code("Payload-Too_LARGE")) -- the same spellings hs.code accepts
    assert.are.equal(418, hs.code("I'M A TEAPOT"))
    assert.are.equal("ÄbcÉ", search.key("ÄBC É"))  -- only ASCII is folded
  end)

  it("are on each entry: code, both phrases, constant and old names; descriptions apart", function()
    local by_id = articles(pages.en)
    local keys = by_id["413"]:match('data%-k="([^"]*)"')
    local set = {}
    for k in keys:gmatch("[^\n]+") do set[k] = true end
    assert.are.same({ ["413"] = true, ["contenttoolarge"] = true, ["콘텐츠가너무큼"] = true,
                      ["requestentitytoolarge"] = true, ["payloadtoolarge"] = true }, set)
    assert.truthy(by_id["418"]:find('data-k="418\nimateapot\n', 1, true))
    local d = by_id["413"]:match('data%-d="([^"]*)"')
    assert.are.equal(2, select(2, d:gsub("[^\n]+", ""))) -- English and Korean
    assert.are.equal(search.key(hs.describe(413, "en")), d:match("^[^\n]+"))
  end)
end)

describe("page escaping", function()
  it("escapes every text and attribute, so add_locale texts cannot add markup", function()
    -- a fresh library, so the added texts do not outlive this test
    local saved = {}
    for name, mod in pairs(package.loaded) do
      if name == "httpstatus" or name:find("^httpstatus%.") then
        saved[name], package.loaded[name] = mod, nil
      end
    end
    local ok, err = pcall(function()
      local fresh = require "httpstatus"
      local fresh_page = require "httpstatus.cmd.html"
      fresh.add_locale("ko", {
        reasons = { [404] = "<script>alert(1)</script>", [200] = '"><b onmouseover=alert(1)>' },
        descriptions = { [404] = "<img src=x onerror=alert(1)> & </article>" },
      })
      for _, lang in ipairs { "en", "ko" } do
        local html = fresh_page.html { lang = lang, date = DATE }
        assert.is_nil(html:find("<script>alert", 1, true))
        assert.is_nil(html:find("<img", 1, true))
        assert.is_nil(html:find("<b ", 1, true))
        assert.are.equal(2, count(html, "<script"))
        assert.truthy(html:find("&lt;script&gt;alert(1)&lt;/script&gt;", 1, true))
        assert.truthy(html:find("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/article&gt;", 1, true))
        assert.truthy(html:find('data-k="200\nok\n&quot;&gt;&lt;bonmouseover=alert(1)&gt;"', 1, true))
        local by_id = articles(html) -- "</article>" in a text did not end the entry
        assert.truthy(by_id["404"]:find("hs.NOT_FOUND", 1, true))
      end
    end)
    for name in pairs(package.loaded) do
      if name == "httpstatus" or name:find("^httpstatus%.") then package.loaded[name] = nil end
    end
    for name, mod in pairs(saved) do package.loaded[name] = mod end
    assert(ok, err)
    assert.are.equal("찾을 수 없음", hs.reason(404, { lang = "ko" })) -- the old library is untouched
  end)

  it("embeds JSON in a <script> without </, <!-- or raw U+2028/U+2029", function()
    local value = { a = "</script><!-- x -->", b = "\226\128\168\226\128\169", c = "\\<" }
    local json = page.json_for_script(value)
    assert.is_nil(json:find("<", 1, true))
    assert.is_nil(json:find("\226\128\168", 1, true))
    assert.is_nil(json:find("\226\128\169", 1, true))
    local has_cjson, cjson = pcall(require, "cjson")
    if has_cjson then assert.are.same(value, cjson.decode(json)) end
    assert.are.equal("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", page.escape('<a href="x">&\''))
  end)
end)

describe("httpstatus html", function()
  local main = require("cmd_io").main_of("html") -- (args, over) -> status, stdout, stderr

  it("writes the page to standard output or to a file", function()
    local status, out, err = main {}
    assert.are.equal(0, status)
    assert.are.equal("", err)
    assert.truthy(out:find('^<!DOCTYPE html>\n<html lang="en">'))
    status, out = main { "--lang", "ko" }
    assert.are.equal(0, status)
    assert.truthy(out:find('<html lang="ko">', 1, true))
    local path = os.tmpname()
    status, out = main { "--lang=ko", "-o", path }
    assert.are.equal(0, status)
    assert.are.equal("", out)
    local f = assert(io.open(path, "rb"))
    local html = f:read("*a")
    f:close()
    os.remove(path)
    assert.truthy(html:find('<html lang="ko">', 1, true))
    assert.truthy(html:find("</html>\n$"))
  end)

  it("exits 2 for bad usage and 1 when the file cannot be written", function()
    for _, args in ipairs { { "--lang", "fr" }, { "--lang" }, { "-o" }, { "404" }, { "--bogus=1" } } do
      local status, out, err = main(args)
      assert.are.equal(2, status, table.concat(args, " "))
      assert.are.equal("", out)
      assert.truthy(err:find("^httpstatus html: "))
    end
    local status, _, err = main { "-o", "/nonexistent/dir/page.html" }
    assert.are.equal(1, status)
    assert.truthy(err:find("cannot write the page", 1, true))
    local help_status, help = main { "--help" }
    assert.are.equal(0, help_status)
    assert.truthy(help:find("usage: httpstatus html", 1, true))
  end)

  it("never writes the page over a file that holds no page (#23's final walk)", function()
    local path = os.tmpname()
    local f = assert(io.open(path, "wb"))
    f:write("keep me\n")
    f:close()
    for _, args in ipairs { { "-o", path }, { "--json", "--output=" .. path } } do
      local status, out, err = main(args)
      assert.are.equal(2, status)
      assert.truthy((out .. err):find("holds no HTML page", 1, true), out .. err)
      f = assert(io.open(path, "rb"))
      assert.are.equal("keep me\n", f:read("*a"))
      f:close()
    end
    local status, _, err = main { "-o", "--json" }
    assert.are.equal(2, status)
    assert.truthy(err:find('-o needs a value: "--json" is an option', 1, true), err)
    os.remove(path)
    -- a page is replaced by the next one
    assert.are.equal(0, (main { "-o", path }))
    assert.are.equal(0, (main { "--lang", "ko", "-o", path }))
    f = assert(io.open(path, "rb"))
    assert.truthy(f:read("*a"):find('<html lang="ko">', 1, true))
    f:close()
    os.remove(path)
  end)
end)

describe("page.html and bad input", function()
  local raises = require "raises"
  -- page is the module loaded above
  it("raises a clear argument error, never a crash, quoting what it got", function()
    for _, v in ipairs { 5, "en", true, print } do
      raises("html", 1, "table or nil expected", function() page.html(v) end)
    end
    for _, lang in ipairs { "fr", "ko\r\n", 5, {} } do
      local msg = raises("html", 1, "opts.lang must be", function() page.html { lang = lang } end)
      assert.is_nil(msg:find("[\r\n]"))
    end
    for _, date in ipairs { "2026-1-1", "x\n", 5 } do
      raises("html", 1, "opts.date must be", function() page.html { date = date } end)
    end
  end)

  it("refuses an unknown option name, as every function taking options does", function()
    assert.has_error(function() page.html { language = "ko" } end,
      "bad argument #1 to 'html' (unknown option \"language\")")
    assert.has_error(function() page.html { lang = "ko", Date = "2026-12-01" } end,
      "bad argument #1 to 'html' (unknown option \"Date\")")
    assert.has_error(function() page.html { [1] = "ko" } end,
      "bad argument #1 to 'html' (unknown option 1)")
  end)
end)
