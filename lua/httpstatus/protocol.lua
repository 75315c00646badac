--- HTTP versions, and what a response can carry in each: the facts that
-- differ between HTTP/1.x (RFC 9112), HTTP/2 (RFC 9113) and HTTP/3 (RFC
-- 9114). Which codes exist in which version is the C table's
-- (info(code).versions); what connection-specific fields and Upgrade need
-- is httpstatus.rules'; this module names the versions and says the rest.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.protocol

local rules = require "httpstatus.rules"

local type = type

local M = {}

-- Each version as users and servers spell it -> its number, the form
-- ngx.req.http_version() gives (1.0, 1.1, 2.0, 3.0).
local NUMBER = {
  ["1.0"] = 1.0, ["1.1"] = 1.1, ["2"] = 2, ["3"] = 3, ["2.0"] = 2, ["3.0"] = 3,
  ["HTTP/1.0"] = 1.0, ["HTTP/1.1"] = 1.1, ["HTTP/2"] = 2, ["HTTP/3"] = 3,
  ["HTTP/2.0"] = 2, ["HTTP/3.0"] = 3,
}
local NAME = { [1.0] = "1.0", [1.1] = "1.1", [2] = "2", [3] = "3" }

--- The number of an HTTP version (1.0, 1.1, 2, 3) from any of its usual
-- spellings ("1.1", "HTTP/1.1", "2", "HTTP/2", 2.0, ...), or nil.
function M.number(version)
  if type(version) == "number" then return NAME[version] and version or nil end
  return NUMBER[version]
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
  local h1 = rules.has_connections(n)
  return {
    version = NAME[n],
    status_line = h1,
    reason_phrase = h1,
    connection_fields = h1,
    upgrade = h1 and n ~= 1.0,
    interim = n ~= 1.0,
    reference = n == 2 and "RFC 9113" or n == 3 and "RFC 9114" or "RFC 9112",
  }
end

return M
