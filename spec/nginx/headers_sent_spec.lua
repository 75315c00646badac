-- httpstatus.ngx in a handler that already began its answer (ngx.print,
-- ngx.flush, ngx.send_headers: ngx.headers_sent): exit and redirect must
-- raise before touching anything, saying the headers were already sent,
-- so the handler can end what it began. Route: spec/nginx/sent_route.lua,
-- which logs the message at WARN and prints " end".
local client = require "nginx.client"

describe("exit and redirect after the headers were sent #nginx", function()
  for _, start in ipairs { "print", "flush", "send_headers" } do
    for _, call in ipairs { "exit", "redirect" } do
      it(("%s after ngx.%s raises, and the response ends as the handler began it")
        :format(call, start), function()
          local r = client.request("GET", ("/sent/%s/%s"):format(start, call))
          assert.are.equal(200, r.status)
          assert.are.equal("partial end", r.body)
          local log = client.read_file(client.ERROR_LOG)
          local line = log:match("%[warn%][^\n]*sent%-test " .. start .. "/" .. call
            .. ": ([^\n]*)")
          assert(line, "no warning from /sent/" .. start .. "/" .. call)
          assert.matches("headers .*already sent", line:lower())
        end)
    end
  end
end)
