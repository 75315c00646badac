-- luacheck: globals ngx
-- Test-only routes for lint_spec.lua, each logged by hsngx.lint in
-- log_by_lua_block (locations.conf): a handler that breaks a rule and
-- handlers that keep them all.
--   /lint/bad-405    a 405 without Allow, written by hand
--   /lint/good-405   hsngx.exit(405) with Allow: POST (an error body from Accept)
--   /lint/good-200   a text body by hand, with its Content-Type
--   /lint/good-301   hsngx.redirect
local hsngx = require "httpstatus.ngx"

local ngx = ngx

local ROUTES = {
  ["/lint/bad-405"] = function()
    ngx.status = 405
    ngx.header["Content-Type"] = "text/plain"
    ngx.print("not here")
    return ngx.exit(ngx.HTTP_OK)
  end,
  -- a resource that takes POST only, asked with GET or HEAD
  ["/lint/good-405"] = function() return hsngx.exit(405, { headers = { Allow = "POST" } }) end,
  ["/lint/good-200"] = function()
    ngx.header["Content-Type"] = "text/plain"
    ngx.print("fine")
    return ngx.exit(ngx.HTTP_OK)
  end,
  ["/lint/good-301"] = function() return hsngx.redirect("/lint/good-200", 301) end,
}

local route = ROUTES[ngx.var.uri]
if route then return route() end
return ngx.exit(ngx.HTTP_NOT_FOUND)
