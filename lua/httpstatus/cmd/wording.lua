--- A code's facts in words, for the lookup and the reference page alike:
-- references as each language writes them, header conditions, the status
-- line per HTTP version, nginx's own line and the state of a temporary
-- registration. The words come from httpstatus.cmd.words, the facts from
-- the public API of httpstatus.
-- @module httpstatus.cmd.wording

local hs = require "httpstatus"
local WORDS = require "httpstatus.cmd.words"

local concat = table.concat

local M = {}

-- "{name}" in a template, from parts; "%" in a value stays as it is
local function fill(template, parts)
  return (template:gsub("{(%a+)}", function(k) return parts[k] end))
end
M.fill = fill

--- A reference ("RFC 9110, Section 15.6.4"; parts joined by "; ") as the
-- language writes it: in Korean "RFC 9110 15.6.4절". Other parts (drafts,
-- bare RFC numbers) stay as they are.
function M.reference(lang, ref)
  local parts = {}
  for part in (ref .. "; "):gmatch("(.-); ") do
    local rfc, section = part:match("^(RFC %d+), Section ([%d%.]+)$")
    parts[#parts + 1] = rfc and fill(WORDS[lang].section, { rfc = rfc, section = section })
      or part
  end
  return concat(parts, "; ")
end

--- The condition of a header row (h from info(code).headers) in the
-- language, or nil for a row that always holds.
function M.condition(lang, code, h)
  if h.condition == nil then return nil end
  return hs.condition(code, h.name, lang) or h.condition
end

-- the versions of a code, as a set
local function version_set(info)
  local set = {}
  for _, v in ipairs(info.versions) do set[v] = true end
  return set
end

--- The code on the wire in each HTTP version: its HTTP/1.x status line,
-- what HTTP/2 and HTTP/3 send instead, and where it cannot go.
function M.versions(lang, info)
  local W, set = WORDS[lang].wire, version_set(info)
  local parts = { code = info.code, line = hs.status_line(info.code) }
  local h1 = set["1.0"] and W.h1x or set["2"] and W.h11 or W.h11_only
  local out = { fill(h1, parts) }
  out[#out + 1] = set["2"] and fill(W.h2, parts) or W.no_h2
  if not set["1.0"] and set["2"] then out[#out + 1] = W.no_h10 end
  return concat(out, "; ")
end

--- The status line nginx writes for the code by itself (when nothing sets
-- the reason), from info(code).nginx_phrase.
function M.nginx(lang, info)
  local W = WORDS[lang]
  local phrase = info.nginx_phrase
  local line = "HTTP/1.1 " .. info.code .. (phrase ~= "" and " " .. phrase or "")
  return fill(phrase ~= "" and W.nginx_line or W.nginx_none,
    { line = line, version = hs.NGINX_VERSION })
end

--- Where a temporary registration stands on `today` ("YYYY-MM-DD"):
-- "listed" (its expiry is still ahead), "past_today" (past by today's date
-- only: the registry snapshot, hs.REGISTRY_DATE, predates the expiry, so
-- whether IANA renewed or removed it is not known here) or "past_snapshot"
-- (the snapshot itself is later than the expiry); nil without an expiry.
-- "YYYY-MM-DD" strings sort as the dates do.
function M.expiry_state(info, today)
  if info.expires == nil then return nil end
  if hs.REGISTRY_DATE > info.expires then return "past_snapshot" end
  if today > info.expires then return "past_today" end
  return "listed"
end

--- The words for a registration past its listed expiry, or nil.
function M.expiry(lang, info, today)
  local state = M.expiry_state(info, today)
  if state == nil or state == "listed" then return nil end
  return fill(WORDS[lang].expiry[state], { snapshot = hs.REGISTRY_DATE })
end

return M
