--- The grammars of the field values the response linter reads, as
-- plain answers (a value in, true or false out): lists of tokens (RFC
-- 9110, 5.6.1), URI references (RFC 3986), media types (RFC 9110, 8.3.1).
-- What a value that breaks one is called is httpstatus.lint_fields' to say.
-- Whether a whole text is a token is the C core's (core.is_token); the
-- class below only finds where a token ends inside a longer value, and a
-- spec holds it to the C's answer for every byte.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint_grammar

local core = require "httpstatus.core"

local byte, find, gmatch, match = string.byte, string.find, string.gmatch, string.match
local is_token = core.is_token

local M = {}

-- RFC 9110 5.6.2 tchar as a Lua class (letters and digits first: a class
-- is tried item by item), and a run of them
local TCHAR = "A-Za-z0-9!#$%%&'*+%-.%^_`|~"
local TCHARS = "[" .. TCHAR .. "]+"

-- only token characters, commas and whitespace: a list of tokens
local TOKEN_LIST = "^[" .. TCHAR .. ", \t]*$"

-- Is every member of the list (a field value) a token? ("" members are
-- allowed: RFC 9110, 5.6.1 lets a list hold empty elements.) Tokens hold
-- neither commas nor whitespace, so text of those three kinds alone is
-- such a list unless a space falls inside a member.
local function token_list(value)
  if find(value, TOKEN_LIST) and not find(value, "[^, \t][ \t]+[^, \t]") then return true end
  for member in gmatch(value .. ",", "([^,]*),") do
    member = match(member, "^[ \t]*(.-)[ \t]*$")
    if member ~= "" and not is_token(member) then return false end
  end
  return true
end
M.TCHARS, M.token_list = TCHARS, token_list

-- RFC 3986 URI-reference characters, percent signs followed by two hex digits
local function is_uri_reference(v)
  return v ~= "" and find(v, "^[%w%-%._~:/%?#%[%]@!%$&'%(%)%*%+,;=%%]*$") ~= nil
    and not find(v, "%%%X") and not find(v, "%%%x%X") and not find(v, "%%%x?$")
end

-- Content-Type: type "/" subtype *( OWS ";" OWS [ name "=" value ] )
local MEDIA, PARAM_NAME, PARAM_TOKEN = "^" .. TCHARS .. "/" .. TCHARS .. "()",
  "^" .. TCHARS .. "=()", "^" .. TCHARS .. "()"
local function is_media_type(v)
  local pos = match(v, MEDIA)
  if not pos then return false end
  while pos <= #v do
    local after = match(v, "^[ \t]*;[ \t]*()", pos)
    if not after then return false end
    pos = after
    if pos > #v then return true end
    local p2 = match(v, PARAM_NAME, pos)
    if p2 then
      pos = match(v, PARAM_TOKEN, p2) or match(v, '^"[^"\\]*()"', p2)
      if not pos then return false end
      if byte(v, pos) == 34 then pos = pos + 1 end
    elseif not find(v, "^[ \t]*;", pos) then
      return false
    end
  end
  return true
end
M.is_uri_reference, M.is_media_type = is_uri_reference, is_media_type

return M
