-- What hs.lint costs on the responses it sees most, counted rather than
-- timed (make bench times it): the Lua functions a clean regular head
-- runs and the heap it takes. A head is split and lowered by the C core in
-- one call, its message is one table made whole, and the values seen clean
-- before are judged by a table read: a change that brings back a call per
-- field, or a table that grows field by field, fails here.
local hs = require "httpstatus"

local DATE = "Sun, 06 Nov 1994 08:49:37 GMT"
-- the bench's worst case: a 204 head of nine fields, no content
local HEAD = "HTTP/1.1 204 No Content\r\nServer: nginx\r\nDate: " .. DATE .. "\r\n"
  .. "Content-Type: text/html\r\nLast-Modified: " .. DATE .. "\r\nConnection: keep-alive\r\n"
  .. 'ETag: "5f1e-4000"\r\nAccept-Ranges: bytes\r\nVary: Accept-Encoding\r\n'
  .. "Cache-Control: max-age=60\r\n\r\n"
-- the same response as curl prints it over HTTP/2: no phrase, lower-case
-- names, no connection-specific field
local H2 = HEAD:gsub("^HTTP/1.1 204 No Content", "HTTP/2 204")
  :gsub("\n([%w-]+):", function(name) return "\n" .. name:lower() .. ":" end)
  :gsub("connection: keep%-alive\r\n", "")
local TABLE = { status = 200, body = ("x"):rep(120), headers = {
  ["Content-Type"] = "text/html; charset=utf-8", ["Content-Length"] = "120",
  Date = DATE, ["Last-Modified"] = DATE, ETag = '"5f1e-120"',
  ["Cache-Control"] = "public, max-age=3600", Vary = "Accept-Encoding",
  Server = "nginx", ["Accept-Ranges"] = "bytes", ["X-Request-Id"] = "abc123",
} }

-- the library's Lua functions one hs.lint(subject) calls, per response in it
local function lua_calls(subject, responses)
  hs.lint(subject) -- the first call loads and remembers
  local calls = 0
  local getinfo, find, sethook, pcall = debug.getinfo, string.find, debug.sethook, pcall
  local jit = rawget(_G, "jit")
  if jit then jit.off() jit.flush() end -- hooks see the interpreter only
  sethook(function()
    if find(getinfo(2, "S").source, "lua/httpstatus", 1, true) then calls = calls + 1 end
  end, "c")
  local ok, err = pcall(hs.lint, subject)
  sethook()
  if jit then jit.on() end
  assert(ok, err)
  return (calls - 1) / responses -- hs.lint itself aside
end

-- bytes of heap one hs.lint(subject) takes, per response in it
local function heap_per_response(subject, responses)
  hs.lint(subject)
  collectgarbage()
  collectgarbage("stop")
  local before = collectgarbage("count")
  hs.lint(subject)
  local grown = collectgarbage("count") - before
  collectgarbage("restart")
  return grown * 1024 / responses
end

describe("hs.lint on a clean regular head", function()
  it("finds nothing to say (so the counts below are of the clean path)", function()
    assert.are.same({}, hs.lint(HEAD:rep(3)))
    assert.are.same({}, hs.lint(H2:rep(3)))
    assert.are.same({}, hs.lint(TABLE))
  end)

  it("runs a dozen Lua functions, not one or more per field", function()
    local calls = lua_calls(HEAD:rep(10), 10)
    assert.is_true(calls <= 12, ("%.1f calls per response"):format(calls))
  end)

  it("runs no more of them for the same response over HTTP/2", function()
    local h1, h2 = lua_calls(HEAD:rep(10), 10), lua_calls(H2:rep(10), 10)
    assert.is_true(h2 <= h1 + 1, ("HTTP/2 %.1f, HTTP/1.1 %.1f calls"):format(h2, h1))
  end)

  it("takes at most 1.5 KiB of heap: two tables sized once (message, fields)", function()
    for _, subject in ipairs { HEAD, H2 } do
      local bytes = heap_per_response(subject:rep(100), 100)
      assert.is_true(bytes <= 1536, ("%.0f bytes per response"):format(bytes))
    end
  end)
end)

describe("hs.lint on a clean 10-field response table", function()
  it("runs about four Lua functions per field, no more", function()
    local calls = lua_calls(TABLE, 1)
    assert.is_true(calls <= 40, ("%.1f calls"):format(calls))
  end)
end)
