-- The Korean texts of every surface (ko.lua, the command's and the page's
-- words) against lua/httpstatus/locale/GLOSSARY.md: every term it lists is
-- used, every variant it bans is absent.
local internal = require "internal"
local ko = internal.module("httpstatus.locale.ko")

local GLOSSARY = "lua/httpstatus/locale/GLOSSARY.md"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- the forms a banned pattern stands for: "재시도[하할]" is 재시도하 and 재시도할 (a class
-- lists whole UTF-8 characters, so it can name Hangul syllables); a plain form stands for itself
local function expand(form)
  local head, class, tail = form:match("^([^%[]*)%[([^%]]+)%](.*)$")
  if not head then return { form } end
  local list = {}
  for ch in class:gmatch("[\1-\127\194-\244][\128-\191]*") do
    list[#list + 1] = head .. ch .. tail
  end
  return list
end

-- { terms = { {term =, english =}, ... }, banned = { {forms = {...}, start =, instead = {...},
-- except = {...}, line =}, ... } }
local function parse(text)
  local g = { terms = {}, banned = {} }
  local section
  for line in text:gmatch("[^\n]*") do
    local heading = line:match("^## (.+)$")
    if heading then
      section = heading
    elseif section == "Terms" and line:find("^| ") then
      local term, english = line:match("^| ([^|]-) | ([^|]-) |")
      if term and term ~= "용어" and not term:find("^%-%-") then
        g.terms[#g.terms + 1] = { term = term, english = english }
      end
    elseif section == "Banned variants" and line:find("^%- `") then
      local form, rest = line:match("^%- `([^`]+)` → (.*)$")
      assert(form, "cannot read: " .. line)
      local use, note = rest:match("^(.-): (.*)$")
      assert(use, "no ': reason' in: " .. line)
      local entry = { forms = {}, start = false, instead = {}, except = {}, line = line }
      if form:sub(1, 1) == "^" then
        form, entry.start = form:sub(2), true
      end
      entry.forms = expand(form)
      for w in use:gmatch("`([^`]+)`") do entry.instead[#entry.instead + 1] = w end
      local except = note:match("except (.*)$")
      if except then
        for w in except:gmatch("`([^`]+)`") do entry.except[#entry.except + 1] = w end
      end
      g.banned[#g.banned + 1] = entry
    end
  end
  return g
end

-- the code point of the UTF-8 character that ends just before byte i, or nil at the start
local function previous_char(s, i)
  local j = i - 1
  if j < 1 then return nil end
  while j > 1 and s:byte(j) >= 0x80 and s:byte(j) < 0xC0 do j = j - 1 end
  local b, n = s:byte(j), i - j
  if n == 1 then return b end
  local cp = b % (2 ^ (7 - n))
  for k = j + 1, i - 1 do cp = cp * 64 + s:byte(k) % 64 end
  return cp
end

local function is_word_char(cp)
  return cp ~= nil and ((cp >= 0xAC00 and cp <= 0xD7A3) -- Hangul syllables
    or (cp >= 48 and cp <= 57) or (cp >= 65 and cp <= 90) or (cp >= 97 and cp <= 122))
end

-- where one form occurs in s as entry bans it, or nil
local function find_form(s, form, entry)
  local init = 1
  while true do
    local i, j = s:find(form, init, true)
    if i == nil then return nil end
    local excused = entry.start and is_word_char(previous_char(s, i))
    for _, w in ipairs(entry.except) do
      local a = 1
      while not excused do
        local wi, wj = s:find(w, a, true)
        if wi == nil then break end
        excused = wi <= i and j <= wj
        a = wi + 1
      end
    end
    if not excused then return i end
    init = i + 1
  end
end

-- where any of entry's forms occurs in s as the glossary bans it (the first), or nil
local function find_banned(s, entry)
  local first
  for _, form in ipairs(entry.forms) do
    local at = find_form(s, form, entry)
    if at and (first == nil or at < first) then first = at end
  end
  return first
end

-- a label is a noun phrase (캐시에 저장하면 안 됨) and prose says the same in 합니다체
-- (캐시에 저장하면 안 됩니다): the forms a term may take in a text
local LABEL_ENDINGS = { { "있음", "있습니다" }, { "없음", "없습니다" }, { "됨", "됩니다" },
                        { "함", "합니다" } }
local function spellings(term)
  local list = { term }
  for _, e in ipairs(LABEL_ENDINGS) do
    if term:sub(-#e[1]) == e[1] then
      list[#list + 1] = term:sub(1, -#e[1] - 1) .. e[2]
      break
    end
  end
  return list
end

-- whether some text of the list says word, in its label or its prose form
local function used_in(texts, word)
  for _, t in ipairs(texts) do
    for _, w in ipairs(spellings(word)) do
      if t[2]:find(w, 1, true) then return true end
    end
  end
  return false
end

-- every {where, banned form, glossary line} the texts break
local function violations(texts, g)
  local list = {}
  for _, e in ipairs(g.banned) do
    for _, t in ipairs(texts) do
      local at = find_banned(t[2], e)
      if at then list[#list + 1] = { t[1], at, e.line } end
    end
  end
  return list
end

-- every string of a table, at any depth, with a label saying where it is
local function strings_of(where, t, list)
  for k, v in pairs(t) do
    local at = where .. "[" .. tostring(k) .. "]"
    if type(v) == "string" then
      list[#list + 1] = { at, v }
    elseif type(v) == "table" then
      strings_of(at, v, list)
    end
  end
  return list
end

-- Every Korean surface: the library's texts (ko.lua: phrases, descriptions,
-- vendor texts, header conditions) and the command's and the page's words.
-- A surface added later goes in this list.
local SURFACES = {
  { "ko", ko },
  { "cmd.words.ko", require("httpstatus.cmd.words").ko },
  { "cmd.show.TEXTS.ko", require("httpstatus.cmd.show").TEXTS.ko },
  { "cmd.html.UI.ko", require("httpstatus.cmd.html").UI.ko },
  { "cmd.log_words.ko", require("httpstatus.cmd.log_words").ko },
  { "locale.lint_ko", internal.module("httpstatus.locale.lint_ko") },
  { "cmd.lint.LABEL.ko", require("httpstatus.cmd.lint").LABEL.ko },
}

-- every Korean text with a label saying where it is
local function korean_texts()
  local list = {}
  for _, surface in ipairs(SURFACES) do strings_of(surface[1], surface[2], list) end
  return list
end

local glossary = parse(read(GLOSSARY))
local texts = korean_texts()


describe("the Korean glossary", function()
  it("is read whole: terms and banned variants", function()
    assert.is_true(#glossary.terms >= 30)
    assert.is_true(#glossary.banned >= 20)
    for _, e in ipairs(glossary.banned) do
      assert.is_true(#e.instead >= 1, e.line)
    end
  end)

  it("matches words as it says", function()
    local zone = { forms = { "존" }, start = true, instead = {}, except = { "존재" } }
    assert.is_nil(find_banned("리소스가 존재한다는", zone))
    assert.is_nil(find_banned("의존성 실패", zone))
    assert.are.equal(1, find_banned("존이 설정된", zone))
    assert.is_truthy(find_banned("해당 존의 설정", zone))
    assert.is_truthy(find_banned("(존)", zone))
    local plain = { forms = { "타임아웃" }, start = false, instead = {}, except = {} }
    assert.is_truthy(find_banned("연결타임아웃", plain))
    assert.is_nil(find_banned("시간 초과", plain))
  end)

  it("reads a class of syllables as one rule per syllable", function()
    local g = parse("## Banned variants\n\n"
      .. "- `재시도[하할해]` → `다시 시도하`: retry as a verb is 다시 시도하-\n")
    assert.are.same({ "재시도하", "재시도할", "재시도해" }, g.banned[1].forms)
    local e = g.banned[1]
    assert.are.equal(8, find_banned("즉시 재시도하지 말고", e)) -- bytes: "즉시 " is 7
    assert.is_truthy(find_banned("재시도할 수 있는 코드", e))
    assert.is_truthy(find_banned("백오프 뒤 재시도해야 합니다", e))
    assert.is_nil(find_banned("재시도를 조기 데이터로 보내지 마십시오", e))
    assert.is_nil(find_banned("재시도 가능", e))
    assert.is_nil(find_banned("나중에 다시 시도하십시오", e))
  end)

  it("finds a label term in its prose form, and only there", function()
    local list = { { "a", "이 응답은 캐시에 저장하면 안 됩니다." }, { "b", "다시 시도할 수 있음" } }
    assert.is_true(used_in(list, "캐시에 저장하면 안 됨"))
    assert.is_true(used_in(list, "다시 시도할 수 있음"))
    assert.is_false(used_in(list, "다시 시도할 수 있습니다")) -- prose does not make a label
    assert.is_false(used_in(list, "저장할 수 없음"))
    assert.is_false(used_in(list, "캐시된 응답"))
  end)

  it("reports a text that breaks a rule", function()
    local bad = { { "descriptions[503]", "클라이언트는 즉시 재시도하지 말고 기다려야 합니다." },
                  { "descriptions[425]", "요청이 리플레이될 수 있습니다." },
                  { "descriptions[200]", "요청이 성공했습니다." } }
    local where = {}
    for _, v in ipairs(violations(bad, glossary)) do where[#where + 1] = v[1] end
    table.sort(where)
    assert.are.same({ "descriptions[425]", "descriptions[503]" }, where)
  end)

  it("reads every Korean surface, the header conditions and the labels included", function()
    local seen = {}
    for _, t in ipairs(texts) do seen[t[1]:match("^[^%[]+")] = true end
    assert.are.same({ ["cmd.html.UI.ko"] = true, ["cmd.show.TEXTS.ko"] = true,
                      ["cmd.words.ko"] = true, ["cmd.log_words.ko"] = true, ["locale.lint_ko"] = true,
                      ["cmd.lint.LABEL.ko"] = true, ko = true }, seen)
    assert.is_true(used_in(texts, "QUERY 요청의 쿼리 형식을 지원하지 않을 때"))
    assert.is_true(used_in(texts, "사유 구문 없음"))
  end)

  it("bans variants that no Korean text uses", function()
    local report = {}
    for _, v in ipairs(violations(texts, glossary)) do
      report[#report + 1] = ("%s breaks a rule at byte %d; the glossary says: %s"):format(v[1], v[2], v[3])
    end
    table.sort(report)
    assert.are.equal("", table.concat(report, "\n"))
  end)

  it("lists terms that the Korean texts use", function()
    for _, entry in ipairs(glossary.terms) do
      assert.is_true(used_in(texts, entry.term), entry.term .. " (" .. entry.english .. ")")
    end
  end)

  it("offers replacements that the Korean texts use", function()
    for _, e in ipairs(glossary.banned) do
      for _, w in ipairs(e.instead) do
        assert.is_true(used_in(texts, w), w .. " in: " .. e.line)
      end
    end
  end)

  it("bans nothing it also recommends", function()
    for _, e in ipairs(glossary.banned) do
      for _, entry in ipairs(glossary.terms) do
        assert.is_nil(find_banned(entry.term, e), entry.term .. " vs " .. e.line)
      end
    end
  end)
end)
