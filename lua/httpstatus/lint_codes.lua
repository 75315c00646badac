--- The response linter's rules per status code: every header row of the
-- code table (405 Allow, 401 WWW-Authenticate, 3xx Location, ...), as
-- rules.status_field reads them, at its own level, the caching rules of the codes caches
-- must not store, and what HTTP/2 and HTTP/3 cannot carry. The rows, the
-- must-not-store codes and the connection-specific fields are the
-- library's; this module only says how a row's condition is seen in one
-- response, where it can be.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint_codes

local core = require "httpstatus.core"
local rules = require "httpstatus.rules"
local message = require "httpstatus.lint_message"
local catalog = require "httpstatus.lint_catalog"
local locale = require "httpstatus.locale"

local find, lower = string.find, string.lower
local ipairs, pairs = ipairs, pairs
local note, joined, INFO = message.note, message.joined, message.INFO
local H2 = message.H2
local lists_option, members_of = rules.lists_option, rules.members_of
-- the connection-specific fields, as httpstatus.rules lists them
local CONNECTION_FIELDS = {}
while rules.connection_field(#CONNECTION_FIELDS + 1) do
  CONNECTION_FIELDS[#CONNECTION_FIELDS + 1] = rules.connection_field(#CONNECTION_FIELDS + 1)
end
-- code -> its header rows {name, level, condition}, as rules.status_field
-- gives them, asked once so that a message costs no call per row
local ROWS = {}
for code in pairs(INFO) do
  local i, name, _, level, condition = 1, rules.status_field(code, 1)
  while name do
    ROWS[code] = ROWS[code] or {}
    ROWS[code][i] = { name = name, level = level, condition = condition }
    i = i + 1
    name, _, level, condition = rules.status_field(code, i)
  end
end
local must_not_store = core.table("must_not_store")

local M = {}

-- methods whose responses caches store (RFC 9110, 9.2.3; QUERY's too)
local CACHEABLE_METHOD = { GET = true, HEAD = true, QUERY = true }
M.CACHEABLE_METHOD = CACHEABLE_METHOD

local JUDGE = catalog.JUDGE

-- Is the row's field present in the sense the row means?
local function present(msg, code, lname)
  if code == 451 and lname == "link" then
    local link = joined(msg, "link")
    return link ~= nil and find(lower(link), 'rel="?blocked%-by') ~= nil
  end
  return msg.f[lname] ~= nil
end

local LEVEL = { must = "error", should = "warning", may = "info" }
local WORDS = {
  en = { must = "must", should = "should", may = "may" },
  ko = { must = "있어야 합니다", should = "있어야 합니다(SHOULD)", may = "있을 수 있습니다" },
}

-- A row's condition as its finding words it: " (the condition is
-- temporary)" after the English, "그 상태가 일시적일 때 " before the Korean
-- (ko.lua's words for it, through httpstatus.locale).
local function condition_words(msg, code, row)
  if msg.lang == "ko" then return locale.condition(code, row.name, "ko") .. " " end
  return " (" .. row.condition .. ")"
end

-- listing: every row a response could break, its condition apart in the
-- finding's `condition` (for lint.rules), rather than the rows this
-- response breaks
local function rows(msg, code, info, listing)
  local h2 = H2[msg.version]
  local words = WORDS[msg.lang == "ko" and "ko" or "en"]
  local judges = JUDGE[code]
  for _, row in ipairs(ROWS[code]) do
    local lname = lower(row.name)
    local skip = h2 and (code == 101 or code == 426) -- see the protocol rules
    if listing or not skip and not present(msg, code, lname) then
      local level = LEVEL[row.level]
      local condition = row.condition
      if condition then
        local judge = judges and (judges[lname] or judges.default)
        if judge == catalog.never then
          level = nil -- no single response can be judged by it: no rule
        elseif judge then
          if not listing and not judge(msg) then level = nil end
          if not listing then condition = nil end
        else
          level = "info" -- the response alone cannot tell
        end
      end
      if level then
        local finding = note(msg, "missing-" .. lname, row.name, {
          must = words[row.level],
          condition = condition and not listing and condition_words(msg, code, row) or "",
        }, level, info.reference, catalog.MISSING_MESSAGE)
        if listing then finding.condition = row.condition end
      end
    end
  end
end

local function caching(msg, code)
  if not CACHEABLE_METHOD[msg.method] then return end
  if must_not_store[code] and msg.cc_stores then
    note(msg, "must-not-store-cacheable", "Cache-Control",
      { value = "Cache-Control: " .. msg.cc_stores })
  end
  local coding = msg.f["content-encoding"]
  if coding and lower(coding) ~= "identity" and msg.length ~= 0 then
    local vary = joined(msg, "vary")
    local listed = false
    if vary then
      for _, m in ipairs(members_of(vary)) do
        if m == "accept-encoding" or m == "*" then listed = true end
      end
    end
    if not listed then
      note(msg, "vary-missing", "Vary", { what = "Content-Encoding: " .. coding,
        field = "Accept-Encoding" })
    end
  end
end

local function protocol(msg, code)
  local version = msg.version
  if H2[version] then
    local f = msg.f
    for i = 1, #CONNECTION_FIELDS do
      local lname = CONNECTION_FIELDS[i]
      if f[lname] then note(msg, "connection-specific-field", message.name_of(msg, lname)) end
    end
    if code == 101 then note(msg, "switching-protocols-h2") end
    if code == 426 then note(msg, "upgrade-required-h2", "Upgrade") end
  elseif msg.f.upgrade then
    local connection = msg.f.connection
    -- a 101 or 426 without Connection at all: its row says so
    if connection and not lists_option(msg.rep.connection or connection, "upgrade")
        or not connection and code ~= 101 and code ~= 426 then
      note(msg, "upgrade-without-connection", "Connection")
    end
  end
end

--- Notes on msg (its code set) every row of its code as a rule, not a
-- finding: what lint.rules lists.
function M.list_rows(msg)
  local info = INFO[msg.code]
  if info and ROWS[msg.code] then rows(msg, msg.code, info, true) end
end

function M.check(msg)
  local code = msg.code
  if code == nil then return end
  local info = INFO[code]
  if info and ROWS[code] then rows(msg, code, info) end
  -- (each group only where it can find something)
  local f, version = msg.f, msg.version
  if msg.cc_stores and must_not_store[code] or f["content-encoding"] then caching(msg, code) end
  if H2[version] or f.upgrade then protocol(msg, code) end
end

return M
