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
local build, arg_error, show = response._build, check.arg_error, check.show
local error_body, allows_body = hs.error_body, hs.allows_body
local is_error, is_redirect = hs.is_error, hs.is_redirect

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
local PROBLEM_MEMBERS = { "detail", "title", "type", "instance" }

-- problem fields from opts, or nil when there are none (then the body can
-- come from the cache). Called from exit: errors at level 4.
local function fields_of(opts)
  local fields
  for i = 1, #PROBLEM_MEMBERS do
    local k = PROBLEM_MEMBERS[i]
    if opts[k] ~= nil then
      fields = fields or {}
      fields[k] = opts[k]
    end
  end
  local ext = opts.extensions
  if ext ~= nil then
    if type(ext) ~= "table" then
      arg_error("exit", 2, "extensions must be a table, got " .. show(ext), 4)
    end
    fields = fields or {}
    for k, v in pairs(ext) do
      if fields[k] == nil then fields[k] = v end
    end
  end
  return fields
end

-- bodies without fields depend only on code and Accept: build each once
local body_cache = {}

local function negotiated_body(code, accept, fields)
  if fields ~= nil then
    local ok, body, ctype = pcall(error_body, code, accept, fields)
    -- error_body names itself and its argument #3: say it as exit's #2
    if not ok then arg_error("exit", 2, (body:gsub("^.-%((.*)%)$", "%1")), 4) end
    return body, ctype
  end
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

--- Set the status, headers and body, then end the request with ngx.exit.
-- opts: headers (name -> value or list), body (a string, sent as is, with
-- content_type), reason (the phrase, where ngx_lua can set one), detail,
-- title, type, instance and extensions (a table of extra members) for the
-- problem body. Without opts.body, a 4xx or 5xx gets a body negotiated from
-- the request's Accept (problem+json, HTML or plain text); other codes get
-- none. HEAD and codes that allow no body (1xx, 204, 304) never carry one.
function M.exit(code, opts)
  if opts ~= nil and type(opts) ~= "table" then
    arg_error("exit", 2, "table or nil expected, got " .. show(opts))
  end
  opts = opts or {}
  for k in pairs(opts) do
    if not OPTIONS[k] then arg_error("exit", 2, "unknown option " .. show(k)) end
  end
  local method = ngx.req.get_method()
  local body, ctype = opts.body, opts.content_type
  if body == nil and is_error(code) and allows_body(code) then
    body, ctype = negotiated_body(code, ngx.var.http_accept, fields_of(opts))
  end
  local headers = opts.headers
  if ctype ~= nil then
    headers = {}
    for k, v in pairs(opts.headers or {}) do headers[k] = v end
    local has_type = false
    for k in pairs(headers) do has_type = has_type or k:lower() == "content-type" end
    if not has_type then headers["Content-Type"] = ctype end
  end
  -- every check happens here, before ngx.status or a header is touched
  local res = build("exit", code, { headers = headers, body = body, method = method,
                                    reason = opts.reason })
  if set_status and opts.reason ~= nil then
    set_status(code, res.reason)
  elseif set_status and hs.reason(code) then
    set_status(code, hs.reason(code))
  else
    ngx.status = code
  end
  local out = ngx.header
  for name, value in pairs(res.headers) do out[name] = value end
  body = res.body
  if body ~= nil and out["Content-Length"] == nil then out["Content-Length"] = #body end
  -- sending the headers ourselves keeps nginx from adding its own error page
  ngx.send_headers()
  if body ~= nil and body ~= "" then ngx.print(body) end
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
  local res = build("redirect", code, { headers = { Location = location } })
  ngx.status = code
  ngx.header["Location"] = res.headers.Location
  ngx.header["Content-Length"] = 0
  ngx.send_headers()
  return ngx.exit(ngx.HTTP_OK)
end

return M
