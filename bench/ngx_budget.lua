-- The benchmark's handler written with httpstatus.ngx, behind a budget: the
-- same 404 as ngx_httpstatus.lua, with the calls a gateway makes around an
-- upstream request (allow before, record after), so that wrk shows what the
-- budget adds to a request.
local hsngx = require "httpstatus.ngx"
local b = require "budget_object"
if b:allow("orders") then b:record("orders", 404) end
return hsngx.exit(404, { detail = "no order 7", instance = "/orders/7" })
