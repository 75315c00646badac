-- Every rule of hs.lint, one by one: a response that breaks it (the rule
-- is found, with its id) and one that keeps it (the rule is not found).
-- The list must name every rule of the catalog, so a rule added without
-- its two examples fails here.
local internal = require "internal"
local hs = require "httpstatus"
local catalog = internal.module("httpstatus.lint_catalog")
local CASES = require "lint_cases"
local T = CASES.T

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
