-- status_line and parse_status_line, and the round trip between them.
local hs = require "httpstatus"
local raises = require "raises"
local bad_values = require "bad_values"
local quick = require "quick"

describe("status_line", function()
  it("builds the line with the registered phrase", function()
    assert.are.equal("HTTP/1.1 404 Not Found", hs.status_line(404))
    assert.are.equal("HTTP/1.1 413 Content Too Large", hs.status_line(413))
    assert.are.equal("HTTP/1.0 200 OK", hs.status_line(200, nil, "1.0"))
    assert.are.equal("HTTP/1.0 200 OK", hs.status_line(200, nil, "HTTP/1.0"))
    assert.are.equal("HTTP/1.1 200 OK", hs.status_line(200, nil, "HTTP/1.1"))
    assert.are.equal("HTTP/1.1 404 Not Found", hs.status_line(404.0))
  end)

  it("keeps the space after a code with no phrase (RFC 9112)", function()
    assert.are.equal("HTTP/1.1 299 ", hs.status_line(299))
    assert.are.equal("HTTP/1.1 499 ", hs.status_line(499))
    assert.are.equal("HTTP/1.1 404 ", hs.status_line(404, ""))
  end)

  it("takes a custom reason with HTAB, SP, VCHAR and obs-text", function()
    assert.are.equal("HTTP/1.1 404 Gone\tFishing", hs.status_line(404, "Gone\tFishing"))
    assert.are.equal("HTTP/1.1 200 \195\169t\195\169", hs.status_line(200, "\195\169t\195\169"))
    assert.are.equal("HTTP/1.1 200 " .. ("x"):rep(1000), hs.status_line(200, ("x"):rep(1000)))
  end)

  it("answers every valid code, and the memo never mixes versions", function()
    for code = 100, 599 do
      local r = hs.reason(code) or ""
      quick.equal("HTTP/1.1 " .. code .. " " .. r, hs.status_line(code))
      quick.equal("HTTP/1.0 " .. code .. " " .. r, hs.status_line(code, nil, "1.0"))
      quick.equal("HTTP/1.1 " .. code .. " " .. r, hs.status_line(code))
    end
  end)

  it("refuses control characters in a reason (no response splitting)", function()
    for _, bad in ipairs { "a\r\nSet-Cookie: x=1", "a\n", "a\r", "a\0b", "\127", "\1", "\31" } do
      raises("status_line", 2, "CR, LF, NUL", function() hs.status_line(200, bad) end)
    end
  end)

  it("refuses anything that is not a code 100..599", function()
    for _, v in ipairs(bad_values) do
      raises("status_line", 1, "status code 100..599 expected", function() hs.status_line(v[2]) end)
    end
  end)

  it("refuses a reason that is not a string, and unknown versions", function()
    raises("status_line", 2, "string or nil expected, got 5", function()
      hs.status_line(200, 5)
    end)
    raises("status_line", 2, "got table", function() hs.status_line(200, {}) end)
    for _, v in ipairs { "1.2", "1", 1.1, true, "", "HTTP/4" } do
      raises("status_line", 3, "expected", function() hs.status_line(200, nil, v) end)
      raises("status_line", 3, "expected", function() hs.status_line(200, "OK", v) end)
    end
  end)

  -- RFC 9113 8.3.2, RFC 9114 4.3.2: only :status, no phrase, no line
  it("says that HTTP/2 and HTTP/3 have no status line", function()
    for _, v in ipairs { "2", "3", "HTTP/2", "HTTP/3", 2, 3 } do
      local want = "HTTP/" .. tostring(v):match("%d$") .. " has no status line and no reason phrase"
      raises("status_line", 3, want, function() hs.status_line(200, nil, v) end)
      raises("status_line", 3, "status lines are HTTP/1.x only", function()
        hs.status_line(404, "Not Found", v)
      end)
    end
  end)
end)

