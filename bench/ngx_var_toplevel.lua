-- make bench (bench/ngx_var_trap.sh): a handler that reads ngx.var at its
-- chunk's top level, as many do, and answers 204 without httpstatus.
local uri = ngx.var.uri
if uri == "" then return ngx.exit(400) end
return ngx.exit(ngx.HTTP_NO_CONTENT)
