--- nginx's own errors (404 of a static root, 413, 502 from proxy_pass,
-- 401 from auth_basic, 500 of a Lua error, ...) answered the way
-- httpstatus.ngx's exit answers: the content of the location nginx's
-- error_page directive sends them to.
--
--   error_page 401 403 404 405 413 429 500 502 503 504 @problem;
--   error_page 400 414 /_problem;
--   location @problem { content_by_lua_block { require("httpstatus.ngx").error_page() } }
--   location = /_problem { internal;
--     content_by_lua_block { require("httpstatus.ngx").error_page() } }
--
-- httpstatus.ngx builds the function with its own error bodies, its
-- sending half and its phase check (new(ngx, error_body, send,
-- phase_problem)), so an error page is an exit in all but the checks:
-- the status is the one nginx chose, the header fields that belong to it
-- are kept, and a rule nginx broke (a 405 without Allow) is logged, not
-- raised.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.ngx_error_page

local check = require "httpstatus.check"
local must_be, got = check.must_be, check.got
local rules = require "httpstatus.rules"
local protocol = require "httpstatus.protocol"

local error, pairs, rawget, tonumber, type = error, pairs, rawget, tonumber, type
local floor, huge = math.floor, math.huge
local format = string.format
local bad, show, integer_code = check.bad, check.show, check.code
local build, status_field, missing_field = rules.build, rules.status_field,
  rules.missing_field

local M = {}

local OPTIONS = { detail = true, type = true, extensions = true, retry_after = true,
                  allow = true }
local NO_OPTIONS = {} -- only ever read

-- nginx's codes of its own that it sends as 400 (its special response
-- handler does): 494 request header too large, 495 and 496 client
-- certificate errors, 497 plain HTTP to an HTTPS port
local SENT_AS_400 = { [494] = true, [495] = true, [496] = true, [497] = true }

-- "retry_after must be ...": why v is no delay in seconds (RFC 9110
-- 10.2.3: a whole number >= 0), or nil
local function seconds_problem(v, what)
  if type(v) ~= "number" or v ~= v or v < 0 or v == huge or v ~= floor(v) then
    return must_be(what, "a whole number of seconds >= 0", v)
  end
  return nil
end

-- why an Allow value cannot be sent (a list of methods, RFC 9110 10.2.1), or nil
local function allow_problem(v)
  if type(v) ~= "string" then return must_be("allow", "a string such as \"GET, HEAD\"", v) end
  local problem = rules.field_value_problem(v)
  if problem then return "allow " .. problem end
  for member in v:gmatch("[^,%s]+") do
    if not rules.method(member) then
      return got("allow must list methods such as \"GET, HEAD\"", v)
    end
  end
  return nil
end

-- why the option values cannot be used, or nil (their names are checked before)
local function values_problem(opts)
  local detail, base, ext = rawget(opts, "detail"), rawget(opts, "type"),
    rawget(opts, "extensions")
  local retry, allow = rawget(opts, "retry_after"), rawget(opts, "allow")
  if detail ~= nil and type(detail) ~= "string" and type(detail) ~= "function" then
    return must_be("detail", "a string or a function", detail)
  end
  if base ~= nil and type(base) ~= "string" then
    return must_be("type", "a string (the base URI of problem types)", base)
  end
  if ext ~= nil and type(ext) ~= "table" then
    return must_be("extensions", "a table", ext)
  end
  if retry ~= nil and type(retry) ~= "function" then
    local problem = seconds_problem(retry, "retry_after")
    if problem then return problem .. " (or a function)" end
  end
  if allow ~= nil then return allow_problem(allow) end
  return nil
end

