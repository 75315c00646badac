-- The real-nginx test's last word: what every spec before it left in
-- nginx's error log. scripts/nginx_test.sh runs this file after spec/nginx/
-- (it is not a *_spec.lua, so it runs there only, and last).
local client = require "nginx.client"

describe("nginx's error log after the real-nginx test #nginx", function()
  it("holds no Lua error, no alert, no stack traceback", function()
    local log = client.read_file(assert(client.ERROR_LOG, "HS_NGINX_ERROR_LOG is not set"))
    local bad = {}
    for line in log:gmatch("[^\n]+") do
      if line:find("[error]", 1, true) or line:find("[alert]", 1, true)
          or line:find("stack traceback", 1, true) then
        bad[#bad + 1] = line
      end
    end
    assert.are.same({}, bad)
    -- the refused greeting was logged as a warning, with the reason
    assert.matches("refused a greeting: .*must not contain CR, LF", log)
  end)
end)
