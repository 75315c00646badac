-- Vendor codes stay with their vendors and out of the registry answers.
local internal = require "internal"
local hs = require "httpstatus"
local quick = require "quick"

-- { code, vendor, reason }, in the C list's order
local vendors = {
  { 218, "Apache", "This Is Fine" },
  { 308, "Google", "Resume Incomplete" },
  { 419, "Laravel", "Page Expired" },
  { 419, "Spring", "Insufficient Space On Resource" },
  { 420, "Twitter", "Enhance Your Calm" },
  { 420, "Spring", "Method Failure" },
  { 421, "Spring", "Destination Locked" },
  { 430, "Shopify", "Shopify Security Rejection" },
  { 440, "Exchange", "Login Time-out" },
  { 444, "nginx", "No Response" },
  { 449, "Exchange", "Retry With" },
  { 450, "Microsoft", "Blocked by Windows Parental Controls" },
  { 451, "Exchange", "Redirect" },
  { 460, "AWS ELB", "Client Closed Connection" },
  { 463, "AWS ELB", "Too Many X-Forwarded-For Addresses" },
  { 464, "AWS ELB", "Incompatible Protocol Version" },
  { 494, "nginx", "Request Header Too Large" },
  { 495, "nginx", "SSL Certificate Error" },
  { 496, "nginx", "SSL Certificate Required" },
  { 497, "nginx", "HTTP Request Sent to HTTPS Port" },
  { 498, "Esri", "Invalid Token" },
  { 499, "nginx", "Client Closed Request" },
  { 499, "Google", "Client Closed Request" },
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
  { 529, "Qualys", "Service Is Overloaded" },
  { 529, "Anthropic", "Overloaded" },
  { 530, "Cloudflare", "(1xxx Error)" },
  { 530, "Pantheon", "Site Is Frozen" },
  { 561, "AWS ELB", "Identity Provider Error" },
  { 598, "proxy", "Network Read Timeout Error" },
  { 599, "proxy", "Network Connect Timeout Error" },
}

-- the registry's answers for a registered code that vendors also use, typed in
-- again: a vendor meaning must change none of them
local registered = {
  [308] = { "Permanent Redirect", "PERMANENT_REDIRECT" },
  [421] = { "Misdirected Request", "MISDIRECTED_REQUEST" },
  [451] = { "Unavailable For Legal Reasons", "UNAVAILABLE_FOR_LEGAL_REASONS" },
}

local by_code = {}
for _, v in ipairs(vendors) do
  by_code[v[1]] = by_code[v[1]] or {}
  table.insert(by_code[v[1]], { vendor = v[2], reason = v[3] })
end

describe("unofficial(code)", function()
  it("lists each vendor meaning, for every integer 0..1000", function()
    for code = 0, 1000 do
      quick.same(by_code[code], hs.unofficial(code), code)
    end
  end)

  it("keeps one code's meanings apart by vendor, agreeing ones first", function()
    assert.are.same({ { vendor = "nginx", reason = "Client Closed Request" },
                      { vendor = "Google", reason = "Client Closed Request" },
                      { vendor = "Esri", reason = "Token Required" } }, hs.unofficial(499))
    assert.are.same({ { vendor = "Qualys", reason = "Service Is Overloaded" },
                      { vendor = "Anthropic", reason = "Overloaded" } }, hs.unofficial(529))
  end)

  it("labels Microsoft's rows by product, and IIS by none", function()
    for _, code in ipairs { 440, 449, 451 } do
      assert.are.equal("Exchange", hs.unofficial(code)[1].vendor, code)
    end
    assert.are.equal("Microsoft", hs.unofficial(450)[1].vendor)
    for _, v in ipairs(vendors) do assert.are_not.equal("IIS", v[2]) end
  end)

  it("marks a phrase the vendor never gave", function()
    -- Cloudflare sends 530 with no phrase of its own; ours is in parentheses,
    -- like the registry's "(Unused)"
    assert.are.equal("(1xxx Error)", hs.unofficial(530)[1].reason)
  end)

  it("never makes an unregistered vendor code registered or gives it a reason", function()
    for code in pairs(by_code) do
      if not registered[code] then
        assert.is_false(hs.is_registered(code), code)
        assert.is_nil(hs.reason(code), code)
        assert.is_nil(hs.reason(code, { lang = "ko" }), code)
        assert.is_nil(hs.name(code), code)
        assert.is_nil(hs.info(code), code)
      end
    end
  end)

  it("changes no registry answer for a registered code a vendor also uses", function()
    for code, want in pairs(registered) do
      assert.is_true(hs.is_registered(code), code)
      assert.are.equal(want[1], hs.reason(code), code)
      assert.are.equal(want[2], hs.name(code), code)
      local info = hs.info(code)
      assert.are.equal(want[1], info.reason, code)
      assert.are.equal(want[1], info.registry_phrase, code)
      assert.are.equal("permanent", info.status, code)
      assert.are.equal(code, hs[want[2]], code)
      -- a vendor's phrase is no name for the code
      for _, u in ipairs(hs.unofficial(code)) do
        assert.are_not.equal(code, hs.code(u.reason), u.reason)
      end
      -- the registered description, not the vendor's, unless the vendor is named
      assert.are_not.equal(hs.describe(code), hs.describe(code, "en", by_code[code][1].vendor))
    end
    assert.is_true(hs.preserves_method(308))
    assert.is_true(hs.is_redirect(308))
    assert.is_true(hs.is_retryable(421))
  end)

  it("gives vendor phrases no constants and no reverse lookup", function()
    for _, v in ipairs(vendors) do
      if v[3] ~= "Redirect" then -- .NET's Redirect is an alias of 302
        assert.is_nil(hs.code(v[3]), v[3])
      end
    end
    assert.are.equal(302, hs.code("Redirect"))
  end)

  it("has an English and a Korean description for every vendor meaning", function()
    local en = internal.module("httpstatus.locale.en")
    local ko = internal.module("httpstatus.locale.ko")
    local listed = {}
    for _, v in ipairs(vendors) do
      local code, vendor = v[1], v[2]
      listed[vendor .. " " .. code] = true
      for _, texts in ipairs { en, ko } do
        local t = texts.unofficial[vendor] and texts.unofficial[vendor][code]
        assert.is_string(t, vendor .. " " .. code)
        assert.is_true(#t >= 80, vendor .. " " .. code)
      end
      local en_text = hs.describe(code, "en", vendor)
      local ko_text = hs.describe(code, "ko", vendor)
      assert.are.equal(en.unofficial[vendor][code], en_text)
      assert.are.equal(ko.unofficial[vendor][code], ko_text)
      if registered[code] then
        assert.matches("^Not the registered meaning: the registered " .. code, en_text)
        assert.matches("^IANA에 등록된 의미가 아니며", ko_text)
      else
        assert.matches("^Not registered with IANA", en_text)
      end
    end
    -- and no text for a vendor meaning that is not listed
    for _, texts in ipairs { en, ko } do
      for vendor, t in pairs(texts.unofficial) do
        for code in pairs(t) do assert.is_true(listed[vendor .. " " .. code], vendor .. " " .. code) end
      end
    end
  end)

  it("hands out copies", function()
    local list = hs.unofficial(499)
    list[1].reason = "changed"
    list[4] = "extra"
    assert.are.equal("Client Closed Request", hs.unofficial(499)[1].reason)
    assert.are.equal(3, #hs.unofficial(499))
  end)
end)
