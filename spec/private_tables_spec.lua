-- No code outside the library can change what it answers (#18, 4.13).
-- Every table the library reads is its own: core.table builds a fresh one
-- per call, the core's reverse maps are out of reach, problem.CONTENT_TYPES
-- is a read-only view, the shipped texts are run afresh rather than taken
-- from package.loaded, and the log scanner's metatable is hidden. So
-- garbage written into every table a caller can reach (the core's tables
-- under every name, the table fields of every module, the locale modules,
-- what the public functions return, the stand-ins of check.on_first_read)
-- leaves every answer as a freshly loaded library gives it, whether the
-- garbage comes before the library's first read or after it. Plain writes:
-- rawset and the debug library reach anything, in any Lua library.
local internal = require "internal"
local fake_ngx = require "fake_ngx"

-- every name core.table takes
local TABLES = { "reasons", "names", "classes", "content", "as_integer", "is_valid",
  "is_registered", "is_error", "is_informational", "is_success", "is_redirection",
  "is_client_error", "is_server_error", "is_cacheable", "is_retryable", "is_deprecated",
  "is_redirect", "preserves_method", "must_not_store", "has_retry_after", "http1_only",
  "nginx_phrases", "phrases", "constants" }
local PREDICATES = { "is_valid", "is_registered", "is_informational", "is_success",
  "is_redirection", "is_client_error", "is_server_error", "is_error", "is_cacheable",
  "is_retryable", "is_deprecated", "is_redirect", "preserves_method", "must_not_store",
  "has_retry_after" }
local MODULES = { "httpstatus", "httpstatus.core", "httpstatus.check", "httpstatus.memo",
  "httpstatus.accept", "httpstatus.wire", "httpstatus.rules", "httpstatus.problem",
  "httpstatus.response", "httpstatus.retry", "httpstatus.locale" }
local ACCEPTS = { false, "text/html", "application/json" }

-- a whole library, loaded afresh (the C core included)
local function fresh_library()
  for name in pairs(package.loaded) do
    if name == "httpstatus" or name:find("^httpstatus%.") then package.loaded[name] = nil end
  end
  return require "httpstatus"
end

local function pcalled(fn, ...)
  local r = { pcall(fn, ...) }
  return { r[1], r[2], r[3] }
end

-- Every kind of answer, for every code 90..610 (and 404.0), as one table.
local function answers(hs)
  local hsngx, _, reset = fake_ngx.load {}
  local out = {}
  local function add(v) out[#out + 1] = v end
  local codes = { 404.0 }
  for c = 90, 610 do codes[#codes + 1] = c end
  for _, c in ipairs(codes) do
    add { hs.reason(c), hs.name(c), hs.class(c), hs.reason(c, "ko"), hs.reason(c, { lang = "en" }),
          hs.allows_body(c), hs.allows_body(c, "HEAD"), hs.allows_body(c, "CONNECT") }
    for _, p in ipairs(PREDICATES) do add(hs[p](c)) end
    add { hs.should_retry(c, "GET", 1) }
    add(hs.retry_delay(c, { ["Retry-After"] = "7" }, 2))
    add { hs.info(c), hs.required_headers(c), hs.unofficial(c) }
    if c % 10 == 0 or hs.is_registered(c) then -- the slower calls, on a sample
      add { hs.describe(c), hs.describe(c, "ko") }
      if hs.is_valid(c) then
        add { hs.status_line(c), hs.status_line(c, nil, "1.0"), hs.parse_status_line(hs.status_line(c)) }
        add(pcalled(hs.response, c, { body = "b", headers = { Location = "/", Allow = "GET" } }))
        add(pcalled(hs.serialize, { status = c }))
        add { hs.problem(c), hs.problem_json(c, { detail = "d" }) }
        for _, accept in ipairs(ACCEPTS) do add { hs.error_body(c, accept or nil, { detail = "<d>" }) } end
        if c >= 200 then
          local sent = reset("GET", "text/html")
          add(pcalled(hsngx.exit, c, { headers = { Location = "/", Allow = "GET" } }))
          add(sent)
        end
      end
    end
  end
  for _, c in ipairs(hs.codes()) do
    local r, n = hs.reason(c), hs.name(c)
    add { hs.code(r), hs.code(n), hs.code(r:lower()), hs.code(n:lower()), hs[n] }
  end
  add { hs.code("payload too large"), hs.code("299"), hs.code("No Such Thing"), hs.PAYLOAD_TOO_LARGE }
  add { hs.VERSION, hs.REGISTRY_DATE }
  return out
end

local JUNK = {}
local GARBAGE = { "Hacked", 1, false, true, JUNK, 1.5 }

-- Write garbage under every key a table has, every code 0..999, and the
-- phrases and names; into nested tables too (the locale texts), each table
-- once. Writes that raise (a read-only view) are fine: nothing changed.
local function scribble(t, seen)
  seen = seen or { [JUNK] = true }
  if seen[t] then return end
  seen[t] = true
  local keys = {}
  for k, v in pairs(t) do
    keys[#keys + 1] = k
    if type(v) == "table" then scribble(v, seen) end
  end
  for c = 0, 999 do keys[#keys + 1] = c end
  for _, k in ipairs { "Not Found", "NOT_FOUND", "OK", "text/plain", "text/html",
                       "application/problem+json", "reasons", "descriptions", "unofficial" } do
    keys[#keys + 1] = k
  end
  for i, k in ipairs(keys) do
    pcall(function() t[k] = GARBAGE[i % #GARBAGE + 1] end)
  end
end

-- Every table a caller can reach, scribbled. Returns how many.
local function scribble_everything(hs)
  local core = internal.module("httpstatus.core")
  local n = 0
  local function hit(t) scribble(t) n = n + 1 end
  for _, name in ipairs(TABLES) do
    hit(core.table(name))
    hit(core.table(name, true))
  end
  assert.are.equal(2 * #TABLES, n)
  for _, modname in ipairs(MODULES) do
    for _, v in pairs(require(modname)) do
      if type(v) == "table" then hit(v) end
    end
  end
  hit(internal.module("httpstatus.locale.en"))
  hit(internal.module("httpstatus.locale.ko"))
  local check = require "httpstatus.check"
  for _, name in ipairs(TABLES) do
    local stand_in = check.on_first_read(name, function(t) hit(t) end)
    local _ = stand_in[404]
  end
  -- what the public functions return
  for _, c in ipairs { 200, 404, 405, 503, 499 } do
    hit(hs.info(c) or {})
    hit(hs.required_headers(c) or {})
    hit(hs.unofficial(c) or {})
    hit(hs.problem(c))
    hit(hs.response(c, { headers = { Allow = "GET" } }))
  end
  hit(hs.codes())
  return n
end

describe("the library's tables (#18, 4.13)", function()
  local want

  setup(function() want = answers(fresh_library()) end)
  teardown(fresh_library)

  it("are beyond reach when written before the first read", function()
    local hs = fresh_library()
    assert.is_true(scribble_everything(hs) > 90)
    assert.are.same(want, answers(hs))
  end)

  it("are beyond reach when written after the first read", function()
    local hs = fresh_library()
    answers(hs)
    scribble_everything(hs)
    assert.are.same(want, answers(hs))
    assert.are.equal("Not Found", hs.reason(404))
  end)

  it("the example of the issue: core.table(\"reasons\")[404] = \"Hacked\"", function()
    local hs = fresh_library()
    local core = internal.module("httpstatus.core")
    core.table("reasons")[404] = "Hacked"
    assert.are.equal("Not Found", hs.reason(404))
    assert.are.equal("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
      hs.serialize { status = 404 })
    assert.are.equal("Not Found", hs.problem(404).title)
  end)

  it("core.table hands out a fresh table on every call", function()
    local core = internal.module("httpstatus.core")
    for _, name in ipairs(TABLES) do
      assert.are_not.equal(core.table(name), core.table(name), name)
      assert.are.same(core.table(name), core.table(name, true), name)
    end
    assert.has_error(function() core.table("nope") end)
  end)

  it("core shares no table", function()
    for k, v in pairs(internal.module("httpstatus.core")) do
      assert(type(v) ~= "table", "httpstatus.core." .. tostring(k) .. " is a table")
    end
  end)

  it("problem.CONTENT_TYPES reads as before and refuses writes", function()
    local problem = internal.module("httpstatus.problem")
    assert.are.equal("text/html; charset=utf-8", problem.CONTENT_TYPES["text/html"])
    assert.has_error(function() problem.CONTENT_TYPES["text/html"] = "text/plain" end,
      "httpstatus.problem.CONTENT_TYPES is read-only")
    assert.is_false(getmetatable(problem.CONTENT_TYPES))
  end)

  it("the log scanner's methods are out of reach", function()
    local sc = internal.module("httpstatus.core").log_scanner()
    assert.is_false(getmetatable(sc))
  end)
end)
