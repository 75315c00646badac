-- TEST STAND-IN for lua-resty-http, never installed: Debian has no package of
-- it, so scripts/nginx_test.sh puts spec/nginx on the test nginx's
-- lua_package_path (NGINX_EXTRA_LUA_PATH) for spec/nginx/openresty_spec.lua,
-- which drives examples/openresty/upstream.lua through it.
--
-- The surface examples/openresty/upstream.lua uses, as lua-resty-http
-- documents it, and nothing more:
--   local http = require "resty.http"
--   local httpc = http.new()
--   httpc:set_timeout(ms)
--   local res, err = httpc:request_uri(url, { method = "GET", headers = {...}, body = "..." })
--   -- res.status, res.reason, res.headers (any-case names), res.body
-- Plain http:// only, HTTP/1.1, one request per connection (Connection:
-- close), response bodies with a Content-Length only (no chunked, no body
-- read to the close): anything else is nil, err.
-- luacheck: read globals ngx
local ngx = ngx

local setmetatable, tonumber, type, pairs = setmetatable, tonumber, type, pairs
local concat = table.concat

local M = { _VERSION = "stand-in" }
local mt = { __index = M }

function M.new()
  return setmetatable({ timeout = 60000 }, mt)
end

function M.set_timeout(self, ms)
  self.timeout = ms
end

-- header names answer in any case, as lua-resty-http's do; a repeated
-- field is a list of its values
local function header_table()
  local names = {} -- lower-case name -> the name as received
  return setmetatable({}, {
    __index = function(t, k)
      local name = type(k) == "string" and names[k:lower()]
      return name and rawget(t, name)
    end,
    __newindex = function(t, k, v)
      local lk = k:lower()
      local name = names[lk]
      if name == nil then
        names[lk] = k
        rawset(t, k, v)
      else
        local old = rawget(t, name)
        if type(old) ~= "table" then old = { old } end
        old[#old + 1] = v
        rawset(t, name, old)
      end
    end,
  })
end

-- the whole response after the request was sent, or nil, err
local function receive(sock, method)
  local line, err = sock:receive("*l")
  if not line then return nil, err end
  local status, reason = line:match("^HTTP/1%.[01] (%d%d%d) ?(.*)$")
  if not status then return nil, "stand-in: bad status line: " .. line end
  local res = { status = tonumber(status), reason = reason, headers = header_table() }
  while true do
    line, err = sock:receive("*l")
    if not line then return nil, err end
    if line == "" then break end
    local name, value = line:match("^([^:%s]+):[ \t]*(.-)[ \t]*$")
    if not name then return nil, "stand-in: bad header line: " .. line end
    res.headers[name] = value
  end
  local code = res.status
  if method == "HEAD" or code == 204 or code == 304 or code < 200 then
    res.body = ""
    return res
  end
  if res.headers["Transfer-Encoding"] then
    return nil, "stand-in: only Content-Length bodies are supported"
  end
  local length = tonumber(res.headers["Content-Length"])
  if not length then return nil, "stand-in: a body without Content-Length" end
  res.body, err = sock:receive(length)
  if not res.body then return nil, err end
  return res
end

--- One request on a fresh connection: res { status, reason, headers, body }
-- or nil, err. params: method (default "GET"), headers, body, query.
function M.request_uri(self, uri, params)
  params = params or {}
  local host, port, path = uri:match("^http://([^:/?#]+):?(%d*)([^#]*)")
  if not host then return nil, "stand-in: only http:// URLs, got " .. uri end
  port = tonumber(port) or 80
  if path == "" then path = "/" end
  if path:sub(1, 1) == "?" then path = "/" .. path end
  if params.query then
    path = path .. (path:find("?", 1, true) and "&" or "?") .. params.query
  end
  local method = params.method or "GET"
  local body = params.body
  local head = { method, " ", path, " HTTP/1.1\r\nHost: ", host,
                 port == 80 and "" or ":" .. port, "\r\nConnection: close\r\n",
                 "User-Agent: resty-http-stand-in\r\n" }
  for name, value in pairs(params.headers or {}) do
    head[#head + 1] = name .. ": " .. value .. "\r\n"
  end
  if body then head[#head + 1] = "Content-Length: " .. #body .. "\r\n" end
  head[#head + 1] = "\r\n"
  head[#head + 1] = body

  local sock = ngx.socket.tcp()
  sock:settimeout(self.timeout)
  local ok, err = sock:connect(host, port)
  if not ok then return nil, err end
  ok, err = sock:send(concat(head))
  if not ok then
    sock:close()
    return nil, err
  end
  local res
  res, err = receive(sock, method)
  sock:close()
  return res, err
end

return M