describe("parse_status_line", function()
  it("reads a strict status line", function()
    assert.are.same({ 404, "Not Found", "1.1" }, { hs.parse_status_line("HTTP/1.1 404 Not Found") })
    assert.are.same({ 200, "OK", "1.0" }, { hs.parse_status_line("HTTP/1.0 200 OK\r\n") })
    assert.are.same({ 204, "", "1.1" }, { hs.parse_status_line("HTTP/1.1 204 ") })
    assert.are.same({ 299, "Whatever  it\tsays", "1.1" },
      { hs.parse_status_line("HTTP/1.1 299 Whatever  it\tsays") })
  end)

  local malformed = {
    "", "HTTP", "HTTP/", "HTTP/1", "HTTP/1.", "HTTP/1.1", "HTTP/1.1 ", "HTTP/1.1 20",
    "HTTP/1.1 200", "HTTP/1.1  200 OK", "HTTP/1.1 2000 OK", "HTTP/1.1 200OK",
    "HTTP/1.1 099 Low", "HTTP/1.1 600 High", "HTTP/1.1 abc OK", "http/1.1 200 OK",
    "HTTP/1.1 200 OK\r\n\r\n", "HTTP/1.1 200 OK\n", "HTTP/1.1 200 O\rK", "HTTP/1.1 200 O\nK",
    "HTTP/1.1 200 O\0K", "HTTP/1.1 200 OK\r", " HTTP/1.1 200 OK", "HTTP/2 200",
    "HTTP/1.1\t200 OK", "HTTPS/1.1 200 OK", "HTTP/x.1 200 OK", "HTTP/1.1 -20 OK",
    "HTTP/1.1 200 \127",
  }
  it("answers nil and a message for every malformed line", function()
    for _, line in ipairs(malformed) do
      local code, msg, extra = hs.parse_status_line(line)
      assert.is_nil(code, line)
      assert.is_string(msg, line)
      assert.is_true(#msg > 0)
      assert.is_nil(extra)
    end
  end)

  it("answers nil and a message for values that are not strings", function()
    for _, v in ipairs(bad_values) do
      if type(v[2]) ~= "string" then
        local code, msg = hs.parse_status_line(v[2])
        assert.is_nil(code, v[1])
        assert.matches("must be a string", msg)
      end
    end
    local code, msg = hs.parse_status_line()
    assert.is_nil(code)
    assert.is_string(msg)
  end)

  it("accepts more when lenient", function()
    local L = { lenient = true }
    assert.are.same({ 200, "", "1.1" }, { hs.parse_status_line("HTTP/1.1 200", L) })
    assert.are.same({ 200, "", "2" }, { hs.parse_status_line("HTTP/2 200", L) })
    assert.are.same({ 200, "OK", "2" }, { hs.parse_status_line("HTTP/2 200 OK", L) })
    assert.are.same({ 200, "OK", "1.1" }, { hs.parse_status_line("HTTP/1.1 200 OK\n", L) })
    assert.are.same({ 404, "Not Found", "1.1" }, { hs.parse_status_line("HTTP/1.1 404 Not Found", L) })
    for _, line in ipairs { "HTTP/1 200", "HTTP/1.1 20", "HTTP/1.1 200 O\rK", "HTTP/2 600", "HTTP/2",
                            "HTTP/1.1 200 OK\r\n\r\n", "" } do
      local code, msg = hs.parse_status_line(line, L)
      assert.is_nil(code, line)
      assert.is_string(msg, line)
    end
  end)

  it("raises only for options that are not a table", function()
    raises("parse_status_line", 2, "table or nil expected", function()
      hs.parse_status_line("HTTP/1.1 200 OK", true)
    end)
  end)

  it("never reads past the string: prefixes of a line are all malformed", function()
    local line = "HTTP/1.1 404 Not Found"
    for i = 0, 12 do
      assert.is_nil((hs.parse_status_line(line:sub(1, i))), i)
    end
    -- a NUL right after the end must not be taken for part of the line
    assert.is_nil((hs.parse_status_line(("HTTP/1.1 404 Not Found\0"):sub(1, 11))))
  end)
end)

describe("round trip", function()
  local reasons = { nil, "", "OK", "Custom Reason", "tab\there", "  spaces  ", "\195\177and\195\186",
                    "quote \" and backslash \\", ("long "):rep(100), "\128\255" }
  it("parse_status_line(status_line(c, r)) gives back c and r, for every code", function()
    for code = 100, 599 do
      for i = 1, 10 do
        local r = reasons[i]
        for _, version in ipairs { "1.1", "1.0" } do
          local c, got, v = hs.parse_status_line(hs.status_line(code, r, version))
          quick.equal(code, c)
          quick.equal(r or hs.reason(code) or "", got)
          quick.equal(version, v)
        end
      end
    end
  end)
end)
