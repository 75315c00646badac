-- Every rule of hs.lint, one by one: a response that breaks it (the rule
-- is found, with its id) and one that keeps it (the rule is not found).
-- The list must name every rule of the catalog, so a rule added without
-- its two examples fails here.
local hs = require "httpstatus"
local catalog = require "httpstatus.lint_catalog"

local DATE = "Sun, 06 Nov 1994 08:49:37 GMT"

-- a response table
local function T(status, headers, body, reason)
  return { status = status, headers = headers or {}, body = body, reason = reason }
end
-- raw bytes: the status line and field lines, CRLF, the empty line, body
local function R(lines, body)
  return table.concat(lines, "\r\n") .. "\r\n\r\n" .. (body or "")
end
local TP = "text/plain"
local PJ = "application/problem+json"

-- { rule, breaks, keeps [, opts for both] }
local CASES = {
  { "status-line-syntax", "garbage\r\n\r\n", R { "HTTP/1.1 204 No Content", "Date: " .. DATE } },
  { "status-line-no-space", R { "HTTP/1.1 204", "Date: " .. DATE },
    R { "HTTP/1.1 204 ", "Date: " .. DATE } },
  { "version-syntax", R { "http/1.1 204 No Content" }, R { "HTTP/1.1 204 No Content" } },
  { "version-unknown", R { "HTTP/1.2 204 No Content" }, R { "HTTP/1.0 204 No Content" } },
  { "status-code-range", T(600), T(200) },
  { "reason-phrase-chars", T(204, nil, nil, "No\1Content"), T(204, nil, nil, "No Content") },
  { "status-unregistered", T(299), T(204) },
  { "status-unused", T(418, { ["Content-Type"] = TP }, "tea"), T(200, { ["Content-Type"] = TP }, "tea") },
  { "status-obsoleted", T(510), T(500) },
  { "reason-stale", T(413, nil, nil, "Payload Too Large"), T(413, nil, nil, "Content Too Large") },
  { "reason-other-code", T(404, nil, nil, "OK"), T(404, nil, nil, "Not Found") },

  { "content-length-with-transfer-encoding",
    T(200, { ["Content-Length"] = "0", ["Transfer-Encoding"] = "chunked" }),
    T(200, { ["Content-Length"] = "0" }) },
  { "content-length-syntax", T(200, { ["Content-Length"] = "-1" }), T(200, { ["Content-Length"] = "0" }) },
  { "content-length-conflict", T(200, { ["Content-Length"] = { "0", "3" } }),
    T(200, { ["Content-Length"] = { "0" } }) },
  { "content-length-repeated", T(200, { ["Content-Length"] = "0, 0" }),
    T(200, { ["Content-Length"] = "0" }) },
  { "content-length-mismatch", T(200, { ["Content-Length"] = "3", ["Content-Type"] = TP }, "ok"),
    T(200, { ["Content-Length"] = "2", ["Content-Type"] = TP }, "ok") },
  { "content-length-forbidden", T(204, { ["Content-Length"] = "0" }), T(204) },
  { "transfer-encoding-forbidden", T(101, { ["Transfer-Encoding"] = "chunked", Upgrade = "x",
    Connection = "upgrade" }), T(101, { Upgrade = "x", Connection = "upgrade" }) },
  { "reset-content-framing", T(205, { ["Transfer-Encoding"] = "chunked" }),
    T(205, { ["Content-Length"] = "0" }) },
  { "chunked-not-last", T(200, { ["Transfer-Encoding"] = "chunked, gzip" }),
    T(200, { ["Transfer-Encoding"] = "gzip, chunked" }) },
  { "chunked-twice", T(200, { ["Transfer-Encoding"] = "chunked, chunked" }),
    T(200, { ["Transfer-Encoding"] = "chunked" }) },
  { "transfer-encoding-http10", T(200, { ["Transfer-Encoding"] = "chunked" }),
    T(200, { ["Content-Length"] = "0" }), { version = "1.0" } },
  { "transfer-coding-unknown", T(200, { ["Transfer-Encoding"] = "br, chunked" }),
    T(200, { ["Transfer-Encoding"] = "gzip, chunked" }) },
  { "chunked-malformed",
    R({ "HTTP/1.1 200 OK", "Date: " .. DATE, "Content-Type: text/plain",
        "Transfer-Encoding: chunked" }, "5\r\nhello\r\nzz\r\n"),
    R({ "HTTP/1.1 200 OK", "Date: " .. DATE, "Content-Type: text/plain",
        "Transfer-Encoding: chunked" }, "5\r\nhello\r\n0\r\n\r\n") },
  { "content-not-allowed", T(204, nil, "x"), T(204) },
  { "unframed-without-close", R({ "HTTP/1.1 200 OK", "Date: " .. DATE, "Content-Type: text/plain" },
    "hello"), R({ "HTTP/1.1 200 OK", "Date: " .. DATE, "Content-Type: text/plain",
    "Connection: close" }, "hello") },
  { "no-final-response", R { "HTTP/1.1 100 Continue" },
    R { "HTTP/1.1 100 Continue" } .. R { "HTTP/1.1 204 No Content", "Date: " .. DATE } },
  { "head-incomplete", "HTTP/1.1 204 No Content\r\nDate: " .. DATE .. "\r\n",
    R { "HTTP/1.1 204 No Content", "Date: " .. DATE } },
  { "line-ending-lf", "HTTP/1.1 204 No Content\nDate: " .. DATE .. "\n\n",
    R { "HTTP/1.1 204 No Content", "Date: " .. DATE } },

  { "field-name-token", T(204, { ["Bad Name"] = "x" }), T(204, { ["Good-Name"] = "x" }) },
  { "field-value-chars", T(204, { ["X-A"] = "a\1b" }), T(204, { ["X-A"] = "a b" }) },
  { "field-obs-fold", R { "HTTP/1.1 204 No Content", "X-A: a", " b" },
    R { "HTTP/1.1 204 No Content", "X-A: a b" } },
  { "field-space-before-colon", R { "HTTP/1.1 204 No Content", "X-A : a" },
    R { "HTTP/1.1 204 No Content", "X-A: a" } },
  { "field-line-syntax", R { "HTTP/1.1 204 No Content", "no colon here" },
    R { "HTTP/1.1 204 No Content", "X-A: here" } },
  { "field-repeated", T(204, { ETag = { '"a"', '"b"' } }), T(204, { ETag = { '"a"' } }) },
  { "field-value-padding", T(204, { ["X-A"] = " a" }), T(204, { ["X-A"] = "a" }) },
  { "field-name-uppercase", R { "HTTP/2 204 ", "Date: " .. DATE },
    R { "HTTP/2 204 ", "date: " .. DATE } },

  { "date-invalid", T(204, { Date = "yesterday" }), T(204, { Date = DATE }) },
  { "date-obsolete-format", T(204, { Date = "Sunday, 06-Nov-94 08:49:37 GMT" }),
    T(204, { Date = DATE }) },
  { "expires-invalid", T(204, { Expires = "0" }), T(204, { Expires = DATE }) },
  { "missing-date", R { "HTTP/1.1 204 No Content" }, R { "HTTP/1.1 204 No Content", "Date: " .. DATE } },
  { "last-modified-future", T(204, { Date = DATE, ["Last-Modified"] = "Mon, 07 Nov 1994 08:49:37 GMT" }),
    T(204, { Date = DATE, ["Last-Modified"] = "Sat, 05 Nov 1994 08:49:37 GMT" }) },
  { "retry-after-invalid", T(503, { ["Retry-After"] = "soon" }), T(503, { ["Retry-After"] = "120" }) },
  { "retry-after-unexpected", T(204, { ["Retry-After"] = "5" }), T(503, { ["Retry-After"] = "5" }) },
  { "cache-control-syntax", T(204, { ["Cache-Control"] = "max-age=5 public" }),
    T(204, { ["Cache-Control"] = "max-age=5, public" }) },
  { "cache-control-delta-seconds", T(204, { ["Cache-Control"] = "max-age=soon" }),
    T(204, { ["Cache-Control"] = "max-age=60" }) },
  { "cache-control-quoted", T(204, { ["Cache-Control"] = 'max-age="60"' }),
    T(204, { ["Cache-Control"] = "max-age=60" }) },
  { "cache-control-duplicate", T(204, { ["Cache-Control"] = { "max-age=1", "max-age=2" } }),
    T(204, { ["Cache-Control"] = { "max-age=1", "public" } }) },
  { "cache-control-contradiction", T(204, { ["Cache-Control"] = "public, private" }),
    T(204, { ["Cache-Control"] = "private" }) },
  { "etag-syntax", T(204, { ETag = "abc" }), T(204, { ETag = 'W/"abc"' }) },
  { "content-type-syntax", T(200, { ["Content-Type"] = "text" }, "x"),
    T(200, { ["Content-Type"] = 'text/plain; charset="utf-8"' }, "x") },
  { "vary-syntax", T(204, { Vary = "Accept, (x)" }), T(204, { Vary = "Accept, Origin" }) },
  { "vary-star-with-others", T(204, { Vary = "*, Accept" }), T(204, { Vary = "*" }) },
  { "allow-syntax", T(405, { Allow = "GET POST" }), T(405, { Allow = "GET, POST" }) },
  { "allow-lists-method", T(405, { Allow = "GET, POST" }), T(405, { Allow = "GET" }),
    { method = "POST" } },
  { "location-syntax", T(302, { Location = "/a b" }), T(302, { Location = "/a%20b?q=1#top" }) },
  { "content-location-syntax", T(204, { ["Content-Location"] = "/%zz" }),
    T(204, { ["Content-Location"] = "/a" }) },
  { "age-syntax", T(204, { Age = "-1" }), T(204, { Age = "1" }) },
  { "content-range-syntax", T(206, { ["Content-Range"] = "bytes 0-1" }, "ok"),
    T(206, { ["Content-Range"] = "bytes 0-1/10" }, "ok") },
  { "content-range-invalid", T(206, { ["Content-Range"] = "bytes 1-0/10" }, "ok"),
    T(206, { ["Content-Range"] = "bytes 0-1/10" }, "ok") },
  { "content-range-unexpected", T(200, { ["Content-Range"] = "bytes 0-1/10" }, "ok"),
    T(206, { ["Content-Range"] = "bytes 0-1/10" }, "ok") },
  { "content-range-with-multipart", T(206, { ["Content-Type"] = "multipart/byteranges; boundary=x",
    ["Content-Range"] = "bytes 0-1/10" }, "ok"),
    T(206, { ["Content-Type"] = "multipart/byteranges; boundary=x" }, "ok") },
  { "content-range-length-mismatch", T(206, { ["Content-Range"] = "bytes 0-4/10" }, "ok"),
    T(206, { ["Content-Range"] = "bytes 3-4/10" }, "ok") },
  { "unsatisfied-range-form", T(416, { ["Content-Range"] = "bytes 0-1/10" }),
    T(416, { ["Content-Range"] = "bytes */10" }) },
  { "accept-ranges-syntax", T(204, { ["Accept-Ranges"] = "bytes none" }),
    T(204, { ["Accept-Ranges"] = "bytes" }) },
  { "content-encoding-syntax", T(204, { ["Content-Encoding"] = "gzip br" }),
    T(204, { ["Content-Encoding"] = "gzip, br" }) },
  { "auth-challenge-syntax", T(401, { ["WWW-Authenticate"] = '"Basic"' }),
    T(401, { ["WWW-Authenticate"] = 'Basic realm="x"' }) },
  { "server-detail", T(204, { Server = "nginx/1.22.1" }), T(204, { Server = "nginx" }) },
  { "pragma-obsolete", T(204, { Pragma = "no-cache" }), T(204, { ["Cache-Control"] = "no-cache" }) },
  { "warning-obsolete", T(204, { Warning = '110 - "stale"' }), T(204) },

  { "upgrade-without-connection", T(204, { Upgrade = "h2c" }),
    T(204, { Upgrade = "h2c", Connection = "Upgrade" }) },
  { "must-not-store-cacheable", T(429, { ["Cache-Control"] = "max-age=60" }),
    T(429, { ["Cache-Control"] = "no-store" }) },
  { "vary-missing", T(200, { ["Content-Encoding"] = "gzip", ["Content-Type"] = TP }, "x"),
    T(200, { ["Content-Encoding"] = "gzip", ["Content-Type"] = TP, Vary = "Accept-Encoding" }, "x") },
  { "missing-content-type", T(200, nil, "x"), T(200, { ["Content-Type"] = TP }, "x") },
  { "problem-json-invalid", T(400, { ["Content-Type"] = PJ }, '{"title": "x",}'),
    T(400, { ["Content-Type"] = PJ }, '{"title": "x", "n": [1, {"a": null}]}') },
  { "problem-member-type", T(400, { ["Content-Type"] = PJ }, '{"title": 5}'),
    T(400, { ["Content-Type"] = PJ }, '{"title": "5"}') },
  { "problem-status-mismatch", T(400, { ["Content-Type"] = PJ }, '{"status": 404}'),
    T(400, { ["Content-Type"] = PJ }, '{"status": 400}') },
  { "connection-specific-field", T(204, { Connection = "close" }), T(204, { Vary = "Accept" }),
    { version = "2" } },
  { "switching-protocols-h2", T(101), T(204), { version = "3" } },
  { "upgrade-required-h2", T(426), T(429), { version = "2" } },

  { "missing-accept", T(415), T(415, { Accept = "application/json" }) },
  { "missing-accept-encoding", T(415), T(415, { ["Accept-Encoding"] = "gzip" }) },
  { "missing-accept-query", T(415), T(415, { ["Accept-Query"] = '"application/jsonpath"' }),
    { method = "QUERY" } },
  { "missing-allow", T(405), T(405, { Allow = "GET" }) },
  -- 104's rows follow a draft (resumable uploads); their conditions leave them at info
  { "missing-upload-limit", T(104, { Location = "/upload/1" }),
    T(104, { Location = "/upload/1", ["Upload-Limit"] = "max-size=1000000" }) },
  { "missing-upload-offset", T(104, { Location = "/upload/1" }),
    T(104, { Location = "/upload/1", ["Upload-Offset"] = "0" }) },
  { "missing-connection", T(101, { Upgrade = "websocket" }),
    T(101, { Upgrade = "websocket", Connection = "Upgrade" }) },
  { "missing-content-range", T(206, { ["Content-Type"] = TP }, "ok"),
    T(206, { ["Content-Type"] = TP, ["Content-Range"] = "bytes 0-1/2" }, "ok") },
  { "missing-etag", T(226), T(226, { ETag = '"a"' }) },
  { "missing-im", T(226), T(226, { IM = "feed" }) },
  { "missing-link", T(451, { Link = '<https://example.org/>; rel="author"' }),
    T(451, { Link = '<https://example.org/>; rel="blocked-by"' }) },
  { "missing-location", T(301), T(301, { Location = "/new" }) },
  { "missing-proxy-authenticate", T(407), T(407, { ["Proxy-Authenticate"] = "Basic" }) },
  { "missing-retry-after", T(503), T(503, { ["Retry-After"] = "60" }) },
  { "missing-upgrade", T(426, { Connection = "Upgrade" }),
    T(426, { Upgrade = "HTTP/3.0", Connection = "Upgrade" }) },
  { "missing-www-authenticate", T(401), T(401, { ["WWW-Authenticate"] = "Bearer" }) },
}

