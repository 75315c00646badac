--- The `httpstatus` command: look codes up from a shell.
-- bin/httpstatus is a two-line wrapper; everything is here so that the
-- specs can run it with captured output. It reads the library only through
-- its public API (plus core.json_encode and check.quote).
-- @module httpstatus.cli

local hs = require "httpstatus"
local core = require "httpstatus.core"
local check = require "httpstatus.check"

local ipairs, next, tonumber, tostring, type = ipairs, next, tonumber, tostring, type
local concat, sort = table.concat, table.sort
local format, rep = string.format, string.rep
local min = math.min

local M = {}

-- User text is echoed only through quote: printable ASCII, so no escape
-- sequence from an argument or a parsed line ever reaches the terminal.
-- Everything else printed is the library's own data.
local quote = check.quote

local USAGE = [[
usage: httpstatus [options] CODE|TEXT|Nxx...
       httpstatus [options] --all
       httpstatus [options] search WORD
       httpstatus [options] parse LINE
       httpstatus [options] log [--html FILE] [--format F] [FILE...]
       httpstatus [options] html [-o FILE]

  CODE         a status code: 404; several at once: 404 503
  TEXT         a reason phrase, constant, old name or vendor phrase:
               not found, PAYLOAD_TOO_LARGE, client closed request
  Nxx          every registered code of a class: 1xx .. 5xx
  --all        every registered code
  search WORD  codes whose phrase, name, alias or description mentions WORD
               (case, spaces, '-' and '_' do not matter: time out, TIME_OUT)
  parse LINE   read a status line and describe its code
  log FILE...  count the status codes of nginx/Apache access logs (standard
               input when none; .gz through gzip): classes, codes, error ratio;
               --html FILE also writes a report page; --format combined,
               common or any (default: both)
  html         write the reference page, one self-contained HTML file
               (-o FILE, default standard output)

options:
  --lang LANG  en (default) or ko, for texts and labels (also --lang=LANG)
  --json       JSON on stdout; errors too: {"error": ...}; no match: []
  --markdown   a Markdown table: code | phrase | class | constant | reference
  --color      colour even when stdout is no terminal
  --no-color   no colour (nor with NO_COLOR set or TERM=dumb)
  --lenient    with parse: also accept "HTTP/1.1 200" and "HTTP/2 200"
  -h, --help   this text
  --version    the version

environment: COLUMNS (width to wrap to, default 80), NO_COLOR, TERM
exit status: 0 all found, 1 something not found, 2 bad usage
]]

---------------------------------------------------------------------------
-- Labels and fact words, per language. The library's texts (phrases,
-- descriptions) come from hs.reason and hs.describe; these are the
-- command's own words around them.
---------------------------------------------------------------------------

local LABELS = {
  en = {
    class = "class", constant = "constant", reference = "reference", registry = "registry",
    facts = "facts", header = "header", old_name = "old name",
    unregistered = "not registered with IANA", unregistered_short = "(not registered)",
    other_meaning = "not the registered meaning",
    classes = { informational = "informational", success = "success",
                redirection = "redirection", client_error = "client_error",
                server_error = "server_error" },
    status = { permanent = "permanent", temporary = "temporary", unused = "unused",
               obsoleted = "obsoleted" },
    expires = "expires %s", listed_as = "listed as %s", as_of = "(IANA, %s)",
    expired = "past its listed expiry", when = "when %s",
    levels = { must = "MUST %s", should = "SHOULD %s", may = "MAY %s" },
    facts_words = {
      cacheable = "cacheable by default", no_store = "must not be stored",
      retryable = "retryable", retry_after = "Retry-After meaningful",
      no_content = "no content", keeps_method = "keeps method", deprecated = "deprecated",
      permanent = "permanent redirect", temporary = "temporary redirect",
      preserved = "method preserved", to_get = "method becomes GET",
      may_change = "method may change to GET",
    },
    parsed = "HTTP/%s, code %d, reason %s",
    parsed_unknown = "(not a registered status code; class %s)",
    md = { "code", "phrase", "class", "constant", "reference" },
    md_unregistered = "not registered",
  },
  -- Korean: the terms of locale/GLOSSARY.md (본문, 리다이렉트, 다시 시도,
  -- 사용 중단(deprecated), 폐기(obsoleted), 기본적으로 캐시할 수 있음)
  ko = {
    class = "분류", constant = "상수", reference = "참조", registry = "등록",
    facts = "특성", header = "헤더", old_name = "이전 이름",
    unregistered = "IANA에 등록되지 않음", unregistered_short = "(미등록)",
    other_meaning = "등록된 의미가 아님",
    classes = { informational = "정보 응답", success = "성공", redirection = "리다이렉트",
                client_error = "클라이언트 오류", server_error = "서버 오류" },
    status = { permanent = "영구", temporary = "임시", unused = "미사용",
               obsoleted = "폐기(obsoleted)" },
    expires = "%s 만료", listed_as = "등록부 표기 %s", as_of = "(IANA, %s 기준)",
    expired = "등록 만료일이 지남", when = "조건: %s",
    levels = { must = "%s (필수)", should = "%s (권장)", may = "%s (선택)" },
    facts_words = {
      cacheable = "기본적으로 캐시할 수 있음", no_store = "저장하면 안 됨",
      retryable = "다시 시도할 수 있음", retry_after = "Retry-After 헤더가 의미 있음",
      no_content = "본문 없음", keeps_method = "메서드 유지",
      deprecated = "사용 중단(deprecated)",
      permanent = "영구 리다이렉트", temporary = "임시 리다이렉트",
      preserved = "메서드 유지", to_get = "메서드가 GET으로 바뀜",
      may_change = "POST가 GET으로 바뀔 수 있음",
    },
    parsed = "HTTP/%s, 코드 %d, 사유 구문 %s",
    parsed_unknown = "(등록되지 않은 상태 코드입니다. 분류: %s)",
    md = { "코드", "이름", "분류", "상수", "참조" },
    md_unregistered = "IANA 미등록",
  },
}

