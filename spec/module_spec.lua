-- How the module presents itself: no globals, constants, copies.
local internal = require "internal"
local hs = require "httpstatus"

describe("the module", function()
  it("creates no global", function()
    assert.is_nil(rawget(_G, "httpstatus"))
    assert.is_nil(rawget(_G, "hs"))
    assert.is_nil(rawget(_G, "core"))
  end)

  it("exposes the C module as httpstatus.core without a global", function()
    local core = internal.module("httpstatus.core")
    assert.is_table(core)
    assert.are.equal(hs.VERSION, core.VERSION)
  end)

  it("has a constant for every name", function()
    for _, code in ipairs(hs.codes()) do
      assert.are.equal(code, hs[hs.name(code)])
    end
    assert.are.equal(404, hs.NOT_FOUND)
    assert.are.equal(413, hs.CONTENT_TOO_LARGE)
    assert.are.equal(422, hs.UNPROCESSABLE_CONTENT)
    assert.are.equal(418, hs.IM_A_TEAPOT)
  end)

  it("has no constant for vendor codes", function()
    assert.is_nil(hs.CLIENT_CLOSED_REQUEST)
    assert.is_nil(hs.NO_RESPONSE)
  end)

  it("hands out a fresh codes() array", function()
    local a = hs.codes()
    a[1] = 0
    table.remove(a)
    assert.are.equal(100, hs.codes()[1])
    assert.are.equal(64, #hs.codes())
  end)

  it("hands out a fresh info() table", function()
    local a = hs.info(404)
    a.reason = "changed"
    assert.are.equal("Not Found", hs.info(404).reason)
    assert.are_not.equal(hs.info(404), hs.info(404))
  end)

  it("info() has the promised fields", function()
    local i = hs.info(503)
    assert.are.equal(503, i.code)
    assert.are.equal("Service Unavailable", i.reason)
    assert.are.equal("SERVICE_UNAVAILABLE", i.name)
    assert.are.equal("server_error", i.class)
    assert.are.equal("RFC 9110, Section 15.6.4", i.reference)
    assert.are.equal("permanent", i.status)
    assert.is_false(i.deprecated)
    assert.is_true(i.retryable)
    assert.is_true(i.retry_after)
    assert.is_true(i.allows_body)
    assert.is_nil(i.redirect)
  end)

  it("lists every public function in pairs(hs), before and after first use", function()
    local want = { "reason", "name", "class", "code", "info", "codes", "required_headers",
      "unofficial", "is_valid", "is_registered", "is_informational", "is_success",
      "is_redirection", "is_client_error", "is_server_error", "is_error", "is_cacheable",
      "is_retryable", "is_deprecated", "is_redirect", "preserves_method", "must_not_store",
      "has_retry_after", "allows_body", "status_line", "parse_status_line", "problem",
      "problem_json", "error_body", "response", "serialize", "lint", "lint_rules", "retry_after",
      "parse_http_date", "http_date", "should_retry", "retry_delay", "describe", "add_locale",
      "protocol", "condition", "ratelimit", "normalize" }
    local listed = {}
    for k, v in pairs(hs) do
      if type(v) == "function" then listed[k] = true end
      assert(type(k) == "string" and k:sub(1, 1) ~= "_", "a hidden field: " .. tostring(k))
    end
    for _, f in ipairs(want) do assert(listed[f], f .. " is not listed") end
    local n = 0
    for _ in pairs(listed) do n = n + 1 end
    assert.are.equal(#want, n)
    hs.status_line(200) -- loads its module: still listed, now the real function
    assert.is_function(rawget(hs, "status_line"))
  end)

  it("names every public function of httpstatus and httpstatus.ngx in README.md", function()
    local f = assert(io.open("README.md"))
    local readme = f:read("*a")
    f:close()
    for k, v in pairs(hs) do
      if type(v) == "function" then
        assert(readme:find("hs." .. k, 1, true) or readme:find("`" .. k .. "`", 1, true),
          "README.md does not show hs." .. k)
      end
    end
    for _, k in ipairs { "exit", "redirect" } do
      assert(readme:find("hsngx." .. k .. "(", 1, true), "README.md does not show hsngx." .. k)
    end
  end)

  it("exposes no C helper that the Lua layer does not use", function()
    local core = internal.module("httpstatus.core")
    for _, gone in ipairs { "reason", "name", "class", "is_success", "hooks", "code_scan",
                            "vendor_codes", "header_rule", "sets", "classes", "reasons",
                            "class_table", "is_retryable" } do
      assert.is_nil(rawget(core, gone), gone)
    end
  end)
end)
