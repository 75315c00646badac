-- A recording stand-in for ngx, for the specs that run httpstatus.ngx
-- outside nginx. load{method =, accept =, set_status = true} loads a fresh
-- httpstatus.ngx against a fresh stand-in and returns it, the record of
-- what it sent, and reset(method, accept), which starts a new request
-- (a new, empty record) on the same stand-in, and the stand-in itself. The record: status, reason
-- (through ngx.resp.set_status, when the stand-in offers it), headers
-- (name -> value as set), cleared (names set to nil), headers_sent, body,
-- exit, logged (what ngx.log wrote, one string a call). ngx.headers_sent
-- turns true once print, flush or send_headers ran (as in ngx_lua);
-- load{version = 2} makes ngx.req.http_version() answer 2.
-- What nginx did before Lua runs, for error_page: load{nginx = {status =,
-- headers =, vars =}} (also reset's fourth argument): the status ngx.status
-- reads until one is set, the response headers already there (names in
-- any case, as ngx.header takes them: headers is then the response's
-- current headers, and ngx.resp.get_headers lists them, lower-case, with
-- nginx's "connection"), and other ngx.var values ($upstream_status, ...).
-- The stand-in's own `logged` lists what ngx.log wrote over every request,
-- { level =, message = }.
local M = {}

local function new_record() return { headers = {}, cleared = {}, logged = {} } end

-- the key of `headers` that is `name` in another case, or nil
local function key_of(headers, name)
  if headers[name] ~= nil then return name end
  local lower = name:lower()
  for k in pairs(headers) do
    if k:lower() == lower then return k end
  end
  return nil
end

function M.load(opts)
  opts = opts or {}
  local request = { method = opts.method or "GET", accept = opts.accept,
                    version = opts.version or 1.1, headers_out = false }
  local sent = new_record()
  local function seed(nginx)
    request.status, request.vars = nginx and nginx.status, nginx and nginx.vars or {}
    for k, v in pairs(nginx and nginx.headers or {}) do sent.headers[k] = v end
  end
  seed(opts.nginx)
  local logged = {} -- what ngx.log wrote, over every request: { level =, message = }
  local ngx = {
    logged = logged,
    HTTP_OK = 200,
    WARN = 5,
    req = { get_method = function() return request.method end,
            http_version = function() return request.version end },
    resp = { get_headers = function()
      local out = { connection = "keep-alive" }
      for k, v in pairs(sent.headers) do out[k:lower()] = v end
      return out
    end },
    log = function(level, ...)
      local message = table.concat({ ... })
      logged[#logged + 1] = { level = level, message = message }
      sent.logged[#sent.logged + 1] = level .. " " .. message
    end,
    var = setmetatable({}, { __index = function(_, k)
      if k == "http_accept" then return request.accept end
      return request.vars[k]
    end }),
    header = setmetatable({}, {
      __newindex = function(_, k, v)
        local old = key_of(sent.headers, k)
        if old then sent.headers[old] = nil end
        sent.headers[k] = v
        if v == nil then sent.cleared[k] = true end
      end,
      __index = function(_, k)
        local key = key_of(sent.headers, k)
        return key and sent.headers[key]
      end }),
    send_headers = function() sent.headers_sent, request.headers_out = true, true end,
    flush = function() request.headers_out = true end,
    print = function(s) sent.body, request.headers_out = (sent.body or "") .. s, true end,
    -- ends the request: the next call stands for a new one
    exit = function(code) sent.exit, request.headers_out = code, false return "exited" end,
  }
  setmetatable(ngx, { __newindex = function(t, k, v)
    if k == "status" then sent.status = v else rawset(t, k, v) end
  end, __index = function(_, k)
    if k == "headers_sent" then return request.headers_out end
    if k == "status" then return sent.status or request.status or 0 end
  end })
  local resp = { set_status = function(code, reason)
    assert(type(reason) == "string", "set_status needs a reason string")
    sent.status, sent.reason = code, reason
  end }

  local saved, saved_resp = rawget(_G, "ngx"), package.loaded["ngx.resp"]
  rawset(_G, "ngx", ngx)
  package.loaded["ngx.resp"] = opts.set_status and resp or nil
  package.loaded["httpstatus.ngx"] = nil
  local hsngx = require "httpstatus.ngx"
  rawset(_G, "ngx", saved)
  package.loaded["ngx.resp"] = saved_resp
  package.loaded["httpstatus.ngx"] = nil

  local function reset(method, accept, version, nginx)
    request.method, request.accept = method or "GET", accept
    request.version, request.headers_out = version or 1.1, false
    sent = new_record()
    seed(nginx)
    return sent
  end
  return hsngx, sent, reset, ngx
end

return M
