--- End an OpenResty / ngx_lua request correctly in one call.
--
--   local hsngx = require "httpstatus.ngx"
--   return hsngx.exit(404, { detail = "no such order" })
--   return hsngx.redirect("/login", 303)
--
-- The rules of hs.response (httpstatus.rules: 405 needs Allow, a redirect
-- needs Location, no body where HTTP allows none, Content-Length only
-- where allowed and right, no CR/LF/NUL in any header) are checked before
-- anything is sent: a violation is a Lua error naming the call, and the
-- request is left untouched.
-- @module httpstatus.ngx

local core = require "httpstatus.native"
local check = require "httpstatus.check"
local must_be = check.must_be
local memo = require "httpstatus.memo"
local problem = require "httpstatus.problem"
local rules = require "httpstatus.rules"
local protocol = require "httpstatus.protocol"
local vary_on = rules.vary_on
local content = rules.content

local ngx = rawget(_G, "ngx") -- set by ngx_lua in every worker
local error, pairs, pcall, rawget, require, type = error, pairs, pcall, rawget, require, type
local format, concat, ipairs, tostring = string.format, table.concat, ipairs, tostring
local build, bad, show = rules.build, check.bad, check.show
local negotiate, body_of, refusal = problem.negotiate, problem.body_of, problem.refusal
local CONTENT_TYPES = problem.CONTENT_TYPES
local problem_check = core.problem_check
local is_redirect = core.table("is_redirect")
local integer_code = check.code

local M = {}

-- ngx.resp.set_status(status, reason) exists in lua-nginx-module 0.10.28
-- (2025-01-17) and later, with lua-resty-core: with it every code gets our
-- phrase on the wire (429, 422, ...), the same as hs.status_line gives.
-- Older versions: nginx writes its own phrase table, and nothing breaks.
local set_status
do
  local ok, resp = pcall(require, "ngx.resp")
  if ok and type(resp) == "table" and type(resp.set_status) == "function" then
    set_status = resp.set_status
  end
end

