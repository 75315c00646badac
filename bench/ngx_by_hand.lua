-- The same 404 as ngx_httpstatus.lua, written the way a careful user
-- writes it by hand to send the same bytes: the problem document built
-- once (a constant), the status with its phrase where ngx_lua can set one,
-- Content-Type, Content-Length and Vary (the body depends on Accept in
-- httpstatus's answer), ngx.print, ngx.exit. No negotiation, no checks.
local ngx = ngx
local set_status = require("ngx.resp").set_status -- nil before ngx_lua 0.10.28

local BODY = '{"type":"about:blank","title":"Not Found","status":404,'
  .. '"detail":"no order 7","instance":"/orders/7"}'

if set_status then set_status(404, "Not Found") else ngx.status = 404 end
local header = ngx.header
header["Vary"] = "Accept" -- first: nginx writes the fields in the order they were set
header["Content-Type"] = "application/problem+json"
header["Content-Length"] = #BODY
ngx.print(BODY)
return ngx.exit(ngx.HTTP_OK)
