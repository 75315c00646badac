--- Error bodies: RFC 9457 problem details, and HTML or plain text chosen
-- from the request's Accept header.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.problem

local core = require "httpstatus.core"
local check = require "httpstatus.check"
local must_be = check.must_be
local accept = require "httpstatus.accept"
local memo = require "httpstatus.memo"

local error, next, pairs, pcall, rawget, require, setmetatable, tonumber, type, tostring =
  error, next, pairs, pcall, rawget, require, setmetatable, tonumber, type, tostring
local format = string.format
-- this module's own copy, compact (64 phrases): read once per body
local reasons = core.table("reasons", true)
local problem_encode, problem_check = core.problem_json, core.problem_check
local bad, show, integer_code = check.bad, check.show, check.code
local quote = check.quote

local M = {}

local PROBLEM_TYPE = "application/problem+json"

--- The message for what the C core found wrong with (code, fields): the
-- "what" and "detail" that core.problem_check and core.problem_json
-- return. Returns the argument to blame (1 for the code, else fields')
-- and the message. One wording for every builder.
function M.refusal(code, fields, fields_argn, what, detail)
  if what == "code" then return 1, check.code_problem(code) end
  if what == "fields" then return fields_argn, check.opt_problem(fields) end
  if what == "member" then
    return fields_argn, must_be(format("field '%s'", detail), "a string",
      rawget(fields, detail))
  end
  if what == "status" then
    return fields_argn, format("field 'status' is %s but the code is %d",
      show(rawget(fields, "status")), code)
  end
  return fields_argn, detail -- "encode": the writer's own message
end
local refusal = M.refusal

--- A problem details table (RFC 9457): type "about:blank", title the
-- reason phrase and status the code unless fields say otherwise; detail,
-- instance and extension members copied. Raises for a code outside
-- 100..599, fields that is not a table, a non-string type, title, detail or
-- instance, and a status field that disagrees with code.
function M.problem(code, fields)
  local ok, what, detail = problem_check(code, fields)
  if not ok then error(bad("problem", refusal(code, fields, 2, what, detail)), 2) end
  local p = {}
  if fields ~= nil then
    for k, v in pairs(fields) do p[k] = v end
  end
  p.type = p.type or "about:blank"
  p.title = p.title or reasons[code]
  p.status = integer_code(code) -- 503, never 503.0
  return p
end

--- The same problem as JSON: json, "application/problem+json". Strings are
-- escaped whatever they hold (invalid UTF-8 becomes U+FFFD); members come
-- in a stable order (the RFC's five, then the rest by name); nested tables
-- become arrays (keys 1..n) or objects (string keys, valid UTF-8). Raises,
-- naming the member, for functions, NaN or infinities, mixed keys, cycles
-- and documents of more than 100000 values.
function M.problem_json(code, fields)
  -- one call into C checks and writes; Lua only words what went wrong
  local json, what, detail = problem_encode(code, fields)
  if json then return json, PROBLEM_TYPE end
  error(bad("problem_json", refusal(code, fields, 2, what, detail)), 2)
end

-- the C core's text-safety routine, in its HTML context
local function html_escape(s) return quote(s, "html") end

-- "404 Not Found": code is an integer here (never "404.0")
local function heading(code, title)
  return title and (code .. " " .. title) or tostring(code)
end

local function html_page(code, title, detail)
  title = html_escape(heading(code, title))
  detail = detail and ("<p>" .. html_escape(detail) .. "</p>\n") or ""
  return format('<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
    .. "<title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s</body>\n</html>\n",
    title, title, detail)
end

local function plain_text(code, title, detail)
  local text = heading(code, title) .. "\n"
  if detail then text = text .. detail .. "\n" end
  return text
end

-- server preference when the client has none: plain text first
local OFFERS = { "text/plain", PROBLEM_TYPE, "application/json", "text/html" }

-- The Content-Type of each kind of error body (negotiate's answers).
local CONTENT_TYPES = { ["text/plain"] = "text/plain; charset=utf-8",
                        ["text/html"] = "text/html; charset=utf-8",
                        [PROBLEM_TYPE] = PROBLEM_TYPE }

--- The same, as a read-only view (for httpstatus.ngx): a write raises, and
-- the table read here is not reachable through it, so no caller can
-- relabel the bodies every other caller gets.
M.CONTENT_TYPES = setmetatable({}, {
  __index = CONTENT_TYPES,
  __newindex = function() error("httpstatus.problem.CONTENT_TYPES is read-only", 2) end,
  __metatable = false,
})

-- Accept values repeat from request to request, but come from clients:
-- the choice is remembered for at most 128 values of up to 256 bytes
-- (32 KiB in all), so negotiating is usually one read and never grows.
local chosen, remember_choice = memo.new(128, 32 * 1024, 256)

--- The media type of the error body for an Accept value: one of
-- "text/plain" (also for nil and for nothing acceptable),
-- "application/problem+json" (also for application/json) and "text/html".
function M.negotiate(accept_value)
  if accept_value == nil then return OFFERS[1] end
  local kind = chosen(accept_value)
  if kind then return kind end
  kind = accept.negotiate(accept_value, OFFERS)
  if kind == "application/json" then kind = PROBLEM_TYPE end
  return remember_choice(accept_value, kind)
end
local negotiate = M.negotiate

-- Under LuaJIT, a document of string members only is written through
-- the FFI: the same C writer (httpstatus_problem_write), reached without
-- leaving the trace of httpstatus.ngx's exit, where a call through the
-- Lua C API would stop it. Not on PUC Lua, nor where core.so cannot be
-- found on package.cpath by name: then ffi_problem_json is nil.
local ffi_problem_json
do
  local ok, ffi = pcall(require, "ffi")
  local searchpath = rawget(package, "searchpath") -- 5.2+ and LuaJIT
  local path = ok and searchpath and searchpath("httpstatus.core", package.cpath)
  -- a declaration another copy of this module made already is fine
  if path then
    pcall(ffi.cdef, [[
size_t httpstatus_problem_write(char *out, size_t cap, int code,
                                const char *type, size_t type_len,
                                const char *title, size_t title_len,
                                const char *detail, size_t detail_len,
                                const char *instance, size_t instance_len);
]])
  end
  local loaded, lib = false, nil
  if path then loaded, lib = pcall(ffi.load, path) end
  if loaded then
    local new, string_ = ffi.new, ffi.string
    -- Scratch space for one document at a time: written and copied into a
    -- Lua string within one call, never handed out.
    local CAP = 2048
    local scratch = new("char[?]", CAP)
    local function len(s) return s and #s or 0 end
    -- the document for a valid code and string (or nil) members
    ffi_problem_json = function(code, t, title, detail, instance)
      local n = tonumber(lib.httpstatus_problem_write(scratch, CAP, code, t, len(t),
        title, len(title), detail, len(detail), instance, len(instance)))
      if n == 0 then return nil end -- not a code: problem_encode words the refusal
      if n <= CAP then return string_(scratch, n) end
      local room = new("char[?]", n)
      lib.httpstatus_problem_write(room, n, code, t, len(t), title, len(title), detail,
        len(detail), instance, len(instance))
      return string_(room, n)
    end
  end
end

local function is_text(v) return v == nil or type(v) == "string" end

-- The document for a valid code when it has RFC 9457's string members
-- only (fields' other members ignored when extensions, empty, is given),
-- through the FFI; else nil, for problem_encode to write or refuse.
local function plain_document(code, fields, extensions)
  if not ffi_problem_json or (extensions == nil and fields ~= nil)
      or (extensions ~= nil and next(extensions) ~= nil) then
    return nil
  end
  if fields == nil then return ffi_problem_json(code) end
  local t, title = rawget(fields, "type"), rawget(fields, "title")
  local detail, instance = rawget(fields, "detail"), rawget(fields, "instance")
  if is_text(t) and is_text(title) and is_text(detail) and is_text(instance)
      and rawget(fields, "status") == nil then
    return ffi_problem_json(code, t, title, detail, instance)
  end
  return nil
end

--- The body of type kind (from negotiate) for (code, fields), which it
-- checks: body, content type; or nil, argn, message. `code` is a valid
-- integer code: the builders check it once, before. `extensions`, when
-- given, holds the extension members apart from fields (whose other
-- members are then left out).
function M.body_of(code, kind, fields, extensions)
  if kind == PROBLEM_TYPE then
    local plain = plain_document(code, fields, extensions)
    if plain then return plain, PROBLEM_TYPE end
    local json, what, detail = problem_encode(code, fields, extensions)
    if json then return json, PROBLEM_TYPE end
    return nil, refusal(code, fields, 3, what, detail)
  end
  local ok, what, detail = problem_check(code, fields)
  if not ok then return nil, refusal(code, fields, 3, what, detail) end
  local title
  if fields ~= nil then title, detail = rawget(fields, "title"), rawget(fields, "detail") end
  title = title or reasons[code]
  if kind == "text/html" then return html_page(code, title, detail), CONTENT_TYPES[kind] end
  return plain_text(code, title, detail), CONTENT_TYPES["text/plain"]
end
local body_of = M.body_of

--- An error body in the format the Accept header value prefers: body,
-- content_type. application/problem+json (also for application/json),
-- text/html (a small escaped page) or text/plain (the default, also when
-- accept is nil or nothing it lists is offered). fields as for problem().
function M.error_body(code, accept_value, fields)
  local status = integer_code(code)
  if not status then error(bad("error_body", 1, check.code_problem(code)), 2) end
  if accept_value ~= nil and type(accept_value) ~= "string" then
    error(bad("error_body", 2, check.opt_problem(accept_value, "string")), 2)
  end
  local body, ctype_or_argn, message = body_of(status, negotiate(accept_value), fields)
  if not body then error(bad("error_body", ctype_or_argn, message), 2) end
  return body, ctype_or_argn
end

return M
