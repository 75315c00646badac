--- The response linter's status-line and status-code rules: registered
-- or not, reserved, obsoleted, the phrase an old name of the code or the
-- name of another. Every fact is the code table's (info(code)).
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint_line

local core = require "httpstatus.core"
local message = require "httpstatus.lint_message"
local locale = require "httpstatus.locale" -- a code's name in the message's language

local ipairs, lower = ipairs, string.lower
local concat = table.concat
local note, show, INFO = message.note, message.show, message.INFO
local is_field_text, code_of = core.is_field_text, core.code

local M = {}

-- " (nginx: Client Closed Request; ...)" for a code vendors use, else ""
local function vendors_of(code)
  local list = core.unofficial(code)
  if not list then return "" end
  local parts = {}
  for i, u in ipairs(list) do parts[i] = u.vendor .. ": " .. u.reason end
  return " (" .. concat(parts, "; ") .. ")"
end

-- Is the phrase one of the code's old names (any case)? That alias.
local function old_name(info, phrase)
  local p = lower(phrase)
  for _, a in ipairs(info.aliases) do
    if lower(a.phrase) == p then return a end
  end
  return nil
end

function M.check(msg)
  local code = msg.code
  if code == nil then return end
  local info = INFO[code]
  if not info then
    note(msg, "status-unregistered", nil, { vendors = vendors_of(code) })
  elseif info.status == "unused" then
    note(msg, "status-unused", nil, { reason = locale.reason(code, msg.lang) })
  elseif info.status == "obsoleted" or info.deprecated then
    -- obsoleted is the registry's word; deprecated, the RFCs' (102, 305)
    note(msg, "status-obsoleted", nil, { reason = locale.reason(code, msg.lang),
      status = info.status == "obsoleted" and "obsoleted in the IANA registry" or "deprecated" })
  end
  local reason = msg.reason
  -- HTTP/2 and HTTP/3 have no phrase (curl prints none)
  if reason == nil or reason == "" or message.H2[msg.version] then return end
  if not is_field_text(reason) then
    note(msg, "reason-phrase-chars")
    return
  end
  if info and reason == info.reason then return end
  local alias = info and old_name(info, reason)
  if alias then
    note(msg, "reason-stale", nil, { phrase = reason, reason = info.reason })
    return
  end
  local other = code_of(reason)
  if other and other ~= code and not reason:find("^%d+$") then
    note(msg, "reason-other-code", nil, { phrase = show(reason):sub(2, -2), other = other })
  end
end

return M
