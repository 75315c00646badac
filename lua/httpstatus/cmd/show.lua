--- One code as the lookup shows it: an entry in text (wrapped to the
-- terminal, coloured by class), a line of a list, a JSON object, a row of a
-- Markdown table. Everything comes from the public API of httpstatus; the
-- words around it from httpstatus.cmd.words and the texts below.
-- @module httpstatus.cmd.show

local hs = require "httpstatus"
local term = require "httpstatus.cmd.term"
local WORDS = require "httpstatus.cmd.words"
local wording = require "httpstatus.cmd.wording"

local ipairs, tostring = ipairs, tostring
local concat = table.concat
local format, rep, upper = string.format, string.rep, string.upper
local os_date = os.date

local wrap, columns, paint = term.wrap, term.columns, term.paint

local M = {}

-- the lookup's own texts, besides the shared words
local TEXTS = {
  en = {
    unregistered = "not registered with IANA", unregistered_short = "(not registered)",
    in_description = "(in its description only)",
    other_meaning = "not the registered meaning",
    status = { permanent = "permanent", temporary = "temporary", unused = "unused",
               obsoleted = "obsoleted" },
    expires = "expires %s", listed_as = "listed as %s", as_of = "(IANA, %s)",
    parsed = "HTTP/%s, code %d, reason %s",
    parsed_unknown = "(not a registered status code; class %s)",
    md = { "code", "phrase", "class", "constant", "reference" },
    md_unregistered = "not registered",
  },
  ko = {
    unregistered = "IANA에 등록되지 않음", unregistered_short = "(미등록)",
    in_description = "(설명에만 있음)",
    other_meaning = "등록된 의미가 아님",
    status = { permanent = "영구", temporary = "임시", unused = "미사용",
               obsoleted = "폐기(obsoleted)" },
    expires = "%s 만료", listed_as = "등록부 표기 %s", as_of = "(IANA, %s 기준)",
    parsed = "HTTP/%s, 코드 %d, 사유 구문 %s",
    parsed_unknown = "(등록되지 않은 상태 코드입니다. 분류: %s)",
    md = { "코드", "사유 구문", "분류", "상수", "참조" },
    md_unregistered = "IANA 미등록",
  },
}
M.TEXTS = TEXTS

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

--- A class as the lookup names it: in English the library's name
-- ("client_error"), in another language its word ("클라이언트 오류").
function M.class_word(lang, class)
  if lang == "en" then return class end
  return WORDS[lang].classes[class] or class
end

-- a class on its label's line: the word and, in another language than
-- English, the library's name after it
local function class_label(lang, class)
  local word = M.class_word(lang, class)
  if word == class then return class end
  return word .. " (" .. class .. ")"
end

--- The vendors of a code grouped by phrase, in the library's order:
-- { { vendors = {"nginx", "Google"}, reason = "Client Closed Request" }, ... }
function M.vendor_groups(list)
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
local vendor_groups = M.vendor_groups

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
  local label = WORDS[o.lang][key] .. ":"
  local pad = LABEL_COLUMNS - columns(label)
  if pad < 1 then pad = 1 end
  local first = "  " .. label .. rep(" ", pad)
  return wrap(value, o.width, first, rep(" ", 2 + LABEL_COLUMNS)) .. "\n"
end

