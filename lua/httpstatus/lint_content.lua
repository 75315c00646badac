--- The response linter's content rules: content without Content-Type,
-- and application/problem+json content read as an RFC 9457 document. The
-- members' rules (the four string members, status equal to the code) are
-- the C core's problem_check: this module reads the JSON and asks it.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint_content

local core = require "httpstatus.core"
local rules = require "httpstatus.rules"
local message = require "httpstatus.lint_message"
local json = require "httpstatus.lint_json"

local find, lower = string.find, string.lower
local ipairs, type = ipairs, type
local note = message.note
local problem_check, content = core.problem_check, rules.content

local M = {}

-- problem documents are small: larger content is not read (bytes)
local MAX_PROBLEM = 1024 * 1024

local KIND = { type = "a string (a URI reference)", title = "a string", detail = "a string",
               instance = "a string (a URI reference)", status = "a number" }

local function problem(msg, src, start, stop)
  local members, why = json.object(src, start, stop)
  if not members then
    note(msg, "problem-json-invalid", "Content-Type", { detail = why })
    return
  end
  -- ask the owner of RFC 9457's member rules, once per wrong member
  for _ = 1, 5 do
    local ok, what, key = problem_check(msg.code, members)
    if ok then return end
    if what == "member" then
      note(msg, "problem-member-type", nil, { member = key, kind = KIND[key] })
      members[key] = nil
    elseif what == "status" then
      local status = members.status
      if type(status) == "number" then
        note(msg, "problem-status-mismatch", nil, { value = status })
      else
        note(msg, "problem-member-type", nil, { member = "status", kind = KIND.status })
      end
      members.status = nil
    else
      return
    end
  end
end

function M.check(msg)
  local code, length = msg.code, msg.length
  if code == nil or not length or length == 0 then return end
  if not content(code, msg.method) then return end -- no content is sent
  local ct = msg.f["content-type"]
  if not ct then
    -- a 206's row may have said it already
    for _, finding in ipairs(msg.out) do
      if finding.rule == "missing-content-type" then return end
    end
    note(msg, "missing-content-type", "Content-Type")
    return
  end
  if not find(lower(ct), "^application/problem%+json") or length > MAX_PROBLEM then return end
  local body = msg.body
  if body then
    problem(msg, body, 1, #body)
  elseif msg.src and not msg.chunked then
    problem(msg, msg.src, msg.bstart, msg.bstart + length - 1)
  end
end

return M
