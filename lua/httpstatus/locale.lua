--- Phrases and descriptions for people, in English and Korean (and any
-- language a user adds). The texts live in httpstatus.locale.<lang>, loaded
-- only when that language is first asked for, so `require "httpstatus"`
-- pays nothing for them.
--
-- reason and describe take the language the same way: a tag ("ko"), an
-- options table ({lang = "ko"}; any other name raises) or nil (English).
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.locale

local core = require "httpstatus.core"
local check = require "httpstatus.check"
local must_be, got = check.must_be, check.got

local error, ipairs, next, pairs, rawget, type = error, ipairs, next, pairs, rawget, type
local concat = table.concat
local format = string.format
-- this module's own copy of the phrases, compact (64 of them); unofficial:
-- a fresh list per call
local reasons, unofficial = core.table("reasons", true), core.unofficial
local core_info = core.info
local plain_text = check.plain_text
local bad, show, options_problem = check.bad, check.show, check.options_problem
local searchers = rawget(package, "searchers") or rawget(package, "loaders") -- 5.2+ / 5.1

local M = {}

-- languages shipped as httpstatus.locale.<lang>; nothing else is required,
-- so a language name from a request can never pick a module to load
local BUILTIN = { en = true, ko = true }
local shipped = {} -- lang -> the texts, this module's own
local added = {}   -- lang -> { reasons = {}, descriptions = {} } from add_locale