local function ids_of(findings)
  local set = {}
  for _, f in ipairs(findings) do set[f.rule] = f end
  return set
end

describe("hs.lint's rules", function()
  it("are at least 60, each with a level and an RFC section", function()
    assert.is_true(#catalog.IDS >= 60)
    for _, id in ipairs(catalog.IDS) do
      assert.matches("^[a-z0-9%-]+$", id)
      local r = catalog.RULES[id]
      assert(r.level == false or r.level == "error" or r.level == "warning" or r.level == "info", id)
      assert(r.reference == false or r.reference:find("^RFC %d+, Section [%d%.]+$"), id)
    end
  end)

  it("each have a case here, and no case names an unknown rule", function()
    local covered = {}
    for _, case in ipairs(CASES) do
      assert(catalog.RULES[case[1]], "no rule " .. case[1])
      assert.is_nil(covered[case[1]], case[1] .. " twice")
      covered[case[1]] = true
    end
    for _, id in ipairs(catalog.IDS) do assert(covered[id], "no case for " .. id) end
  end)

  for _, case in ipairs(CASES) do
    local id, breaks, keeps, opts = case[1], case[2], case[3], case[4]
    it(id .. ": found where broken, not where kept", function()
      local found = ids_of(hs.lint(breaks, opts))
      assert(found[id], id .. " not found in " .. require("pl.pretty").write(hs.lint(breaks, opts)))
      local f = found[id]
      assert.are.equal("string", type(f.message))
      assert.truthy(f.message:find("%S"))
      -- an RFC's section, or the draft a code's registration cites (104)
      assert.truthy(f.reference:find("^RFC %d+") or f.reference:find("^draft%-ietf%-"), f.reference)
      assert.is_nil(ids_of(hs.lint(keeps, opts))[id], id .. " found where kept")
    end)
  end

  it("give a code's header rows the row's level and the code's section", function()
    local allow = ids_of(hs.lint(T(405)))["missing-allow"]
    assert.are.same({ rule = "missing-allow", level = "error", field = "Allow",
                      reference = "RFC 9110, Section 15.5.6",
                      message = "a 405 must carry Allow" }, allow)
    assert.are.equal("warning", ids_of(hs.lint(T(301)))["missing-location"].level)
    assert.are.equal("info", ids_of(hs.lint(T(503)))["missing-retry-after"].level)
    assert.are.equal("RFC 9114, Section 4.2",
      ids_of(hs.lint(T(204, { Connection = "close" }), { version = "3" }))
        ["connection-specific-field"].reference)
  end)
end)

describe("hs.lint_rules", function()
  local function by_id(list)
    local out = {}
    for _, r in ipairs(list) do out[r.rule] = r end
    return out
  end

  it("lists the rules about a code as hs.lint finds them", function()
    assert.are.same({ { rule = "missing-allow", level = "error", message = "a 405 must carry Allow",
                        reference = "RFC 9110, Section 15.5.6" } }, hs.lint_rules(405))
    local found = ids_of(hs.lint(T(405)))["missing-allow"]
    assert.are.equal(found.message, hs.lint_rules(405)[1].message)
    local r429 = by_id(hs.lint_rules(429))
    assert.are.equal("warning", r429["must-not-store-cacheable"].level)
    assert.are.equal("info", r429["missing-retry-after"].level)
    local r204 = by_id(hs.lint_rules(204))
    assert.are.equal("a 204 response must not carry Content-Length",
      r204["content-length-forbidden"].message)
    assert.truthy(by_id(hs.lint_rules(101))["switching-protocols-h2"])
    assert.truthy(by_id(hs.lint_rules(426))["upgrade-required-h2"])
    -- a row that holds only under a condition: the condition apart, as info has it
    local location = by_id(hs.lint_rules(201))["missing-location"]
    assert.are.equal("a 201 should carry Location", location.message)
    assert.are.equal(hs.info(201).headers[1].condition, location.condition)
    assert.are.same({}, hs.lint_rules(200))
    assert.are.same({}, hs.lint_rules(299))
    assert.are.equal("429 응답에는 Retry-After 헤더가 있을 수 있습니다",
      by_id(hs.lint_rules(429, { lang = "ko" }))["missing-retry-after"].message)
  end)

  it("answers nil for no status code; a bad option raises", function()
    for _, bad in ipairs { 99, 600, 404.5, "404", true, 0 / 0 } do
      assert.is_nil(hs.lint_rules(bad))
    end
    assert.has_error(function() hs.lint_rules(404, { lnag = "ko" }) end,
      "bad argument #2 to 'lint_rules' (unknown option \"lnag\")")
    assert.has_error(function() hs.lint_rules(404, { lang = 1 }) end,
      "bad argument #2 to 'lint_rules' (lang must be a string, got 1)")
  end)

  it("lists exactly the codes of each rule of the catalog that has them", function()
    local listed = {}
    for code = 100, 599 do
      for _, r in ipairs(hs.lint_rules(code)) do
        listed[r.rule] = listed[r.rule] or {}
        table.insert(listed[r.rule], code)
        assert.truthy(catalog.RULES[r.rule], r.rule)
      end
    end
    local with_codes = 0
    for _, id in ipairs(catalog.IDS) do
      local codes = catalog.RULES[id].codes
      if codes then
        with_codes = with_codes + 1
        assert.are.same(codes, listed[id], id)
      else
        assert.is_nil(listed[id], id)
      end
    end
    assert.is_true(with_codes >= 20, tostring(with_codes))
  end)

  it("gives fresh tables: one call's answer changed, the next is whole", function()
    local first = hs.lint_rules(405)
    first[1].message, first[2] = "changed", "added"
    assert.are.same({ { rule = "missing-allow", level = "error", message = "a 405 must carry Allow",
                        reference = "RFC 9110, Section 15.5.6" } }, hs.lint_rules(405))
    assert.are_not.equal(first, hs.lint_rules(405))
  end)
end)
