-- Only globals common to every runtime we support (5.1-5.4, LuaJIT).
std = "min"
max_line_length = 100

files["spec"] = { std = "+busted", max_line_length = 120 } -- table-driven rows
files["examples/openresty"] = { globals = { "ngx" } }
files["bench/ngx_*.lua"] = { globals = { "ngx" } } -- handlers set ngx.status, ngx.header
