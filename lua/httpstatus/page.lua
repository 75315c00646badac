--- The reference page: every registered code, then the vendor codes, as one
-- self-contained HTML file in English and Korean (`httpstatus html`,
-- `make site`).
--
-- Everything on the page comes from the public API (the C table and the
-- locale files); the only texts written here are the page's own labels.
-- Every text and attribute goes through escape, and the one JSON block in a
-- <script> through json_for_script, so no phrase or description (add_locale
-- accepts "<script>") can add markup. No external script, style, font or
-- image: the Content-Security-Policy says so to the browser too; the links
-- to the RFCs are plain links.
--
-- Both languages are in the markup (`<span lang="en">`, `<span lang="ko">`)
-- and CSS shows the one chosen on <html lang>, so the page reads without
-- JavaScript and prints in the chosen language; the script only filters,
-- switches the language and keeps the reader's place.
-- @module httpstatus.page

local hs = require "httpstatus"
local core = require "httpstatus.core"
local check = require "httpstatus.check"

local assert, error, ipairs, tostring, type = assert, error, ipairs, tostring, type
local concat = table.concat
local format = string.format
local floor = math.floor
local os_date = os.date
local stdio_open = io.open

local M = {}

local LANGS = { "en", "ko" }

-- The page's own labels; everything about a code comes from the library.
local UI = {
  en = {
    title = "HTTP status codes", skip = "Skip to the codes",
    intro = "The %d codes of the IANA HTTP Status Code Registry (as of %s), then the codes "
      .. "vendors use outside it.",
    search = "Search", placeholder = "code, phrase, constant or old name",
    class = "Class", all = "All classes", language = "Language",
    shown = "%d of %d registered codes and %d of %d vendor codes shown",
    nomatch = "No code matches.",
    constant = "Constant", reference = "Reference", registry = "Registry",
    headers = "Header fields", old = "Old names", facts = "Facts",
    permanent = "Permanent registration", temporary = "Temporary registration, listed expiry %s",
    expired = "Temporary registration past its listed expiry (%s): it has expired, though "
      .. "the registry still lists it",
    unused = "Registered as \"(Unused)\": not to be sent; the phrase shown is the historical one",
    obsoleted = "Obsoleted: the registry marks it obsolete",
    cacheable = "Cacheable by default", must_not_store = "Must not be stored",
    retryable = "Retryable", retry_after = "Retry-After applies",
    redirect_permanent = "Permanent redirect", redirect_temporary = "Temporary redirect",
    method_preserved = "Method kept", method_may_change = "Method may change to GET",
    method_to_get = "Method changes to GET",
    body = "Body allowed", no_body = "No body", deprecated = "Deprecated",
    must = "MUST", should = "SHOULD", may = "MAY",
    classes = { "Informational", "Success", "Redirection", "Client error", "Server error" },
    vendor = "Vendor codes",
    vendor_note = "Not in the IANA registry: what particular servers and services mean by "
      .. "these codes. Kept apart from the registry above.",
    unregistered = "not registered", registered_as = "registered as %s",
    footer = "Generated on %s by httpstatus %s from its table and locale files.",
  },
  ko = {
    title = "HTTP 상태 코드", skip = "코드 목록으로 건너뛰기",
    intro = "IANA HTTP 상태 코드 레지스트리에 등록된 코드 %d개(%s 기준)와, "
      .. "레지스트리 밖에서 벤더가 쓰는 코드입니다.",
    search = "검색", placeholder = "코드, 문구, 상수, 옛 이름",
    class = "클래스", all = "모든 클래스", language = "언어",
    shown = "등록 코드 %d/%d개, 벤더 코드 %d/%d개 표시",
    nomatch = "일치하는 코드가 없습니다.",
    constant = "상수", reference = "참조 문서", registry = "등록 상태",
    headers = "헤더", old = "옛 이름", facts = "특성",
    permanent = "영구 등록", temporary = "임시 등록, 목록상의 만료일 %s",
    expired = "임시 등록이며 목록상의 만료일(%s)이 지났습니다. 레지스트리에는 아직 "
      .. "남아 있지만 등록은 만료되었습니다",
    unused = "\"(Unused)\"로 등록됨: 보내면 안 되며, 표시된 문구는 예전 이름입니다",
    obsoleted = "폐기(obsoleted): 레지스트리에서 폐기된 코드입니다",
    cacheable = "기본적으로 캐시 가능", must_not_store = "캐시에 저장하면 안 됨",
    retryable = "재시도 가능", retry_after = "Retry-After 사용 가능",
    redirect_permanent = "영구 리다이렉트", redirect_temporary = "임시 리다이렉트",
    method_preserved = "메서드 유지", method_may_change = "메서드가 GET으로 바뀔 수 있음",
    method_to_get = "메서드가 GET으로 바뀜",
    body = "본문 허용", no_body = "본문 없음", deprecated = "사용 중단(deprecated)",
    must = "MUST", should = "SHOULD", may = "MAY",
    classes = { "정보", "성공", "리다이렉트", "클라이언트 오류", "서버 오류" },
    vendor = "벤더 코드",
    vendor_note = "IANA 레지스트리에 없는 코드로, 특정 서버와 서비스가 붙인 의미입니다. "
      .. "위의 레지스트리와 따로 둡니다.",
    unregistered = "등록되지 않음", registered_as = "등록된 의미: %s",
    footer = "%s에 httpstatus %s의 표와 로캘 파일로 만든 페이지입니다.",
  },
}