local function facts_of(o, info)
  local code, W, facts = info.code, WORDS[o.lang], {}
  local function add(s) facts[#facts + 1] = s end
  local header = {}
  for _, h in ipairs(info.headers) do header[h.name] = true end
  if info.cacheable then add(W.fact.cacheable) end
  if info.must_not_store then add(W.fact.must_not_store) end
  if info.retryable then add(W.fact.retryable) end
  -- a header line that names Retry-After already says it is meaningful
  if info.retry_after and not header["Retry-After"] then add(W.fact.retry_after) end
  if not hs.allows_body(code) then add(W.fact.no_content) end
  -- a redirect says what happens to the method in its own words, below
  if hs.preserves_method(code) and not info.redirect then add(W.fact.keeps_method) end
  if info.deprecated then add(W.fact.deprecated) end
  if info.redirect then
    add(W.redirect[info.redirect] .. ", " .. (W.method[info.method] or info.method))
  end
  return facts
end

-- a vendor text without the lead-in that the title already says
local function without_lead_in(o, text, vendor)
  for _, lead in ipairs(LEAD_INS[o.lang] or LEAD_INS.en) do
    local s, n = text:gsub(lead[1], lead[2], 1)
    if n > 0 and s ~= "" then
      -- "generated by ..." becomes "Generated by ...", "nginx logs" stays
      if s:sub(1, #vendor) ~= vendor then s = s:gsub("^%l", upper) end
      return s
    end
  end
  return text
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
    lines[#lines + 1] = paint(o.color, "1;" .. CLASS_COLOR[class], line)
  end
  return concat(lines, "\n") .. "\n"
end

local function registry_of(o, info)
  local T = TEXTS[o.lang]
  local status = T.status[info.status] or info.status
  if info.expires then
    status = status .. ", " .. format(T.expires, info.expires)
    -- the command may read the clock (the library never does); the
    -- registry snapshot decides how sure that is
    local past = wording.expiry(o.lang, info, os_date("!%Y-%m-%d"))
    if past then status = status .. ", " .. past end
  end
  if info.registry_phrase ~= info.reason then
    status = status .. ", " .. format(T.listed_as, info.registry_phrase)
  end
  return status .. " " .. format(T.as_of, hs.REGISTRY_DATE)
end

-- the header lines: fields of one level and one condition share a line
-- (206 and 304 list six that they repeat from their 200)
local function header_lines(o, code, fields)
  local W, i = WORDS[o.lang], 1
  while fields[i] do
    local h, names = fields[i], { fields[i].name }
    while fields[i + 1] and fields[i + 1].condition ~= nil
        and fields[i + 1].condition == h.condition and fields[i + 1].level == h.level do
      i = i + 1
      names[#names + 1] = fields[i].name
    end
    local parts = { level = W.level[h.level] or h.level, fields = concat(names, ", ") }
    local text = W.level_line:gsub("{(%a+)}", parts)
    local condition = wording.condition(o.lang, code, h)
    if condition then
      text = text .. ": " .. wording.fill(W.when, { condition = condition })
    end
    if h.draft then text = text .. " [" .. W.draft .. "]" end
    o.out(labelled(o, "header", text))
    i = i + 1
  end
end

local function show_registered(o, code)
  local info = hs.info(code)
  local reason = hs.reason(code, { lang = o.lang })
  local title = reason == info.reason and reason or (reason .. " (" .. info.reason .. ")")
  o.out(heading(o, info.class, code .. " " .. title))
  o.out(labelled(o, "class", class_label(o.lang, info.class)))
  o.out(labelled(o, "constant", "hs." .. info.name))
  o.out(labelled(o, "reference", wording.reference(o.lang, info.reference)))
  o.out(labelled(o, "registry", registry_of(o, info)))
  o.out(labelled(o, "versions", wording.versions(o.lang, info)))
  o.out(labelled(o, "nginx", wording.nginx(o.lang, info)))
  local facts = facts_of(o, info)
  if #facts > 0 then o.out(labelled(o, "facts", concat(facts, "; "))) end
  header_lines(o, code, info.headers)
  for _, a in ipairs(info.aliases) do
    o.out(labelled(o, "old_name", format("%s (hs.%s, %s)", a.phrase, a.name, a.source)))
  end
  o.out("\n" .. paragraph(o, hs.describe(code, o.lang), "  "))
  local list = hs.unofficial(code)
  if list then show_vendors(o, code, list, TEXTS[o.lang].other_meaning) end
end

local function show_unofficial(o, code)
  local class = hs.class(code)
  o.out(heading(o, class, code .. " (" .. TEXTS[o.lang].unregistered .. ")"))
  o.out(labelled(o, "class", class_label(o.lang, class)))
  show_vendors(o, code, hs.unofficial(code))
end

--- Write a code's entry to o.out: registered or a vendor code.
function M.entry(o, code)
  if hs.is_registered(code) then show_registered(o, code) else show_unofficial(o, code) end
end

--- One line of a list: "404  Not Found", a vendor code with its meanings;
-- marked when `described` (search found the word in its description only).
function M.list_line(o, code, described)
  local name = hs.reason(code, { lang = o.lang })
  if not name then
    local vendors = {}
    for _, g in ipairs(vendor_groups(hs.unofficial(code))) do
      vendors[#vendors + 1] = concat(g.vendors, ", ") .. ": " .. g.reason
    end
    name = TEXTS[o.lang].unregistered_short .. " " .. concat(vendors, "; ")
  end
  if described then name = name .. " " .. TEXTS[o.lang].in_description end
  local line = wrap(name, o.width, "     ", "     ")
  return paint(o.color, CLASS_COLOR[hs.class(code)], tostring(code)) .. line:sub(4) .. "\n"
end

--- The JSON form of one code: info() plus the description, and the vendors.
function M.json_value(o, code)
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

-- a Markdown table cell: one line, no unescaped |
local function cell(s)
  return (s:gsub("[\\|]", "\\%0"):gsub("%s+", " "))
end

local function markdown_row(o, code)
  local info = hs.info(code)
  local phrase, constant, reference
  if info then
    phrase, constant, reference = hs.reason(code, { lang = o.lang }), "`hs." .. info.name .. "`",
      info.reference
  else
    local parts = {}
    for _, g in ipairs(vendor_groups(hs.unofficial(code))) do
      parts[#parts + 1] = g.reason .. " (" .. concat(g.vendors, ", ") .. ")"
    end
    phrase, constant, reference = concat(parts, "; "), "", TEXTS[o.lang].md_unregistered
  end
  local class = M.class_word(o.lang, hs.class(code))
  return format("| %d | %s | %s | %s | %s |\n", code, cell(phrase), cell(class), constant,
    cell(reference))
end

--- Write a Markdown table of codes to o.out.
function M.markdown_table(o, codes)
  local h = TEXTS[o.lang].md
  o.out("| " .. concat(h, " | ") .. " |\n|" .. rep(" --- |", #h) .. "\n")
  for _, code in ipairs(codes) do o.out(markdown_row(o, code)) end
end

return M
