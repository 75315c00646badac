-- describe(), reason(code, lang), add_locale(), and the shipped texts.
local internal = require "internal"
local hs = require "httpstatus"
local core = internal.module("httpstatus.core")
local raises = require "raises"
local bad_values = require "bad_values"

-- every vendor code and its vendors, from the core's own list
local function vendor_rows()
  local rows = {}
  for code = 100, 599 do
    for _, u in ipairs(core.unofficial(code) or {}) do rows[#rows + 1] = { code, u.vendor } end
  end
  return rows
end

local function is_clean_text(s)
  return type(s) == "string" and #s > 0 and core.is_utf8(s) and not s:find("[%c\127]")
end

local HANGUL = "\234[\176-\191][\128-\191]" -- U+AC00..U+AFFF, the first block
local function has_hangul(s)
  -- Hangul syllables are U+AC00..U+D7A3: lead bytes EA..ED in UTF-8
  return s:find(HANGUL) or s:find("[\235\236][\128-\191][\128-\191]")
    or s:find("\237[\128-\158][\128-\191]")
end

describe("shipped texts", function()
  for _, lang in ipairs { "en", "ko" } do
    it("describe every registered code in " .. lang .. ", 2-4 sentences of clean UTF-8", function()
      for _, code in ipairs(hs.codes()) do
        local text = hs.describe(code, lang)
        assert.is_true(is_clean_text(text), code)
        assert.is_true(#text >= 80, code)
        if lang == "ko" then
          assert.is_truthy(has_hangul(text), code)
        else
          assert.is_falsy(has_hangul(text), code)
          local _, sentences = text:gsub("[%.!?]%s", "")
          assert.is_true(sentences >= 1 and sentences <= 3, code .. " has " .. sentences + 1)
        end
      end
    end)

    it("describe every vendor code in " .. lang, function()
      for _, row in ipairs(vendor_rows()) do
        local text = hs.describe(row[1], lang, row[2])
        assert.is_true(is_clean_text(text), row[1] .. " " .. row[2])
        if lang == "ko" then assert.is_truthy(has_hangul(text), row[1]) end
      end
    end)
  end

  it("give every registered code a Korean reason, in Hangul", function()
    for _, code in ipairs(hs.codes()) do
      local r = hs.reason(code, { lang = "ko" })
      assert.is_true(is_clean_text(r), code)
      assert.are_not.equal(hs.reason(code), r, code)
      assert.is_truthy(has_hangul(r), code)
    end
    assert.are.equal("찾을 수 없음", hs.reason(404, { lang = "ko" }))
  end)

  it("get the facts the issue names right", function()
    assert.matches("WWW%-Authenticate", hs.describe(401))
    assert.matches("403", hs.describe(401))
    assert.matches("WWW%-Authenticate", hs.describe(401, "ko"))
    assert.matches("POST", hs.describe(302))
    assert.matches("GET", hs.describe(302))
    assert.matches("method", hs.describe(307))
    assert.matches("MUST NOT", hs.describe(304)) -- no content
    assert.matches("Allow", hs.describe(405))
    assert.matches("Retry%-After", hs.describe(429))
  end)
end)

describe("describe", function()
  it("joins several vendors' meanings, or gives the one asked for", function()
    local both = hs.describe(499)
    assert.matches("^nginx: ", both)
    assert.matches("\nEsri: ", both)
    assert.are.equal(hs.describe(499, "en", "Esri"), both:match("\nEsri: (.*)$"))
    assert.is_nil(hs.describe(499, "en", "Apache"))
    assert.are.equal(hs.describe(444, "en", "nginx"), hs.describe(444))
    assert.are_not.equal(hs.describe(451), hs.describe(451, "en", "Exchange"))
  end)

  it("falls back to English for an unknown language", function()
    assert.are.equal(hs.describe(404), hs.describe(404, "xx"))
    assert.are.equal(hs.describe(404), hs.describe(404, {}))
    assert.are.equal(hs.describe(404), hs.describe(404, { lang = "xx" }))
    assert.are.equal(hs.describe(499), hs.describe(499, "zz"))
  end)

  it("answers nil for anything that is not a described code", function()
    for _, v in ipairs(bad_values) do assert.is_nil(hs.describe(v[2]), v[1]) end
    assert.is_nil(hs.describe(299))
    assert.is_nil(hs.describe())
  end)
end)

describe("reason with a language", function()
  it("gives English for en and unknown languages", function()
    for _, opts in ipairs { {}, { lang = "en" }, { lang = "xx" }, "en", "xx", "", false } do
      assert.are.equal("Not Found", hs.reason(404, opts))
    end
  end)

  it("takes the language as describe does: reason(code, \"ko\") (#19)", function()
    assert.are.equal("찾을 수 없음", hs.reason(404, "ko"))
    assert.are.equal(hs.reason(404, { lang = "ko" }), hs.reason(404, "ko"))
    assert.are.equal(hs.describe(404, "ko"), hs.describe(404, { lang = "ko" }))
    for code = 100, 599 do
      assert.are.equal(hs.reason(code, { lang = "ko" }), hs.reason(code, "ko"), code)
    end
  end)

  it("raises for a language that is no tag, options table or nil, and for other options (#19)",
    function()
      for _, fname in ipairs { "reason", "describe" } do
        for _, v in ipairs { 1, true, print, 0 / 0 } do
          raises(fname, 2, "language tag, options table or nil expected", function()
            hs[fname](404, v)
          end)
        end
        raises(fname, 2, "opts.lang must be a string, got 5", function()
          hs[fname](404, { lang = 5 })
        end)
        raises(fname, 2, 'unknown option "lng"', function() hs[fname](404, { lng = "ko" }) end)
        raises(fname, 2, 'unknown option "vendor"', function()
          hs[fname](404, { lang = "ko", vendor = "nginx" })
        end)
        -- also for codes it does not know: the mistake is the caller's either way
        raises(fname, 2, 'unknown option "lng"', function() hs[fname](999, { lng = "ko" }) end)
        -- read raw: the table's metatable runs nothing and adds no name
        local calls = 0
        local opts = setmetatable({}, { __index = function() calls = calls + 1 return "ko" end })
        assert.are.equal(fname == "reason" and "Not Found" or hs.describe(404), hs[fname](404, opts))
        assert.are.equal(0, calls)
      end
    end)

  it("answers nil for unregistered codes in any language", function()
    assert.is_nil(hs.reason(499, { lang = "ko" }))
    for _, v in ipairs(bad_values) do assert.is_nil(hs.reason(v[2], { lang = "ko" }), v[1]) end
  end)

  it("gives a phrase in the language for every registered code, and nil elsewhere", function()
    for code = 90, 610 do
      local en = hs.reason(code)
      for _, opts in ipairs { { lang = "ko" }, { lang = "en" }, {} } do
        local r = hs.reason(code, opts)
        assert.are.equal(en == nil, r == nil, code)
        if opts.lang ~= "ko" then assert.are.equal(en, r) end
      end
    end
  end)
end)

describe("lazy loading", function()
  it("loads no locale until one is asked for", function()
    -- a searcher in front of the others notes every module looked for
    local searchers = rawget(package, "searchers") or rawget(package, "loaders")
    local looked = {}
    table.insert(searchers, 1, function(name)
      looked[name] = true
      return "\n\t(noted by locale_spec)"
    end)
    local saved = {}
    for name, mod in pairs(package.loaded) do
      if name == "httpstatus" or name:find("^httpstatus%.") then
        saved[name], package.loaded[name] = mod, nil
      end
    end
    local ok, err = pcall(function()
      local fresh = require "httpstatus"
      fresh.reason(404)
      assert.is_nil(looked["httpstatus.locale.ko"])
      assert.is_nil(looked["httpstatus.locale.en"])
      fresh.describe(404, "ko") -- Korean and its English fallback
      assert.is_true(looked["httpstatus.locale.ko"])
    end)
    table.remove(searchers, 1)
    for name in pairs(package.loaded) do
      if name == "httpstatus" or name:find("^httpstatus%.") then package.loaded[name] = nil end
    end
    for name, mod in pairs(saved) do package.loaded[name] = mod end
    assert(ok, err)
  end)
end)

describe("add_locale", function()
  it("adds a language; partial tables fall back to English", function()
    hs.add_locale("ja", { reasons = { [404] = "見つかりません" }, descriptions = { [404] = "説明" } })
    assert.are.equal("見つかりません", hs.reason(404, { lang = "ja" }))
    assert.are.equal("OK", hs.reason(200, { lang = "ja" }))
    assert.are.equal("説明", hs.describe(404, "ja"))
    assert.are.equal(hs.describe(200), hs.describe(200, "ja"))
    hs.add_locale("ja", { reasons = { [200] = "成功" } })
    assert.are.equal("見つかりません", hs.reason(404, { lang = "ja" }))
    assert.are.equal("成功", hs.reason(200, { lang = "ja" }))
  end)

  it("overrides shipped texts, leaving the rest", function()
    hs.add_locale("ko", { reasons = { [418] = "저는 찻주전자입니다" } })
    assert.are.equal("저는 찻주전자입니다", hs.reason(418, { lang = "ko" }))
    assert.are.equal("찾을 수 없음", hs.reason(404, { lang = "ko" }))
  end)

  it("refuses bad input and changes nothing", function()
    raises("add_locale", 1, "language tag", function() hs.add_locale(nil, {}) end)
    raises("add_locale", 1, "language tag", function() hs.add_locale("../x", {}) end)
    raises("add_locale", 1, "language tag", function() hs.add_locale("", {}) end)
    raises("add_locale", 2, "table expected", function() hs.add_locale("de", "x") end)
    raises("add_locale", 2, "unknown key", function() hs.add_locale("de", { phrases = {} }) end)
    raises("add_locale", 2, "reasons must be a table", function()
      hs.add_locale("de", { reasons = "x" })
    end)
    raises("add_locale", 2, "not a registered code", function()
      hs.add_locale("de", { reasons = { [499] = "x" } })
    end)
    raises("add_locale", 2, "not a registered code", function()
      hs.add_locale("de", { reasons = { ["404"] = "x" } })
    end)
    raises("add_locale", 2, "must be a string", function()
      hs.add_locale("de", { reasons = { [404] = 5 } })
    end)
    raises("add_locale", 2, "must not be empty", function()
      hs.add_locale("de", { reasons = { [404] = "" } })
    end)
    raises("add_locale", 2, "valid UTF-8", function()
      hs.add_locale("de", { reasons = { [404] = "\255" } })
    end)
    for _, ctl in ipairs { "a\nb", "a\rb", "a\0b", "a\tb", "\127" } do
      raises("add_locale", 2, "control characters", function()
        hs.add_locale("de", { descriptions = { [404] = ctl } })
      end)
    end
    raises("add_locale", 2, "cannot be replaced", function()
      hs.add_locale("en", { reasons = { [404] = "Nope" } })
    end)
    -- a table refused half way leaves nothing behind
    raises("add_locale", 2, "not a registered code", function()
      hs.add_locale("de", { reasons = { [404] = "Nicht gefunden", [999] = "x" } })
    end)
    assert.are.equal("Not Found", hs.reason(404, { lang = "de" }))
    assert.are.equal("Not Found", hs.reason(404))
  end)
end)

describe("add_locale and invisible or reordering characters (#11)", function()
  for label, text in pairs {
    ["C1 control U+0085"] = "a\194\133b", ["C1 control U+009B (CSI)"] = "x\194\155[31m",
    ["bidi override U+202E"] = "abc\226\128\174def", ["bidi embedding U+202A"] = "\226\128\170x",
    ["bidi isolate U+2066"] = "\226\129\166x", ["pop isolate U+2069"] = "x\226\129\169",
    ["line separator U+2028"] = "a\226\128\168b", ["paragraph separator U+2029"] = "a\226\128\169b",
  } do
    it("refuses " .. label, function()
      raises("add_locale", 2, "must not contain control, bidi override or line separator", function()
        hs.add_locale("x-test", { descriptions = { [404] = text } })
      end)
      assert.are.equal("Not Found", hs.reason(404, { lang = "x-test" }))
    end)
  end
  it("still takes text with other punctuation from the same blocks", function()
    hs.add_locale("x-ok", { descriptions = { [404] = "a \226\128\148 dash \226\128\166" } })
    assert.are.equal("a \226\128\148 dash \226\128\166", hs.describe(404, "x-ok"))
  end)
end)
