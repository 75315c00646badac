-- Old and foreign names resolve to today's codes, and never come back as a reason.
local hs = require "httpstatus"
local quick = require "quick"

-- { code, phrase, constant, a word its source must name, more spellings that find it,
--   near spellings that must not (camel case of a spaced phrase is one word to the normal form) }
local aliases = {
  { 103, "Checkpoint", "CHECKPOINT", "Spring", { "checkpoint" }, {} },
  { 300, "Ambiguous", "AMBIGUOUS", ".NET", { "ambiguous" }, {} },
  { 301, "Moved", "MOVED", ".NET", { "moved" }, {} },
  { 302, "Moved Temporarily", "MOVED_TEMPORARILY", "nginx", { "moved-temporarily" },
    { "MovedTemporarily" } },
  { 302, "Moved Temporarily", "MOVED_TEMPORARILY", "RFC 1945", {}, {} },
  { 302, "Redirect", "REDIRECT", ".NET", { "redirect" }, {} },
  { 303, "RedirectMethod", "REDIRECTMETHOD", ".NET", { "redirectmethod", " RedirectMethod " },
    { "Redirect Method", "REDIRECT_METHOD" } },
  { 307, "RedirectKeepVerb", "REDIRECTKEEPVERB", ".NET", { "redirectkeepverb" },
    { "Redirect Keep Verb" } },
  { 405, "Not Allowed", "NOT_ALLOWED", "nginx", { "not-allowed" }, { "405 Not Allowed" } },
  { 405, "Not Allowed", "NOT_ALLOWED", "ngx.HTTP_NOT_ALLOWED", {}, {} },
  { 408, "Request Time-out", "REQUEST_TIME_OUT", "nginx", { "request time out", "request_time-out" },
    {} },
  { 413, "Request Entity Too Large", "REQUEST_ENTITY_TOO_LARGE", "RFC 2068",
    { "request-entity-too-large" }, {} },
  { 413, "Request Entity Too Large", "REQUEST_ENTITY_TOO_LARGE", "nginx", {}, {} },
  { 413, "Payload Too Large", "PAYLOAD_TOO_LARGE", "RFC 7231", { "payload_too_large" }, {} },
  { 414, "Request-URI Too Long", "REQUEST_URI_TOO_LONG", "RFC 2068", { "request uri too long" },
    {} },
  { 414, "Request-URI Too Large", "REQUEST_URI_TOO_LARGE", "nginx", { "request uri too large" },
    {} },
  { 414, "Request-URI Too Large", "REQUEST_URI_TOO_LARGE", "RFC 2068", {}, {} },
  { 416, "Requested Range Not Satisfiable", "REQUESTED_RANGE_NOT_SATISFIABLE", "nginx", {}, {} },
  { 418, "I am a teapot", "I_AM_A_TEAPOT", "I_AM_A_TEAPOT", { "i-am-a-teapot" }, {} },
  { 422, "Unprocessable Entity", "UNPROCESSABLE_ENTITY", "RFC 4918", { "unprocessable-entity" }, {} },
  { 425, "Unordered Collection", "UNORDERED_COLLECTION", "WebDAV", {}, {} },
  { 451, "Illegal", "ILLEGAL", "ngx.HTTP_ILLEGAL", { "illegal" }, { "HTTP_ILLEGAL" } },
  { 501, "Method Not Implemented", "METHOD_NOT_IMPLEMENTED", "ngx.HTTP_METHOD_NOT_IMPLEMENTED",
    { "method-not-implemented" }, {} },
  { 501, "Method Not Implemented", "METHOD_NOT_IMPLEMENTED", "older nginx releases", {}, {} },
  { 503, "Service Temporarily Unavailable", "SERVICE_TEMPORARILY_UNAVAILABLE", "nginx",
    { "service temporarily unavailable", "Service-Temporarily-Unavailable" }, {} },
  { 504, "Gateway Time-out", "GATEWAY_TIME_OUT", "nginx", { "gateway time out", "GATEWAY-TIME-OUT" },
    {} },
  { 505, "Version Not Supported", "VERSION_NOT_SUPPORTED", "ngx.HTTP_VERSION_NOT_SUPPORTED",
    { "version not supported" }, {} },
}

