--- The response linter's framing rules: Content-Length and
-- Transfer-Encoding (RFC 9110, 8.6; RFC 9112, 6 and 7), and content where
-- a code or method allows none. Which codes and methods allow content or
-- framing is httpstatus.rules' (and the C core's) to say.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint_framing

local rules = require "httpstatus.rules"
local message = require "httpstatus.lint_message"

local find, gmatch, match = string.find, string.gmatch, string.match
local concat = table.concat
local ipairs, tonumber = ipairs, tonumber
local note, show, what, INFO = message.note, message.show, message.what, message.INFO
local MINOR = message.MINOR
local content = rules.content
local members_of, lists_option = rules.members_of, rules.lists_option

local M = {}

-- transfer codings of the IANA registry (RFC 9112, 7)
local CODINGS = { chunked = true, compress = true, deflate = true, gzip = true,
                  ["x-compress"] = true, ["x-gzip"] = true }

-- The Content-Length values, each line split at commas: the one value, or
-- nil after noting what is wrong.
local function content_length(msg, lines)
  -- the common case: one line, one number without leading zeros
  local one = #lines == 1 and lines[1]
  if one and find(one, "^[1-9]%d*$") or one == "0" then return one end
  local seen, values, distinct = {}, {}, 0
  for _, line in ipairs(lines) do
    for v in gmatch(line .. ",", "[ \t]*([^,]-)[ \t]*,") do
      if not find(v, "^%d+$") then
        note(msg, "content-length-syntax", "Content-Length", { value = show(v) })
        return nil
      end
      v = match(v, "^0*(%d.-)$") -- 007 and 7 are one length
      values[#values + 1] = v
      if not seen[v] then seen[v], distinct = true, distinct + 1 end
    end
  end
  if distinct > 1 then
    note(msg, "content-length-conflict", "Content-Length", { value = show(concat(values, ", ")) })
    return nil
  end
  if #values > 1 then
    note(msg, "content-length-repeated", "Content-Length", { value = show(concat(values, ", ")) })
  end
  return values[1]
end

local function transfer_codings(msg, lines)
  local codings = members_of(lines)
  local chunked = 0
  for _, c in ipairs(codings) do
    c = match(c, "^[^;]*")
    if c == "chunked" then chunked = chunked + 1 end
    if not CODINGS[c] then
      note(msg, "transfer-coding-unknown", "Transfer-Encoding", { value = show(c) })
    end
  end
  local value = show(concat(codings, ", "))
  if chunked > 1 then note(msg, "chunked-twice", "Transfer-Encoding", { value = value }) end
  if #codings > 0 and match(codings[#codings], "^[^;]*") ~= "chunked" then
    note(msg, "chunked-not-last", "Transfer-Encoding", { value = value })
  end
  if MINOR[msg.version] == 0 then note(msg, "transfer-encoding-http10", "Transfer-Encoding") end
end

-- the section that says a response carries no content
-- (the method's when the content rule answers it differently than for GET)
local function no_content_reference(msg)
  local _, _, of_get, framed = content(msg.code, msg.method)
  if of_get then return "RFC 9110, Section 9.3.2" end -- HEAD
  if not framed and select(4, content(msg.code, "GET")) then
    return "RFC 9110, Section 9.3.6" -- a 2xx to CONNECT
  end
  local info = INFO[msg.code]
  return info and info.reference or "RFC 9110, Section 15"
end

function M.check(msg)
  local code, method = msg.code, msg.method
  if code == nil then return end
  local f, rep = msg.f, msg.rep
  local cl_line, te = f["content-length"], f["transfer-encoding"]
  local cl = cl_line and content_length(msg, rep["content-length"] or { cl_line })
  local lang = msg.lang
  -- C's content rule, asked once (rules.forbids_framing is `not framed`)
  local sent, _, of_get, framed, _, length_unknown = content(code, method)
  if cl_line and te then note(msg, "content-length-with-transfer-encoding", "Content-Length") end
  if (cl_line or te) and not framed then
    local it = { what = what(msg, lang) }
    if cl_line then note(msg, "content-length-forbidden", "Content-Length", it) end
    if te then note(msg, "transfer-encoding-forbidden", "Transfer-Encoding", it) end
  elseif code == 205 and (te or (cl and cl ~= "0")) then
    note(msg, "reset-content-framing", te and "Transfer-Encoding" or "Content-Length")
  end
  if te then transfer_codings(msg, rep["transfer-encoding"] or { te }) end
  local length = msg.length
  if length and length > 0 and not sent then
    note(msg, "content-not-allowed", nil, { what = what(msg, lang), length = length }, nil,
      no_content_reference(msg))
  elseif cl and not te and length and not of_get and not length_unknown
      and framed and tonumber(cl) ~= length then
    note(msg, "content-length-mismatch", "Content-Length", { value = cl, length = length })
  end
  if msg.unframed and MINOR[msg.version] == 1 and length and length > 0 and not cl and not te
      and not (f.connection and lists_option(rep.connection or f.connection, "close")) then
    note(msg, "unframed-without-close")
  end
end

return M
