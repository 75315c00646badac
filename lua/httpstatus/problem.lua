--- Error bodies: RFC 9457 problem details, and HTML or plain text chosen
-- from the request's Accept header.
-- @module httpstatus.problem

local core = require "httpstatus.core"
local check = require "httpstatus.check"
local accept = require "httpstatus.accept"

local pairs, type, tostring = pairs, type, tostring
local format = string.format
local reasons = core.reasons
local json_encode = core.json_encode
local check_code, opt_table = check.code, check.opt_table
local arg_error, show = check.arg_error, check.show

local M = {}

local PROBLEM_TYPE = "application/problem+json"
-- RFC 9457's members first, in the order the RFC presents them
local FIRST = { "type", "title", "status", "detail", "instance" }
local STRING_MEMBERS = { type = true, title = true, detail = true, instance = true }

-- problem() for the function named fname, whose argument #argn is fields
-- (for the messages; level 4 blames the caller of that function)
local function make(fname, argn, code, fields)
  local p = {}
  if fields ~= nil then
    for k, v in pairs(fields) do
      if STRING_MEMBERS[k] and type(v) ~= "string" then
        arg_error(fname, argn, format("field '%s' must be a string, got %s", k, show(v)), 4)
      end
      p[k] = v
    end
    local status = fields.status
    if status ~= nil and status ~= code then
      arg_error(fname, argn,
        format("field 'status' is %s but the code is %d", show(status), code), 4)
    end
  end
  p.type = p.type or "about:blank"
  p.title = p.title or reasons[code]
  p.status = code
  return p
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
  check_code("problem_json", 1, code)
  opt_table("problem_json", 2, fields)
  local json, err = json_encode(make("problem_json", 2, code, fields), FIRST)
  if not json then arg_error("problem_json", 2, err) end
  return json, PROBLEM_TYPE
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
  local kind = accept.negotiate(accept_value, OFFERS)
  if kind == PROBLEM_TYPE or kind == "application/json" then
    local json, err = json_encode(make("error_body", 3, code, fields), FIRST)
    if not json then arg_error("error_body", 3, err) end
    return json, PROBLEM_TYPE
  end
  local p = make("error_body", 3, code, fields)
  if kind == "text/html" then return html_page(code, p), "text/html; charset=utf-8" end
  return plain_text(code, p), "text/plain; charset=utf-8"
end

return M
