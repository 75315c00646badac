--- HTTP versions, and what a response can carry in each: the facts that
-- differ between HTTP/1.x (RFC 9112), HTTP/2 (RFC 9113) and HTTP/3 (RFC
-- 9114). Which codes exist in which version is the C table's
-- (info(code).versions, the HTTP1_ONLY flag); which fields a code MUST
-- carry, that Upgrade goes with Connection: upgrade, and which fields are
-- connection-specific are httpstatus.rules'; this module reads the
-- versions' spellings, says what each version carries, and drops from a
-- response what HTTP/2 and HTTP/3 cannot carry.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.protocol

local core = require "httpstatus.core"
local check = require "httpstatus.check"
local must_be = check.must_be
local rules = require "httpstatus.rules"

local pairs, type = pairs, type
local format = string.format
local members_of, connection_field = rules.members_of, rules.connection_field
-- 101 and 426 (the C table's HTTP1_ONLY): they need Upgrade, which only
-- HTTP/1.1 has (RFC 9113 8.6, RFC 9114 4.5)
local http1_only = core.table("http1_only", true)

local M = {}

-- Each version as users and servers spell it -> its number, the form
-- ngx.req.http_version() gives (1.0, 1.1, 2.0, 3.0).
local NUMBER = {
  ["1.0"] = 1.0, ["1.1"] = 1.1, ["2"] = 2, ["3"] = 3, ["2.0"] = 2, ["3.0"] = 3,
  ["HTTP/1.0"] = 1.0, ["HTTP/1.1"] = 1.1, ["HTTP/2"] = 2, ["HTTP/3"] = 3,
  ["HTTP/2.0"] = 2, ["HTTP/3.0"] = 3,
}
local NAME = { [1.0] = "1.0", [1.1] = "1.1", [2] = "2", [3] = "3" }
-- the minor version an HTTP/1.x status line writes
local MINOR = { [1.0] = 0, [1.1] = 1 }

--- The number of an HTTP version (1.0, 1.1, 2, 3) from any of its usual
-- spellings ("1.1", "HTTP/1.1", "2", "HTTP/2", 2.0, ...), or nil.
function M.number(version)
  if type(version) == "number" then return NAME[version] and version or nil end
  return NUMBER[version]
end

--- Why version is none of those spellings (as_text: none of those that
-- are strings), or nil.
function M.number_problem(version, as_text)
  if M.number(version) and not (as_text and type(version) ~= "string") then return nil end
  local wanted = '"1.0", "1.1", "2" or "3"' .. (as_text and "" or " (or 1.0, 1.1, 2, 3)")
  return must_be("version", wanted, version)
end

--- The short names of the versions ("1.0", "1.1", "2", "3": what a
-- status line or curl writes after "HTTP/"), as a fresh list.
function M.names()
  local out = {}
  for _, name in pairs(NAME) do out[#out + 1] = name end
  return out
end

--- The minor version of an HTTP/1.x version (0 for 1.0, 1 for 1.1, in any
-- spelling), what its status line writes; nil for HTTP/2, HTTP/3 and
-- anything else.
function M.minor(version)
  local n = M.number(version)
  return n and MINOR[n]
end

--- Can the HTTP version (a number: 1.0, 1.1, 2, 3, or any spelling number
-- reads) carry a status line, a reason phrase, connection-specific fields,
-- 101 and Upgrade? Only HTTP/1.x can; nil, and a version no one knows,
-- are read as HTTP/1.x.
function M.has_connections(version)
  if type(version) == "string" then version = NUMBER[version] end
  return version == nil or version < 2
end

--- Why a response with this code cannot go to a client of this HTTP
-- version (a number), or nil: a 1xx never goes to an HTTP/1.0 client (RFC
-- 9110, 15.2). Over HTTP/2 and HTTP/3, drop_connection_fields says the rest.
function M.version_problem(code, version)
  if version == 1.0 and code < 200 then
    return format("a %d is never sent to an HTTP/1.0 client, which has no 1xx "
      .. "(RFC 9110, 15.2)", code)
  end
  return nil
end

--- For a response over HTTP/2 or HTTP/3: takes the connection-specific
-- fields (and those the Connection field names) out of a checked copy
-- (headers, names from copy_headers). true; or nil, message for what
-- cannot be said without them: 101 and a 426, which MUST carry Upgrade,
-- exist in HTTP/1.1 only (RFC 9113 8.6, RFC 9114 4.5).
function M.drop_connection_fields(code, headers, names, version)
  if http1_only[code] then
    return nil, format("a %d needs Upgrade, which HTTP/%g has not (RFC 9113 8.6, "
      .. "RFC 9114 4.5): send it over HTTP/1.1 only (see ngx.req.http_version()), "
      .. "and answer this request with another code", code, version)
  end
  local connection = names.connection
  if connection then
    local options = members_of(headers[connection])
    for i = 1, #options do
      local lower = options[i]
      if names[lower] then headers[names[lower]], names[lower] = nil, nil end
    end
  end
  -- the connection-specific fields (RFC 9110 7.6.1): httpstatus.rules' list
  local i, lower = 1, connection_field(1)
  while lower do
    if names[lower] then headers[names[lower]], names[lower] = nil, nil end
    i = i + 1
    lower = connection_field(i)
  end
  return true
end

--- The version's short name ("1.0", "1.1", "2", "3"), or nil.
function M.name(version)
  local n = M.number(version)
  return n and NAME[n]
end

--- What a version carries, as a fresh table, or nil for no known version:
-- version ("1.1"), status_line and reason_phrase (HTTP/1.x only: HTTP/2
-- and HTTP/3 send the code alone as the :status pseudo-header, RFC 9113
-- 8.3.2, RFC 9114 4.3.2), connection_fields (Connection, Keep-Alive,
-- Proxy-Connection, Transfer-Encoding, Upgrade: HTTP/1.x only, RFC 9113
-- 8.2.2, RFC 9114 4.2), upgrade (101 and Upgrade: HTTP/1.1 only, RFC 9113
-- 8.6, RFC 9114 4.5), interim (1xx responses: not to HTTP/1.0, RFC 9110
-- 15.2) and reference (the RFC that defines the version's messages).
function M.protocol(version)
  local n = M.number(version)
  if not n then return nil end
  local h1 = M.has_connections(n)
  return {
    version = NAME[n],
    status_line = h1,
    reason_phrase = h1,
    connection_fields = h1,
    upgrade = h1 and M.version_problem(101, n) == nil,
    interim = M.version_problem(100, n) == nil,
    reference = n == 2 and "RFC 9113" or n == 3 and "RFC 9114" or "RFC 9112",
  }
end

return M
