-- One set of rules for every builder: hs.response, hs.serialize and
-- httpstatus.ngx's exit refuse the same responses with the same message,
-- and accept the same ones (httpstatus.rules owns each rule).
local hs = require "httpstatus"
local fake_ngx = require "fake_ngx"

-- code, headers, body, method, and the fragment of the refusal (nil: allowed)
local CASES = {
  { 200, nil, "hello", nil, nil },
  { 200, { ["Content-Length"] = 5 }, "hello", nil, nil },
  { 200, { ["Content-Length"] = "4" }, "hello", nil, "is 4 but the body has 5 bytes" },
  { 200, { ["Content-Length"] = 100 }, nil, nil, "is 100 but the body has 0 bytes" },
  { 200, { ["content-length"] = "five" }, "hello", nil, "must be one decimal number" },
  { 200, { ["Content-Length"] = { "5", "5" } }, "hello", nil, "is sent at most once" },
  { 200, { ["Content-Length"] = { "5" } }, "hello", nil, nil },
  { 200, { ["Content-Length"] = 5, ["Transfer-Encoding"] = "chunked" }, "hello", nil,
    "Content-Length and Transfer-Encoding together" },
  { 204, { ["Content-Length"] = 0 }, nil, nil, "a 204 response must not carry Content-Length" },
  { 204, { ["Transfer-Encoding"] = "chunked" }, nil, nil, "must not carry Transfer-Encoding" },
  { 204, nil, "x", nil, "a 204 response cannot have a body" },
  { 205, nil, "x", nil, "a 205 response cannot have a body" },
  { 205, { ["Content-Length"] = 0 }, nil, nil, nil },
  { 205, { ["Content-Length"] = 3 }, nil, nil, "is 3 but the body has 0 bytes" },
  { 304, { ETag = '"a"', ["Content-Length"] = 120 }, nil, nil, nil },
  { 304, nil, "x", nil, "a 304 response cannot have a body" },
  { 200, { ["Content-Length"] = 120 }, "x", "HEAD", nil },
  { 200, nil, "x", "CONNECT", "a 2xx response to CONNECT cannot have a body" },
  { 200, { ["Content-Length"] = 0 }, nil, "CONNECT", "must not carry Content-Length" },
  { 407, { ["Proxy-Authenticate"] = "Basic" }, "no", "CONNECT", nil },
  { 301, nil, nil, nil, "a 301 redirect must carry the 'Location' header field" },
  { 302, { Location = "" }, nil, nil, "header 'Location' must be one non-empty value" },
  { 302, { Location = "  " }, nil, nil, "header 'Location' must be one non-empty value" },
  { 302, { Location = { "/a", "/b" } }, nil, nil, "header 'Location' is sent at most once" },
  -- fields a message carries once (RFC 9110 5.3): a list of several is refused (#18 4.4)
  { 200, { ["Content-Type"] = { "a/b", "c/d" } }, "x", nil, "header 'Content-Type' is sent at most once" },
  { 200, { ETag = { '"a"', '"b"' } }, nil, nil, "header 'ETag' is sent at most once" },
  { 503, { ["retry-after"] = { 1, 2 } }, nil, nil, "header 'retry-after' is sent at most once" },
  { 200, { ["Last-Modified"] = { "x", "y" }, }, nil, nil, "is sent at most once" },
  { 200, { Date = { "x", "y" }, }, nil, nil, "is sent at most once" },
  { 200, { Expires = { "x", "y" }, }, nil, nil, "is sent at most once" },
  { 200, { Age = { 1, 2 }, }, nil, nil, "is sent at most once" },
  { 206, { ["Content-Range"] = { "bytes 0-0/2", "bytes 1-1/2" } }, "x", nil, "is sent at most once" },
  { 200, { ["Set-Cookie"] = { "a=1", "b=2" }, Vary = { "Accept", "Origin" } }, nil, nil, nil },
  { 205, { ["Transfer-Encoding"] = "chunked" }, nil, nil, "a 205 response must not carry Transfer-Encoding" },
  { 308, { location = "/x" }, nil, nil, nil },
  { 401, nil, nil, nil, "must carry the 'WWW-Authenticate' header field" },
  { 405, nil, nil, nil, "must carry the 'Allow' header field" },
  { 405, { allow = "GET" }, nil, nil, nil },
  { 407, nil, nil, nil, "must carry the 'Proxy-Authenticate' header field" },
  { 426, nil, nil, nil, "must carry the 'Upgrade' header field" },
  { 426, { Upgrade = "TLS/1.3" }, nil, nil, "must carry the 'Connection' header field" },
  { 426, { Upgrade = "TLS/1.3", Connection = "close" }, nil, nil, "must list 'upgrade'" },
  { 426, { Upgrade = "TLS/1.3", Connection = "Upgrade" }, nil, nil, nil },
  { 200, { Upgrade = "h2c", Connection = "keep-alive" }, nil, nil, "must list 'upgrade'" },
  { 226, nil, "delta", nil, "must carry the 'ETag' header field" },
  { 226, { ETag = '"v2"', IM = "vcdiff" }, "delta", nil, nil },
  { 200, { ["X-A"] = "a\r\nb" }, nil, nil, "header 'X-A' must not contain CR, LF, NUL" },
  { 200, { ["Bad Name"] = "v" }, nil, nil, "is not a token" },
  { 200, { ["X-A"] = 1, ["x-a"] = 2 }, nil, nil, "given twice" },
  { 200, nil, nil, "GE T", "method must be a token" },
  { 200, nil, 5, nil, "body must be a string" },
}

local function via_response(c)
  return pcall(hs.response, c[1], { headers = c[2], body = c[3], method = c[4] })
end

local function via_serialize(c)
  -- a HEAD table for serialize carries no body: it is never sent
  local body = c[4] ~= "HEAD" and c[3] or nil
  return pcall(hs.serialize, { status = c[1], headers = c[2], body = body, method = c[4] })
end

local function via_exit(c)
  local hsngx, sent = fake_ngx.load { method = c[4] or "GET" }
  local ok, err = pcall(hsngx.exit, c[1], { headers = c[2], body = c[3] })
  if not ok then assert.is_nil(sent.status, "exit touched the response before refusing") end
  return ok, err
end

describe("every builder applies the same rules", function()
  for i, c in ipairs(CASES) do
    local label = ("case %d: %d %s"):format(i, c[1], c[5] or "allowed")
    it(label, function()
      for name, via in pairs { response = via_response, serialize = via_serialize,
                               exit = via_exit } do
        if not (name == "exit" and c[4] == "GE T") then -- exit takes nginx's method
          local ok, err = via(c)
          if c[5] == nil then
            assert(ok, name .. " refused " .. label .. ": " .. tostring(err))
          else
            assert(not ok, name .. " allowed " .. label)
            assert(err:find(c[5], 1, true), name .. ": " .. err)
          end
        end
      end
    end)
  end

  it("adds the same Content-Length where the wire needs one", function()
    for _, case in ipairs { { 205, "0" }, { 200, "0" }, { 404, "0" }, { 204, nil },
                            { 304, nil }, { 100, nil } } do
      local code, want = case[1], case[2]
      local bytes = hs.serialize({ status = code })
      assert.are.equal(want, bytes:match("Content%-Length: (%d+)"), code)
      if code >= 200 and code ~= 404 then
        local hsngx, sent = fake_ngx.load { method = "GET" }
        hsngx.exit(code)
        assert.are.equal(want, sent.headers["Content-Length"], code)
      end
    end
  end)
end)

describe("httpstatus.rules' copy of no headers", function()
  local rules = require("internal").module("httpstatus.rules")

  it("is fresh for a caller that adds to it, shared and read-only for one that reads", function()
    local a, an = rules.copy_headers(nil)
    local b = rules.copy_headers(nil)
    assert.are_not.equal(a, b)
    a.X, an.x = "1", "X" -- the caller's own
    local shared, names = rules.copy_headers(nil, true)
    assert.are.equal(shared, names)
    assert.is_nil(next(shared))
    local ok, err = pcall(function() shared.X = "1" end)
    assert.is_false(ok)
    assert.matches("the copy of no headers is read-only", err, 1, true)
    assert.is_nil(next((rules.copy_headers(nil, true))))
    -- headers given are copied whatever read_only says
    local copy = rules.copy_headers({ ["X-A"] = "1" }, true)
    assert.are.same({ ["X-A"] = "1" }, copy)
  end)
end)
