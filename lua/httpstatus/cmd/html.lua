--- `httpstatus html`: the reference page, every registered code and then
-- the vendor codes, as one self-contained HTML file in English and Korean
-- (also `make site`).
--
-- Everything on the page comes from the public API of httpstatus (the C
-- table and the locale files); the page's own words are below and in
-- httpstatus.cmd.words. Every text and attribute goes through escape.html,
-- and the one JSON block in a <script> through json_for_script, so no
-- phrase or description (add_locale accepts "<script>") can add markup. No
-- external script, style, font or image, and only the page's own inline
-- script and style: its Content-Security-Policy names them by SHA-256, so a
-- script that found its way into the markup would not run. The links to
-- the RFCs are plain links.
--
-- Both languages are in the markup (`<span lang="en">`, `<span lang="ko">`)
-- and CSS shows the one chosen on <html lang>, so the page reads without
-- JavaScript and prints in the chosen language; the script only filters,
-- switches the language and keeps the reader's place.
-- @module httpstatus.cmd.html

local hs = require "httpstatus"
local check = require "httpstatus.check"
local escape_mod = require "httpstatus.cmd.escape"
local json = require "httpstatus.cmd.json"
local page_file = require "httpstatus.cmd.page_file"
local sha256 = require "httpstatus.cmd.sha256"
local assets = require "httpstatus.cmd.html_assets"
local card = require "httpstatus.cmd.html_card"
local WORDS = require "httpstatus.cmd.words"
local overview = require "httpstatus.cmd.html_overview"
local search = require "httpstatus.cmd.search"

local error, ipairs, pairs, tostring, type = error, ipairs, pairs, tostring, type
local concat = table.concat
local format, upper = string.format, string.upper
local floor = math.floor
local os_date = os.date
local stdio_open = io.open

local M = {}

local LANGS = { "en", "ko" }
local CLASS_NAMES = { "informational", "success", "redirection", "client_error", "server_error" }

-- The page's own labels; the words it shares with the lookup (labels,
-- classes, facts, levels) are added from httpstatus.cmd.words below.
local UI = {
  en = {
    title = "HTTP status codes", skip = "Skip to the codes",
    intro = "The %d codes of the IANA HTTP Status Code Registry (as of %s), then the codes "
      .. "vendors use outside it.",
    search = "Search", placeholder = "code, phrase, constant or old name",
    all = "All classes", language = "Language",
    shown = "%d of %d registered codes and %d of %d vendor codes shown",
    nomatch = "No code matches.", overview = "Overview", totop = "Back to the search",
    noreg = "No registered code matches; the vendor codes below do.",
    permanent = "Permanent registration", temporary = "Temporary registration, listed expiry %s",
    unused = "Registered as \"(Unused)\": not to be sent; the phrase shown is the historical one",
    obsoleted = "Obsoleted: the registry marks it obsolete",
    vendor = "Vendor codes",
    vendor_note = "Not in the IANA registry: what particular servers and services mean by "
      .. "these codes. Kept apart from the registry above.",
    unregistered = "not registered", registered_as = "registered as %s",
    footer = "Generated on %s by httpstatus %s from its table and locale files.",
    lint = "Lint rules", lint_rules = "Lint rules",
    lint_note = "What hs.lint and httpstatus lint check in a response of these codes "
      .. "(hs.lint_rules), and the codes each rule is about.",
    lint_error = "error", lint_warning = "warning", lint_info = "info",
  },
  ko = {
    title = "HTTP 상태 코드", skip = "코드 목록으로 건너뛰기",
    intro = "IANA HTTP 상태 코드 레지스트리에 등록된 코드 %d개(%s 기준)와, "
      .. "레지스트리 밖에서 벤더가 쓰는 코드입니다.",
    search = "검색", placeholder = "코드, 사유 구문, 상수, 이전 이름",
    all = "모든 분류", language = "언어",
    shown = "등록 코드 %d/%d개, 벤더 코드 %d/%d개 표시",
    nomatch = "일치하는 코드가 없습니다.", overview = "한눈에 보기", totop = "검색으로 돌아가기",
    noreg = "일치하는 등록 코드가 없습니다. 아래의 벤더 코드가 일치합니다.",
    permanent = "영구 등록", temporary = "임시 등록, 목록상의 만료일 %s",
    unused = "\"(Unused)\"로 등록됨: 보내면 안 되며, 표시된 사유 구문은 이전 이름입니다",
    obsoleted = "폐기(obsoleted): 레지스트리에서 폐기된 코드입니다",
    vendor = "벤더 코드",
    vendor_note = "IANA 레지스트리에 없는 코드로, 특정 서버와 서비스가 붙인 의미입니다. "
      .. "위의 레지스트리와 따로 둡니다.",
    unregistered = "등록되지 않음", registered_as = "등록된 의미: %s",
    footer = "%s에 httpstatus %s의 표와 로캘 파일로 만든 페이지입니다.",
    lint = "검사 규칙", lint_rules = "응답 검사 규칙",
    lint_note = "hs.lint와 httpstatus lint가 이 코드의 응답에서 검사하는 규칙(hs.lint_rules)과, "
      .. "규칙마다 해당하는 코드입니다.",
    lint_error = "오류", lint_warning = "경고", lint_info = "참고",
  },
}

