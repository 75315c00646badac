-- The same response as ngx_httpstatus.lua, the way it is often written by
-- hand: cjson for the body, no Accept negotiation, no checks.
local cjson = require "cjson"
local ngx = ngx
local body = cjson.encode({ type = "about:blank", title = "Not Found", status = 404,
                            detail = "no order 7", instance = "/orders/7" })
ngx.status = 404
ngx.header["Content-Type"] = "application/problem+json"
ngx.header["Content-Length"] = #body
ngx.print(body)
return ngx.exit(ngx.HTTP_OK)
