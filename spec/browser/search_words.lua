-- The words spec/browser/page_test.js types into the page's search box, and
-- the codes the command's search (httpstatus.cmd.search, the C core's
-- normal form) finds for each: the page must show the same codes. Fixed
-- words, then spellings of every phrase and name and pieces of
-- descriptions, with case, separators and "'" varied at random (seeded),
-- so the page's own key() of what is typed meets every rule of the form.
--   lua5.4 spec/browser/search_words.lua OUT.json
local search = require "httpstatus.cmd.search"
local json = require "httpstatus.cmd.json"

local words = { "teapot", "gateway", "time out", "TIME_OUT", "time-out", "timeout",
  "i'm a tea-pot", "IM_A_TEAPOT", "not found", "NOT-FOUND", "nginx", "Cloudflare", "entity",
  "시간 초과", "시간초과", "찾을_수-없음", "proxy", "redirect", "retry", "cache", "header",
  "Ä", "é", "request-uri", "uri", "4", "40", "404", "5", "x", "'", "a'b", "--a--", "_q_",
  "content", "RFC", "9110", "Token", "zzzqqq", "\t", "a\tb", "ab c", "%", ".", "(", "!" }

local random = math.random
math.randomseed(20260314)
local SEPS = { " ", "-", "_", "'", "", "  ", "-_" }
-- a spelling of text: each ASCII letter in either case, each space one
-- of SEPS, a "'" now and then
local function respell(text)
  return (text:gsub("[%a ]", function(c)
    if c == " " then return SEPS[random(#SEPS)] end
    if random(2) == 1 then c = c:upper() else c = c:lower() end
    if random(12) == 1 then c = c .. "'" end
    return c
  end))
end

local texts = {}
for code = 100, 599 do
  for _, kind in ipairs { "code", "vendor" } do
    local t = search.texts(code, kind)
    if t then
      for _, s in ipairs(t.names) do texts[#texts + 1] = s end
      for _, s in ipairs(t.descriptions) do
        -- a few words from the middle of a description (ASCII ones only,
        -- so as not to cut a UTF-8 sequence)
        local w = {}
        for word in s:gmatch("[%w']+") do w[#w + 1] = word end
        if #w >= 3 then
          local at = random(#w - 2)
          texts[#texts + 1] = w[at] .. " " .. w[at + 1] .. " " .. w[at + 2]
        end
      end
    end
  end
end
for i = 1, #texts, 4 do words[#words + 1] = respell(texts[i]) end

-- each word with the codes the command finds, in its order; a word with no
-- key (separators only) the command refuses and the page shows everything
local cases = json.array()
for _, word in ipairs(words) do
  local codes = search.find(word)
  cases[#cases + 1] = { word = word, codes = json.array(codes or {}), all = codes == nil }
end
local f = assert(io.open(arg[1], "wb"))
assert(f:write(json.encode(cases)))
assert(f:close())