-- the page's words, for the Korean glossary's spec
M.UI = UI

-- the shared words, English ones with a capital letter as labels and badges
for _, lang in ipairs(LANGS) do
  local W, U = WORDS[lang], UI[lang]
  local function put(key, text) U[key] = lang == "en" and text:gsub("^%l", upper) or text end
  put("class", W.class)
  put("constant", W.constant)
  put("reference", W.reference)
  put("registry", W.registry)
  put("headers", W.headers)
  put("old", W.old_names)
  put("facts", W.facts)
  put("versions", W.versions)
  put("nginx", W.nginx)
  put("draft", W.draft)
  for key, text in pairs(W.fact) do put(key, text) end
  for key, text in pairs(W.redirect) do put("redirect_" .. key, text) end
  for key, text in pairs(W.method) do put("method_" .. key, text) end
  for key, text in pairs(W.level) do put(key, text) end
  U.classes = {}
  for digit, class in ipairs(CLASS_NAMES) do
    put("class" .. digit, W.classes[class])
    U.classes[digit] = U["class" .. digit]
  end
end

--- Text as HTML, safe in element content and in quoted attribute values.
M.escape = escape_mod.html
local escape = M.escape

--- A value as JSON that is safe inside <script>: no "<" at all (so neither
-- "</script" nor "<!--" can occur); U+2028/U+2029 are escaped by the
-- command's JSON already. "<" only ever stands inside a JSON string, where
-- the escape means the same.
function M.json_for_script(value)
  return (json.encode(value):gsub("<", "\\u003c"))
end

-- text in both languages, one shown at a time (class t) or the one not
-- chosen (class o, "the other language")
local function both(texts, class, tag)
  tag = tag or "span"
  local parts = {}
  for _, lang in ipairs(LANGS) do
    parts[#parts + 1] = format('<%s class="%s" lang="%s">%s</%s>', tag, class or "t", lang,
      escape(texts[lang]), tag)
  end
  return concat(parts)
end

local function label(key)
  return both { en = UI.en[key], ko = UI.ko[key] }
end

local function ui_format(key, ...)
  return { en = format(UI.en[key], ...), ko = format(UI.ko[key], ...) }
end

-- what a code's card (httpstatus.cmd.html_card) takes from the page
local CARD_PAGE = { both = both, label = label, ui_format = ui_format, UI = UI,
                    escape = escape }

-- an entry's search keys (httpstatus.cmd.search: the C core's normal
-- form) as two attributes: data-k its code, phrases and names, data-d its
-- descriptions, each key once, one a line
local function keys_attrs(code, kind)
  local t = search.texts(code, kind)
  return format('data-k="%s" data-d="%s"', escape(concat(search.keys(t.names), "\n")),
    escape(concat(search.keys(t.descriptions), "\n")))
end

