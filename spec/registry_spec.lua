-- The code table against the IANA registry (2025-09-15) and the RFCs, typed
-- in again here from the registry so that a slip in the C table shows.
local hs = require "httpstatus"
local quick = require "quick"

local S = "RFC 9110, Section "
local registry = {
  { 100, "Continue", S .. "15.2.1" },
  { 101, "Switching Protocols", S .. "15.2.2" },
  { 102, "Processing", "RFC 2518" },
  { 103, "Early Hints", "RFC 8297" },
  { 104, "Upload Resumption Supported", "draft-ietf-httpbis-resumable-upload-05" },
  { 200, "OK", S .. "15.3.1" },
  { 201, "Created", S .. "15.3.2" },
  { 202, "Accepted", S .. "15.3.3" },
  { 203, "Non-Authoritative Information", S .. "15.3.4" },
  { 204, "No Content", S .. "15.3.5" },
  { 205, "Reset Content", S .. "15.3.6" },
  { 206, "Partial Content", S .. "15.3.7" },
  { 207, "Multi-Status", "RFC 4918" },
  { 208, "Already Reported", "RFC 5842" },
  { 226, "IM Used", "RFC 3229" },
  { 300, "Multiple Choices", S .. "15.4.1" },
  { 301, "Moved Permanently", S .. "15.4.2" },
  { 302, "Found", S .. "15.4.3" },
  { 303, "See Other", S .. "15.4.4" },
  { 304, "Not Modified", S .. "15.4.5" },
  { 305, "Use Proxy", S .. "15.4.6" },
  { 306, "(Unused)", S .. "15.4.7" },
  { 307, "Temporary Redirect", S .. "15.4.8" },
  { 308, "Permanent Redirect", S .. "15.4.9" },
  { 400, "Bad Request", S .. "15.5.1" },
  { 401, "Unauthorized", S .. "15.5.2" },
  { 402, "Payment Required", S .. "15.5.3" },
  { 403, "Forbidden", S .. "15.5.4" },
  { 404, "Not Found", S .. "15.5.5" },
  { 405, "Method Not Allowed", S .. "15.5.6" },
  { 406, "Not Acceptable", S .. "15.5.7" },
  { 407, "Proxy Authentication Required", S .. "15.5.8" },
  { 408, "Request Timeout", S .. "15.5.9" },
  { 409, "Conflict", S .. "15.5.10" },
  { 410, "Gone", S .. "15.5.11" },
  { 411, "Length Required", S .. "15.5.12" },
  { 412, "Precondition Failed", S .. "15.5.13" },
  { 413, "Content Too Large", S .. "15.5.14" },
  { 414, "URI Too Long", S .. "15.5.15" },
  { 415, "Unsupported Media Type", S .. "15.5.16" },
  { 416, "Range Not Satisfiable", S .. "15.5.17" },
  { 417, "Expectation Failed", S .. "15.5.18" },
  { 418, "(Unused)", S .. "15.5.19" },
  { 421, "Misdirected Request", S .. "15.5.20" },
  { 422, "Unprocessable Content", S .. "15.5.21" },
  { 423, "Locked", "RFC 4918" },
  { 424, "Failed Dependency", "RFC 4918" },
  { 425, "Too Early", "RFC 8470" },
  { 426, "Upgrade Required", S .. "15.5.22" },
  { 428, "Precondition Required", "RFC 6585" },
  { 429, "Too Many Requests", "RFC 6585" },
  { 431, "Request Header Fields Too Large", "RFC 6585" },
  { 451, "Unavailable For Legal Reasons", "RFC 7725" },
  { 500, "Internal Server Error", S .. "15.6.1" },
  { 501, "Not Implemented", S .. "15.6.2" },
  { 502, "Bad Gateway", S .. "15.6.3" },
  { 503, "Service Unavailable", S .. "15.6.4" },
  { 504, "Gateway Timeout", S .. "15.6.5" },
  { 505, "HTTP Version Not Supported", S .. "15.6.6" },
  { 506, "Variant Also Negotiates", "RFC 2295" },
  { 507, "Insufficient Storage", "RFC 4918" },
  { 508, "Loop Detected", "RFC 5842" },
  { 510, "Not Extended", "RFC 2774; status-change-http-experiments-to-historic" },
  { 511, "Network Authentication Required", "RFC 6585" },
}

-- what reason() answers for the two codes the registry lists as unused
local historical = { [306] = "Switch Proxy", [418] = "I'm a teapot" }
local status = { [104] = "temporary", [306] = "unused", [418] = "unused", [510] = "obsoleted" }

-- the constant name is the phrase in upper case, separators as "_"
local function constant_of(phrase)
  return (phrase:upper():gsub("'", ""):gsub("[%s%-]+", "_"))
end

describe("the registry", function()
  it("has 64 values, ascending, as codes() lists them", function()
    local codes = hs.codes()
    assert.are.equal(#registry, #codes)
    assert.are.equal(64, #codes)
    for i, row in ipairs(registry) do assert.are.equal(row[1], codes[i]) end
  end)

  it("is dated 2025-09-15", function()
    assert.are.equal("2025-09-15", hs.REGISTRY_DATE)
  end)

  for _, row in ipairs(registry) do
    local code, phrase, reference = row[1], row[2], row[3]
    it(code .. " " .. phrase, function()
      local reason = historical[code] or phrase
      assert.are.equal(reason, hs.reason(code))
      assert.are.equal(constant_of(reason), hs.name(code))
      assert.are.equal(code, hs[constant_of(reason)])
      assert.is_true(hs.is_registered(code))
      local info = hs.info(code)
      assert.are.equal(code, info.code)
      assert.are.equal(reason, info.reason)
      assert.are.equal(phrase, info.registry_phrase)
      assert.are.equal(reference, info.reference)
      assert.are.equal(status[code] or "permanent", info.status)
      assert.are.equal(code == 102 or code == 305 or code == 510, info.deprecated)
      assert.are.equal(info.deprecated, info.deprecation ~= nil)
      assert.are.equal(code, hs.code(reason))
    end)
  end

  it("gives 104 its expiry date and no other code one", function()
    for _, code in ipairs(hs.codes()) do
      assert.are.equal(code == 104 and "2026-11-13" or nil, hs.info(code).expires)
    end
  end)

  it("claims nothing else as registered, 0..1000", function()
    local listed = {}
    for _, row in ipairs(registry) do listed[row[1]] = true end
    for code = 0, 1000 do
      quick.equal(listed[code] == true, hs.is_registered(code), code)
      if not listed[code] then
        quick.is_nil(hs.reason(code), code)
        quick.is_nil(hs.name(code), code)
        quick.is_nil(hs.info(code), code)
      end
    end
  end)
end)
