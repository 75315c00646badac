-- An OpenResty handler that ends every request with httpstatus.ngx.
-- Served by examples/openresty/nginx.conf; each path shows one case.
local hsngx = require "httpstatus.ngx"

local ngx = ngx
local method, uri -- this request's, read by handle() below

-- /greet?name=...: a header value from the request. A name with CR or LF
-- would split the response; httpstatus refuses it before anything is sent,
-- and we answer 400 instead.
local function greet()
  local name = ngx.var.arg_name and ngx.unescape_uri(ngx.var.arg_name) or "world"
  local ok, err = pcall(hsngx.exit, 200, {
    headers = { ["X-Greeting"] = "hello " .. name },
    body = "hello " .. name .. "\n", content_type = "text/plain; charset=utf-8",
  })
  if ok then return end
  ngx.log(ngx.WARN, "refused a greeting: ", err)
  return hsngx.exit(400, { detail = "name must not contain control characters" })
end

local routes = {
  ["/"] = function()
    return hsngx.exit(200, { body = "httpstatus example\n", content_type = "text/plain" })
  end,
  ["/greet"] = greet,
  ["/orders"] = function() -- read-only: other methods get 405 with Allow
    if method ~= "GET" and method ~= "HEAD" then
      return hsngx.exit(405, { headers = { Allow = "GET, HEAD" } })
    end
    return hsngx.exit(200, { body = '{"orders":[]}', content_type = "application/json" })
  end,
  ["/private"] = function()
    if not ngx.var.http_authorization then
      return hsngx.exit(401, { headers = { ["WWW-Authenticate"] = 'Bearer realm="example"' },
                               detail = "send a bearer token" })
    end
    return hsngx.exit(204)
  end,
  ["/old"] = function() return hsngx.redirect("/new", 301) end,
  ["/login"] = function() return hsngx.redirect("/welcome", 303) end,
  ["/elsewhere"] = function() return hsngx.redirect("/there") end,
  ["/saved"] = function() return hsngx.exit(204) end,
  -- a health check: 200 with no body goes out with Content-Length: 0
  ["/ping"] = function() return hsngx.exit(200) end,
  -- a form was accepted: 205 tells the browser to clear it (no body, length 0)
  ["/form"] = function() return hsngx.exit(205) end,
  ["/cached"] = function()
    if ngx.var.http_if_none_match == '"v1"' then
      return hsngx.exit(304, { headers = { ETag = '"v1"' } })
    end
    return hsngx.exit(200, { headers = { ETag = '"v1"' }, body = "version 1\n" })
  end,
  ["/busy"] = function()
    return hsngx.exit(503, { headers = { ["Retry-After"] = 120 }, detail = "maintenance" })
  end,
  ["/limited"] = function()
    return hsngx.exit(429, { headers = { ["Retry-After"] = 30 }, title = "Slow down",
                             detail = "100 requests per minute",
                             extensions = { limit = 100, window = "1m" } })
  end,
  ["/teapot"] = function() return hsngx.exit(418) end,
  -- whether this ngx_lua can put our reason phrase on the status line
  ["/capabilities"] = function()
    return hsngx.exit(200, { body = hsngx.CAN_SET_REASON and "set_status" or "nginx phrases",
                             content_type = "text/plain" })
  end,
  ["/legal"] = function()
    return hsngx.exit(451, { headers = { Link = '<https://example.org>; rel="blocked-by"' } })
  end,
}

-- The request's work in a function, not at the chunk's top level: LuaJIT
-- compiles nothing there, and lua-resty-core's ngx.var reader, called from
-- there on every request, would be left to the interpreter for the rest of
-- the worker's life (README: "Keep a handler's work in a function").
local function handle()
  method, uri = ngx.req.get_method(), ngx.var.uri
  local route = routes[uri]
  if route then return route() end
  return hsngx.exit(404, { detail = "nothing at " .. uri, instance = uri })
end
return handle()