-- A shipped language's texts, run afresh from its module's file (found as
-- require finds it) instead of taken from require: the table in
-- package.loaded is anyone's to change, this one is read only here.
local function load_texts(modname)
  local why = {}
  for i = 1, #searchers do
    local loader, where = searchers[i](modname)
    if type(loader) == "function" then return loader(modname, where) end
    if type(loader) == "string" then why[#why + 1] = loader end
  end
  error("module '" .. modname .. "' not found:" .. concat(why), 0)
end

local function shipped_texts(lang)
  local texts = shipped[lang]
  if texts == nil and BUILTIN[lang] then
    texts = load_texts("httpstatus.locale." .. lang)
    shipped[lang] = texts
  end
  return texts
end

-- a user's text first, then the shipped one, for one language
local function text_of(kind, lang, code)
  local a = added[lang]
  local v = a and a[kind][code]
  if v then return v end
  local s = shipped_texts(lang)
  return s and s[kind] and s[kind][code]
end

local LANG_OPTIONS = { lang = true }

-- The language a call asks for: "en" for nil or false; or nil and a message. A
-- language unknown here is no mistake (it may come from a request's
-- Accept-Language): English answers it. Options are read raw: a query
-- never runs a metatable's code.
local function lang_of(given)
  if not given then return "en" end
  if type(given) == "string" then return given end
  if type(given) ~= "table" then
    return nil, check.expected("language tag, options table or nil", given)
  end
  local problem = options_problem(given, LANG_OPTIONS)
  if problem then return nil, problem end
  local lang = rawget(given, "lang")
  if lang == nil then return "en" end
  if type(lang) ~= "string" then return nil, must_be("opts.lang", "a string", lang) end
  return lang
end

--- reason(code, lang) or reason(code, {lang = ...}): the phrase in that
-- language, English (the wire phrase) for "en", an unknown language or a
-- missing entry. hs.reason calls it when it is given a second argument.
-- Raises for a second argument that is no language tag, options table,
-- nil or false, and for an option other than lang.
function M.reason(code, opts)
  local lang, problem = lang_of(opts)
  if not lang then error(bad("reason", 2, problem), 2) end
  local english = reasons[code]
  if english == nil or lang == "en" then return english end
  return text_of("reasons", lang, code) or english
end

local function vendor_text(lang, vendor, code)
  local function from(l)
    local a = shipped_texts(l)
    local by_vendor = a and a.unofficial and a.unofficial[vendor]
    return by_vendor and by_vendor[code]
  end
  return from(lang) or from("en")
end

--- A short explanation of a code for people: when it is used, what a
-- client should do, common mistakes. lang "en" (default) or "ko" (or
-- {lang = ...}, as reason takes it); an unknown language gives English.
-- For a registered code, its description; for a vendor code (499...),
-- each vendor's, prefixed with the vendor's name when there are several
-- ("nginx: ...\nEsri: ..."), or only `vendor`'s when given (also for 451
-- "Exchange"). nil for anything else. Raises only for a lang that is no
-- language tag, options table, nil or false.
function M.describe(code, lang_or_opts, vendor)
  local lang, problem = lang_of(lang_or_opts)
  if not lang then error(bad("describe", 2, problem), 2) end
  if vendor == nil and reasons[code] then
    return text_of("descriptions", lang, code) or text_of("descriptions", "en", code)
  end
  local list = unofficial(code)
  if list == nil then return nil end
  local parts = {}
  for i = 1, #list do
    local v = list[i].vendor
    if vendor == nil or vendor == v then
      parts[#parts + 1] = { v, vendor_text(lang, v, code) }
    end
  end
  if #parts == 0 then return nil end
  if #parts == 1 then return parts[1][2] end
  for i = 1, #parts do parts[i] = parts[i][1] .. ": " .. parts[i][2] end
  return concat(parts, "\n")
end

--- The condition under which a header row of a code holds, in a language
-- (as describe takes it): condition(415, "Accept-Query", "ko"). The field
-- name in any case; English (the C table's text) for "en", an unknown
-- language or a missing entry. nil when the code has no row for the field,
-- or its row holds always. Raises only for a malformed language.
function M.condition(code, field, lang_or_opts)
  local lang, problem = lang_of(lang_or_opts)
  if not lang then error(bad("condition", 3, problem), 2) end
  local info = core_info(code)
  if info == nil or type(field) ~= "string" then return nil end
  local lower = field:lower()
  for _, h in ipairs(info.headers) do
    if h.condition and h.name:lower() == lower then
      local texts = lang ~= "en" and shipped_texts(lang)
      local localized = texts and texts.conditions and texts.conditions[h.condition]
      return localized or h.condition
    end
  end
  return nil
end

-- Why a text cannot be a phrase or description, or nil. Besides ASCII's
-- controls, a text for people holds no C1 control (some terminals obey
-- them), bidi control (which can make a text read differently from what
-- it is) or line separator: check.plain_text asks the C core's one
-- text-safety routine which characters those are.
local function text_problem(v)
  if type(v) ~= "string" then return got("must be a string", v) end
  if v == "" then return "must not be empty" end
  local plain, why = plain_text(v)
  if plain then return nil end
  if why == "utf8" then return "must be valid UTF-8" end
  if why == "control" then return "must not contain control characters" end
  return "must not contain control, bidi override or line separator characters"
end

local TEXT_KINDS = { reasons = true, descriptions = true }

--- Add or override texts for a language: add_locale("ja", {reasons =
-- {[404] = "..."}, descriptions = {[404] = "..."}}). Entries missing from a
-- partial table fall back to the shipped texts, then English. Keys must
-- be registered codes; texts non-empty valid UTF-8 without control
-- characters. English reasons are the wire phrases and cannot be replaced.
-- Raises an argument error for anything else, changing nothing.
function M.add_locale(lang, texts)
  if type(lang) ~= "string" or not lang:find("^[A-Za-z][A-Za-z0-9_-]*$") or #lang > 35 then
    error(bad("add_locale", 1, check.expected('language tag such as "ko" or "pt-BR"', lang)), 2)
  end
  if type(texts) ~= "table" then
    error(bad("add_locale", 2, check.expected("table", texts)), 2)
  end
  -- texts is an options table of two names: the one wording of an unknown name
  local problem = options_problem(texts, TEXT_KINDS, "key")
  if problem then
    error(bad("add_locale", 2, problem .. ": its keys are reasons and descriptions"), 2)
  end
  local checked = { reasons = {}, descriptions = {} }
  for kind, entries in pairs(texts) do
    if type(entries) ~= "table" then
      error(bad("add_locale", 2, must_be(kind, "a table", entries)), 2)
    end
    if kind == "reasons" and lang == "en" and next(entries) ~= nil then
      error(bad("add_locale", 2,
        "English reasons are the wire phrases and cannot be replaced"), 2)
    end
    for code, text in pairs(entries) do
      if reasons[code] == nil then
        error(bad("add_locale", 2, format("%s[%s]: not a registered code", kind, show(code))), 2)
      end
      local why = text_problem(text)
      if why then error(bad("add_locale", 2, format("%s[%d] %s", kind, code, why)), 2) end
      checked[kind][code] = text
    end
  end
  local into = added[lang] or { reasons = {}, descriptions = {} }
  for kind, entries in pairs(checked) do
    for code, text in pairs(entries) do into[kind][code] = text end
  end
  added[lang] = into
end

return M
