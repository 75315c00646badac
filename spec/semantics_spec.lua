-- Every predicate against the RFC facts, for every integer 0..1000.
local hs = require "httpstatus"
local quick = require "quick"

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
-- issuing the redirected request (every 3xx in use that has one: not 304)
local retry_after = set { 300, 301, 302, 303, 305, 307, 308, 413, 429, 503 }
local no_content = set { 204, 205, 304 }
-- 102 (RFC 4918 dropped it), 305 (RFC 7231 B), 510 (RFC 2774 Historic)
local deprecated = set { 102, 305, 510 }

local classes = { "informational", "success", "redirection", "client_error", "server_error" }

describe("class and class predicates", function()
  it("follow the first digit for every integer 0..1000", function()
    for code = 0, 1000 do
      local valid = code >= 100 and code <= 599
      local digit = math.floor(code / 100)
      quick.equal(valid, hs.is_valid(code), code)
      quick.equal(valid and classes[digit] or nil, hs.class(code), code)
      quick.equal(valid and digit == 1, hs.is_informational(code), code)
      quick.equal(valid and digit == 2, hs.is_success(code), code)
      quick.equal(valid and digit == 3, hs.is_redirection(code), code)
      quick.equal(valid and digit == 4, hs.is_client_error(code), code)
      quick.equal(valid and digit == 5, hs.is_server_error(code), code)
      quick.equal(valid and digit >= 4, hs.is_error(code), code)
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
      quick.equal(cacheable[code] == true, hs.is_cacheable(code), code)
      quick.equal(retryable[code] == true, hs.is_retryable(code), code)
      quick.equal(deprecated[code] == true, hs.is_deprecated(code), code)
      quick.equal(code == 307 or code == 308, hs.preserves_method(code), code)
      quick.equal(no_store[code] == true, hs.must_not_store(code), code)
      quick.equal(retry_after[code] == true, hs.has_retry_after(code), code)
      local body = code >= 200 and code <= 599 and not no_content[code]
      quick.equal(body, hs.allows_body(code), code)
      if reg then
        local info = hs.info(code)
        quick.equal(body, info.allows_body, code)
        quick.equal(cacheable[code] == true, info.cacheable, code)
        quick.equal(no_store[code] == true, info.must_not_store, code)
        quick.equal(retryable[code] == true, info.retryable, code)
        quick.equal(retry_after[code] == true, info.retry_after, code)
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

  -- RFC 10008, 2.5: the POST-to-GET exception of 301 and 302 does not apply
  -- to QUERY; 303 means a GET of Location
  it("keep a QUERY on 301, 302, 307 and 308, and make it a GET on 303", function()
    local query = { [301] = "QUERY", [302] = "QUERY", [303] = "GET", [307] = "QUERY",
                    [308] = "QUERY" }
    for _, code in ipairs(hs.codes()) do
      assert.are.equal(query[code], hs.info(code).query_method, code)
    end
    for code = 0, 1000 do
      quick.equal(query[code] == "QUERY", hs.preserves_method(code, "QUERY"), code)
      quick.equal(code == 307 or code == 308, hs.preserves_method(code, "POST"), code)
      quick.equal(expected[code] ~= nil, hs.preserves_method(code, "GET"), code)
    end
    assert.is_false(hs.preserves_method(303, "PUT"))
    assert.is_true(hs.preserves_method(303, "HEAD"))
    assert.is_true(hs.preserves_method(301, "PUT"))
    -- methods are case-sensitive; no string is no method
    assert.is_true(hs.preserves_method(301, "post"))
    assert.is_false(hs.preserves_method(307, 1))
    assert.is_false(hs.preserves_method(307, "GET\0"))
    assert.is_false(hs.preserves_method(307, {}))
  end)
end)

describe("header fields by code", function()
  -- typed again from the RFC text: { name, level, condition or nil }
  local SAME_AS_200 = "a 200 to the same request would have sent it"
  local function as_200(list)
    for _, name in ipairs { "Date", "Cache-Control", "ETag", "Expires", "Content-Location",
                            "Vary" } do
      list[#list + 1] = { name, "must", SAME_AS_200 }
    end
    return list
  end
  local FIELDS = {
    [101] = { { "Upgrade", "must" }, { "Connection", "must" } },   -- 15.2.2, 7.8
    -- draft-ietf-httpbis-resumable-upload, Upload Creation and Upload Append
    [104] = { { "Location", "must", "it announces the upload resource of an upload creation request" },
              { "Upload-Limit", "must", "it announces the upload resource, and the resource has limits" },
              { "Upload-Offset", "may", "it reports how much of the content was processed so far" } },
    [201] = { { "Location", "should", "the created resource is not the target URI (after POST)" } },
    [206] = as_200 { { "Content-Range", "must", "a single part" },  -- 15.3.7.1
                     { "Content-Type", "must", "several parts: multipart/byteranges" } },
    [226] = { { "ETag", "must" },                                    -- RFC 3229 10.4.1
              { "IM", "may", "names the instance-manipulations applied (RFC 3229, 10.5.2)" } },
    [300] = { { "Location", "should", "the server has a preferred choice" } }, -- 15.4.1
    [301] = { { "Location", "should" } }, [302] = { { "Location", "should" } },
    [303] = { { "Location", "should" } }, [307] = { { "Location", "should" } },
    [308] = { { "Location", "should" } },
    [304] = as_200 {},                                                -- 15.4.5
    [401] = { { "WWW-Authenticate", "must" } }, [405] = { { "Allow", "must" } },
    [407] = { { "Proxy-Authenticate", "must" } },
    [413] = { { "Retry-After", "should", "the condition is temporary" } }, -- 15.5.14
    [415] = { { "Accept", "may", 'the media type is the problem ("ought to")' },
              { "Accept-Encoding", "may", 'the content coding is the problem ("ought to")' },
              -- RFC 10008, 2.1: "can be used", no keyword
              { "Accept-Query", "may", "a QUERY's query format is not supported (RFC 10008, 2.1)" } },
    [416] = { { "Content-Range", "should", "byte ranges: the current length, as bytes */length" } },
    [426] = { { "Upgrade", "must" }, { "Connection", "must" } },     -- 15.5.22, 7.8
    [429] = { { "Retry-After", "may" } },                            -- RFC 6585 4
    [451] = { { "Link", "should", 'rel="blocked-by", naming who blocks the resource' } },
    [503] = { { "Retry-After", "may" } },                            -- 15.6.4
  }

  it("are listed with level and condition in info(), in order, for every registered code", function()
    for _, code in ipairs(hs.codes()) do
      local want = {}
      for i, f in ipairs(FIELDS[code] or {}) do
        want[i] = { name = f[1], level = f[2], condition = f[3], draft = code == 104 or nil }
      end
      assert.are.same(want, hs.info(code).headers, code)
    end
  end)

  it("required_headers() keeps today's answers and adds the new MUST and SHOULD fields", function()
    local want = {
      [101] = { "Upgrade", "Connection" }, [104] = { "Location", "Upload-Limit" },
      [201] = { "Location" },
      [206] = { "Content-Range", "Content-Type" }, [226] = { "ETag" }, [300] = { "Location" },
      [301] = { "Location" }, [302] = { "Location" }, [303] = { "Location" },
      [307] = { "Location" }, [308] = { "Location" }, [401] = { "WWW-Authenticate" },
      [405] = { "Allow" }, [407] = { "Proxy-Authenticate" }, [413] = { "Retry-After" },
      [416] = { "Content-Range" }, [426] = { "Upgrade", "Connection" }, [451] = { "Link" },
    }
    for code = 100, 599 do
      assert.are.same(want[code] or {}, hs.required_headers(code), code)
    end
    assert.is_nil(hs.required_headers(99))
  end)

  it("required_headers() hands out a copy", function()
    local h = hs.required_headers(405)
    h[1] = "X-Changed"
    assert.are.same({ "Allow" }, hs.required_headers(405))
  end)
end)