-- The vendor texts open with what the title already says ("Not registered
-- with IANA: ..."), and for a registered code with what its own lines say
-- ("the registered 308 is Permanent Redirect (RFC 9110)."). Shown under
-- that title, the lead-in is dropped; a text that does not start this way
-- is shown whole. JSON keeps the texts as the library gives them.
local LEAD_INS = {
  en = {
    { "^Not registered with IANA: ", "" },
    { "^Not registered with IANA and of doubtful origin: ", "Of doubtful origin: " },
    { "^Not the registered meaning: the registered %d+ is .-%. ", "" },
    { "^Not the registered meaning: ", "" },
  },
  ko = {
    { "^IANA에 등록되지 않은 코드로, ", "" },
    { "^IANA에 등록되지 않았고 출처도 ", "출처가 " },
    { "^IANA에 등록된 의미가 아니며, 등록된 %d+은 .-입니다%. ", "" }, -- 308은, 421은
    { "^IANA에 등록된 의미가 아니며, 등록된 %d+는 .-입니다%. ", "" },
    { "^IANA에 등록된 의미가 아니며, ", "" },
  },
}

local CLASS_COLOR = { informational = "36", success = "32", redirection = "36",
                      client_error = "33", server_error = "31" }

-- an output context o: o.out(s) writes, o.color says whether to colour,
-- o.width is the width to wrap to, o.L the labels of o.lang
local function paint(o, code, s)
  if not o.color then return s end
  return "\27[" .. code .. "m" .. s .. "\27[0m"
end

---------------------------------------------------------------------------
-- Display width: UTF-8 decoded, East Asian Wide and Fullwidth characters
-- two columns, combining marks and zero-width characters none.
---------------------------------------------------------------------------

-- code point ranges, ascending: { first, last, columns }
local WIDTHS = {
  { 0x0300, 0x036F, 0 },   -- combining diacritical marks
  { 0x0483, 0x0489, 0 },
  { 0x0591, 0x05BD, 0 },
  { 0x1100, 0x115F, 2 },   -- Hangul Jamo initial consonants
  { 0x1160, 0x11FF, 0 },   -- Hangul Jamo vowels and finals: join the initial
  { 0x200B, 0x200F, 0 },   -- zero width space, joiners, marks
  { 0x202A, 0x202E, 0 },
  { 0x2060, 0x2064, 0 },
  { 0x20D0, 0x20FF, 0 },   -- combining marks for symbols
  { 0x231A, 0x231B, 2 },
  { 0x2329, 0x232A, 2 },
  { 0x2E80, 0x303E, 2 },   -- CJK radicals, Kangxi, CJK symbols and punctuation
  { 0x3041, 0x33FF, 2 },   -- kana, bopomofo, Hangul compatibility jamo, CJK compat
  { 0x3400, 0x4DBF, 2 },   -- CJK extension A
  { 0x4E00, 0x9FFF, 2 },   -- CJK unified ideographs
  { 0xA000, 0xA4CF, 2 },   -- Yi
  { 0xA960, 0xA97F, 2 },   -- Hangul Jamo extended A
  { 0xAC00, 0xD7A3, 2 },   -- Hangul syllables
  { 0xD7B0, 0xD7FF, 0 },   -- Hangul Jamo extended B (medial, final)
  { 0xF900, 0xFAFF, 2 },   -- CJK compatibility ideographs
  { 0xFE00, 0xFE0F, 0 },   -- variation selectors
  { 0xFE10, 0xFE19, 2 },   -- vertical forms
  { 0xFE20, 0xFE2F, 0 },   -- combining half marks
  { 0xFE30, 0xFE6F, 2 },   -- CJK compatibility forms, small form variants
  { 0xFEFF, 0xFEFF, 0 },   -- zero width no-break space
  { 0xFF00, 0xFF60, 2 },   -- fullwidth forms
  { 0xFFE0, 0xFFE6, 2 },
  { 0x1F300, 0x1F64F, 2 }, -- pictographs, emoticons
  { 0x1F900, 0x1F9FF, 2 },
  { 0x20000, 0x2FFFD, 2 }, -- CJK extensions B..F
  { 0x30000, 0x3FFFD, 2 },
}

local function char_columns(cp)
  if cp < 0x300 then return 1 end
  for _, r in ipairs(WIDTHS) do
    if cp < r[1] then return 1 end
    if cp <= r[2] then return r[3] end
  end
  return 1
end

--- Columns a text takes on a terminal. A byte that is no part of a valid
-- UTF-8 sequence counts one column (terminals draw a replacement).
-- Internal: exported for the spec.
function M.display_width(s)
  local n, i, len = 0, 1, #s
  local byte = string.byte
  while i <= len do
    local b = byte(s, i)
    local size, cp = 1, b
    if b >= 0xC2 and b <= 0xDF then size, cp = 2, b - 0xC0
    elseif b >= 0xE0 and b <= 0xEF then size, cp = 3, b - 0xE0
    elseif b >= 0xF0 and b <= 0xF4 then size, cp = 4, b - 0xF0
    elseif b >= 0x80 then size = 0 -- a stray continuation or invalid lead byte
    end
    for k = 1, size - 1 do
      local c = byte(s, i + k)
      if c == nil or c < 0x80 or c > 0xBF then size = 0 break end
      cp = cp * 64 + (c - 0x80)
    end
    if size == 0 then
      n, i = n + 1, i + 1
    else
      n, i = n + char_columns(cp), i + size
    end
  end
  return n
end
local columns = M.display_width

-- text wrapped to width columns: the first line starts with first, the
-- others with rest (a hanging indent); a word longer than a line stands alone
local function wrap(text, width, first, rest)
  rest = rest or first
  local lines, line, used, empty = {}, first, columns(first), true
  for word in text:gmatch("%S+") do
    local w = columns(word)
    if not empty and used + 1 + w > width then
      lines[#lines + 1] = line
      line, used = rest .. word, columns(rest) + w
    elseif empty then
      line, used = line .. word, used + w
    else
      line, used = line .. " " .. word, used + 1 + w
    end
    empty = false
  end
  lines[#lines + 1] = line
  return concat(lines, "\n")
end

-- text (paragraphs split at "\n") wrapped and indented, one line or more
local function paragraph(o, text, indent)
  local out = {}
  for part in text:gmatch("[^\n]+") do out[#out + 1] = wrap(part, o.width, indent) end
  return concat(out, "\n") .. "\n"
end

-- "  label:      value", the label padded to 12 columns by display width,
-- long values wrapped under the value's first column
local LABEL_COLUMNS = 12
local function labelled(o, key, value)
  local label = o.L[key] .. ":"
  local pad = LABEL_COLUMNS - columns(label)
  if pad < 1 then pad = 1 end
  local first = "  " .. label .. rep(" ", pad)
  return wrap(value, o.width, first, rep(" ", 2 + LABEL_COLUMNS)) .. "\n"
end

---------------------------------------------------------------------------
-- What the library knows, in the shapes the command shows
---------------------------------------------------------------------------

local function known(code)
  return hs.is_registered(code) or hs.unofficial(code) ~= nil
end

local function class_label(o, class)
  local word = o.L.classes[class]
  if o.lang == "en" or word == nil then return class end
  return word .. " (" .. class .. ")"
end

local function facts_of(o, info)
  local code, w, facts = info.code, o.L.facts_words, {}
  local function add(s) facts[#facts + 1] = s end
  local header = {}
  for _, h in ipairs(info.headers) do header[h.name] = true end
  if hs.is_cacheable(code) then add(w.cacheable) end
  if hs.must_not_store(code) then add(w.no_store) end
  if hs.is_retryable(code) then add(w.retryable) end
  -- a header line that names Retry-After already says it is meaningful
  if hs.has_retry_after(code) and not header["Retry-After"] then add(w.retry_after) end
  if not hs.allows_body(code) then add(w.no_content) end
  -- a redirect says what happens to the method in its own words, below
  if hs.preserves_method(code) and not info.redirect then add(w.keeps_method) end
  if hs.is_deprecated(code) then add(w.deprecated) end
  if info.redirect then add(w[info.redirect] .. ", " .. (w[info.method] or info.method)) end
  return facts
end

-- a vendor text without the lead-in that the title already says
local function without_lead_in(o, text, vendor)
  for _, lead in ipairs(LEAD_INS[o.lang] or LEAD_INS.en) do
    local s, n = text:gsub(lead[1], lead[2], 1)
    if n > 0 and s ~= "" then
      -- "generated by ..." becomes "Generated by ...", "nginx logs" stays
      if s:sub(1, #vendor) ~= vendor then s = s:gsub("^%l", string.upper) end
      return s
    end
  end
  return text
end

-- the vendors of a code grouped by phrase, in the library's order:
-- { { vendors = {"nginx", "Google"}, reason = "Client Closed Request" }, ... }
local function vendor_groups(list)
  local groups, by_reason = {}, {}
  for _, u in ipairs(list or {}) do
    local g = by_reason[u.reason]
    if g == nil then
      g = { vendors = {}, reason = u.reason }
      by_reason[u.reason] = g
      groups[#groups + 1] = g
    end
    g.vendors[#g.vendors + 1] = u.vendor
  end
  return groups
end

-- the vendors' meanings: a heading per phrase, each vendor's text under it
local function show_vendors(o, code, list, note)
  for _, g in ipairs(vendor_groups(list)) do
    local heading = concat(g.vendors, ", ") .. ": " .. g.reason
    if note then heading = heading .. " (" .. note .. ")" end
    o.out("\n" .. wrap(heading, o.width, "  ", "    ") .. "\n")
    for k, vendor in ipairs(g.vendors) do
      local text = hs.describe(code, o.lang, vendor)
      if text then
        if k > 1 then o.out("\n") end
        o.out(paragraph(o, without_lead_in(o, text, vendor), "    "))
      end
    end
  end
end

-- a code's first line, wrapped and in its class's colour, line by line
local function heading(o, class, text)
  local lines = {}
  for line in (wrap(text, o.width, "", "    ") .. "\n"):gmatch("([^\n]*)\n") do
    lines[#lines + 1] = paint(o, "1;" .. CLASS_COLOR[class], line)
  end
  return concat(lines, "\n") .. "\n"
end

local function registry_of(o, info)
  local L = o.L
  local status = L.status[info.status] or info.status
  if info.expires then
    status = status .. ", " .. format(L.expires, info.expires)
    -- the command may read the clock (the library never does): say it plainly
    if os.date("!%Y-%m-%d") > info.expires then status = status .. ", " .. L.expired end
  end
  if info.registry_phrase ~= info.reason then
    status = status .. ", " .. format(L.listed_as, info.registry_phrase)
  end
  return status .. " " .. format(L.as_of, hs.REGISTRY_DATE)
end

local function show_registered(o, code)
  local info = hs.info(code)
  local reason = hs.reason(code, { lang = o.lang })
  local title = reason == info.reason and reason or (reason .. " (" .. info.reason .. ")")
  local L = o.L
  o.out(heading(o, info.class, code .. " " .. title))
  o.out(labelled(o, "class", class_label(o, info.class)))
  o.out(labelled(o, "constant", "hs." .. info.name))
  o.out(labelled(o, "reference", info.reference))
  o.out(labelled(o, "registry", registry_of(o, info)))
  local facts = facts_of(o, info)
  if #facts > 0 then o.out(labelled(o, "facts", concat(facts, "; "))) end
  -- fields of one level and one condition share a line (206 and 304 list
  -- six that they repeat from their 200)
  local i, fields = 1, info.headers
  while fields[i] do
    local h, names = fields[i], { fields[i].name }
    while fields[i + 1] and fields[i + 1].condition ~= nil
        and fields[i + 1].condition == h.condition and fields[i + 1].level == h.level do
      i = i + 1
      names[#names + 1] = fields[i].name
    end
    local text = format(L.levels[h.level] or "%s", concat(names, ", "))
    if h.condition then text = text .. " (" .. format(L.when, h.condition) .. ")" end
    o.out(labelled(o, "header", text))
    i = i + 1
  end
  for _, a in ipairs(info.aliases) do
    o.out(labelled(o, "old_name", format("%s (hs.%s, %s)", a.phrase, a.name, a.source)))
  end
  o.out("\n" .. paragraph(o, hs.describe(code, o.lang), "  "))
  local list = hs.unofficial(code)
  if list then show_vendors(o, code, list, L.other_meaning) end
end

local function show_unofficial(o, code)
  local class = hs.class(code)
  o.out(heading(o, class, code .. " (" .. o.L.unregistered .. ")"))
  o.out(labelled(o, "class", class_label(o, class)))
  show_vendors(o, code, hs.unofficial(code))
end

local function show_code(o, code)
  if hs.is_registered(code) then show_registered(o, code) else show_unofficial(o, code) end
end

-- one line of a list: "404  Not Found", a vendor code with its meanings
local function list_line(o, code)
  local name = hs.reason(code, { lang = o.lang })
  if not name then
    local vendors = {}
    for _, g in ipairs(vendor_groups(hs.unofficial(code))) do
      vendors[#vendors + 1] = concat(g.vendors, ", ") .. ": " .. g.reason
    end
    name = o.L.unregistered_short .. " " .. concat(vendors, "; ")
  end
  local line = wrap(name, o.width, "     ", "     ")
  return paint(o, CLASS_COLOR[hs.class(code)], tostring(code)) .. line:sub(4) .. "\n"
end

-- the JSON form of one code: info() plus the description, and the vendors
local function json_of(o, code)
  local t = hs.info(code)
  local list = hs.unofficial(code)
  if t then
    if o.lang ~= "en" then t.localized_reason = hs.reason(code, { lang = o.lang }) end
    t.description = hs.describe(code, o.lang)
    if #t.aliases == 0 then t.aliases = nil end
    if #t.headers == 0 then t.headers = nil end
  else
    t = { code = code, class = hs.class(code), registered = false }
  end
  if list then
    t.unofficial = {}
    for i, u in ipairs(list) do
      t.unofficial[i] = { vendor = u.vendor, reason = u.reason,
                          description = hs.describe(code, o.lang, u.vendor) }
    end
  end
  return t
end

-- JSON as the encoder writes it, but with the characters a terminal may
-- obey written as \u escapes: DEL, the C1 controls (U+0080..U+009F, CSI
-- among them), the line separators and bidi controls. They can only stand
-- inside strings (the rest of JSON is ASCII), so the value is the same; a
-- status line's reason, the one text from the user that JSON gives back
-- as it is, cannot reach a terminal as an escape sequence.
local function u_escape(cp) return format("\\u%04x", cp) end
local function terminal_safe(json)
  return (json:gsub("\127", function() return u_escape(0x7F) end)
    :gsub("\194([\128-\159])", function(b) return u_escape(b:byte()) end)
    :gsub("\226([\128\129])([\128-\191])", function(b2, b3)
      local cp = 0x2000 + (b2:byte() - 0x80) * 64 + (b3:byte() - 0x80)
      if (cp >= 0x2028 and cp <= 0x202E) or (cp >= 0x2066 and cp <= 0x2069) then
        return u_escape(cp)
      end
    end))
end

local function encode(value)
  if type(value) == "table" and next(value) == nil then return "[]\n" end -- no match
  local json = assert(core.json_encode(value))
  return terminal_safe(json) .. "\n"
end

-- a Markdown table cell: one line, no unescaped |
local function cell(s)
  return (s:gsub("[\\|]", "\\%0"):gsub("%s+", " "))
end

local function markdown_row(o, code)
  local info = hs.info(code)
  local L = o.L
  local phrase, constant, reference
  if info then
    phrase, constant, reference = hs.reason(code, { lang = o.lang }), "`hs." .. info.name .. "`",
      info.reference
  else
    local parts = {}
    for _, g in ipairs(vendor_groups(hs.unofficial(code))) do
      parts[#parts + 1] = g.reason .. " (" .. concat(g.vendors, ", ") .. ")"
    end
    phrase, constant, reference = concat(parts, "; "), "", L.md_unregistered
  end
  local class = hs.class(code)
  if o.lang ~= "en" then class = L.classes[class] or class end
  return format("| %d | %s | %s | %s | %s |\n", code, cell(phrase), cell(class), constant,
    cell(reference))
end

local function markdown_table(o, codes)
  local h = o.L.md
  o.out("| " .. concat(h, " | ") .. " |\n|" .. rep(" --- |", #h) .. "\n")
  for _, code in ipairs(codes) do o.out(markdown_row(o, code)) end
end

local function class_codes(digit)
  local codes = {}
  for _, code in ipairs(hs.codes()) do
    if code >= digit * 100 and code < digit * 100 + 100 then codes[#codes + 1] = code end
  end
  return codes
end

-- every code some vendor uses that is not registered, ascending
local vendor_only
local function vendor_codes()
  if vendor_only == nil then
    vendor_only = {}
    for code = 100, 599 do
      if hs.unofficial(code) and not hs.is_registered(code) then
        vendor_only[#vendor_only + 1] = code
      end
    end
  end
  return vendor_only
end

---------------------------------------------------------------------------
-- "Did you mean": the nearest codes, phrases, old names and vendor phrases
---------------------------------------------------------------------------

-- code()'s normal form: ASCII letters lowered, runs of space, '-' and '_'
-- as one '_' (none at either end), "'" dropped
local function normal(text)
  return (text:lower():gsub("'", ""):gsub("[%s_%-]+", "_"):gsub("^_", ""):gsub("_$", ""))
end

-- Damerau-Levenshtein distance (optimal string alignment: an adjacent
-- swap counts one edit), or limit + 1 as soon as it must exceed limit
local function distance(a, b, limit)
  local la, lb = #a, #b
  if math.abs(la - lb) > limit then return limit + 1 end
  local prev2, prev = {}, {}
  for j = 0, lb do prev[j] = j end
  for i = 1, la do
    local cur = { [0] = i }
    local ca, best = a:byte(i), i
    for j = 1, lb do
      local cb = b:byte(j)
      local d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca == cb and 0 or 1))
      if i > 1 and j > 1 and ca == b:byte(j - 1) and a:byte(i - 1) == cb then
        d = min(d, prev2[j - 2] + 1)
      end
      cur[j] = d
      if d < best then best = d end
    end
    if best > limit then return limit + 1 end
    prev2, prev = prev, cur
  end
  return prev[lb]
end

-- what a suggestion can point at: { code, text, norm, note }, built once
local candidates
local function all_candidates()
  if candidates then return candidates end
  candidates = {}
  local function add(code, text, note, vendor)
    candidates[#candidates + 1] = { code = code, text = text, norm = normal(text), note = note,
                                    vendor = vendor }
  end
  for _, code in ipairs(hs.codes()) do
    local info = hs.info(code)
    add(code, info.reason) -- the constant normalizes as its phrase does
    for _, a in ipairs(info.aliases) do add(code, a.phrase, "now " .. info.reason) end
  end
  for code = 100, 599 do
    for _, g in ipairs(vendor_groups(hs.unofficial(code))) do
      local note = concat(g.vendors, ", ")
      if not hs.is_registered(code) then note = note .. "; not registered" end
      add(code, g.reason, note, true)
    end
  end
  return candidates
end

-- a vendor's phrase names its code when no registered phrase or old name
-- does: client closed request is 499, resume incomplete 308 (Google's)
local function vendor_code(text)
  local norm = normal(text)
  for _, c in ipairs(all_candidates()) do
    if c.vendor and c.norm == norm then return c.code end
  end
  return nil
end

local MAX_SUGGESTIONS = 3

-- suggestions for a text no code is called: first the phrases within a
-- few edits (1 for a short text, 2 from 6 letters on), else those holding
-- it as a part ("gateway": 502, 504); one per code, nearest first.
-- Returns the list and how many more matched.
local function suggest_text(text)
  local norm = normal(text)
  if #norm < 3 or #norm > 64 then return {}, 0 end
  local limit = #norm < 6 and 1 or 2
  local scored, seen = {}, {}
  for i, c in ipairs(all_candidates()) do
    local d = distance(norm, c.norm, limit)
    if d <= limit then scored[#scored + 1] = { c = c, d = d, i = i } end
  end
  if #scored == 0 and #norm >= 4 then
    local squashed = norm:gsub("_", "")
    for i, c in ipairs(all_candidates()) do
      if c.norm:gsub("_", ""):find(squashed, 1, true) then
        scored[#scored + 1] = { c = c, d = 0, i = i }
      end
    end
  end
  sort(scored, function(x, y)
    if x.d ~= y.d then return x.d < y.d end
    return x.i < y.i
  end)
  local list, more = {}, 0
  for _, s in ipairs(scored) do
    if not seen[s.c.code] then
      seen[s.c.code] = true
      if #list < MAX_SUGGESTIONS then list[#list + 1] = s.c else more = more + 1 end
    end
  end
  return list, more
end

local function code_candidate(code)
  local reason = hs.reason(code)
  if reason then return { code = code, text = reason } end
  local groups = vendor_groups(hs.unofficial(code))
  return { code = code, text = groups[1].reason, note = concat(groups[1].vendors, ", ")
           .. "; not registered" }
end

-- a word that is a code with letters for digits: 4o4, 5OO, l00
local function suggest_lookalike(word)
  if #word ~= 3 or not word:find("%d") or not word:find("^[%doOlI]+$") then return {} end
  local code = tonumber((word:gsub("[oO]", "0"):gsub("[lI]", "1")))
  if known(code) then return { code_candidate(code) } end
  return {}
end

-- a four-digit number one digit away from a code: 4044, 0404, 1000
local function suggest_number(digits)
  if #digits ~= 4 then return {} end
  local list, seen = {}, {}
  for i = 1, 4 do
    local code = tonumber(digits:sub(1, i - 1) .. digits:sub(i + 1))
    if code >= 100 and known(code) and not seen[code] and #list < MAX_SUGGESTIONS then
      seen[code] = true
      list[#list + 1] = code_candidate(code)
    end
  end
  sort(list, function(x, y) return x.code < y.code end)
  return list
end

---------------------------------------------------------------------------
-- Results. Each word or phrase of the command line becomes one result:
--   { code = 404 }                         one code, shown in full
--   { list = { 400, 401, ... } }           a list (Nxx, --all, search)
--   { error = "message", suggestions = { {code=, text=, note=}, ... },
--     more = n, hint = "text" }            nothing found
---------------------------------------------------------------------------

local function not_found(message, suggestions, more, hint)
  return { error = message, suggestions = suggestions or {}, more = more or 0, hint = hint }
end

local function number_result(digits)
  local code = #digits <= 3 and tonumber(digits) -- 20 digits are no integer on 5.3+
  if not hs.is_valid(code) then
    local shown = #digits > 12 and (digits:sub(1, 10) .. "...") or digits
    return not_found(shown .. " is not a status code (codes are 100..599)",
      suggest_number(digits))
  end
  if not known(code) then
    return not_found(format("%d is not a registered status code (class %s)", code,
      hs.class(code)))
  end
  return { code = code }
end

local function text_result(text)
  local code = hs.code(text) or vendor_code(text)
  if code then return { code = code } end
  local list, more = suggest_lookalike(text), 0
  if #list == 0 then list, more = suggest_text(text) end
  local message = "no status code is called " .. quote(text)
  if #list == 0 then return not_found(message, nil, nil, "try: httpstatus search WORD") end
  return not_found(message, list, more,
    more > 0 and "httpstatus search WORD finds them all" or nil)
end

-- the texts search looks through for one code, in every language the
-- command speaks (a Korean word finds its codes without --lang ko too)
local LANGS = { "en", "ko" }
local function texts_of(code)
  local texts = { tostring(code) }
  local function add(s) if s then texts[#texts + 1] = s end end
  local info = hs.info(code)
  if info then
    add(info.reason)
    add(info.name)
    for _, lang in ipairs(LANGS) do
      add(hs.describe(code, lang))
      add(hs.reason(code, { lang = lang }))
    end
    for _, a in ipairs(info.aliases) do
      add(a.phrase)
      add(a.name)
    end
  end
  for _, u in ipairs(hs.unofficial(code) or {}) do
    add(u.vendor)
    add(u.reason)
    for _, lang in ipairs(LANGS) do add(hs.describe(code, lang, u.vendor)) end
  end
  return texts
end

-- search's form of a text: code()'s normal form with the separators gone
-- too, so "time out", "time-out", "TIME_OUT" and "timeout" are one word
local function squash(s)
  return (s:lower():gsub("[%s_%-']+", ""))
end

local function search(word)
  local needle = squash(word)
  if needle == "" then return nil, "search needs a word" end
  local found = {}
  local function scan(code)
    for _, s in ipairs(texts_of(code)) do
      if squash(s):find(needle, 1, true) then
        found[#found + 1] = code
        return
      end
    end
  end
  for _, code in ipairs(hs.codes()) do scan(code) end
  for _, code in ipairs(vendor_codes()) do scan(code) end
  sort(found)
  if #found == 0 then return not_found("nothing mentions " .. quote(word)) end
  return { list = found }
end

---------------------------------------------------------------------------
-- Output
---------------------------------------------------------------------------

local function error_json(r)
  local t = { error = r.error }
  if r.suggestions and #r.suggestions > 0 then
    t.suggestions = {}
    for i, s in ipairs(r.suggestions) do
      t.suggestions[i] = { code = s.code, text = s.text, note = s.note }
    end
  end
  t.hint = r.hint
  return t
end

local function report_error(o, r)
  local lines = { "httpstatus: " .. r.error }
  if #r.suggestions > 0 then
    lines[1] = lines[1] .. "; did you mean:"
    for _, s in ipairs(r.suggestions) do
      lines[#lines + 1] = format("  %d  %s%s", s.code, s.text,
        s.note and (" (" .. s.note .. ")") or "")
    end
    if r.more > 0 then
      lines[#lines + 1] = format("  (%d more; %s)", r.more, r.hint)
    end
  elseif r.hint then
    lines[1] = lines[1] .. " (" .. r.hint .. ")"
  end
  o.err(concat(lines, "\n") .. "\n")
end

-- print the results in o's format; 0 when each found something, else 1
local function emit(o, results)
  local status = 0
  for _, r in ipairs(results) do if r.error then status = 1 end end
  if o.json then
    local values = {}
    for _, r in ipairs(results) do
      if r.error then values[#values + 1] = error_json(r)
      elseif r.code then values[#values + 1] = json_of(o, r.code)
      else
        local list = {}
        for i, code in ipairs(r.list) do list[i] = json_of(o, code) end
        values[#values + 1] = list
      end
    end
    if #values == 1 then
      o.out(encode(values[1]))
    else -- several: one array, the lists spread into it
      local flat = {}
      for i, r in ipairs(results) do
        if r.list then
          for _, v in ipairs(values[i]) do flat[#flat + 1] = v end
        else
          flat[#flat + 1] = values[i]
        end
      end
      o.out(encode(flat))
    end
    return status
  end
  if o.markdown then
    local codes = {}
    for _, r in ipairs(results) do
      if r.error then report_error(o, r)
      elseif r.code then codes[#codes + 1] = r.code
      else for _, code in ipairs(r.list) do codes[#codes + 1] = code end
      end
    end
    if #codes > 0 then markdown_table(o, codes) end
    return status
  end
  local shown = false
  for _, r in ipairs(results) do
    if r.error then
      report_error(o, r)
    else
      if shown then o.out("\n") end
      shown = true
      if r.code then
        show_code(o, r.code)
      else
        for _, code in ipairs(r.list) do o.out(list_line(o, code)) end
      end
    end
  end
  return status
end

local function parse(o, line)
  local code, reason, version = hs.parse_status_line(line, { lenient = o.lenient })
  if not code then
    local r = not_found("not a status line: " .. reason)
    if not o.lenient and hs.parse_status_line(line, { lenient = true }) then
      r.hint = "--lenient accepts it: httpstatus --lenient parse LINE"
    end
    return emit(o, { r })
  end
  if o.json then
    o.out(encode({ code = code, reason = reason, version = version }))
    return 0
  end
  o.out(format(o.L.parsed, version, code, quote(reason)) .. "\n")
  if known(code) then
    o.out("\n")
    show_code(o, code)
  else
    local class = hs.class(code)
    o.out(format(o.L.parsed_unknown, o.L.classes[class] or class) .. "\n")
  end
  return 0
end

local function usage_error(o, message)
  if o.json then
    o.out(encode({ error = message }))
  else
    o.err("httpstatus: " .. message .. "\nTry 'httpstatus --help'.\n")
  end
  return 2
end

-- the width to wrap to: COLUMNS, else the terminal's width when the caller
-- knows it (shells seldom export COLUMNS), else 80; kept within 40..100
-- (prose wider than 100 columns is hard to read), less a right margin of 2
-- as wide as the left indent
local function width_of(getenv, terminal)
  local n = tonumber(getenv("COLUMNS") or "")
  if n == nil or n ~= n then n = type(terminal) == "number" and terminal or 80 end
  if n < 40 then n = 40 elseif n > 100 then n = 100 end
  return math.floor(n) - 2
end

-- Colour as no-color.org asks: --color or --no-color (the last one given)
-- decides; else none when NO_COLOR is set and not empty, none on a dumb
-- terminal, and otherwise only when stdout is a terminal.
local function wants_color(flag, tty, getenv)
  if flag ~= nil then return flag end
  local no_color = getenv("NO_COLOR")
  if no_color ~= nil and no_color ~= "" then return false end
  if getenv("TERM") == "dumb" then return false end
  return tty == true
end

-- the words of the command line as results: a number or Nxx on its own,
-- the words between them joined into one text ("not found")
local function results_of(words)
  local results, text = {}, {}
  local function flush()
    if #text > 0 then
      results[#results + 1] = text_result(concat(text, " "))
      text = {}
    end
  end
  for _, word in ipairs(words) do
    local digit = word:match("^([1-5])[xX][xX]$")
    if word:find("^%d+$") then
      flush()
      results[#results + 1] = number_result(word)
    elseif digit then
      flush()
      results[#results + 1] = { list = class_codes(tonumber(digit)) }
    else
      text[#text + 1] = word
    end
  end
  flush()
  return results
end

--- Run the command with the words in args (like `arg`). io: out(s) and
-- err(s) write; tty says whether out is a terminal; getenv reads the
-- environment; columns (optional) is the terminal's width, used when
-- COLUMNS is not set. Returns the exit status.
-- Commands with an engine of their own: the first word that is no option
-- names one; it gets every other argument (its options and ours alike)
local ENGINES = { log = "httpstatus.logreport", html = "httpstatus.page" }

local function engine_of(args)
  local i = 1
  while args[i] ~= nil do
    local a = args[i]
    if a == "--" then return nil end
    if a == "--lang" then
      i = i + 2
    elseif a:sub(1, 1) == "-" then
      i = i + 1
    else
      if not ENGINES[a] then return nil end
      local rest = {}
      for j = 1, #args do if j ~= i then rest[#rest + 1] = args[j] end end
      return ENGINES[a], rest
    end
  end
  return nil
end

function M.main(args, io)
  local engine, rest = engine_of(args)
  if engine then return require(engine).main(rest, io) end
  local getenv = io.getenv or function() return nil end
  local o = { out = io.out, err = io.err, lang = "en", json = false, markdown = false,
              lenient = false }
  o.L = LABELS.en
  -- --json first, so that even a usage error before it answers in JSON
  for _, a in ipairs(args) do
    if a == "--" then break end
    if a == "--json" then o.json = true end
  end
  local color -- nil: decided by the environment
  local words, all = {}, false
  local i = 1
  while args[i] ~= nil do
    local a = args[i]
    if a == "--lang" then
      i = i + 1
      if args[i] == nil then return usage_error(o, "--lang needs a language") end
      o.lang = args[i]
    elseif a:find("^%-%-lang=") then
      o.lang = a:sub(8)
    elseif a == "--json" then o.json = true
    elseif a == "--markdown" then o.markdown = true
    elseif a == "--color" then color = true
    elseif a == "--no-color" then color = false
    elseif a == "--lenient" then o.lenient = true
    elseif a == "-h" or a == "--help" then
      if o.json then o.out(encode({ usage = USAGE })) else o.out(USAGE) end
      return 0
    elseif a == "--version" then
      if o.json then o.out(encode({ version = hs.VERSION }))
      else o.out("httpstatus " .. hs.VERSION .. "\n") end
      return 0
    elseif a == "--all" then all = true
    elseif a == "--" then
      for j = i + 1, #args do words[#words + 1] = args[j] end
      break
    elseif a:find("^%-%-?%a") then
      return usage_error(o, "unknown option " .. quote(a))
    else
      words[#words + 1] = a
    end
    i = i + 1
  end
  if not LABELS[o.lang] then
    return usage_error(o, "unknown language " .. quote(o.lang) .. " (en or ko)")
  end
  if o.json and o.markdown then return usage_error(o, "--json or --markdown, not both") end
  o.L = LABELS[o.lang]
  o.color = wants_color(color, io.tty, getenv) and not o.json and not o.markdown
  o.width = width_of(getenv, io.columns)
  if all then
    if #words > 0 then return usage_error(o, "--all takes no other words") end
    return emit(o, { { list = hs.codes() } })
  end
  if #words == 0 then return usage_error(o, "what code?") end
  local first = words[1]
  if first == "search" or first == "parse" then
    if #words ~= 2 then return usage_error(o, first .. " takes one argument (quote it)") end
    if first == "parse" then
      if o.markdown then return usage_error(o, "--markdown is for codes, lists and search") end
      return parse(o, words[2])
    end
    local r, problem = search(words[2])
    if r == nil then return usage_error(o, problem) end
    if o.json and r.error then -- no match is an empty list
      o.out(encode({}))
      return 1
    end
    return emit(o, { r })
  end
  -- each argument's words: "404 503" quoted as one is two codes too
  local split = {}
  for _, w in ipairs(words) do
    for part in w:gmatch("%S+") do split[#split + 1] = part end
  end
  if #split == 0 then return usage_error(o, "what code?") end
  return emit(o, results_of(split))
end

return M