local html_escape = require("httpstatus.problem").html_escape

--- Text as HTML, safe in element content and in quoted attribute values
-- (the one escaping rule of the library: httpstatus.problem's).
function M.escape(s)
  return html_escape(tostring(s))
end
local escape = M.escape

--- A value as JSON that is safe inside <script>: no "<" at all (so neither
-- "</script" nor "<!--" can occur) and U+2028/U+2029 escaped. Each of them
-- only ever stands inside a JSON string, where the escapes mean the same.
function M.json_for_script(value)
  local json = assert(core.json_encode(value))
  return (json:gsub("<", "\\u003c"):gsub("\226\128\168", "\\u2028"):gsub("\226\128\169",
    "\\u2029"))
end

--- The search key of a text, as hs.code compares texts: "'" dropped, ASCII
-- letters lowered (nothing else), runs of space, "-" and "_" as one space,
-- none at either end. The page's script does the same to what is typed.
function M.search_key(s)
  s = s:gsub("'", ""):gsub("[A-Z]", string.lower):gsub("[ _%-]+", " ")
  return (s:gsub("^ ", ""):gsub(" $", ""))
end
local search_key = M.search_key

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

-- "RFC 9110, Section 15.5.5" as a link to rfc-editor.org; drafts and other
-- documents as text. Parts are separated by "; ".
local function reference_html(ref)
  local parts = {}
  for part in (ref .. "; "):gmatch("(.-); ") do
    local rfc, section = part:match("^RFC (%d+), Section ([%d%.]+)$")
    rfc = rfc or part:match("^RFC (%d+)$")
    if rfc then
      local url = "https://www.rfc-editor.org/rfc/rfc" .. rfc .. ".html"
      if section then url = url .. "#section-" .. section end
      parts[#parts + 1] = format('<a href="%s">%s</a>', escape(url), escape(part))
    else
      parts[#parts + 1] = escape(part)
    end
  end
  return concat(parts, "; ")
end

local function status_html(info, today)
  local key = info.status
  local texts
  if key == "temporary" and info.expires then
    if today > info.expires then key = "expired" end -- "YYYY-MM-DD" sorts as dates do
    texts = ui_format(key, info.expires)
  else
    texts = { en = UI.en[key] or key, ko = UI.ko[key] or key }
  end
  return format('<span data-status="%s">%s</span>', escape(key), both(texts))
end

-- the facts as badges: {data-fact, label key}
local function facts_of(info)
  local facts = {}
  local function add(fact, key) facts[#facts + 1] = { fact, key or fact } end
  if info.cacheable then add "cacheable" end
  if info.must_not_store then add "must_not_store" end
  if info.retryable then add "retryable" end
  if info.retry_after then add "retry_after" end
  if info.redirect then add("redirect-" .. info.redirect, "redirect_" .. info.redirect) end
  if info.method then add("method-" .. info.method, "method_" .. info.method) end
  if info.allows_body then add "body" else add("no-body", "no_body") end
  if info.deprecated then add "deprecated" end
  return facts
end

-- a header's condition (a later change adds them): a string, or texts by language
local function condition_html(c)
  if type(c) == "table" then
    return both { en = c.en or c.ko or "", ko = c.ko or c.en or "" }
  end
  return escape(c)
end

local function headers_html(headers)
  local items = {}
  for _, h in ipairs(headers) do
    local level = UI.en[h.level] and label(h.level) or escape(h.level)
    local item = format('<li><code>%s</code> <span class="lvl" data-level="%s">%s</span>',
      escape(h.name), escape(h.level), level)
    if h.condition ~= nil then
      item = item .. ' <span class="cond">' .. condition_html(h.condition) .. "</span>"
    end
    items[#items + 1] = item .. "</li>"
  end
  return "<ul>" .. concat(items) .. "</ul>"
end

local function aliases_html(aliases)
  local items = {}
  for _, a in ipairs(aliases) do
    items[#items + 1] = format("<li>%s <code>hs.%s</code> <small>(%s)</small></li>",
      escape(a.phrase), escape(a.name), escape(a.source))
  end
  return "<ul>" .. concat(items) .. "</ul>"
end

local function row(key, value_html)
  return "<dt>" .. label(key) .. "</dt><dd>" .. value_html .. "</dd>"
end

-- the search keys of an entry, each once, as one attribute value
local function keys_attr(texts)
  local keys, seen = {}, {}
  for _, text in ipairs(texts) do
    local k = search_key(text)
    if not seen[k] then
      seen[k] = true
      keys[#keys + 1] = k
    end
  end
  return escape(concat(keys, "\n"))
end

local function code_article(code, today)
  local info = hs.info(code)
  local ko = hs.reason(code, { lang = "ko" })
  local phrases = { en = info.reason, ko = ko }
  local keys = { tostring(code), info.reason, ko, info.name }
  for _, a in ipairs(info.aliases) do
    keys[#keys + 1] = a.phrase
    keys[#keys + 1] = a.name
  end
  local out = {
    format('<article id="%d" class="code" data-class="%d" data-k="%s" aria-labelledby="c%d">',
      code, floor(code / 100), keys_attr(keys), code),
    format('<h3 id="c%d"><a class="num" href="#%d">%d</a> %s</h3>', code, code, code,
      both(phrases)),
    '<p class="alt">' .. both(phrases, "o") .. "</p>",
    '<dl class="kv">',
    row("constant", format("<code>hs.%s</code>", escape(info.name))),
    row("reference", reference_html(info.reference)),
    row("registry", status_html(info, today)),
  }
  if #info.headers > 0 then out[#out + 1] = row("headers", headers_html(info.headers)) end
  if #info.aliases > 0 then out[#out + 1] = row("old", aliases_html(info.aliases)) end
  out[#out + 1] = "</dl>"
  local badges = {}
  for _, f in ipairs(facts_of(info)) do
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
  local keys, items = { tostring(code) }, {}
  for _, u in ipairs(list) do
    keys[#keys + 1] = u.reason
    keys[#keys + 1] = u.vendor
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
    format('<article id="vendor-%d" class="vcode" data-class="%d" data-k="%s" '
      .. 'aria-labelledby="%s">', code, floor(code / 100), keys_attr(keys), head_id),
    format('<h3 id="%s"><span class="num">%d</span> <small class="unreg">%s</small></h3>',
      head_id, code, note),
    '<dl class="vendors">' .. concat(items) .. "</dl>",
    "</article>",
  }, "\n")
end

-- compact on purpose; colours as variables so dark mode is one block
local CSS = [=[
:root{--bg:#fff;--fg:#1b1f23;--mut:#57606a;--line:#d0d7de;--card:#f6f8fa;--acc:#0550ae;
--b1:#ddf4ff;--b2:#dafbe1;--b3:#fff8c5;--b4:#ffebe9;--b5:#fbefff;--hdr:6rem;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--mut:#9198a1;
--line:#30363d;--card:#161b22;--acc:#79c0ff;--b1:#0c2d4a;--b2:#0f3420;--b3:#3a2f07;
--b4:#4a1a17;--b5:#36164a}}
*{box-sizing:border-box}[hidden]{display:none!important}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,sans-serif}
html[lang=en] .t[lang=ko],html[lang=ko] .t[lang=en],html[lang=en] .o[lang=en],
html[lang=ko] .o[lang=ko]{display:none}
a{color:var(--acc)}code{font:.9em ui-monospace,monospace}article,#tools{overflow-wrap:anywhere}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);z-index:2}
header,main,footer{max-width:64rem;margin:0 auto;padding:0 1rem}
h1{margin:1rem 0 .25rem;font-size:1.6rem}.meta{color:var(--mut);margin:0 0 .5rem}
#tools{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);
display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.5rem 1rem;
max-width:64rem;margin:0 auto}
#tools label{font-weight:600;margin-right:.25rem}
#q{width:18rem;max-width:100%;font:inherit;padding:.3rem .5rem;border:1px solid var(--line);
border-radius:6px;background:var(--card);color:var(--fg)}
select,button{font:inherit;padding:.25rem .5rem;border:1px solid var(--line);border-radius:6px;
background:var(--card);color:var(--fg)}
button[aria-pressed=true]{background:var(--acc);color:var(--bg);border-color:var(--acc)}
#count{margin:0;color:var(--mut);flex-basis:100%;font-size:.9rem}
h2{margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
article{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--c,#888);
border-radius:6px;padding:.5rem 1rem;margin:.75rem 0;scroll-margin-top:var(--hdr)}
article:target{outline:3px solid var(--acc)}
[data-class="1"]{--c:#0969da}[data-class="2"]{--c:#1a7f37}[data-class="3"]{--c:#9a6700}
[data-class="4"]{--c:#cf222e}[data-class="5"]{--c:#8250df}
h3{margin:.25rem 0;font-size:1.2rem}.num{font-variant-numeric:tabular-nums;margin-right:.25rem}
.alt{margin:0;color:var(--mut)}
.kv{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
.kv dt{color:var(--mut)}.kv dd{margin:0}.kv ul{margin:0;padding:0;list-style:none}
.facts{display:flex;flex-wrap:wrap;gap:.35rem;padding:0;margin:.5rem 0;list-style:none}
.b{border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;font-size:.85rem;
background:var(--b2)}
.b[data-fact=must_not_store],.b[data-fact=no-body],.b[data-fact=deprecated]{background:var(--b4)}
.b[data-fact^=redirect],.b[data-fact^=method]{background:var(--b3)}
.b[data-fact=retryable],.b[data-fact=retry_after]{background:var(--b1)}
.lvl{font-size:.8rem;font-weight:700}.cond{color:var(--mut)}
.vendors dt{font-weight:600;margin-top:.5rem}.vendors dd{margin:0}.d p,.vendors p{margin:.25rem 0}
.vendor{background:var(--b5);border-radius:4px;padding:0 .35rem}.unreg{color:var(--mut)}
#vendor{border-top:4px double var(--line);margin-top:3rem}
footer{color:var(--mut);font-size:.85rem;padding:2rem 1rem}
@media (max-width:40rem){body{font-size:15px}#tools{position:static}
.kv{grid-template-columns:1fr}.kv dd{margin-bottom:.35rem}#q{width:100%}article{padding:.5rem}}
@media print{#tools,.skip{display:none}body{background:#fff;color:#000;font-size:10pt}
article{break-inside:avoid;border-color:#999;background:#fff}a{color:#000}
.b,.vendor{background:#fff!important;border:1px solid #666}h2{break-after:avoid}}
]=]

-- filter as you type, class filter, language switch that keeps the place,
-- anchors that win over filters; ES5, no library
local JS = [=[
(function(){"use strict";
var d=document,root=d.documentElement,ui=JSON.parse(d.getElementById("ui").textContent),
tools=d.getElementById("tools"),q=d.getElementById("q"),cls=d.getElementById("cls"),
count=d.getElementById("count"),none=d.getElementById("none"),
items=[].slice.call(d.querySelectorAll("article[data-k]")),
groups=[].slice.call(d.querySelectorAll("section[data-group]")),
buttons=[].slice.call(d.querySelectorAll("button[data-lang]"));
items.forEach(function(el){el.k=el.getAttribute("data-k").split("\n");});
function key(s){return s.replace(/'/g,"").replace(/[A-Z]/g,function(c){return c.toLowerCase();})
.replace(/[ _-]+/g," ").replace(/^ | $/g,"");}
function fmt(s,a){var i=0;return s.replace(/%d/g,function(){return a[i++];});}
function apply(){var k=key(q.value),c=cls.value,n=[0,0],t=[0,0];
items.forEach(function(el){var v=el.className==="vcode"?1:0,ok=(!c||el.getAttribute(
"data-class")===c)&&(!k||el.k.some(function(s){return s.indexOf(k)>=0;}));
el.hidden=!ok;t[v]++;if(ok)n[v]++;});
groups.forEach(function(g){g.hidden=!g.querySelector("article:not([hidden])");});
none.hidden=n[0]+n[1]>0;
count.textContent=fmt(ui[root.lang].shown,[n[0],t[0],n[1],t[1] ]);}
function first(){for(var i=0;i<items.length;i++){var r=items[i].getBoundingClientRect();
if(!items[i].hidden&&r.bottom>tools.offsetHeight)return [items[i],r.top];}return null;}
function lang(l,keep){var at=keep&&first();root.lang=l;d.title=ui[l].title;
q.placeholder=ui[l].placeholder;
buttons.forEach(function(b){b.setAttribute("aria-pressed",b.getAttribute("data-lang")===l);});
[].forEach.call(cls.options,function(o,i){o.textContent=i?i+"xx "+ui[l].classes[i-1]:ui[l].all;});
apply();if(at)window.scrollBy(0,at[0].getBoundingClientRect().top-at[1]);}
function reveal(){var id=location.hash.slice(1),el;try{id=decodeURIComponent(id);}catch(e){}
el=id&&d.getElementById(id);if(!el)return;var a=el.closest("article");
if(a&&a.hidden){q.value="";cls.value="";apply();}el.scrollIntoView();}
tools.hidden=false;root.style.setProperty("--hdr",tools.offsetHeight+8+"px");
q.addEventListener("input",apply);cls.addEventListener("change",apply);
buttons.forEach(function(b){b.addEventListener("click",function(){lang(b.getAttribute(
"data-lang"),true);});});
window.addEventListener("hashchange",reveal);lang(root.lang);reveal();})();
]=]

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
-- Raises for any other language or a date not in that form.
function M.html(opts)
  local problem = check.opt_table_problem(opts)
  if problem then error(check.bad("html", 1, problem), 2) end
  opts = opts or {}
  local lang = opts.lang or "en"
  if lang ~= "en" and lang ~= "ko" then
    error(check.bad("html", 1, "opts.lang must be \"en\" or \"ko\", got " .. check.show(lang)), 2)
  end
  local today = opts.date or os_date("!%Y-%m-%d")
  if type(today) ~= "string" or not today:find("^%d%d%d%d%-%d%d%-%d%d$") then
    error(check.bad("html", 1, "opts.date must be \"YYYY-MM-DD\", got " .. check.show(today)), 2)
  end
  local codes = hs.codes()
  local out = {
    "<!DOCTYPE html>",
    format('<html lang="%s">', lang),
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
      .. "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
    "<title>" .. escape(UI[lang].title) .. "</title>",
    "<style>" .. CSS .. "</style></head>",
    "<body>",
    '<a class="skip" href="#main">' .. label("skip") .. "</a>",
    "<header><h1>" .. label("title") .. "</h1>",
    '<p class="meta">' .. both(ui_format("intro", #codes, hs.REGISTRY_DATE)) .. "</p></header>",
    tools_html(lang),
    '<main id="main">',
  }
  local by_class = { {}, {}, {}, {}, {} }
  for _, code in ipairs(codes) do
    local list = by_class[floor(code / 100)]
    list[#list + 1] = code
  end
  for digit = 1, 5 do
    out[#out + 1] = format('<section id="class-%dxx" data-group="class" aria-labelledby="h%d">'
      .. '<h2 id="h%d">%dxx %s</h2>', digit, digit, digit, digit,
      both { en = UI.en.classes[digit], ko = UI.ko.classes[digit] })
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
  out[#out + 1] = '<p id="none" hidden>' .. label("nomatch") .. "</p></main>"
  out[#out + 1] = "<footer><p>" .. both(ui_format("footer", today, hs.VERSION)) .. "</p></footer>"
  local ui = {}
  for _, l in ipairs(LANGS) do
    ui[l] = { title = UI[l].title, placeholder = UI[l].placeholder, shown = UI[l].shown,
              all = UI[l].all, classes = UI[l].classes }
  end
  out[#out + 1] = '<script type="application/json" id="ui">' .. M.json_for_script(ui)
    .. "</script>"
  out[#out + 1] = "<script>" .. JS .. "</script>"
  out[#out + 1] = "</body></html>\n"
  return concat(out, "\n")
end

local USAGE = [[
usage: httpstatus html [--lang en|ko] [-o FILE]

  --lang L      the language the page opens in: en (default) or ko
  -o FILE       write the page to FILE (default: standard output)

exit status: 0 written, 1 the file could not be written, 2 bad usage
]]

--- `httpstatus html` with its words (what follows "html"). io: out(s) and
-- err(s) write, open(path, mode) opens (default io.open). Returns the exit
-- status.
function M.main(args, io)
  local lang, path, i = "en", nil, 1
  while args[i] ~= nil do
    local a = args[i]
    local name, inline = a:match("^(%-%-%a+)=(.*)$")
    if a == "-h" or a == "--help" then
      io.out(USAGE)
      return 0
    end
    local key = name or a
    local v = inline
    if (key == "--lang" or key == "-o" or key == "--output") and v == nil then
      i = i + 1
      v = args[i]
      if v == nil then
        io.err("httpstatus html: " .. a .. " needs a value\n")
        return 2
      end
    end
    if key == "--lang" then
      if v ~= "en" and v ~= "ko" then
        io.err("httpstatus html: unknown language (en or ko)\n")
        return 2
      end
      lang = v
    elseif key == "-o" or key == "--output" then
      path = v
    else
      io.err("httpstatus html: unexpected argument (try 'httpstatus html --help')\n")
      return 2
    end
    i = i + 1
  end
  local html = M.html { lang = lang }
  if path == nil or path == "-" then
    io.out(html)
    return 0
  end
  local f, err = (io.open or stdio_open)(path, "wb")
  local ok = f ~= nil
  if f then
    ok, err = f:write(html)
    local closed, cerr = f:close()
    ok, err = ok and closed, err or cerr
  end
  if not ok then
    io.err("httpstatus html: cannot write the page: " .. tostring(err):gsub("[^ -~]", "?")
      .. "\n")
    return 1
  end
  return 0
end

return M
