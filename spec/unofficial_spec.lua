-- Vendor codes stay with their vendors and out of the registry answers.
local hs = require "httpstatus"

local vendors = {
  { 218, "Apache", "This Is Fine" },
  { 419, "Laravel", "Page Expired" },
  { 420, "Twitter", "Enhance Your Calm" },
  { 420, "Spring", "Method Failure" },
  { 440, "IIS", "Login Time-out" },
  { 444, "nginx", "No Response" },
  { 449, "IIS", "Retry With" },
  { 451, "IIS", "Redirect" },
  { 494, "nginx", "Request Header Too Large" },
  { 495, "nginx", "SSL Certificate Error" },
  { 496, "nginx", "SSL Certificate Required" },
  { 497, "nginx", "HTTP Request Sent to HTTPS Port" },
  { 498, "Esri", "Invalid Token" },
  { 499, "nginx", "Client Closed Request" },
  { 499, "Esri", "Token Required" },
  { 509, "Apache", "Bandwidth Limit Exceeded" },
  { 520, "Cloudflare", "Web Server Returned an Unknown Error" },
  { 521, "Cloudflare", "Web Server Is Down" },
  { 522, "Cloudflare", "Connection Timed Out" },
  { 523, "Cloudflare", "Origin Is Unreachable" },
  { 524, "Cloudflare", "A Timeout Occurred" },
  { 525, "Cloudflare", "SSL Handshake Failed" },
  { 526, "Cloudflare", "Invalid SSL Certificate" },
  { 527, "Cloudflare", "Railgun Error" },
  { 530, "Cloudflare", "1xxx Error" },
  { 530, "Pantheon", "Site Is Frozen" },
  { 598, "proxy", "Network Read Timeout Error" },
  { 599, "proxy", "Network Connect Timeout Error" },
}

describe("unofficial(code)", function()
  local by_code = {}
  for _, v in ipairs(vendors) do
    by_code[v[1]] = by_code[v[1]] or {}
    table.insert(by_code[v[1]], { vendor = v[2], reason = v[3] })
  end

  it("lists each vendor meaning, for every integer 0..1000", function()
    for code = 0, 1000 do
      assert.are.same(by_code[code], hs.unofficial(code), code)
    end
  end)

  it("keeps one code's meanings apart by vendor", function()
    assert.are.same({ { vendor = "nginx", reason = "Client Closed Request" },
                      { vendor = "Esri", reason = "Token Required" } }, hs.unofficial(499))
  end)

  it("never makes a vendor code registered or gives it a reason", function()
    for code in pairs(by_code) do
      if code ~= 451 then
        assert.is_false(hs.is_registered(code), code)
        assert.is_nil(hs.reason(code), code)
        assert.is_nil(hs.name(code), code)
        assert.is_nil(hs.info(code), code)
      end
    end
    -- 451 is registered (RFC 7725); IIS's other meaning does not change that
    assert.are.equal("Unavailable For Legal Reasons", hs.reason(451))
  end)

  it("hands out copies", function()
    local list = hs.unofficial(499)
    list[1].reason = "changed"
    list[3] = "extra"
    assert.are.equal("Client Closed Request", hs.unofficial(499)[1].reason)
    assert.are.equal(2, #hs.unofficial(499))
  end)
end)
