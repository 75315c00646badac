-- The Korean texts against lua/httpstatus/locale/GLOSSARY.md: every term it
-- lists is used, every variant it bans is absent.
local ko = require "httpstatus.locale.ko"

local GLOSSARY = "lua/httpstatus/locale/GLOSSARY.md"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- { terms = { {term =, english =}, ... }, banned = { {form =, start =, instead = {...},
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
      local entry = { form = form, start = false, instead = {}, except = {}, line = line }
      if form:sub(1, 1) == "^" then
        entry.form, entry.start = form:sub(2), true
      end
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

-- where entry's form occurs in s as the glossary bans it, or nil
local function find_banned(s, entry)
  local init = 1
  while true do
    local i, j = s:find(entry.form, init, true)
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

-- every Korean text with a label saying where it is
local function korean_texts()
  local list = {}
  for code, t in pairs(ko.reasons) do list[#list + 1] = { "reasons[" .. code .. "]", t } end
  for code, t in pairs(ko.descriptions) do
    list[#list + 1] = { "descriptions[" .. code .. "]", t }
  end
  for vendor, by_code in pairs(ko.unofficial) do
    for code, t in pairs(by_code) do
      list[#list + 1] = { "unofficial." .. vendor .. "[" .. code .. "]", t }
    end
  end
  return list
end

local glossary = parse(read(GLOSSARY))
local texts = korean_texts()

local function used_somewhere(word)
  for _, t in ipairs(texts) do
    if t[2]:find(word, 1, true) then return true end
  end
  return false
end

describe("the Korean glossary", function()
  it("is read whole: terms and banned variants", function()
    assert.is_true(#glossary.terms >= 30)
    assert.is_true(#glossary.banned >= 20)
    for _, e in ipairs(glossary.banned) do
      assert.is_true(#e.instead >= 1, e.line)
    end
  end)

  it("matches words as it says", function()
    local zone = { form = "존", start = true, instead = {}, except = { "존재" } }
    assert.is_nil(find_banned("리소스가 존재한다는", zone))
    assert.is_nil(find_banned("의존성 실패", zone))
    assert.are.equal(1, find_banned("존이 설정된", zone))
    assert.is_truthy(find_banned("해당 존의 설정", zone))
    assert.is_truthy(find_banned("(존)", zone))
    local plain = { form = "타임아웃", start = false, instead = {}, except = {} }
    assert.is_truthy(find_banned("연결타임아웃", plain))
    assert.is_nil(find_banned("시간 초과", plain))
  end)

  it("bans variants that no Korean text uses", function()
    for _, e in ipairs(glossary.banned) do
      for _, t in ipairs(texts) do
        local at = find_banned(t[2], e)
        assert.is_nil(at, ("%s has %q at byte %s; the glossary says: %s")
          :format(t[1], e.form, tostring(at), e.line))
      end
    end
  end)

  it("lists terms that the Korean texts use", function()
    for _, entry in ipairs(glossary.terms) do
      assert.is_true(used_somewhere(entry.term), entry.term .. " (" .. entry.english .. ")")
    end
  end)

  it("offers replacements that the Korean texts use", function()
    for _, e in ipairs(glossary.banned) do
      for _, w in ipairs(e.instead) do
        assert.is_true(used_somewhere(w), w .. " in: " .. e.line)
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
