-- Every predicate against the RFC facts, for every integer 0..1000.
local hs = require "httpstatus"

local function set(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

-- RFC 9110 15.1 plus RFC 7725 s3
local cacheable = set { 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501 }
-- RFC 6585: MUST NOT be stored
local no_store = set { 428, 429, 431, 511 }
local retryable = set { 408, 421, 425, 429, 500, 502, 503, 504 }
-- RFC 9110 10.2.3: time to wait before retrying (413, 429, 503) or before
-- following a redirect (any 3xx in use)
local retry_after = set { 300, 301, 302, 303, 304, 305, 307, 308, 413, 429, 503 }
local no_content = set { 204, 205, 304 }
local deprecated = set { 305, 510 }

local classes = { "informational", "success", "redirection", "client_error", "server_error" }

describe("class and class predicates", function()
  it("follow the first digit for every integer 0..1000", function()
    for code = 0, 1000 do
      local valid = code >= 100 and code <= 599
      local digit = math.floor(code / 100)
      assert.are.equal(valid, hs.is_valid(code), code)
      assert.are.equal(valid and classes[digit] or nil, hs.class(code), code)
      assert.are.equal(valid and digit == 1, hs.is_informational(code), code)
      assert.are.equal(valid and digit == 2, hs.is_success(code), code)
      assert.are.equal(valid and digit == 3, hs.is_redirection(code), code)
      assert.are.equal(valid and digit == 4, hs.is_client_error(code), code)
      assert.are.equal(valid and digit == 5, hs.is_server_error(code), code)
      assert.are.equal(valid and digit >= 4, hs.is_error(code), code)
    end
  end)

  it("counts an unregistered code by its first digit", function()
    assert.are.equal("client_error", hs.class(499))
    assert.is_true(hs.is_client_error(499))
    assert.is_true(hs.is_success(299))
    assert.is_false(hs.is_registered(499))
  end)
end)

describe("semantic facts", function()
  it("match RFC 9110/9111/6585/7725/8470 for every integer 0..1000", function()
    for code = 0, 1000 do
      local reg = hs.is_registered(code)
      assert.are.equal(cacheable[code] == true, hs.is_cacheable(code), code)
      assert.are.equal(retryable[code] == true, hs.is_retryable(code), code)
      assert.are.equal(deprecated[code] == true, hs.is_deprecated(code), code)
      assert.are.equal(code == 307 or code == 308, hs.preserves_method(code), code)
      assert.are.equal(no_store[code] == true, hs.must_not_store(code), code)
      assert.are.equal(retry_after[code] == true, hs.has_retry_after(code), code)
      local body = code >= 200 and code <= 599 and not no_content[code]
      assert.are.equal(body, hs.allows_body(code), code)
      if reg then
        local info = hs.info(code)
        assert.are.equal(body, info.allows_body, code)
        assert.are.equal(cacheable[code] == true, info.cacheable, code)
        assert.are.equal(no_store[code] == true, info.must_not_store, code)
        assert.are.equal(retryable[code] == true, info.retryable, code)
        assert.are.equal(retry_after[code] == true, info.retry_after, code)
      end
    end
  end)

  it("never lets a cache both heuristically store and never store a code", function()
    for code = 100, 599 do
      assert.is_false(hs.is_cacheable(code) and hs.must_not_store(code), code)
    end
  end)

  it("knows that HEAD responses and 2xx to CONNECT have no body", function()
    assert.is_true(hs.allows_body(200, "GET"))
    assert.is_false(hs.allows_body(200, "HEAD"))
    assert.is_false(hs.allows_body(404, "HEAD"))
    assert.is_false(hs.allows_body(200, "CONNECT"))
    assert.is_false(hs.allows_body(299, "CONNECT"))
    assert.is_true(hs.allows_body(407, "CONNECT"))
    assert.is_true(hs.allows_body(502, "CONNECT"))
    assert.is_false(hs.allows_body(204, "GET"))
    assert.is_false(hs.allows_body(304, "GET"))
    assert.is_false(hs.allows_body(103, "GET"))
    -- methods are case-sensitive (RFC 9110, Section 9.1)
    assert.is_true(hs.allows_body(200, "head"))
  end)
end)

describe("redirects", function()
  local expected = {
    [301] = { "permanent", "may_change" },
    [302] = { "temporary", "may_change" },
    [303] = { "temporary", "to_get" },
    [307] = { "temporary", "preserved" },
    [308] = { "permanent", "preserved" },
  }
  it("have a kind and a method rule, and only these five", function()
    for _, code in ipairs(hs.codes()) do
      local info = hs.info(code)
      local e = expected[code]
      assert.are.equal(e and e[1] or nil, info.redirect, code)
      assert.are.equal(e and e[2] or nil, info.method, code)
    end
  end)
end)

describe("required header fields", function()
  local levels = {
    [101] = { "Upgrade", "must" },
    [401] = { "WWW-Authenticate", "must" },
    [405] = { "Allow", "must" },
    [407] = { "Proxy-Authenticate", "must" },
    [426] = { "Upgrade", "must" },
    [201] = { "Location", "should" },
    [301] = { "Location", "should" },
    [302] = { "Location", "should" },
    [303] = { "Location", "should" },
    [307] = { "Location", "should" },
    [308] = { "Location", "should" },
    [206] = { "Content-Range", "should" },
    [416] = { "Content-Range", "should" },
    [300] = { "Location", "may" },
    [451] = { "Link", "should" },
    [413] = { "Retry-After", "may" },
    [429] = { "Retry-After", "may" },
    [503] = { "Retry-After", "may" },
  }
  it("are listed with their level in info(), for every registered code", function()
    for _, code in ipairs(hs.codes()) do
      local h = hs.info(code).headers
      local e = levels[code]
      if e then
        assert.are.same({ { name = e[1], level = e[2] } }, h, code)
      else
        assert.are.same({}, h, code)
      end
    end
  end)

  it("required_headers() gives the MUST and SHOULD fields only", function()
    for code = 100, 599 do
      local e = levels[code]
      local want = (e and e[2] ~= "may") and { e[1] } or {}
      assert.are.same(want, hs.required_headers(code), code)
    end
  end)

  it("required_headers() hands out a copy", function()
    local h = hs.required_headers(405)
    h[1] = "X-Changed"
    assert.are.same({ "Allow" }, hs.required_headers(405))
  end)
end)
