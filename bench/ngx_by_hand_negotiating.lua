-- For context beside bench/ngx_by_hand.lua: the same 404 written by a
-- careful hand that also does what makes its Vary: Accept true, choosing
-- among bodies built once (constants) by a look at Accept. The check is
-- rougher than httpstatus's negotiation (no q-values): the cheapest a
-- careful user would write. wrk asks for JSON, so the bytes sent are
-- those of bench/ngx_by_hand.lua.
local ngx = ngx
local find = string.find
local set_status = require("ngx.resp").set_status -- nil before ngx_lua 0.10.28

local JSON = '{"type":"about:blank","title":"Not Found","status":404,'
  .. '"detail":"no order 7","instance":"/orders/7"}'
local HTML = "<!DOCTYPE html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
  .. "<p>no order 7</p>\n"
local TEXT = "404 Not Found\nno order 7\n"

-- In a function, as an OpenResty handler's code lives in a module: read
-- at the chunk's top level, a trace of ngx.var's reader cannot return
-- there ("NYI: return to lower frame"), LuaJIT blacklisted the reader
-- after some thousands of requests, and every ngx.var read compiled later
-- in the worker, exit's included, ran about 6x slower (bench/
-- ngx_var_trap.sh measures it: README, "Keep a handler's work in a
-- function").
local function answer()
  local body, ctype = JSON, "application/problem+json"
  local accept = ngx.var.http_accept
  if accept and not find(accept, "json", 1, true) then
    if find(accept, "text/html", 1, true) then
      body, ctype = HTML, "text/html; charset=utf-8"
    elseif find(accept, "text/plain", 1, true) then
      body, ctype = TEXT, "text/plain; charset=utf-8"
    end
  end
  if set_status then set_status(404, "Not Found") else ngx.status = 404 end
  local header = ngx.header
  header["Vary"] = "Accept"
  header["Content-Type"] = ctype
  header["Content-Length"] = #body
  ngx.print(body)
  return ngx.exit(ngx.HTTP_OK)
end
return answer()
