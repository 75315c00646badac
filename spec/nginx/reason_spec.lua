-- A reason given to exit: on the wire where ngx_lua has
-- ngx.resp.set_status; elsewhere (Debian 12's 0.10.23) nginx writes its own
-- phrase, and the worker's error log says the reason was dropped once, not
-- once per request. Route: /reason/given (spec/nginx/locations.conf).
local client = require "nginx.client"

local function warnings()
  local log = client.read_file(client.ERROR_LOG)
  local _, n = log:gsub("opts%.reason is not sent", "")
  return n
end

describe("a reason given to exit #nginx", function()
  it("is sent where ngx_lua can, else dropped with one warning per worker", function()
    local can = client.request("GET", "/capabilities").body
    local before = warnings()
    for _ = 1, 3 do
      local r = client.request("GET", "/reason/given")
      assert.are.equal(200, r.status)
      assert.are.equal("ok", r.body)
      if not client.H2 then
        assert.are.equal(can == "set_status" and "Fine Indeed" or "OK", r.reason)
      end
    end
    local after = warnings()
    if can == "set_status" then
      assert.are.equal(0, after)
    else
      assert.are.equal("nginx phrases", can)
      assert.is_true(after >= 1, "no warning that the reason was dropped")
      assert.is_true(after - before <= 1, "a warning per request: " .. (after - before))
    end
  end)
end)
