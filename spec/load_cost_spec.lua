-- What `require "httpstatus"` costs (docs/performance.md: under 64 KB of
-- Lua heap, bench/load.lua measures it in a fresh interpreter): the
-- modules only builders need (httpstatus.rules, httpstatus.protocol,
-- httpstatus.check) and the C core's tables load on first use. Each first
-- call that loads something must answer as before, errors included.
local fake_ngx = require "fake_ngx"
local internal = require "internal"
local kib = require("heap").kib

local LIMIT = 64 * 1024

-- the library as if never loaded (the C core included)
local function forget_library()
  for name in pairs(package.loaded) do
    if name == "httpstatus" or name:find("^httpstatus%.") then package.loaded[name] = nil end
  end
end

local function bytes() return kib() * 1024 end

-- a fresh library, and the bytes of heap its require kept
local function fresh_library()
  forget_library()
  local before = bytes()
  local hs = require "httpstatus"
  return hs, bytes() - before
end

local function error_of(fn, ...)
  local ok, err = pcall(fn, ...)
  assert(not ok, "no error")
  return (tostring(err):gsub("^[^:]*:%d+: ", ""))
end

describe('require "httpstatus"', function()
  teardown(forget_library)

  it("keeps less than 64 KB of heap", function()
    -- the smallest of three loads: a collection in between cannot inflate it
    local least = math.huge
    for _ = 1, 3 do
      local _, grown = fresh_library()
      least = math.min(least, grown)
    end
    assert(least < LIMIT, ("require kept %.0f bytes (limit %d)"):format(least, LIMIT))
  end)

  -- (code()'s table of constants too waits for its first call: 8-12 KB
  -- before, 2-4 KB after, in a process whose strings exist already)
  it("starts from a C core that builds none of its tables at load (under 6 KB)", function()
    local least = math.huge
    for _ = 1, 3 do
      forget_library()
      local before = bytes()
      internal.module("httpstatus.core")
      least = math.min(least, bytes() - before)
    end
    assert(least < 6 * 1024, ("the C core kept %.0f bytes"):format(least))
  end)

  it("loads no builder's module: rules, protocol and check wait for their first use", function()
    fresh_library()
    for _, name in ipairs { "httpstatus.rules", "httpstatus.protocol", "httpstatus.check",
                            "httpstatus.memo" } do
      assert.is_nil(package.loaded[name], name .. " is loaded by require alone")
    end
  end)

  it("leaves httpstatus.rules without a dense table until a builder reads one", function()
    local core = internal.module("httpstatus.core")
    local core_table, dense = core.table, {}
    core.table = function(name, compact)
      if not compact then dense[#dense + 1] = name end
      return core_table(name, compact)
    end
    package.loaded["httpstatus.rules"] = nil
    local ok, err = pcall(internal.module, "httpstatus.rules")
    core.table = core_table
    assert(ok, err)
    -- (a dense table is 16 KB on PUC Lua and 8 KB on LuaJIT)
    assert.are.same({}, dense)
    local hs = fresh_library()
    assert.are.equal("HTTP/1.1 302 Found\r\nContent-Length: 0\r\nLocation: /\r\n\r\n",
      hs.serialize { status = 302, headers = { Location = "/" } })
    assert.are.equal("bad argument #1 to 'serialize' (a 302 redirect must carry the 'Location' "
      .. "header field)", error_of(hs.serialize, { status = 302 }))
  end)

  it("answers code() as before on its first calls", function()
    local hs = fresh_library()
    assert.are.equal(404, hs.code("Not Found"))
    hs = fresh_library()
    assert.are.equal(413, hs.code("payload too large"))
    assert.are.equal(404, hs.code("NOT_FOUND"))
    assert.are.equal(404, hs.code("Not Found"))
    assert.are.equal(599, hs.code("599"))
    assert.is_nil(hs.code("No Such Thing"))
    assert.is_nil(hs.code(nil))
    assert.are.equal(404, hs.NOT_FOUND)
    assert.are.equal(413, hs.PAYLOAD_TOO_LARGE)
  end)

  it("answers the queries as before on their first calls", function()
    local hs = fresh_library()
    assert.is_true(hs.is_redirect(301))
    assert.is_false(hs.is_redirect(300))
    assert.are.equal("Not Found", hs.reason(404))
    assert.are.equal("NOT_FOUND", hs.name(404))
    assert.are.equal("client_error", hs.class(404))
    assert.is_true(hs.preserves_method(307))
    assert.is_false(hs.allows_body(204))
  end)

  it("writes and reads status lines as before, errors first", function()
    local hs = fresh_library()
    assert.are.equal("bad argument #1 to 'status_line' (status code 100..599 expected, got 99)",
      error_of(hs.status_line, 99))
    hs = fresh_library()
    assert.are.equal("bad argument #3 to 'status_line' (HTTP/2 has no status line and no reason "
      .. "phrase: it sends the code alone, as :status (RFC 9113 8.3.2, RFC 9114 4.3.2); status "
      .. "lines are HTTP/1.x only)", error_of(hs.status_line, 200, nil, "2"))
    hs = fresh_library()
    assert.are.equal("HTTP/1.0 404 Not Found", hs.status_line(404, nil, "HTTP/1.0"))
    assert.are.equal("HTTP/1.1 404 Not Found", hs.status_line(404))
    hs = fresh_library()
    assert.are.equal('bad argument #2 to \'parse_status_line\' (unknown option "strict")',
      error_of(hs.parse_status_line, "HTTP/1.1 200 OK", { strict = true }))
    assert.are.same({ 200, "", "2" }, { hs.parse_status_line("HTTP/2 200", { lenient = true }) })
  end)

  it("builds responses and problems as before on their first calls", function()
    local hs = fresh_library()
    assert.are.equal("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET\r\nContent-Length: 0\r\n\r\n",
      hs.serialize { status = 405, headers = { Allow = "GET" } })
    hs = fresh_library()
    assert.are.equal("bad argument #2 to 'response' (a 405 response must carry the 'Allow' "
      .. "header field)", error_of(hs.response, 405))
    assert.are.equal("Moved Permanently", hs.response(301, { headers = { Location = "/" } }).reason)
    hs = fresh_library()
    assert.are.equal("Not Found", hs.problem(404).title)
  end)

  it("leaves httpstatus.ngx as before", function()
    fresh_library()
    local hsngx, sent, reset = fake_ngx.load { set_status = true, nginx_version = 1029002 }
    hsngx.exit(404) -- nginx writes "Not Found" itself: the status alone
    assert.are.same({ 404, nil }, { sent.status, sent.reason })
    sent = reset("GET", "application/json")
    hsngx.exit(503) -- nginx says "Service Temporarily Unavailable": ours is set
    assert.are.same({ 503, "Service Unavailable" }, { sent.status, sent.reason })
    assert.matches('"status":503', sent.body, 1, true)
    fresh_library()
    hsngx, sent = fake_ngx.load { set_status = true }
    assert.are.equal("bad argument #2 to 'exit' (exit(405): a 405 response must carry the 'Allow' "
      .. "header field)", error_of(hsngx.exit, 405))
    hsngx.exit(405, { headers = { Allow = "GET" } })
    assert.are.same({ 405, "Method Not Allowed" }, { sent.status, sent.reason })
  end)
end)
