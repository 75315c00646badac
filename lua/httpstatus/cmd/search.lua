--- What the command's `search` and the reference page's search box look
-- through, and how they compare: one list of texts per entry and one key
-- per text, so that both find the same codes for the same word.
--
-- A key is hs.normalize's form (the C core's: ASCII letters lowered, runs
-- of space, "-" and "_" one "_", "'" dropped) with its "_" dropped too, so
-- "time out", "time-out", "TIME_OUT" and "timeout" are one word. The
-- page's script keys what is typed the same way (spec/browser checks the
-- two agree on every word it types).
-- @module httpstatus.cmd.search

local hs = require "httpstatus"

local ipairs, tostring = ipairs, tostring
local sort = table.sort

local normalize = hs.normalize

local M = {}

-- the languages whose texts are searched (a Korean word finds its codes
-- whatever language the command or the page shows)
local LANGS = { "en", "ko" }

--- The key of a text.
function M.key(text)
  return (normalize(text):gsub("_", ""))
end
local key = M.key

--- The texts of one entry: `names` (the code, its phrases in every
-- language, constant, old names and their constants) and `descriptions`.
-- kind "code" is a registered code's entry, "vendor" the entry of the
-- meanings vendors give a code (its phrases, vendor names and their
-- descriptions); nil when the code has no such entry.
function M.texts(code, kind)
  local names, descriptions = { tostring(code) }, {}
  local function add(list, s) if s then list[#list + 1] = s end end
  if kind == "code" then
    local info = hs.info(code)
    if not info then return nil end
    add(names, info.reason)
    add(names, info.name)
    for _, lang in ipairs(LANGS) do
      add(names, hs.reason(code, { lang = lang }))
      add(descriptions, hs.describe(code, lang))
    end
    for _, a in ipairs(info.aliases) do
      add(names, a.phrase)
      add(names, a.name)
    end
  else
    local list = hs.unofficial(code)
    if not list then return nil end
    for _, u in ipairs(list) do
      add(names, u.reason)
      add(names, u.vendor)
      for _, lang in ipairs(LANGS) do add(descriptions, hs.describe(code, lang, u.vendor)) end
    end
  end
  return { names = names, descriptions = descriptions }
end

--- The keys of a list of texts, each once, in order.
function M.keys(texts)
  local keys, seen = {}, {}
  for _, text in ipairs(texts) do
    local k = key(text)
    if not seen[k] then
      seen[k] = true
      keys[#keys + 1] = k
    end
  end
  return keys
end

local function holds(keys, needle)
  for _, k in ipairs(keys) do
    if k:find(needle, 1, true) then return true end
  end
  return false
end

-- every code with an entry: the registered ones, then those only vendors use
local function all_codes()
  local codes = {}
  for _, code in ipairs(hs.codes()) do codes[#codes + 1] = code end
  for code = 100, 599 do
    if hs.unofficial(code) and not hs.is_registered(code) then codes[#codes + 1] = code end
  end
  return codes
end

--- The codes whose texts hold word: those whose code, phrase or name does
-- first, then those whose descriptions alone do, each part ascending.
-- Returns that list and a set of the codes found in descriptions only; or
-- nil and a message for a word with no key (separators only).
function M.find(word)
  local needle = key(word)
  if needle == "" then return nil, "search needs a word" end
  local named, described, only = {}, {}, {}
  for _, code in ipairs(all_codes()) do
    local in_names, in_descriptions = false, false
    for _, kind in ipairs { "code", "vendor" } do
      local t = M.texts(code, kind)
      if t then
        in_names = in_names or holds(M.keys(t.names), needle)
        in_descriptions = in_descriptions or holds(M.keys(t.descriptions), needle)
      end
    end
    if in_names then
      named[#named + 1] = code
    elseif in_descriptions then
      described[#described + 1] = code
      only[code] = true
    end
  end
  sort(named)
  sort(described)
  for _, code in ipairs(described) do named[#named + 1] = code end
  return named, only
end

return M
