-- Each builder's output depends only on its own arguments: a long random
-- sequence of calls (response, serialize, problem, problem_json,
-- error_body, httpstatus.ngx's exit), each answered exactly as the same
-- call made in a freshly loaded library; results changed by the caller
-- afterwards, as callers may; and no result ever changed by a later call.
local fake_ngx = require "fake_ngx"

-- (spec/loops.lua: 50 under make test's valgrind run)
local STEPS = require("loops").n(300, 50)

-- A whole library, loaded afresh (the C core included), with every lazily
-- loaded builder touched so that it stays this library's own, and
-- httpstatus.ngx on a stand-in ngx of its own.
local BUILDERS = { "response", "serialize", "problem", "problem_json", "error_body" }
local function fresh_library()
  for name in pairs(package.loaded) do
    if name == "httpstatus" or name:find("^httpstatus%.") then package.loaded[name] = nil end
  end
  local hs = require "httpstatus"
  local lib = {}
  for _, f in ipairs(BUILDERS) do lib[f] = hs[f] end
  local hsngx, _, reset = fake_ngx.load {}
  lib.hsngx, lib.ngx_reset = hsngx, reset
  return lib
end

local function deep_copy(v)
  if type(v) ~= "table" then return v end
  local t = {}
  for k, x in pairs(v) do t[deep_copy(k)] = deep_copy(x) end
  return t
end

-- deterministic random choices
local seed = 12345
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n + 1
end
local function pick(list) return list[rand(#list)] end

local CODES = { 100, 101, 200, 201, 204, 205, 299, 301, 302, 304, 400, 404, 405, 429,
                499, 500, 503 }
local HEADERS = {
  function() return nil end,
  function() return {} end,
  function() return { ["X-A"] = "1" } end,
  function() return { Location = "/x", ["X-B"] = { "1", "2" } } end,
  function() return { Allow = "GET", Location = "/y" } end,
  function() return { ["Content-Length"] = rand(8) - 1 } end,
  function() return { Upgrade = "h2c", Connection = "upgrade", ["WWW-Authenticate"] = "Basic",
                      Allow = "GET", ETag = "\"e\"",
                      Location = "/z", ["Proxy-Authenticate"] = "Basic" } end,
}
local BODIES = { false, "", "hello", "a longer body\n" }
local METHODS = { false, "GET", "HEAD", "POST" }
local ACCEPTS = { false, "application/json", "text/html", "text/*;q=0.5, */*;q=0.1",
                  "image/png", "application/problem+json" }
local FIELDS = {
  function() return nil end,
  function() return { detail = "step detail" } end,
  function() return { title = "T", extra = { 1, 2, { deep = true } } } end,
  function() return { instance = "/i", detail = "d", n = rand(100) } end,
}
local function maybe(v) return v or nil end

-- A call: name and arguments (built afresh for each library)
local function random_call()
  local kind = rand(6)
  local code = pick(CODES)
  local h, f = pick(HEADERS)(), pick(FIELDS)()
  local body, method, accept = maybe(pick(BODIES)), maybe(pick(METHODS)), maybe(pick(ACCEPTS))
  if kind == 1 then return "response", { code, { headers = h, body = body, method = method } } end
  if kind == 2 then
    return "serialize", { { status = code, headers = h, method = method,
                            body = method ~= "HEAD" and body or nil } }
  end
  if kind == 3 then return "problem", { code, f } end
  if kind == 4 then return "problem_json", { code, f } end
  if kind == 5 then return "error_body", { code, accept, f } end
  local opts = f or {}
  opts.headers = h
  if rand(3) == 1 then opts.body = body end
  return "exit", { code, opts, method or "GET", accept }
end

-- Run one call against a library; returns a comparable outcome.
local unpack = rawget(table, "unpack") or rawget(_G, "unpack")
local function run(lib, name, args)
  if name == "exit" then
    local sent = lib.ngx_reset(args[3], args[4])
    local ok, err = pcall(lib.hsngx.exit, args[1], args[2])
    return { ok = ok, err = not ok and err or nil, sent = sent }
  end
  local r = { pcall(lib[name], unpack(args, 1, 3)) }
  return { ok = r[1], values = { r[2], r[3] } }
end

-- A fresh library runs each module's code again (new tables, new upvalues,
-- the C core's luaopen too); compiling the same source again would prove
-- nothing more, and took most of this spec's time under valgrind. So the
-- loaders the searchers found are kept and run again.
local searchers = rawget(package, "searchers") or rawget(package, "loaders")
local loaders = {}
local function kept_loader(name)
  if name ~= "httpstatus" and not name:find("^httpstatus%.") then return nil end
  if not loaders[name] then
    for i = 2, #searchers do
      local loader, extra = searchers[i](name)
      if type(loader) == "function" then
        loaders[name] = { loader, extra }
        break
      end
    end
    if not loaders[name] then return nil end
  end
  return loaders[name][1], loaders[name][2]
end

describe("builders", function()
  setup(function() table.insert(searchers, 1, kept_loader) end)
  teardown(function()
    assert(table.remove(searchers, 1) == kept_loader)
  end)

  it("answer every call in a sequence as they would in a fresh library", function()
    local lib = fresh_library()
    local kept = {} -- results the caller keeps, with what they held when returned
    for step = 1, STEPS do
      local name, args = random_call()
      local fresh_args = deep_copy(args)
      local got = run(lib, name, args)
      local want = run(fresh_library(), name, fresh_args)
      assert.are.same(want, got, ("step %d: %s"):format(step, name))
      local result = got.values and got.values[1]
      if type(result) == "table" then
        kept[#kept + 1] = { result, deep_copy(result), step }
        -- callers may change what they get
        if rand(2) == 1 then
          if type(result.headers) == "table" then result.headers["X-Changed"] = "yes" end
          result.changed = step
          kept[#kept][2] = deep_copy(result)
        end
      end
    end
    for _, k in ipairs(kept) do
      assert.are.same(k[2], k[1], "a later call changed the result of step " .. k[3])
    end
  end)

  it("never carry one response's Content-Length into the next (#1)", function()
    local hs = fresh_library()
    hs.serialize({ status = 200, body = "hello" })
    assert.are.equal("HTTP/1.1 204 No Content\r\n\r\n", hs.serialize({ status = 204 }))
    assert.are.equal("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
      hs.serialize({ status = 404 }))
    local a = hs.response(200)
    a.headers["X-Mine"] = "1"
    assert.are.same({}, hs.response(200).headers)
    local hsngx, sent = fake_ngx.load { method = "GET", accept = "text/plain" }
    hsngx.exit(404, { detail = "first" })
    local first = sent.headers["Content-Length"]
    hsngx, sent = fake_ngx.load { method = "GET", accept = "text/plain" }
    hsngx.exit(404, { detail = "a much longer detail than the first one" })
    assert.are_not.equal(first, sent.headers["Content-Length"])
    assert.are.equal(tostring(#sent.body), sent.headers["Content-Length"])
  end)
end)
