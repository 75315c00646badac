-- Old names resolve to today's codes, and never come back as a reason.
local hs = require "httpstatus"

local aliases = {
  { 302, "Moved Temporarily", "MOVED_TEMPORARILY" },
  { 408, "Request Time-out", "REQUEST_TIME_OUT" },
  { 413, "Request Entity Too Large", "REQUEST_ENTITY_TOO_LARGE" },
  { 413, "Payload Too Large", "PAYLOAD_TOO_LARGE" },
  { 414, "Request-URI Too Long", "REQUEST_URI_TOO_LONG" },
  { 414, "Request-URI Too Large", "REQUEST_URI_TOO_LARGE" },
  { 416, "Requested Range Not Satisfiable", "REQUESTED_RANGE_NOT_SATISFIABLE" },
  { 418, "I am a teapot", "I_AM_A_TEAPOT" },
  { 422, "Unprocessable Entity", "UNPROCESSABLE_ENTITY" },
  { 425, "Unordered Collection", "UNORDERED_COLLECTION" },
  { 504, "Gateway Time-out", "GATEWAY_TIME_OUT" },
  { 405, "Not Allowed", "NOT_ALLOWED" },
  { 501, "Method Not Implemented", "METHOD_NOT_IMPLEMENTED" },
}

describe("aliases", function()
  for _, a in ipairs(aliases) do
    local code, phrase, constant = a[1], a[2], a[3]
    it(phrase .. " -> " .. code, function()
      assert.are.equal(code, hs.code(phrase))
      assert.are.equal(code, hs.code(constant))
      assert.are.equal(code, hs.code(phrase:lower()))
      assert.are.equal(code, hs.code(phrase:upper()))
      assert.are.equal(code, hs[constant])
      assert.are_not.equal(phrase, hs.reason(code))
      assert.are_not.equal(constant, hs.name(code))
      local found = false
      for _, al in ipairs(hs.info(code).aliases) do
        if al.phrase == phrase then
          found = true
          assert.are.equal(constant, al.name)
          assert.is_string(al.source)
        end
      end
      assert.is_true(found)
    end)
  end

  it("are all listed, and info() lists no others", function()
    local n = 0
    for _, code in ipairs(hs.codes()) do n = n + #hs.info(code).aliases end
    assert.are.equal(#aliases, n)
  end)

  it("never return a stale phrase as a reason", function()
    local stale = {}
    for _, a in ipairs(aliases) do stale[a[2]] = true end
    for code = 0, 1000 do
      local r = hs.reason(code)
      assert.is_falsy(r and stale[r], code)
    end
  end)
end)

describe("code(text)", function()
  it("finds phrases and names, ignoring case and separators", function()
    assert.are.equal(404, hs.code("Not Found"))
    assert.are.equal(404, hs.code("not found"))
    assert.are.equal(404, hs.code("NOT_FOUND"))
    assert.are.equal(404, hs.code("not-found"))
    assert.are.equal(404, hs.code("  Not   Found  "))
    assert.are.equal(404, hs.code("not_-_found"))
    assert.are.equal(413, hs.code("payload too large"))
    assert.are.equal(413, hs.code("Content Too Large"))
    assert.are.equal(203, hs.code("non authoritative information"))
    assert.are.equal(418, hs.code("I'm a teapot"))
    assert.are.equal(418, hs.code("im a teapot"))
    assert.are.equal(418, hs.code("IM_A_TEAPOT"))
    assert.are.equal(306, hs.code("Switch Proxy"))
    assert.are.equal(200, hs.code("ok"))
    assert.are.equal(505, hs.code("http version not supported"))
  end)

  it("reads three decimal digits from 100 to 599", function()
    assert.are.equal(404, hs.code("404"))
    assert.are.equal(299, hs.code("299"))
    assert.are.equal(100, hs.code("100"))
    assert.are.equal(599, hs.code("599"))
    local not_codes = { "099", "600", "999", "40", "4040", " 404", "404 ", "4O4", "+404", "-404",
                        "0x194" }
    for _, s in ipairs(not_codes) do
      assert.is_nil(hs.code(s), s)
    end
  end)

  it("answers nil for text naming nothing", function()
    local nothing = { "", " ", "---", "Not Foundd", "Not", "Found Not", "Not.Found", "Not\0Found",
                      "Not Found\0", "Not Found\r\n", "\255\254", string.rep("a", 300),
                      string.rep(" ", 100) .. "not found" .. string.rep(" ", 200),
                      "Client Closed Request" }
    for _, s in ipairs(nothing) do
      assert.is_nil(hs.code(s), s)
    end
  end)

  it("finds every registered phrase, name and constant", function()
    for _, code in ipairs(hs.codes()) do
      assert.are.equal(code, hs.code(hs.reason(code)))
      assert.are.equal(code, hs.code(hs.name(code)))
      assert.are.equal(code, hs.code(hs.name(code):lower()))
      assert.are.equal(code, hs.code(tostring(code)))
    end
  end)
end)

describe("code(text) and the C core's scan", function()
  it("agree on every phrase, name and alias in many spellings, and on near misses", function()
    local core = require "httpstatus.core"
    local texts = {}
    for _, code in ipairs(hs.codes()) do
      local info = hs.info(code)
      texts[#texts + 1] = info.reason
      texts[#texts + 1] = info.name
      for _, a in ipairs(info.aliases) do texts[#texts + 1] = a.phrase end
    end
    local seed = 7
    local function rnd(n)
      seed = (seed * 16807) % 2147483647
      return seed % n + 1
    end
    local variants = {}
    for _, t in ipairs(texts) do
      variants[#variants + 1] = t
      variants[#variants + 1] = t:upper()
      variants[#variants + 1] = t:lower():gsub(" ", "-")
      variants[#variants + 1] = "  " .. t:gsub(" ", "__") .. " "
      variants[#variants + 1] = t .. "x"
      variants[#variants + 1] = t:sub(2)
      variants[#variants + 1] = t:gsub("[aeiou]", function(c) return rnd(2) == 1 and c:upper() end)
      variants[#variants + 1] = t .. "\0"
    end
    for _, v in ipairs(variants) do
      assert.are.equal(core.code_scan(v), hs.code(v), v)
      assert.are.equal(core.code_scan(v), hs._paths().c.code(v), v)
    end
  end)
end)
