-- luacheck: globals ngx
-- Test-only routes for http2_spec.lua (served through locations.conf):
--   /h2/version            the request's HTTP version, as exit reads it
--   /h2/fields             exit(200) given the connection-specific fields
--                          Connection, Keep-Alive, Proxy-Connection, Upgrade
--   /h2/transfer-encoding  exit(200) given Transfer-Encoding, under pcall
--   /h2/426                exit(426) with the Upgrade and Connection it MUST
--                          carry, under pcall: over HTTP/2 it cannot be sent
--   /h2/preset/NNN         exit(NNN) after the handler set Content-Encoding
--                          and Content-Length for content of its own, which
--                          exit must not send for its answer
-- A call that raises is answered 200 with "refused: " and its message.
local hsngx = require "httpstatus.ngx"

local ngx = ngx

local function refused(err)
  return hsngx.exit(200, { body = "refused: " .. tostring(err), content_type = "text/plain" })
end

local ROUTES = {
  ["/h2/version"] = function()
    return hsngx.exit(200, { body = tostring(ngx.req.http_version()),
                             content_type = "text/plain" })
  end,
  ["/h2/fields"] = function()
    return hsngx.exit(200, { headers = { Connection = "Upgrade", ["Keep-Alive"] = "timeout=5",
                                         ["Proxy-Connection"] = "keep-alive", Upgrade = "TLS/1.3" },
                             body = "fields\n", content_type = "text/plain" })
  end,
  ["/h2/transfer-encoding"] = function()
    local ok, err = pcall(hsngx.exit, 200, { headers = { ["Transfer-Encoding"] = "chunked" },
                                             body = "te\n", content_type = "text/plain" })
    if not ok then return refused(err) end
  end,
  ["/h2/426"] = function()
    local ok, err = pcall(hsngx.exit, 426, { headers = { Upgrade = "TLS/1.3",
                                                         Connection = "Upgrade" } })
    if not ok then return refused(err) end
  end,
}

local preset = tonumber(ngx.var.uri:match("^/h2/preset/(%d%d%d)$"))
if preset then
  ngx.header["Content-Encoding"] = "gzip"
  ngx.header["Content-Length"] = 10
  return hsngx.exit(preset)
end
local route = ROUTES[ngx.var.uri]
if route then return route() end
return ngx.exit(ngx.HTTP_NOT_FOUND)
