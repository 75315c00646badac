-- luacheck: read globals ngx
-- Test-only route for headers_sent_spec.lua: /sent/START/CALL starts the
-- response (START: print, flush or send_headers), then runs CALL (exit:
-- hsngx.exit(404); redirect: hsngx.redirect("/x")) under pcall, the way a
-- handler that already began its answer might. CALL must raise, touching
-- nothing; the route logs its message at WARN and ends the body it began,
-- so the client gets 200 with "partial end".
local hsngx = require "httpstatus.ngx"

local ngx = ngx

local START = {
  print = function() ngx.print("partial") end,
  flush = function() ngx.print("partial"); ngx.flush(true) end,
  send_headers = function() ngx.send_headers(); ngx.print("partial") end,
}
local CALL = {
  exit = function() return hsngx.exit(404) end,
  redirect = function() return hsngx.redirect("/x") end,
}

local start, call = ngx.var.uri:match("^/sent/([%w_]+)/(%a+)$")
if not (START[start] and CALL[call]) then return ngx.exit(ngx.HTTP_NOT_FOUND) end
START[start]()
local ok, err = pcall(CALL[call])
ngx.log(ngx.WARN, "sent-test ", start, "/", call, ": ", ok and "returned" or tostring(err))
ngx.print(" end")