-- One Vary holding the members of `theirs` (the Vary the handler set
-- through ngx.header before: Origin, for CORS) and `ours` (each a string
-- or a list of lines), each member once in any case, "*" alone where
-- either lists it. One line, not two: nginx 1.22's proxy_cache keys on
-- the last Vary line only, and would forget the handler's.
local function joined_vary(theirs, ours)
  local members, seen = {}, {}
  for _, value in ipairs { theirs, ours } do
    for _, line in ipairs(type(value) == "table" and value or { value }) do
      for member in tostring(line):gmatch("[^,%s]+") do
        local key = member:lower()
        if key == "*" then return "*" end
        if not seen[key] then seen[key], members[#members + 1] = true, member end
      end
    end
  end
  return concat(members, ", ")
end

M.CAN_SET_REASON = set_status ~= nil

-- Where nginx itself writes our phrase after a 4xx or 5xx code (its
-- status lines, core.table("nginx_phrases"), read from nginx 1.29.2's
-- source; nginx 1.22.1's are the same), setting the status alone puts the
-- same line on the wire, without set_status writing "404 Not Found" into
-- the request's pool (about 0.1 us a call). Not for 2xx and 3xx: nginx's
-- own 204 and 304 lines change headers too. Not on an nginx whose lines
-- were not read (before 1.22, from 1.30). Two compact tables, read once
-- per worker (not core.info per code: a table of two dozen fields each).
-- code -> our phrase, where nginx writes the same one
local nginx_says = {}
do
  local config = type(ngx) == "table" and rawget(ngx, "config")
  local version = type(config) == "table" and config.nginx_version
  if set_status and type(version) == "number" and version >= 1022000 and version < 1030000 then
    local ours = core.table("reasons", true)
    for code, phrase in pairs(core.table("nginx_phrases", true)) do
      if code >= 400 and ours[code] == phrase then nginx_says[code] = phrase end
    end
  end
end

-- Without set_status nginx writes its own phrase and a reason given to
-- exit is dropped: said once per worker (each loads this module once), the
-- first time, so the log does not grow by a line per request.
local reason_dropped_said = false
local function send_status(code, reason, given_reason)
  if set_status then
    if nginx_says[code] == reason then ngx.status = code else set_status(code, reason) end
    return
  end
  ngx.status = code
  if given_reason ~= nil and not reason_dropped_said then
    reason_dropped_said = true
    ngx.log(ngx.WARN, "httpstatus.ngx: exit's opts.reason is not sent: this ngx_lua has no ",
      "ngx.resp.set_status(status, reason) (lua-nginx-module 0.10.28 or later, with ",
      "lua-resty-core), so nginx writes its own reason phrase (said once per worker)")
  end
end

-- option names that are ours; everything else in opts is refused, so a
-- typo ("header") fails loudly instead of being ignored
local OPTIONS = { headers = true, body = true, content_type = true, reason = true,
                  detail = true, title = true, type = true, instance = true,
                  extensions = true }
local NO_OPTIONS = {} -- only ever read

-- Error bodies are remembered by code, negotiated type and the four
-- string members of RFC 9457 that shape them (type, title, detail,
-- instance; nil when not given), so a body asked for again is five table
-- reads, not a document written anew. Members come from callers and often
-- from requests: at most 512 bodies and 512 KiB, members over 256 bytes
-- never kept (httpstatus.memo). Extensions are never remembered.
local known_body, remember_body = memo.new_path(512, 512 * 1024, 256)
-- the first step of a body's path: its code, apart for each type
local KIND_STEP = { ["text/plain"] = 0, ["application/problem+json"] = 1000, ["text/html"] = 2000 }

-- The error body of a 4xx or 5xx: body, type; or nil, message.
local function error_body(code, accept, opts)
  local kind = negotiate(accept)
  local ext = rawget(opts, "extensions")
  if ext == nil then
    local t, title = rawget(opts, "type"), rawget(opts, "title")
    local detail, instance = rawget(opts, "detail"), rawget(opts, "instance")
    -- (written out: a helper called four times a call gets hot before exit
    -- does, and LuaJIT then starts a trace inside exit's callee)
    if (t == nil or type(t) == "string") and (title == nil or type(title) == "string")
        and (detail == nil or type(detail) == "string")
        and (instance == nil or type(instance) == "string") then
      local step = code + KIND_STEP[kind]
      local body = known_body(step, t, title, detail, instance)
      if body == nil then
        local fields = (t ~= nil or title ~= nil or detail ~= nil or instance ~= nil) and opts
          or nil
        local _, message
        body, _, message = body_of(code, kind, fields, NO_OPTIONS) -- checks the fields
        if not body then return nil, message end
        remember_body(step, t, title, detail, instance, body)
      end
      return body, CONTENT_TYPES[kind]
    end
  elseif type(ext) ~= "table" then
    return nil, must_be("extensions", "a table", ext)
  end
  local body, ctype_or_argn, message = body_of(code, kind, opts, ext or NO_OPTIONS)
  if not body then return nil, message end
  return body, ctype_or_argn
end

-- why exit cannot send this code at all, or nil
local function final_problem(code)
  if code == 101 then
    return "exit sends final responses: 101 switches the connection itself "
      .. "(use ngx.req.socket(true), e.g. through lua-resty-websocket)"
  end
  if code < 200 then
    return format("exit sends final responses, not the interim %d: for 103 Early Hints put "
      .. "the Link fields in the final response, or let nginx send the hints "
      .. "(early_hints directive)", code)
  end
  return nil
end

-- Is there a header name that ngx_lua would rewrite ("_" to "-")? Only
-- then does exit copy the headers under the names that will be sent.
local function has_underscore(headers)
  for name in pairs(headers) do
    if type(name) == "string" and name:find("_", 1, true) then return true end
  end
  return false
end

-- "exit(404)": which call failed, for messages that a tail call
-- (`return hsngx.exit(...)`) would otherwise leave without a line
local function call_of(code)
  return format("exit(%s)", show(code))
end

-- Once the status line and headers are out (ngx.print, ngx.say,
-- ngx.flush, ngx.send_headers), ngx_lua only logs a status change and a
-- body would be appended to what was sent: the call must fail before
-- touching anything, with this message.
local function sent_already(call)
  return call .. ": the response headers were already sent (ngx.print, ngx.say, "
    .. "ngx.flush or ngx.send_headers ran before), so its status cannot change"
end

-- The phases whose handlers can send a response: elsewhere ngx.print and
-- ngx.send_headers raise ("API disabled in the context of
-- header_filter_by_lua*") after the status and headers were set, and a
-- header filter's changes go out over the page being filtered (a
-- Content-Length that is not its length: the client waits for bytes that
-- never come). The call must fail before touching anything.
local SENDING_PHASES = { rewrite = true, server_rewrite = true, access = true, content = true }
local function phase_problem(call)
  local phase = ngx.get_phase()
  if SENDING_PHASES[phase] then return nil end
  return format("%s: called in the %s phase, which cannot send a response (call it from "
    .. "rewrite_by_lua*, access_by_lua* or content_by_lua*)", call, phase)
end

-- The sending half of exit, shared with error_page: everything is checked,
-- now the response goes out. headers: the checked copy to set, or false
-- when there is none (names then lists nothing). negotiated: the body was
-- chosen from Accept, so Vary names it (merged with the caller's Vary;
-- a Vary the handler set before is kept in the same line).
local function send(code, reason, headers, names, negotiated, body, ctype, length, method,
                    given_reason)
  send_status(code, reason, given_reason)
  local out = ngx.header
  local vary_name = names.vary -- the caller's spelling, when it gave one
  if headers then
    for name, value in pairs(headers) do
      if name ~= vary_name then out[name] = value end -- (Vary below)
    end
  end
  local vary = vary_name and headers[vary_name]
  if negotiated then vary = vary_on(vary or nil, "Accept") end
  if vary then
    vary_name = vary_name or "Vary"
    local theirs = out[vary_name] -- the handler's, set through ngx.header before
    if theirs ~= nil then vary = joined_vary(theirs, vary) end
    out[vary_name] = vary
  end
  if negotiated then
    -- the body is ours: a Content-Encoding the handler set for content of
    -- its own (gzip) would make the client's decoder fail on it
    out["Content-Encoding"] = nil
  end
  if not names["content-type"] then
    if body == nil then
      out["Content-Type"] = nil -- keeps nginx's default_type off a body-less answer
    elseif ctype then
      out["Content-Type"] = ctype
    end -- a body of the caller's without a type: nginx's default_type labels it
  end
  if length then
    out["Content-Length"] = length
  elseif not names["content-length"] then
    out["Content-Length"] = nil -- one the handler set before (a 204 or 304 has none)
  end
  if body ~= nil and body ~= "" and (content(code, method)) then -- not for HEAD
    ngx.print(body) -- sends the headers first
  else
    -- sending the headers ourselves keeps nginx from adding its own page
    ngx.send_headers()
  end
  return ngx.exit(ngx.HTTP_OK)
end

--- Set the status, headers and body, then end the request with ngx.exit.
-- opts: headers (name -> value or list), body (a string, sent as is, with
-- content_type), reason (the phrase, where ngx_lua can set one; "" is
-- refused, since ngx_lua reads it as "nginx's own phrase"), detail, title,
-- type, instance and extensions (a table of extra members) for the
-- problem body. Without opts.body, a 4xx or 5xx gets a body negotiated from
-- the request's Accept (problem+json, HTML or plain text); other codes get
-- none and are sent with Content-Length: 0 and no Content-Type. A body the
-- caller gives without content_type is labelled by nginx's default_type.
-- A negotiated body goes out with Vary: Accept (added to the caller's
-- Vary, and to one the handler set through ngx.header before), and the
-- caller's headers may not describe it (Content-Type, Content-Encoding,
-- Content-Length, Content-Range are refused then); a
-- Content-Encoding the handler set before through ngx.header is cleared
-- then, and a Content-Length where exit sends none. HEAD
-- gets the headers a GET would get, without the body. Over HTTP/2 and
-- HTTP/3 the connection-specific fields (Connection and what it names,
-- Keep-Alive, Proxy-Connection, Upgrade) are left out, and a 426 is
-- refused: it needs Upgrade. 1xx codes are refused: exit ends the
-- request, and an interim response cannot end it. Raises, touching
-- nothing, when the headers were sent already or outside the phases that
-- can send a response (rewrite, access, content). Every check runs before
-- ngx.status or a header is touched.
function M.exit(code, opts)
  local wrong_phase = phase_problem(call_of(code))
  if wrong_phase then error(wrong_phase, 2) end
  if ngx.headers_sent then error(sent_already(call_of(code)), 2) end
  local status = integer_code(code) -- the one check of the code; 404 for 404.0
  if not status then error(bad("exit", 1, check.code_problem(code)), 2) end
  local problem_text = final_problem(status)
  if problem_text then error(bad("exit", 1, problem_text), 2) end
  local options_problem = check.options_problem(opts, OPTIONS)
  if options_problem then error(bad("exit", 2, call_of(code) .. ": " .. options_problem), 2) end
  opts = opts or NO_OPTIONS
  local body, ctype, given_reason = opts.body, opts.content_type, opts.reason
  if ctype ~= nil then
    local message
    if body == nil then
      message = "content_type goes with body (an error body sets its own)"
    elseif type(ctype) ~= "string" then
      message = must_be("content_type", "a string", ctype)
    elseif rules.field_value_problem(ctype) then
      message = "content_type " .. rules.field_value_problem(ctype)
    end
    if message then error(bad("exit", 2, call_of(code) .. ": " .. message), 2) end
  end
  if given_reason == "" then
    error(bad("exit", 2, call_of(code) .. ": reason must not be empty (ngx_lua would send "
      .. "nginx's own phrase; leave reason out for the registered one)"), 2)
  end
  local given = opts.headers
  if type(given) == "table" and has_underscore(given) then
    -- ngx_lua turns "_" into "-" in response header names (by default:
    -- lua_transform_underscores_in_response_headers), so check the names it
    -- will send; and nginx frames the body itself
    local sent = {}
    for name, value in pairs(given) do
      local wire = type(name) == "string" and name:gsub("_", "-") or name
      if sent[wire] ~= nil then
        error(bad("exit", 2, call_of(code) .. ": header " .. show(name)
          .. " is sent as " .. show(wire) .. ", given twice"), 2)
      end
      sent[wire] = value
    end
    given = sent
  end
  local method = ngx.req.get_method()
  local negotiated = body == nil and status >= 400 and rules.describes_content(status, method)
  if negotiated then
    local relabel = type(given) == "table" and rules.relabels_content(status, given)
    if relabel then error(bad("exit", 2, call_of(code) .. ": " .. relabel), 2) end
    local message
    body, message = error_body(status, ngx.var.http_accept, opts) -- checks the fields
    if not body then error(bad("exit", 2, call_of(code) .. ": " .. message), 2) end
    ctype = message
  else
    -- fields that go unused must be valid all the same
    local ok, what, detail = problem_check(status, opts)
    if not ok then
      local _, message = refusal(status, opts, 2, what, detail)
      error(bad("exit", 2, call_of(code) .. ": " .. message), 2)
    end
  end
  -- (the copy is only read here, and written only by drop_connection_fields
  -- when names lists a field: never for no headers)
  local headers, names, reason, length = build(status, given, body, method, given_reason, false,
    true)
  if not headers then error(bad("exit", 2, call_of(code) .. ": " .. names), 2) end
  if names["transfer-encoding"] then
    error(bad("exit", 2, call_of(code) .. ": header 'Transfer-Encoding' is nginx's to set"), 2)
  end
  if rules.connection_bound(status, names) then
    local version = ngx.req.http_version()
    if not protocol.has_connections(version) then
      local dropped, message = protocol.drop_connection_fields(status, headers, names, version)
      if not dropped then error(bad("exit", 1, call_of(code) .. ": " .. message), 2) end
    end
  end

  -- everything is checked: now the response goes out
  return send(status, reason, given ~= nil and headers, names, negotiated, body, ctype,
    length, method, given_reason)
end

-- Location is a URI reference (RFC 9110 10.2.2), and hs.lint calls any
-- other value an error. A byte a URI cannot hold (a space, UTF-8, "<",
-- "|", ...) is percent-encoded, as a browser would encode it before
-- following the link, and a "%" that starts no %XX escape is a percent
-- sign (%25): the same target, said as a URI.
local find, gsub, byte = string.find, string.gsub, string.byte
local NOT_IN_URI = "[^%w%-%._~:/%?#%[%]@!%$&'%(%)%*%+,;=%%]"
local function percent_encoded(c) return format("%%%02X", byte(c)) end
local function percent_sign(hex) if #hex < 2 then return "%25" .. hex end end
local function as_uri(location)
  if find(location, NOT_IN_URI) then location = gsub(location, NOT_IN_URI, percent_encoded) end
  if find(location, "%", 1, true) then location = gsub(location, "%%(%x?%x?)", percent_sign) end
  return location
end

--- Redirect with code 301, 302, 303, 307 or 308 (default 302) to location,
-- which must be a non-empty string without CR, LF or other controls;
-- spaces, non-ASCII bytes and the other bytes a URI cannot hold are sent
-- percent-encoded. The status line carries our phrase where ngx_lua can
-- set one ("302 Found"), as exit's does.
function M.redirect(location, code)
  local wrong_phase = phase_problem("redirect")
  if wrong_phase then error(wrong_phase, 2) end
  if ngx.headers_sent then error(sent_already("redirect"), 2) end
  code = code == nil and 302 or code
  if not is_redirect[code] then
    error(bad("redirect", 2, check.expected("301, 302, 303, 307 or 308", code)), 2)
  end
  local headers, _, reason, length = build(code, { Location = location })
  if not headers or type(location) ~= "string" then
    error(bad("redirect", 1, must_be("location", "a non-empty string without CR, LF or other "
      .. "control characters", location)), 2)
  end
  send_status(code, reason)
  ngx.header["Location"] = as_uri(headers.Location)
  ngx.header["Content-Type"] = nil -- no body: no type, not even nginx's default
  ngx.header["Content-Length"] = length
  ngx.send_headers()
  return ngx.exit(ngx.HTTP_OK)
end

--- Answer the error nginx made (the content of the location its
-- error_page directive names): httpstatus.ngx_error_page, with exit's
-- bodies and sending.
M.error_page = require("httpstatus.ngx_error_page").new(ngx, error_body, send, phase_problem)
--- In log_by_lua*: hs.lint on this request's response, sampled, logged at
-- WARN once per rule per interval (httpstatus.ngx_lint).
function M.lint(opts) return require("httpstatus.ngx_lint").lint(opts) end

return M
