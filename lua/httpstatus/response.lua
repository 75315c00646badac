--- Responses that HTTP allows: building them with the rules the core knows,
-- and writing them as HTTP/1.1 bytes.
-- @module httpstatus.response

local core = require "httpstatus.core"
local check = require "httpstatus.check"
local hs = require "httpstatus" -- table reads under the JIT, C calls elsewhere

local ipairs, pairs, type = ipairs, pairs, type
local concat, sort = table.concat, table.sort
local format = string.format
local reasons, header_rule = core.reasons, core.header_rule
local class, allows_body, redirect = hs.class, hs.allows_body, core.sets.is_redirect
local arg_error, show = check.arg_error, check.show
local is_field_text, header_name = check.is_field_text, check.header_name
local field_value_problem, field_string = check.field_value_problem, check.field_string

local M = {}

-- The MUST header field of each code that has one (101, 401, 405, 407,
-- 426), read once from the core so that checking a response is a read.
local MUST = {}
for _, code in ipairs(core.codes()) do
  local field, level = header_rule(code)
  if level == "must" then MUST[code] = { field, field:lower() } end
end

-- Errors: `build` raises at level 4 (build, the public function, the user's
-- call) and the helpers it calls at level 5; serialize's helpers at level 4.

-- A copy of headers (name -> value or array of values) with every name a
-- token, every value clean, and no name given twice in different case.
-- Also returns lower-case name -> name as given.
-- no headers: shared, never written to (callers copy before adding)
local NONE = {}

local function copy_headers(fname, argn, headers, level)
  if headers == nil then return NONE, NONE end
  local out, names = {}, {}
  if type(headers) ~= "table" then
    arg_error(fname, argn, "headers must be a table, got " .. show(headers), level)
  end
  for name, value in pairs(headers) do
    local lower = header_name(name)
    if not lower then
      arg_error(fname, argn, format("header name %s is not a token", show(name)), level)
    end
    if names[lower] then
      arg_error(fname, argn, format("header '%s' given twice ('%s')", name, names[lower]), level)
    end
    names[lower] = name
    if type(value) == "table" then
      local list = {}
      for i = 1, #value do
        local problem = field_value_problem(value[i])
        if problem then
          arg_error(fname, argn, format("header '%s' value #%d %s", name, i, problem), level)
        end
        list[i] = field_string(value[i])
      end
      if #list == 0 then
        arg_error(fname, argn, format("header '%s' has an empty list of values", name), level)
      end
      out[name] = list
    else
      local problem = field_value_problem(value)
      if problem then arg_error(fname, argn, format("header '%s' %s", name, problem), level) end
      out[name] = field_string(value)
    end
  end
  return out, names
end

-- The reason to send: given (checked) or registered, "" for none.
local function reason_of(fname, argn, code, reason, level)
  if reason == nil then return reasons[code] or "" end
  if type(reason) ~= "string" then
    arg_error(fname, argn, "reason must be a string, got " .. show(reason), level)
  end
  if not is_field_text(reason) then
    arg_error(fname, argn, "reason must not contain CR, LF, NUL or other control characters", level)
  end
  return reason
end

local function content_length_of(fname, argn, headers, names, level)
  local name = names["content-length"]
  if name == nil then return nil end
  local v = headers[name]
  if type(v) == "table" or not v:find("^%d+$") then
    arg_error(fname, argn, "header 'Content-Length' must be one decimal number", level)
  end
  return v
end

