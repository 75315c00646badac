--- From the words of a command line to results: a code, a class, a phrase,
-- a search; and, when nothing matches, the nearest codes ("did you mean").
-- A result is one of
--   { code = 404 }                         one code, shown in full
--   { list = { 400, 401, ... } }           a list (Nxx, --all, search)
--   { error = "message", suggestions = { {code=, text=, note=}, ... },
--     more = n, hint = "text" }            nothing found
-- @module httpstatus.cmd.find

local hs = require "httpstatus"
local search = require "httpstatus.cmd.search"
local show = require "httpstatus.cmd.show"
local quote = require("httpstatus.cmd.escape").quote

local ipairs, tonumber = ipairs, tonumber
local concat, sort = table.concat, table.sort
local format = string.format
local abs, min = math.abs, math.min

local vendor_groups = show.vendor_groups

local M = {}

local function known(code)
  return hs.is_registered(code) or hs.unofficial(code) ~= nil
end
M.known = known

--- A result that found nothing.
function M.not_found(message, suggestions, more, hint)
  return { error = message, suggestions = suggestions or {}, more = more or 0, hint = hint }
end
local not_found = M.not_found

--- The registered codes of class digit (1..5), ascending.
function M.class_codes(digit)
  local codes = {}
  for _, code in ipairs(hs.codes()) do
    if code >= digit * 100 and code < digit * 100 + 100 then codes[#codes + 1] = code end
  end
  return codes
end

---------------------------------------------------------------------------
-- "Did you mean": the nearest codes, phrases, old names and vendor phrases
---------------------------------------------------------------------------

-- hs.code's normal form (the C core's)
local normal = hs.normalize

-- Damerau-Levenshtein distance (optimal string alignment: an adjacent
-- swap counts one edit), or limit + 1 as soon as it must exceed limit
local function distance(a, b, limit)
  local la, lb = #a, #b
  if abs(la - lb) > limit then return limit + 1 end
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
-- Results
---------------------------------------------------------------------------

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

--- The words of a command line as results: a number or Nxx on its own, the
-- words between them joined into one text ("not found").
function M.results(words)
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
      results[#results + 1] = { list = M.class_codes(tonumber(digit)) }
    else
      text[#text + 1] = word
    end
  end
  flush()
  return results
end

--- The codes whose texts mention word, as a result: those named so first,
-- then those whose descriptions alone mention it (in `described`, a set);
-- nil and a message for a word of separators only.
function M.search(word)
  local found, described = search.find(word)
  if not found then return nil, described end
  if #found == 0 then return not_found("nothing mentions " .. quote(word)) end
  return { list = found, described = described }
end

return M