-- the rows of the C list, once each (a phrase may sit above twice, for two sources)
local function distinct(rows)
  local seen, out = {}, {}
  for _, a in ipairs(rows) do
    local key = a[1] .. "\0" .. a[2]
    if not seen[key] then
      seen[key] = true
      out[#out + 1] = a
    end
  end
  return out
end

describe("aliases", function()
  for _, a in ipairs(aliases) do
    local code, phrase, constant, source_word = a[1], a[2], a[3], a[4]
    it(phrase .. " -> " .. code .. " (" .. source_word .. ")", function()
      assert.are.equal(code, hs.code(phrase))
      assert.are.equal(code, hs.code(constant))
      assert.are.equal(code, hs.code(phrase:lower()))
      assert.are.equal(code, hs.code(phrase:upper()))
      assert.are.equal(code, hs.code(constant:lower()))
      for _, s in ipairs(a[5]) do assert.are.equal(code, hs.code(s), s) end
      for _, s in ipairs(a[6]) do assert.is_nil(hs.code(s), s) end
      assert.are.equal(code, hs[constant])
      assert.are_not.equal(phrase, hs.reason(code))
      assert.are_not.equal(constant, hs.name(code))
      local found = false
      for _, al in ipairs(hs.info(code).aliases) do
        if al.phrase == phrase then
          found = true
          assert.are.equal(constant, al.name)
          assert.is_string(al.source)
          assert.is_truthy(al.source:find(source_word, 1, true), al.source)
        end
      end
      assert.is_true(found)
    end)
  end

  it("are all listed, and info() lists no others", function()
    local n = 0
    for _, code in ipairs(hs.codes()) do n = n + #hs.info(code).aliases end
    assert.are.equal(#distinct(aliases), n)
  end)

  it("give constants that no other code or alias gives", function()
    -- hs_build_names writes every NAME, then every alias constant, into one
    -- table: a clash would silently repoint a constant
    local owner = {}
    for _, code in ipairs(hs.codes()) do
      local name = hs.name(code)
      assert.is_nil(owner[name], name)
      owner[name] = code
    end
    for _, code in ipairs(hs.codes()) do
      for _, al in ipairs(hs.info(code).aliases) do
        assert.matches("^[A-Z0-9][A-Z0-9_]*$", al.name)
        assert.is_nil(owner[al.name], al.name .. " of " .. code .. " is already "
          .. tostring(owner[al.name]))
        owner[al.name] = code
        assert.are.equal(code, hs[al.name], al.name)
      end
    end
  end)

  it("name only registered codes, never a vendor meaning's phrase", function()
    for _, code in ipairs(hs.codes()) do
      for _, al in ipairs(hs.info(code).aliases) do
        for _, u in ipairs(hs.unofficial(code) or {}) do
          -- 451 Redirect (Exchange) vs 302 Redirect (.NET): different numbers, no clash
          assert.are_not.equal(u.reason, al.phrase, code)
        end
      end
    end
  end)

  it("have a description in English and Korean through their code", function()
    for _, a in ipairs(aliases) do
      assert.is_string(hs.describe(a[1], "en"))
      assert.is_string(hs.describe(a[1], "ko"))
    end
  end)

  it("never return a stale phrase as a reason", function()
    local stale = {}
    for _, a in ipairs(aliases) do stale[a[2]] = true end
    for code = 0, 1000 do
      local r = hs.reason(code)
      if r and stale[r] then assert.is_falsy(r and stale[r], code) end
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

describe("code(text) against the normal form, typed again", function()
  it("agree on every phrase, name and alias in many spellings, and on near misses", function()
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
    -- the normal form, typed a second time here as the oracle: ASCII
    -- letters lowered, runs of space, "-" and "_" as one "_", none at the
    -- ends, "'" dropped; any other byte, or more than 64 bytes, names nothing
    local by_form = {}
    local function form(t)
      if #t > 256 or t:find("[^%w %-_']") then return nil end
      local f = t:lower():gsub("'", ""):gsub("[ %-_]+", "_"):gsub("^_", ""):gsub("_$", "")
      if f == "" or #f > 64 then return nil end
      return f
    end
    for _, t in ipairs(texts) do by_form[form(t)] = hs.code(t) end
    for _, v in ipairs(variants) do
      local want = form(v) and by_form[form(v)]
      if v:find("^%d%d%d$") then want = tonumber(v) >= 100 and tonumber(v) <= 599 and tonumber(v) end
      quick.equal(want or nil, hs.code(v), v)
    end
  end)
end)
