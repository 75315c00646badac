-- The benchmark's handler written with httpstatus.ngx.
local hsngx = require "httpstatus.ngx"
return hsngx.exit(404, { detail = "no order 7", instance = "/orders/7" })
