--- Responses that HTTP allows: building them with the rules the core knows,
-- and writing them as HTTP/1.x bytes. The rules themselves are
-- httpstatus.rules' (and, for what an HTTP version carries,
-- httpstatus.protocol's); this module only says which argument broke one.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.response

local core = require "httpstatus.core"
local check = require "httpstatus.check"
local rules = require "httpstatus.rules"
local protocol = require "httpstatus.protocol"

local error, ipairs, pairs, rawget, type = error, ipairs, pairs, rawget, type
local concat, sort = table.concat, table.sort
local format = string.format
local bad, code_problem = check.bad, check.code_problem
local integer_code, options_problem = check.code, check.options_problem
-- the rules, taken once: what this module asks cannot be swapped later
local content_length, content = rules.content_length, rules.content
local has_connections, drop_connection_fields = protocol.has_connections,
  protocol.drop_connection_fields
local version_problem, version_number = protocol.version_problem, protocol.number
local minor_of = protocol.minor
-- the one status-line writer, the C core's (httpstatus_line.c)
local status_line = core.status_line

local M = {}

local NO_OPTIONS = {} -- only ever read
-- the names response() takes, and the fields of a response table: any
-- other name is refused (a typo such as `header` would drop the headers)
local RESPONSE_OPTIONS = { headers = true, body = true, reason = true, method = true,
                          version = true }
local RESPONSE_FIELDS = { status = true, headers = true, body = true, reason = true,
                          method = true, version = true }

-- the version option: nil, or its number; or nil and a message
local function version_of(version)
  if version == nil then return nil end
  local n = version_number(version)
  if n then return n end
  return nil, protocol.number_problem(version)
end

local build = rules.build

--- A response table {status, reason, headers, body, method, version} that HTTP
-- allows, or an error saying why not. opts: headers (name -> string,
-- number, or array of them for a repeated field), body (string), reason,
-- method (the request's). Raises for everything httpstatus.rules refuses:
-- a field that a code MUST carry missing (101/426 Upgrade, 401
-- WWW-Authenticate, 405 Allow, 407 Proxy-Authenticate) or a redirect
-- without Location; a body for a code that allows none (1xx, 204, 205,
-- 304, a 2xx to CONNECT); Content-Length where HTTP forbids it (1xx, 204,
-- a 2xx to CONNECT), or one that disagrees with the body; header names
-- that are not tokens; CR, LF, NUL or other controls in a value or reason.
-- For method "HEAD" every header is kept, Content-Length is that of the
-- body a GET would get, and no body is carried. Raises for an option name
-- it does not know. status is the code as an integer (404 for 404.0).
-- opts.version, the HTTP version the response goes out in ("1.0", "1.1",
-- "2", "3", as "HTTP/2" or as ngx.req.http_version() gives it), applies
-- what differs: over HTTP/2 and HTTP/3 the connection-specific fields (and
-- those Connection names) are left out, there is no reason phrase (reason
-- is nil), and 101 and 426 raise (httpstatus.protocol says why); a 1xx to an
-- HTTP/1.0 client raises. The table then holds version ("2").
-- Every call returns fresh tables.
function M.response(code, opts)
  local status = integer_code(code) -- the one check of the code
  if not status then error(bad("response", 1, code_problem(code)), 2) end
  code = status
  local problem = options_problem(opts, RESPONSE_OPTIONS)
  if problem then error(bad("response", 2, problem), 2) end
  local o = opts or NO_OPTIONS -- read raw: a caller's metatable runs no code
  local method = rawget(o, "method")
  local version, message = version_of(rawget(o, "version"))
  if message then error(bad("response", 2, message), 2) end
  local body = rawget(o, "body")
  local headers, names, reason, length = build(code, rawget(o, "headers"), body, method,
    rawget(o, "reason"))
  if not headers then error(bad("response", 2, names), 2) end
  if version then
    message = version_problem(code, version)
    if message then error(bad("response", 2, message), 2) end
    if not has_connections(version) then
      local ok
      ok, message = drop_connection_fields(code, headers, names, version)
      if not ok then error(bad("response", 2, message), 2) end
      reason = nil -- HTTP/2 and HTTP/3 send the code alone
      length = content_length(code, method, body, names) -- framing fields may be gone
    end
  end
  local _, _, of_get = content(code, method)
  if of_get then -- HEAD: the GET's header fields, without its content
    if length then headers["Content-Length"] = length end
    body = nil
  end
  return { status = status, reason = reason, headers = headers, body = body,
           method = method, version = version and protocol.name(version) }
end

-- header lines in a stable order: by lower-case name, then as given
local function header_lines(headers, lines)
  local order = {}
  for name in pairs(headers) do order[#order + 1] = name end
  sort(order, function(a, b) return a:lower() < b:lower() end)
  for _, name in ipairs(order) do
    local v = headers[name]
    if type(v) == "table" then
      for i = 1, #v do lines[#lines + 1] = name .. ": " .. v[i] end
    else
      lines[#lines + 1] = name .. ": " .. v
    end
  end
end

--- The HTTP/1.x bytes of a response table (as response() makes, or built
-- by hand with status, reason, headers, body, method, version): status line,
-- headers, blank line, body, lines ending in CRLF. Content-Length is added
-- to match the body (0 without one), except where HTTP forbids it (1xx,
-- 204, a 2xx to CONNECT) or the headers frame the message already
-- (Transfer-Encoding), and except on 304 and HEAD, whose length is that
-- of the content they stand for. Raises for everything response()
-- refuses, for a body on a HEAD response (it is never sent), and for a
-- field other than those six: the table decides the bytes on the wire,
-- so a misspelled field (`header`) is refused rather than left out.
-- version "1.0" writes an HTTP/1.0 status line; "2" and "3" raise: those
-- versions frame messages in binary and have no status line.
function M.serialize(res)
  if type(res) ~= "table" then
    error(bad("serialize", 1, check.expected("response table", res)), 2)
  end
  local problem = options_problem(res, RESPONSE_FIELDS, "field")
  if problem then error(bad("serialize", 1, problem), 2) end
  local code, body, method = rawget(res, "status"), rawget(res, "body"), rawget(res, "method")
  local version, message = version_of(rawget(res, "version"))
  if message then error(bad("serialize", 1, message), 2) end
  if version and not has_connections(version) then
    error(bad("serialize", 1, format("serialize writes HTTP/1.x; HTTP/%s frames its "
      .. "messages in binary and has no status line (RFC 9113 8.3.2, RFC 9114 4.3.2)",
      protocol.name(version))), 2)
  end
  local status = integer_code(code)
  if not status then error(bad("serialize", 1, code_problem(code)), 2) end
  code = status
  local headers, why, reason, length = build(code, rawget(res, "headers"), body, method,
    rawget(res, "reason"))
  if not headers then error(bad("serialize", 1, why), 2) end
  message = version and version_problem(code, version)
  if message then error(bad("serialize", 1, message), 2) end
  local _, _, of_get = content(code, method)
  if of_get then
    if body ~= nil then
      error(bad("serialize", 1, format("this %d response to HEAD cannot have a body", code)), 2)
    end
    length = nil -- the GET's length is the caller's to state
  end
  if length then headers["Content-Length"] = length end
  -- reason is checked (build): the line cannot fail
  local lines = { status_line(code, reason, minor_of(version) or 1) }
  header_lines(headers, lines)
  lines[#lines + 1] = ""
  lines[#lines + 1] = body or ""
  return concat(lines, "\r\n")
end

return M
