--- End an OpenResty / ngx_lua request correctly in one call.
--
--   local hsngx = require "httpstatus.ngx"
--   return hsngx.exit(404, { detail = "no such order" })
--   return hsngx.redirect("/login", 303)
--
-- The same rules as hs.response (405 needs Allow, a redirect needs
-- Location, no body where HTTP allows none, no CR/LF/NUL in headers) are
-- checked before anything is sent: a violation is a Lua error naming the
-- argument, and the request is left untouched.
-- @module httpstatus.ngx

local hs = require "httpstatus"
local response = require "httpstatus.response"
local check = require "httpstatus.check"

local ngx = rawget(_G, "ngx") -- set by ngx_lua in every worker
local pairs, pcall, require, type = pairs, pcall, require, type
local format = string.format
local problem = require "httpstatus.problem"
local core = require "httpstatus.core"

local build, arg_error, show = response._build, check.arg_error, check.show
local header_name = check.header_name
local error_body, negotiate = problem.error_body, problem._negotiate
local problem_json = core.problem_json
local allows_body, is_error, is_redirect = hs.allows_body, hs.is_error, hs.is_redirect
local PROBLEM = "application/problem+json"

local M = {}

-- ngx.resp.set_status(status, reason) exists in newer ngx_lua (lua-resty-core);
-- with it codes nginx has no phrase for (429, 422, ...) get one on the wire.
-- Older versions: nginx writes its own phrase table, and nothing breaks.
local set_status
do
  local ok, resp = pcall(require, "ngx.resp")
  if ok and type(resp) == "table" and type(resp.set_status) == "function" then
    set_status = resp.set_status
  end
end
M.CAN_SET_REASON = set_status ~= nil

-- option names that are ours; everything else in opts is refused, so a
-- typo ("header") fails loudly instead of being ignored
local OPTIONS = { headers = true, body = true, content_type = true, reason = true,
                  detail = true, title = true, type = true, instance = true,
                  extensions = true }
local STRING_MEMBERS = { "detail", "title", "type", "instance" }
local RFC_MEMBERS = { "type", "title", "status", "detail", "instance" }
local NO_EXTENSIONS = {}

-- Are there problem fields in opts? The four RFC 9457 members must be
-- strings and extensions a table. Called by error_body_of from exit: errors
-- at level 5.
local function has_fields(opts)
  local any = false
  for i = 1, #STRING_MEMBERS do
    local v = opts[STRING_MEMBERS[i]]
    if v ~= nil then
      if type(v) ~= "string" then
        arg_error("exit", 2, format("field '%s' must be a string, got %s", STRING_MEMBERS[i],
          show(v)), 5)
      end
      any = true
    end
  end
  local ext = opts.extensions
  if ext ~= nil then
    if type(ext) ~= "table" then
      arg_error("exit", 2, "extensions must be a table, got " .. show(ext), 5)
    end
    for i = 1, #RFC_MEMBERS do
      if ext[RFC_MEMBERS[i]] ~= nil then
        arg_error("exit", 2, format("extensions must not hold '%s' (an RFC 9457 member)",
          RFC_MEMBERS[i]), 5)
      end
    end
  end
  return any or ext ~= nil
end

-- bodies without fields depend only on code and Accept: built once each
local body_cache = {}

local function cached_body(code, accept)
  local key = accept or ""
  local by_accept = body_cache[code]
  if by_accept == nil then
    by_accept = {}
    body_cache[code] = by_accept
  end
  local hit = by_accept[key]
  if hit == nil then
    local body, ctype = error_body(code, accept)
    hit = { body, ctype }
    if #key <= 256 then by_accept[key] = hit end -- bounded: Accept comes from clients
  end
  return hit[1], hit[2]
end

-- The body of a 4xx or 5xx and its type. Called from exit: errors at level 4.
local function error_body_of(code, accept, opts)
  if not has_fields(opts) then return cached_body(code, accept) end
  local kind = negotiate(accept)
  if kind == PROBLEM or kind == "application/json" then
    -- written in C straight from opts, the extensions kept apart
    local json, what, detail = problem_json(code, opts, opts.extensions or NO_EXTENSIONS)
    if not json then arg_error("exit", 2, what == "encode" and detail or what, 4) end
    return json, PROBLEM
  end
  -- HTML and plain text show the title and the detail (checked above)
  return error_body(code, accept, { title = opts.title, detail = opts.detail })
end

--- Set the status, headers and body, then end the request with ngx.exit.
-- opts: headers (name -> value or list), body (a string, sent as is, with
-- content_type), reason (the phrase, where ngx_lua can set one), detail,
-- title, type, instance and extensions (a table of extra members) for the
-- problem body. Without opts.body, a 4xx or 5xx gets a body negotiated from
-- the request's Accept (problem+json, HTML or plain text); other codes get
-- none. HEAD and codes that allow no body (1xx, 204, 304) never carry one.
function M.exit(code, opts)
  if opts == nil then
    opts = NO_EXTENSIONS
  elseif type(opts) ~= "table" then
    arg_error("exit", 2, "table or nil expected, got " .. show(opts))
  end
  for k in pairs(opts) do
    if not OPTIONS[k] then arg_error("exit", 2, "unknown option " .. show(k)) end
  end
  local method = ngx.req.get_method()
  local body, ctype = opts.body, opts.content_type
  if body == nil and is_error(code) and allows_body(code) then
    body, ctype = error_body_of(code, ngx.var.http_accept, opts)
  end
  -- every check happens here, before ngx.status or a header is touched;
  -- our own Content-Type is added afterwards (it needs no checking)
  local headers, reason
  headers, reason, body = build("exit", code, opts.headers, body, method, opts.reason)
  if set_status then
    set_status(code, reason)
  else
    ngx.status = code
  end
  local out = ngx.header
  local has_type, has_length = false, false
  for name, value in pairs(headers) do
    out[name] = value
    local lower = header_name(name)
    has_type = has_type or lower == "content-type"
    has_length = has_length or lower == "content-length"
  end
  if ctype ~= nil and not has_type then out["Content-Type"] = ctype end
  if body ~= nil and body ~= "" then
    if not has_length then out["Content-Length"] = #body end
    ngx.print(body) -- sends the headers first
  else
    -- sending the headers ourselves keeps nginx from adding its own page
    if body == "" and not has_length then out["Content-Length"] = 0 end
    ngx.send_headers()
  end
  return ngx.exit(ngx.HTTP_OK)
end

--- Redirect with code 301, 302, 303, 307 or 308 (default 302) to location,
-- which must be a non-empty string without CR, LF or other controls.
function M.redirect(location, code)
  code = code == nil and 302 or code
  if not is_redirect(code) then
    arg_error("redirect", 2, "301, 302, 303, 307 or 308 expected, got " .. show(code))
  end
  if type(location) ~= "string" or location == "" or not check.is_field_text(location) then
    arg_error("redirect", 1, format("location must be a non-empty string without CR, LF "
      .. "or other control characters, got %s", show(location)))
  end
  build("redirect", code, { Location = location })
  ngx.status = code
  ngx.header["Location"] = location
  ngx.header["Content-Length"] = 0
  ngx.send_headers()
  return ngx.exit(ngx.HTTP_OK)
end

return M
