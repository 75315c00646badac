-- make bench (bench/ngx_var_trap.sh): bench/ngx_var_toplevel.lua with its
-- work in a function, as README's "Keep a handler's work in a function" says.
local function handle()
  local uri = ngx.var.uri
  if uri == "" then return ngx.exit(400) end
  return ngx.exit(ngx.HTTP_NO_CONTENT)
end
return handle()
