--- Error bodies: RFC 9457 problem details, and HTML or plain text chosen
-- from the request's Accept header.
-- @module httpstatus.problem

local core = require "httpstatus.core"
local check = require "httpstatus.check"
local accept = require "httpstatus.accept"

local pairs, type, tostring = pairs, type, tostring
local format = string.format
local reasons = core.reasons
local problem_encode = core.problem_json
local check_code, opt_table = check.code, check.opt_table
local arg_error, show = check.arg_error, check.show

local M = {}

local PROBLEM_TYPE = "application/problem+json"
local STRING_MEMBERS = { "type", "title", "detail", "instance" }

-- Check RFC 9457's members in fields, for the function named fname whose
-- argument #argn fields is. Called from make or encode, which the public
-- functions call: level 5 blames the caller of the public function.
local function check_fields(fname, argn, code, fields)
  for i = 1, #STRING_MEMBERS do
    local k = STRING_MEMBERS[i]
    local v = fields[k]
    if v ~= nil and type(v) ~= "string" then
      arg_error(fname, argn, format("field '%s' must be a string, got %s", k, show(v)), 5)
    end
  end
  local status = fields.status
  if status ~= nil and status ~= code then
    arg_error(fname, argn,
      format("field 'status' is %s but the code is %d", show(status), code), 5)
  end
end

-- problem(): a copy of fields with the defaults filled in
local function make(fname, argn, code, fields)
  local p = {}
  if fields ~= nil then
    check_fields(fname, argn, code, fields)
    for k, v in pairs(fields) do p[k] = v end
  end
  p.type = p.type or "about:blank"
  p.title = p.title or reasons[code]
  p.status = code
  return p
end

-- The argument error for what the C writer found wrong (see
-- lhttpstatus_json.c), for the function named fname whose argument #argn
-- is fields; called from that function: level 4 blames its caller.
local function refuse(fname, argn, code, fields, what, detail)
  if what == "code" then
    arg_error(fname, 1, "status code 100..599 expected, got " .. show(code), 4)
  elseif what == "fields" then
    arg_error(fname, argn, "table or nil expected, got " .. show(fields), 4)
  elseif what == "member" then
    arg_error(fname, argn, format("field '%s' must be a string, got %s", detail,
      show(fields[detail])), 4)
  elseif what == "status" then
    arg_error(fname, argn,
      format("field 'status' is %s but the code is %d", show(fields.status), code), 4)
  end
  arg_error(fname, argn, detail, 4)
end

--- A problem details table (RFC 9457): type "about:blank", title the
-- reason phrase and status the code unless fields say otherwise; detail,
-- instance and extension members copied. Raises for a code outside
-- 100..599, fields that is not a table, a non-string type, title, detail or
-- instance, and a status field that disagrees with code.
function M.problem(code, fields)
  check_code("problem", 1, code)
  opt_table("problem", 2, fields)
  local p = make("problem", 2, code, fields)
  return p
end

--- The same problem as JSON: json, "application/problem+json". Strings are
-- escaped whatever they hold (invalid UTF-8 becomes U+FFFD); members come
-- in a stable order (the RFC's five, then the rest by name); nested tables
-- become arrays (keys 1..n) or objects (string keys). Raises, naming the
-- member, for functions, NaN or infinities, mixed keys and cycles.
function M.problem_json(code, fields)
  -- one call into C checks and writes; Lua only words what went wrong
  local json, what, detail = problem_encode(code, fields)
  if json then return json, PROBLEM_TYPE end
  refuse("problem_json", 2, code, fields, what, detail)
end

local HTML_ESCAPES = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;",
                       ["'"] = "&#39;" }
local function html_escape(s) return (s:gsub("[&<>\"']", HTML_ESCAPES)) end

local function heading(code, title)
  return title and (code .. " " .. title) or tostring(code)
end

local function html_page(code, p)
  local title = html_escape(heading(code, p.title))
  local detail = p.detail and ("<p>" .. html_escape(p.detail) .. "</p>\n") or ""
  return format('<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
    .. "<title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s</body>\n</html>\n",
    title, title, detail)
end

local function plain_text(code, p)
  local text = heading(code, p.title) .. "\n"
  if p.detail then text = text .. p.detail .. "\n" end
  return text
end

-- server preference when the client has none: plain text first
local OFFERS = { "text/plain", PROBLEM_TYPE, "application/json", "text/html" }

-- Accept values repeat from request to request: remember the choice for up
-- to 128 of them (of up to 256 bytes), so negotiating is usually one read.
local chosen, chosen_count = {}, 0
local function negotiate(accept_value)
  if accept_value == nil then return OFFERS[1] end
  local kind = chosen[accept_value]
  if kind then return kind end
  kind = accept.negotiate(accept_value, OFFERS)
  if chosen_count < 128 and #accept_value <= 256 then
    chosen[accept_value] = kind
    chosen_count = chosen_count + 1
  end
  return kind
end
M._negotiate = negotiate

--- An error body in the format the Accept header value prefers: body,
-- content_type. application/problem+json (also for application/json),
-- text/html (a small escaped page) or text/plain (the default, also when
-- accept is nil or nothing it lists is offered). fields as for problem().
function M.error_body(code, accept_value, fields)
  check_code("error_body", 1, code)
  if accept_value ~= nil and type(accept_value) ~= "string" then
    arg_error("error_body", 2, "string or nil expected, got " .. show(accept_value))
  end
  opt_table("error_body", 3, fields)
  local kind = negotiate(accept_value)
  if kind == PROBLEM_TYPE or kind == "application/json" then
    local json, what, detail = problem_encode(code, fields)
    if json then return json, PROBLEM_TYPE end
    refuse("error_body", 3, code, fields, what, detail)
  end
  local p = make("error_body", 3, code, fields)
  if kind == "text/html" then return html_page(code, p), "text/html; charset=utf-8" end
  return plain_text(code, p), "text/plain; charset=utf-8"
end

return M
