-- Build correct responses and error bodies, and see the rules HTTP sets
-- enforced. Run: lua examples/build_response.lua
local hs = require "httpstatus"

local function show(title, bytes)
  print("== " .. title)
  print((bytes:gsub("\r\n", "\\r\\n\n")))
  print()
end

-- A created resource: Content-Length is worked out for you.
show("201 with a JSON body", hs.serialize(hs.response(201, {
  headers = { Location = "/orders/42", ["Content-Type"] = "application/json" },
  body = '{"id":42}',
})))

-- HEAD: every header of the GET, the GET body's length, and no body.
show("the same as a HEAD response", hs.serialize(hs.response(200, {
  method = "HEAD", headers = { ["Content-Type"] = "application/json" }, body = '{"id":42}',
})))

-- An error body in the format the client asked for (RFC 9457 for JSON).
for _, accept in ipairs { "application/json", "text/html", "*/*" } do
  local body, content_type = hs.error_body(404, accept,
    { detail = "No order 7", instance = "/orders/7" })
  show("404 for Accept: " .. accept, hs.serialize(hs.response(404, {
    headers = { ["Content-Type"] = content_type }, body = body,
  })))
end

-- What HTTP does not allow raises before anything is sent.
local mistakes = {
  { "405 without Allow", function() return hs.response(405) end },
  { "a redirect without Location", function() return hs.response(302) end },
  { "a body on 204", function() return hs.response(204, { body = "done" }) end },
  { "a header value with CR LF", function()
      return hs.response(200, { headers = { ["X-User"] = "bob\r\nSet-Cookie: admin=1" } })
    end },
  { "a reason with LF", function() return hs.status_line(200, "OK\nInjected: 1") end },
}
print("== mistakes caught")
for _, m in ipairs(mistakes) do
  local ok, err = pcall(m[2])
  print(("%-28s -> %s"):format(m[1], ok and "accepted?!" or err:gsub("^.-:%d+: ", "")))
end
