-- httpstatus.cmd.escape and httpstatus.cmd.json: the command's one place for
-- text it did not write. JSON that any parser reads back as the library's own
-- JSON writer would have it, with nothing a terminal obeys left raw; quote()
-- printable ASCII only; html() safe in content and attributes.
local hs = require "httpstatus"
local escape = require "httpstatus.cmd.escape"
local json = require "httpstatus.cmd.json"
local cjson = require "cjson"

-- the raw forms a terminal (or a reader) may be fooled by: C0 but none, DEL,
-- C1, bidi controls, line and paragraph separators
local function raw_controls(s)
  return s:find("[%z\1-\31\127]") or s:find("\194[\128-\159]") or s:find("\216\156")
    or s:find("\226\128[\142\143\168-\174]") or s:find("\226\129[\166-\169]")
end

-- a few thousand strings: every byte, and random runs of the bytes that matter
local function samples()
  local list, seed = {}, 7
  local function rand(n)
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  end
  local parts = { "\0", "\27", "\n", "\t", '"', "\\", "\127", "\194\155", "\194\133", "\216\156",
                  "\226\128\142", "\226\128\168", "\226\128\174", "\226\129\166", "\226\128\148",
                  "\237\160\128", "\192\175", "\244\144\128\128", "\255", "\240\159\152\128",
                  "\234\176\128", "a", "<", "/", " " }
  for b = 0, 255 do list[#list + 1] = string.char(b) end
  for _ = 1, 2000 do
    local t = {}
    for k = 1, 1 + rand(8) do t[k] = parts[1 + rand(#parts)] end
    list[#list + 1] = table.concat(t)
  end
  return list
end

describe("escape.json_string", function()
  it("reads back as the library's own JSON writer has it, with no raw control left", function()
    for _, s in ipairs(samples()) do
      local literal = escape.json_string(s)
      assert(not raw_controls(literal), ("%q -> %s"):format(s, literal))
      local mine = cjson.decode("[" .. literal .. "]")[1]
      local library = cjson.decode((hs.problem_json(400, { detail = s }))).detail
      assert.are.equal(library, mine, ("%q"):format(s))
    end
  end)

  it("keeps what is safe as it is, and writes the rest as short or \\u escapes", function()
    assert.are.equal('"plain 한국어 — text"', escape.json_string("plain 한국어 — text"))
    assert.are.equal('"\\u007f\\u009b\\u202e\\u2066\\u200e\\u061c\\u2028"',
      escape.json_string("\127\194\155\226\128\174\226\129\166\226\128\142\216\156\226\128\168"))
    assert.are.equal('"\\"\\\\\\n\\t\\u001b\\u0000"', escape.json_string('"\\\n\t\27\0'))
    -- not UTF-8: a lone byte, an overlong "/", a surrogate, above U+10FFFF: each byte
    -- one U+FFFD, as the library's writer does
    assert.are.equal('"' .. ("\\ufffd"):rep(10) .. '"',
      escape.json_string("\255\192\175\237\160\128\244\144\128\128"))
  end)
end)

describe("escape.quote, escape.html and escape.show", function()
  it("quote gives printable ASCII only, in double quotes", function()
    for _, s in ipairs(samples()) do
      local q = escape.quote(s)
      assert(not q:find("[^ -~]"), q)
      assert.matches('^".*"$', q)
    end
    assert.are.equal('"a\\"b\\\\c\\027[31m\\226\\128\\174"', escape.quote('a"b\\c\27[31m\226\128\174'))
  end)

  it("html escapes the five characters markup needs", function()
    assert.are.equal("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", escape.html('<a href="x">&\''))
    assert.are.equal("404", escape.html(404))
  end)

  it("show says what a value is, cut and quoted", function()
    assert.are.equal("404.5", escape.show(404.5))
    assert.are.equal('string "404"', escape.show("404"))
    assert.are.equal("nil", escape.show(nil))
    assert.are.equal('string "' .. ("x"):rep(37) .. '..."', escape.show(("x"):rep(50)))
  end)
end)

describe("json.encode", function()
  it("writes numbers as the library's writer does: integers whole, others shortest", function()
    assert.are.equal("[3000,0,-7,0.5,0.1,0.3333333333333333,1e+300,9007199254740992]",
      json.encode { 3000, 0, -7, 0.5, 0.1, 1 / 3, 1e300, 2 ^ 53 })
    assert.are.equal("2985", json.encode(2985.0))
    for _, x in ipairs { 0.1, 1 / 3, 2 / 3, 0.6241206030150754, 1e-7, 123456.789 } do
      assert.are.equal(x, tonumber(json.encode(x)))
    end
  end)

  it("writes arrays, objects in key order, and empty tables as the caller marks them", function()
    assert.are.equal('{"a":[1,2],"b":{"c":true,"d":false},"e":"x"}',
      json.encode { e = "x", b = { d = false, c = true }, a = { 1, 2 } })
    assert.are.equal("{}", json.encode {})
    assert.are.equal("[]", json.encode(json.array()))
    assert.are.equal('[{"x":[]}]', json.encode(json.array { { x = json.array {} } }))
    assert.are.equal('{"1":1,"3":3}', json.encode { ["1"] = 1, ["3"] = 3 })
  end)

  it("refuses what JSON cannot hold", function()
    assert.has_error(function() json.encode(0 / 0) end, "cannot encode NaN or infinity")
    assert.has_error(function() json.encode { math.huge } end, "cannot encode NaN or infinity")
    assert.has_error(function() json.encode { print } end, "cannot encode a function")
    assert.has_error(function() json.encode { [1] = 1, [3] = 3 } end, "object keys must be strings")
  end)
end)