-- $upstream_http_* for a field name, built once per name (the names are
-- the registry's, a few)
local upstream_variable = {}
local function variable_of(name)
  local v = upstream_variable[name]
  if not v then
    v = "upstream_http_" .. name:lower():gsub("-", "_")
    upstream_variable[name] = v
  end
  return v
end

--- A new error_page function over ngx (read once, as httpstatus.ngx
-- does), answering with httpstatus.ngx's error_body(code, accept, fields)
-- and send(code, reason, headers, names, negotiated, body, ctype,
-- length, method), refused where phase_problem(call) says why.
function M.new(ngx, error_body, send, phase_problem)
  -- codes something was logged about already (a missing field, a field
  -- that cannot be sent, a 426's Upgrade): once per code and worker (each
  -- worker has a Lua VM of its own); at most the few codes with such
  -- fields
  local warned = {}
  local function warn_once(code, message)
    if not warned[code] then
      warned[code] = true
      ngx.log(ngx.WARN, "httpstatus.ngx error_page: ", message, " (logged once per worker)")
    end
  end

  -- the status of the last upstream answer, when an upstream answered
  local function upstream_code()
    local s = ngx.var.upstream_status
    return s and tonumber(s:match("(%d%d%d)%s*$"))
  end

  -- The value of field `name` that nginx or the upstream gave this error,
  -- or nil: the response's own, else the upstream's when this error is
  -- the upstream's answer (proxy_intercept_errors carries a 401's
  -- WWW-Authenticate over, not the others; $upstream_http_* has them).
  local function given_value(name, code, upstream)
    local v = ngx.header[name]
    if v == nil and upstream == code then v = ngx.var[variable_of(name)] end
    if v == "" then return nil end
    return v
  end

  -- The fields that belong to a response with this code (the registry's),
  -- with the values given (when nginx_too), else the options': allow for
  -- Allow, retry for a Retry-After that belongs without a condition (429
  -- and 503, not 413). name -> value.
  local function fields_of(code, allow, retry, nginx_too)
    local out, upstream = {}, nginx_too and upstream_code()
    local i = 1
    local name, unconditional = status_field(code, i)
    while name do
      local v = nginx_too and given_value(name, code, upstream) or nil
      if v == nil then
        if name == "Allow" then
          v = allow
        elseif name == "Retry-After" and unconditional then
          v = retry
        end
      end
      out[name] = v
      i = i + 1
      name, unconditional = status_field(code, i)
    end
    return out
  end

  --- Answer the error nginx made, as exit would: see the module's comment
  -- and README.md. opts: detail (a string, or a function of the status
  -- answering one or nil), type (the base URI of problem types: the
  -- status is appended), extensions (a table of extra members),
  -- retry_after (seconds, or a function of the status answering them or
  -- nil) for the codes Retry-After belongs to without a condition (429,
  -- 503), allow (the Allow value a 405 of nginx's lacks). A field nginx or
  -- the upstream gave wins over the options'. Raises for bad options and
  -- for a status that is no error (nginx's "error_page ... = @loc" form
  -- drops it).
  local function error_page(opts)
    local wrong_phase = phase_problem("error_page()")
    if wrong_phase then error(wrong_phase, 2) end
    if ngx.headers_sent then
      error("error_page(): the response headers were already sent, so nginx's error "
        .. "cannot be answered", 2)
    end
    local problem = check.options_problem(opts, OPTIONS)
    if problem then error(bad("error_page", 1, problem), 2) end
    opts = opts or NO_OPTIONS
    problem = values_problem(opts)
    if problem then error(bad("error_page", 1, problem), 2) end

    local code = ngx.status
    if SENT_AS_400[code] then code = 400 end
    local status = integer_code(code)
    if not status or status < 400 then
      error(format("error_page(): ngx.status is %s, not an error (400..599): call it in the "
        .. "location nginx's error_page names, written without \"=\" (\"error_page 404 "
        .. "@problem;\"): \"= @problem\" sends the error there with status 0", show(code)), 2)
    end
    code = status

    local detail = rawget(opts, "detail")
    if type(detail) == "function" then
      detail = detail(code)
      if detail ~= nil and type(detail) ~= "string" then
        error(bad("error_page", 1, must_be(format("detail(%d)'s answer", code),
          "a string or nil", detail)), 2)
      end
    end
    local retry = rawget(opts, "retry_after")
    if type(retry) == "function" then
      retry = retry(code)
      problem = retry ~= nil and seconds_problem(retry, format("retry_after(%d)'s answer", code))
      if problem then error(bad("error_page", 1, problem .. " or nil"), 2) end
    end
    local allow = rawget(opts, "allow")
    local base, extensions = rawget(opts, "type"), rawget(opts, "extensions")
    local fields = NO_OPTIONS
    if detail ~= nil or base ~= nil or extensions ~= nil then
      fields = { detail = detail, type = base and base .. code, extensions = extensions }
    end

    local method = ngx.req.get_method()
    local body, ctype
    local negotiated = rules.describes_content(code, method)
    if negotiated then
      body, ctype = error_body(code, ngx.var.http_accept, fields) -- checks the fields
      if not body then error(bad("error_page", 1, format("for a %d: %s", code, ctype)), 2) end
    end

    local headers, names, reason, length = build(code, fields_of(code, allow, retry, true), body,
      method, nil, true)
    if not headers then
      -- a value nginx or the upstream gave cannot be sent: the options' alone
      warn_once(code, format("a %d came with a field that cannot be sent (%s): answered "
        .. "without the fields nginx gave", code, names))
      headers, names, reason, length = build(code, fields_of(code, allow, retry, false), body,
        method, nil, true)
      if not headers then error(bad("error_page", 1, format("for a %d: %s", code, names)), 2) end
    end
    local missing = missing_field(code, names)
    if missing then
      warn_once(code, format("nginx answered %d without the '%s' header field a %d must "
        .. "carry, and so does this answer%s", code, missing, code,
        missing == "Allow" and ": error_page{ allow = \"GET, HEAD\" } adds it" or ""))
    end
    if rules.connection_bound(code, names) then
      local version = ngx.req.http_version()
      if not protocol.has_connections(version)
          and not protocol.drop_connection_fields(code, headers, names, version) then
        -- a 426 over HTTP/2 or 3: its Upgrade cannot be said, so none of it is
        warn_once(code, format("a %d over HTTP/%g cannot carry Upgrade: answered without it",
          code, version))
        for name in pairs(names) do headers[names[name]], names[name] = nil, nil end
      end
    end

    -- everything is checked: what the failed request set goes, then the
    -- answer goes out (send sets the fields kept). get_headers also lists
    -- the Connection and Transfer-Encoding nginx will write: clearing
    -- them clears only what the request set, nginx writes its own.
    local out = ngx.header
    for name in pairs(ngx.resp.get_headers(0)) do out[name] = nil end
    return send(code, reason, headers, names, negotiated, body, ctype, length, method)
  end
  return error_page
end

return M
