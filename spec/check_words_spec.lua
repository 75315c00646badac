-- check.must_be, check.got and check.plain_text (public, #19): the one
-- wording of a refused value, what it shows of any value, and what it does
-- with words that are not strings.
local check = require "httpstatus.check"

describe("check's wording of a refused value", function()
  it("must_be and got say what was wanted and what came", function()
    assert.are.equal("opts.base must be a finite number >= 0, got inf",
      check.must_be("opts.base", "a finite number >= 0", math.huge))
    assert.are.equal("lang must be a string, got nil", check.must_be("lang", "a string", nil))
    assert.are.equal("x must be y, got NaN", check.must_be("x", "y", 0 / 0))
    assert.are.equal("x must be y, got table", check.must_be("x", "y", {}))
    assert.are.equal('allow must list methods, got string "(HEAD)"',
      check.got("allow must list methods", "(HEAD)"))
    -- one after another: each message is its own arguments' alone
    assert.are.equal("a must be b, got 1", check.must_be("a", "b", 1))
    assert.are.equal("c must be d, got 2", check.must_be("c", "d", 2))
  end)

  it("never lets a control byte of the value through, and cuts a long one", function()
    for _, v in ipairs { "a\r\nb", "a\0b", "\27[31mred", "x\127", ("z"):rep(1000) } do
      for _, message in ipairs { check.must_be("v", "w", v), check.got("m", v) } do
        assert.is_nil(message:find("[%c\128-\255]"), message)
        assert.is_true(#message < 80, message)
      end
    end
  end)

  it("raises at the caller's line when its own words are no string", function()
    for i, call in ipairs {
      { "got", 1, function() local _ = check.got(nil, 1) end },
      { "must_be", 1, function() local _ = check.must_be(42, "a string", 1) end },
      { "must_be", 2, function() local _ = check.must_be("x", {}, 1) end },
    } do
      local ok, err = pcall(call[3])
      assert.is_false(ok, i)
      assert.matches("^spec/check_words_spec.lua:%d+: bad argument #" .. call[2] .. " to '"
        .. call[1] .. "' %(string expected, got ", err)
    end
  end)

  it("plain_text: true for text a person reads as written, else false and why", function()
    assert.are.same({ true }, { check.plain_text("Not Found, 찾을 수 없음") })
    assert.are.same({ false, "control" }, { check.plain_text("a\r\nb") })
    assert.are.same({ false, "control" }, { check.plain_text("a\0b") })
    assert.are.same({ false, "control" }, { check.plain_text("\27[31m") })
    assert.are.same({ false, "invisible" }, { check.plain_text("a\226\128\174b") }) -- RLO
    assert.are.same({ false, "invisible" }, { check.plain_text("a\194\133b") }) -- NEL (C1)
    assert.are.same({ false, "utf8" }, { check.plain_text("a\255") })
    local others = { n = 5, nil, 404, true, {}, print }
    for i = 1, others.n do
      assert.are.same({ false, "utf8" }, { check.plain_text(others[i]) }, i)
    end
  end)
end)
