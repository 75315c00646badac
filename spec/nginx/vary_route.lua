-- luacheck: globals ngx
-- Test-only routes for cache_spec.lua, served directly and through
-- proxy_cache at /proxied/ (locations.conf):
--   /vary/negotiated  exit(404): its body chosen from Accept
--   /vary/caller      exit(404) with detail, the caller's Vary: Accept-Encoding
--   /vary/origin      exit(404) after the handler set Vary: Origin (CORS)
--   /vary/by-hand     the control: a body chosen from Accept by hand,
--                     without Vary, which a cache serves to everyone
local hsngx = require "httpstatus.ngx"

local ngx = ngx

local ROUTES = {
  ["/vary/negotiated"] = function() return hsngx.exit(404) end,
  ["/vary/caller"] = function()
    return hsngx.exit(404, { headers = { Vary = "Accept-Encoding" }, detail = "no such thing" })
  end,
  ["/vary/origin"] = function()
    ngx.header["Vary"] = "Origin"
    return hsngx.exit(404)
  end,
  ["/vary/by-hand"] = function()
    local json = (ngx.var.http_accept or ""):find("json", 1, true)
    local body = json and '{"status":404}' or "<p>404</p>"
    ngx.status = 404
    ngx.header["Content-Type"] = json and "application/json" or "text/html"
    ngx.header["Content-Length"] = #body
    ngx.print(body)
    return ngx.exit(ngx.HTTP_OK)
  end,
}

local route = ROUTES[ngx.var.uri]
if route then return route() end
return ngx.exit(ngx.HTTP_NOT_FOUND)