local function code_article(code, today)
  local info = hs.info(code)
  local ko = hs.reason(code, { lang = "ko" })
  local phrases = { en = info.reason, ko = ko }
  local out = {
    format('<article id="%d" class="code" data-class="%d" %s aria-labelledby="c%d">',
      code, floor(code / 100), keys_attrs(code, "code"), code),
    format('<h3 id="c%d"><a class="num" href="#%d">%d</a> %s</h3>', code, code, code,
      both(phrases)),
    '<p class="alt">' .. both(phrases, "o") .. "</p>",
    '<dl class="kv">',
  }
  for _, r in ipairs(card.rows(CARD_PAGE, info, today)) do out[#out + 1] = r end
  out[#out + 1] = "</dl>"
  local badges = {}
  for _, f in ipairs(card.facts(info)) do
    badges[#badges + 1] = format('<li class="b" data-fact="%s">%s</li>', f[1], label(f[2]))
  end
  out[#out + 1] = format('<span class="sr" id="f%d">%s</span><ul class="facts" '
    .. 'aria-labelledby="f%d">%s</ul>', code, label("facts"), code, concat(badges))
  out[#out + 1] = '<div class="d">' .. both({ en = hs.describe(code, "en"),
    ko = hs.describe(code, "ko") }, "t", "p") .. "</div>"
  out[#out + 1] = "</article>"
  return concat(out, "\n")
end

local function vendor_article(code, list)
  local registered = hs.is_registered(code)
  local items = {}
  for _, u in ipairs(list) do
    items[#items + 1] = format('<dt><span class="vendor">%s</span> %s</dt><dd>%s</dd>',
      escape(u.vendor), escape(u.reason), both({ en = hs.describe(code, "en", u.vendor),
        ko = hs.describe(code, "ko", u.vendor) }, "t", "p"))
  end
  local note
  if registered then
    note = format('<a href="#%d">%s</a>', code, both(ui_format("registered_as",
      code .. " " .. hs.reason(code))))
  else
    note = label("unregistered")
  end
  local head_id = registered and ("vc" .. code) or tostring(code)
  return concat({
    format('<article id="vendor-%d" class="vcode" data-class="%d" %s aria-labelledby="%s">',
      code, floor(code / 100), keys_attrs(code, "vendor"), head_id),
    format('<h3 id="%s"><span class="num">%d</span> <small class="unreg">%s</small></h3>',
      head_id, code, note),
    '<dl class="vendors">' .. concat(items) .. "</dl>",
    "</article>",
  }, "\n")
end

-- The Content-Security-Policy: nothing from anywhere, and of inline code
-- only the page's own style and script, named by hash (computed once).
local csp
local function policy()
  csp = csp or format("default-src 'none'; style-src 'sha256-%s'; script-src 'sha256-%s'; "
    .. "img-src data:", sha256.base64(assets.CSS), sha256.base64(assets.JS))
  return csp
end

-- "bad argument #1 to 'html' (message)", raised at the caller's line
local function bad_opts(message)
  error(check.bad("html", 1, message), 3)
end

local HTML_OPTIONS = { lang = true, date = true }

local function tools_html(lang)
  local opts = { '<option value="">' .. escape(UI[lang].all) .. "</option>" }
  for digit = 1, 5 do
    opts[#opts + 1] = format('<option value="%d">%dxx %s</option>', digit, digit,
      escape(UI[lang].classes[digit]))
  end
  local buttons = {}
  for _, l in ipairs(LANGS) do
    buttons[#buttons + 1] = format('<button type="button" data-lang="%s" lang="%s" '
      .. 'aria-pressed="%s">%s</button>', l, l, tostring(l == lang),
      l == "en" and "English" or "한국어")
  end
  return concat({
    '<div id="tools" role="search" hidden>',
    '<span><label for="q">' .. label("search") .. "</label>",
    format('<input id="q" type="search" autocomplete="off" spellcheck="false" '
      .. 'placeholder="%s" aria-describedby="count"></span>', escape(UI[lang].placeholder)),
    '<span><label for="cls">' .. label("class") .. '</label><select id="cls">'
      .. concat(opts) .. "</select></span>",
    '<span role="group" aria-labelledby="lang-label"><span id="lang-label" class="sr">'
      .. label("language") .. "</span> " .. concat(buttons) .. "</span>",
    '<p id="count" role="status" aria-live="polite"></p>',
    "</div>",
  }, "\n")
end

--- The reference page as one HTML string.
-- opts.lang: "en" (default) or "ko", the language the page opens in;
-- opts.date: "YYYY-MM-DD" to generate as of that day (default today, UTC),
-- which decides whether a temporary registration is past its expiry.
-- Raises for any other language, a date not in that form or any other
-- option name.
function M.html(opts)
  local opts_problem = check.options_problem(opts, HTML_OPTIONS)
  if opts_problem then bad_opts(opts_problem) end
  opts = opts or {}
  local lang = opts.lang or "en"
  if lang ~= "en" and lang ~= "ko" then
    bad_opts(check.must_be("opts.lang", '"en" or "ko"', lang))
  end
  local today = opts.date or os_date("!%Y-%m-%d")
  if type(today) ~= "string" or not today:find("^%d%d%d%d%-%d%d%-%d%d$") then
    bad_opts(check.must_be("opts.date", '"YYYY-MM-DD"', today))
  end
  local codes = hs.codes()
  local out = {
    "<!DOCTYPE html>",
    format('<html lang="%s">', lang),
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta http-equiv="Content-Security-Policy" content="' .. policy() .. '">',
    "<title>" .. escape(UI[lang].title) .. "</title>",
    "<style>" .. assets.CSS .. "</style></head>",
    "<body>",
    '<a class="skip" href="#main">' .. label("skip") .. "</a>",
    "<header><h1>" .. label("title") .. "</h1>",
    '<p class="meta">' .. both(ui_format("intro", #codes, hs.REGISTRY_DATE)) .. "</p></header>",
    tools_html(lang),
    '<main id="main">', overview.html(both, label),
    '<p id="noreg" role="status" hidden>' .. label("noreg") .. "</p>",
  }
  local by_class = { {}, {}, {}, {}, {} }
  for _, code in ipairs(codes) do
    local list = by_class[floor(code / 100)]
    list[#list + 1] = code
  end
  for digit = 1, 5 do
    out[#out + 1] = format('<section id="class-%dxx" data-group="class" aria-labelledby="h%d">'
      .. '<h2 id="h%d">%dxx %s</h2>', digit, digit, digit, digit,
      label("class" .. digit))
    for _, code in ipairs(by_class[digit]) do out[#out + 1] = code_article(code, today) end
    out[#out + 1] = "</section>"
  end
  out[#out + 1] = '<section id="vendor" data-group="vendor" aria-labelledby="h-vendor">'
    .. '<h2 id="h-vendor">' .. label("vendor") .. "</h2><p>" .. label("vendor_note") .. "</p>"
  for code = 100, 599 do
    local list = hs.unofficial(code)
    if list then out[#out + 1] = vendor_article(code, list) end
  end
  out[#out + 1] = "</section>"
  out[#out + 1] = card.rules_section(CARD_PAGE, codes)
  out[#out + 1] = '<p id="none" hidden>' .. label("nomatch") .. "</p></main>"
  out[#out + 1] = '<a id="totop" href="#tools">' .. label("totop") .. "</a>"
  out[#out + 1] = "<footer><p>" .. both(ui_format("footer", today, hs.VERSION)) .. "</p></footer>"
  local ui = {}
  for _, l in ipairs(LANGS) do
    ui[l] = { title = UI[l].title, placeholder = UI[l].placeholder, shown = UI[l].shown,
              all = UI[l].all, classes = UI[l].classes }
  end
  out[#out + 1] = '<script type="application/json" id="ui">' .. M.json_for_script(ui)
    .. "</script>"
  out[#out + 1] = "<script>" .. assets.JS .. "</script>"
  out[#out + 1] = "</body></html>\n"
  return concat(out, "\n")
end

M.USAGE = [[
usage: httpstatus html [--lang en|ko] [-o FILE]

  --lang L      the language the page opens in: en (default) or ko
  -o FILE       write the page to FILE (default: standard output; with
                --json, a FILE is needed and {"written": FILE} is printed)

exit status: 0 written, 1 the file could not be written, 2 bad usage
]]

--- `httpstatus html`, from the dispatcher: o holds the options read (lang,
-- output), o.io.open opens the file (default io.open). Returns the exit
-- status.
function M.command(o, _, words)
  if #words > 0 then return o.usage("unexpected argument " .. escape_mod.quote(words[1])) end
  local path = o.output
  if path == "" then return o.usage("-o needs a file name") end
  if o.json and (path == nil or path == "-") then
    return o.usage("with --json the page goes to a file: -o FILE")
  end
  local problem = path ~= nil and path ~= "-" and page_file.problem(path, o.io.open)
  if problem then return o.usage(problem) end
  local page = M.html { lang = o.lang }
  if path == nil or path == "-" then
    o.out(page)
    return 0
  end
  local f, err = (o.io.open or stdio_open)(path, "wb")
  local ok = f ~= nil
  if f then
    ok, err = f:write(page)
    local closed, cerr = f:close()
    ok, err = ok and closed, err or cerr
  end
  if not ok then
    local message = "cannot write the page: " .. escape_mod.quote(tostring(err)):sub(2, -2)
    if o.json then o.json_out({ error = message }) else o.fail(message) end
    return 1
  end
  if o.json then o.json_out({ written = path, bytes = #page, lang = o.lang }) end
  return 0
end

return M
