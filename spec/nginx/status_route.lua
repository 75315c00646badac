-- luacheck: globals ngx
-- Test-only routes for status_lines_spec.lua (served through locations.conf):
--   /code/NNN          hsngx.exit(NNN) with the fields code NNN must carry
--   /redirect/NNN      hsngx.redirect("/elsewhere", NNN)
--   /nginx-status/NNN  what this nginx writes for ngx.status = NNN alone: the
--                      status line where ngx_lua cannot set our phrase
local hs = require "httpstatus"
local hsngx = require "httpstatus.ngx"

local ngx = ngx

-- a value for every field some code must or should carry
-- (hs.required_headers; hs.info(code).headers says which)
local VALUES = {
  Location = "/elsewhere", ["Content-Range"] = "bytes 0-3/10",
  Date = "Thu, 01 Jan 2026 00:00:00 GMT", Expires = "Thu, 01 Jan 2026 00:01:00 GMT",
  ["Cache-Control"] = "max-age=60", ETag = '"v1"', ["Content-Location"] = "/code/206",
  Vary = "Accept-Encoding", ["WWW-Authenticate"] = 'Bearer realm="test"',
  Allow = "GET, HEAD", ["Proxy-Authenticate"] = 'Basic realm="proxy"',
  Upgrade = "TLS/1.3", Connection = "Upgrade", ["Retry-After"] = "120",
  Link = '<https://example.org/why>; rel="blocked-by"',
}
-- where a code needs a value of its own: a 416 names the length only
local OWN_VALUES = { [416] = { ["Content-Range"] = "bytes */10" } }

-- exit's options for code: the fields it must or should carry; a 206
-- carries content (four bytes of the ten its Content-Range names), so its
-- type is content_type
local function options(code)
  local headers, opts, own = {}, {}, OWN_VALUES[code] or {}
  for _, name in ipairs(hs.required_headers(code) or {}) do
    if name == "Content-Type" then
      opts.body, opts.content_type = "abcd", "text/plain"
    else
      headers[name] = own[name] or assert(VALUES[name], "no test value for " .. name)
    end
  end
  if next(headers) then opts.headers = headers end
  return opts
end

local kind, digits = ngx.var.uri:match("^/([%a-]+)/(%d%d%d)$")
local code = tonumber(digits)
if kind == "code" then
  return hsngx.exit(code, options(code))
elseif kind == "redirect" then
  return hsngx.redirect("/elsewhere", code)
elseif kind == "nginx-status" then
  ngx.status = code
  ngx.header["Content-Length"] = 0
  ngx.send_headers()
  return ngx.exit(ngx.HTTP_OK)
end
return ngx.exit(ngx.HTTP_NOT_FOUND)