--- A response table {status, reason, headers, body, method} that HTTP
-- allows, or an error saying why not. opts: headers (name -> string,
-- number, or array of them for a repeated field), body (string), reason,
-- method (the request's). Raises for: a field that a code MUST carry
-- missing (101/426 Upgrade, 401 WWW-Authenticate, 405 Allow, 407
-- Proxy-Authenticate) or a redirect without Location; a body for a code
-- that allows none (1xx, 204, 205, 304, a 2xx to CONNECT); header names
-- that are not tokens; CR, LF, NUL or other controls in a value or reason;
-- a Content-Length that disagrees with the body. For method "HEAD" every
-- header is kept, Content-Length is that of the body a GET would get, and
-- no body is carried.
function M.response(code, opts)
  check.opt_table("response", 2, opts)
  opts = opts or NONE
  local headers, reason, body = M._build("response", code, opts.headers, opts.body, opts.method,
    opts.reason)
  if headers == NONE then headers = {} end
  return { status = code, reason = reason, headers = headers, body = body, method = opts.method }
end

--- response() for the function named fname (httpstatus.ngx uses it too,
-- without the tables around it): returns headers (a checked copy, or a
-- shared empty table never to be written), the reason and the body.
function M._build(fname, code, given_headers, body, method, given_reason)
  check.code(fname, 1, code, 4)
  if method ~= nil and not header_name(method) then -- a token (memoized check)
    arg_error(fname, 2, "method must be a token such as \"GET\", got " .. show(method), 4)
  end
  if body ~= nil and type(body) ~= "string" then
    arg_error(fname, 2, "body must be a string, got " .. show(body), 4)
  end
  local headers, names = copy_headers(fname, 2, given_headers, 5)
  local must = MUST[code]
  if must and not names[must[2]] then
    arg_error(fname, 2,
      format("a %d response must carry the '%s' header field", code, must[1]), 4)
  end
  if redirect[code] and not names.location then
    arg_error(fname, 2, format("a %d redirect must carry the 'Location' header field", code), 4)
  end
  if body ~= nil and not allows_body(code) then
    arg_error(fname, 2, format("a %d response cannot have a body", code), 4)
  end
  if body ~= nil and method == "CONNECT" and class(code) == "success" then
    arg_error(fname, 2, "a 2xx response to CONNECT cannot have a body", 4)
  end
  local length = content_length_of(fname, 2, headers, names, 5)
  if body ~= nil and length ~= nil and length ~= format("%d", #body) then
    arg_error(fname, 2, format("header 'Content-Length' is %s but the body has %d bytes",
      length, #body), 4)
  end
  if method == "HEAD" then
    if body ~= nil and length == nil then
      if headers == NONE then headers = {} end
      headers["Content-Length"] = format("%d", #body)
    end
    body = nil
  end
  return headers, reason_of(fname, 2, code, given_reason, 5), body
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

--- The HTTP/1.1 bytes of a response table (as response() makes, or built
-- by hand with status, reason, headers, body, method): status line,
-- headers, blank line, body, lines ending in CRLF. Content-Length is added
-- to match the body, except where HTTP forbids it (1xx, 204, a 2xx to
-- CONNECT) or leaves it to the sender (HEAD, 304, Transfer-Encoding).
-- Raises for everything response() refuses that would reach the wire.
function M.serialize(res)
  if type(res) ~= "table" then
    arg_error("serialize", 1, "response table expected, got " .. show(res))
  end
  local code = res.status
  check.code("serialize", 1, code)
  local reason = reason_of("serialize", 1, code, res.reason, 4)
  local headers, names = copy_headers("serialize", 1, res.headers, 4)
  local body = res.body
  if body ~= nil and type(body) ~= "string" then
    arg_error("serialize", 1, "body must be a string, got " .. show(body))
  end
  local method = res.method
  local length = content_length_of("serialize", 1, headers, names, 4)
  local no_length = code < 200 or code == 204
    or (method == "CONNECT" and class(code) == "success")
  if no_length and length then
    arg_error("serialize", 1, format("a %d response must not carry Content-Length", code))
  end
  if body ~= nil and (method == "HEAD" or not allows_body(code) or no_length) then
    arg_error("serialize", 1, format("this %d response cannot have a body", code))
  end
  if names["transfer-encoding"] then
    if length then
      arg_error("serialize", 1, "Content-Length and Transfer-Encoding together")
    end
  elseif not no_length and method ~= "HEAD" and code ~= 304 and allows_body(code) then
    local n = format("%d", body and #body or 0)
    if length and length ~= n then
      arg_error("serialize", 1, format("header 'Content-Length' is %s but the body has %s bytes",
        length, n))
    end
    if not length then headers["Content-Length"] = n end
  end
  local lines = { format("HTTP/1.1 %d %s", code, reason) }
  header_lines(headers, lines)
  lines[#lines + 1] = ""
  lines[#lines + 1] = body or ""
  return concat(lines, "\r\n")
end

return M
