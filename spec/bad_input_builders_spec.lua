-- Every builder and parser, every argument, every kind of bad value: an
-- argument error naming the function and the argument (at the caller's
-- line), or for the parser nil and a message. Never a crash.
local internal = require "internal"
local hs = require "httpstatus"
local cli = require "httpstatus.cmd.main"
local raises = require "raises"
local bad_values = require "bad_values"
local is_field_text = internal.module("httpstatus.core").is_field_text

local function each_bad(accept, fn)
  for _, v in ipairs(bad_values) do
    if not accept(v[2]) then fn(v[1], v[2]) end
  end
end

local function is_nil(v) return v == nil end
local function nil_or_string(v) return v == nil or type(v) == "string" end
local function nil_or_table(v) return v == nil or type(v) == "table" end
local function valid_code(v) return hs.is_valid(v) end

describe("bad input to the builders", function()
  it("status_line: code, reason, version", function()
    each_bad(valid_code, function(_, v)
      raises("status_line", 1, "status code 100..599 expected", function() hs.status_line(v) end)
    end)
    each_bad(function(v) return v == nil or (type(v) == "string" and is_field_text(v)) end,
      function(_, v)
        raises("status_line", 2, "", function() hs.status_line(200, v) end)
      end)
    each_bad(is_nil, function(_, v)
      raises("status_line", 3, "expected", function() hs.status_line(200, nil, v) end)
    end)
  end)

  it("parse_status_line: any line gets nil and a message; bad options raise", function()
    for _, v in ipairs(bad_values) do
      local code, msg = hs.parse_status_line(v[2])
      assert.is_nil(code, v[1])
      assert.is_string(msg, v[1])
    end
    each_bad(nil_or_table, function(_, v)
      raises("parse_status_line", 2, "table or nil expected", function()
        hs.parse_status_line("HTTP/1.1 200 OK", v)
      end)
    end)
  end)

  for _, fname in ipairs { "problem", "problem_json", "response" } do
    it(fname .. ": code and fields/options", function()
      each_bad(valid_code, function(_, v)
        raises(fname, 1, "status code 100..599 expected", function() hs[fname](v) end)
      end)
      each_bad(nil_or_table, function(_, v)
        raises(fname, 2, "table or nil expected", function() hs[fname](200, v) end)
      end)
    end)
  end

  it("problem_json and response: bad values inside the tables", function()
    each_bad(nil_or_string, function(_, v)
      raises("problem_json", 2, "field 'detail' must be a string", function()
        hs.problem_json(400, { detail = v })
      end)
      raises("response", 2, "body must be a string", function() hs.response(200, { body = v }) end)
    end)
    each_bad(function(v) return v == nil or hs.is_valid(v) and v == 200 end, function(_, v)
      raises("problem_json", 2, "field 'status'", function() hs.problem_json(200, { status = v }) end)
    end)
    each_bad(function(v)
      return v == nil or (type(v) == "number" and v == v and v ~= math.huge and v ~= -math.huge)
        or (type(v) == "string" and is_field_text(v)) or type(v) == "table"
    end, function(_, v)
      raises("response", 2, "header 'X'", function() hs.response(200, { headers = { X = v } }) end)
    end)
  end)

  it("serialize: anything but a response table", function()
    each_bad(function(v) return type(v) == "table" end, function(_, v)
      raises("serialize", 1, "response table expected", function() hs.serialize(v) end)
    end)
    each_bad(valid_code, function(_, v)
      raises("serialize", 1, "status code", function() hs.serialize({ status = v }) end)
    end)
  end)

  it("error_body: code, accept, fields", function()
    each_bad(valid_code, function(_, v)
      raises("error_body", 1, "status code", function() hs.error_body(v) end)
    end)
    each_bad(nil_or_string, function(_, v)
      raises("error_body", 2, "string or nil expected", function() hs.error_body(404, v) end)
    end)
    each_bad(nil_or_table, function(_, v)
      raises("error_body", 3, "table or nil expected", function() hs.error_body(404, nil, v) end)
    end)
    -- any string is an Accept value: odd ones choose the default
    for _, v in ipairs(bad_values) do
      if type(v[2]) == "string" then
        local body, ctype = hs.error_body(404, v[2])
        assert.is_string(body)
        assert.are.equal("text/plain; charset=utf-8", ctype, v[1])
      end
    end
  end)

  it("names NaN the same on every platform (the C library writes nan or -nan)", function()
    local nan = -(0 / 0)
    raises("retry_after", 2, "got NaN)", function() hs.retry_after("5", nan) end)
    raises("retry_after", 2, "got NaN)", function() hs.retry_after("5", -nan) end)
  end)

  it("add_locale: language and texts", function()
    each_bad(function() return false end, function(_, v)
      raises("add_locale", 1, "language tag", function() hs.add_locale(v, {}) end)
    end)
    each_bad(function(v) return type(v) == "table" end, function(_, v)
      raises("add_locale", 2, "table expected", function() hs.add_locale("xx", v) end)
    end)
    each_bad(function(v) return v ~= v end, function(_, v) -- (NaN cannot be a key)
      raises("add_locale", 2, "", function() hs.add_locale("xx", { reasons = { [v or 0] = "x" } }) end)
    end)
  end)

  it("reason and describe take any language tag; any other language raises (#19)", function()
    for _, v in ipairs(bad_values) do
      local lang = v[2]
      if not lang or type(lang) == "string" or type(lang) == "table" then
        assert.are.equal("Not Found", hs.reason(404, lang), v[1])
        assert.is_string(hs.describe(404, lang), v[1])
      else
        raises("reason", 2, "language tag, options table or nil expected", function()
          hs.reason(404, lang)
        end)
        raises("describe", 2, "language tag, options table or nil expected", function()
          hs.describe(404, lang)
        end)
      end
      assert.is_nil(hs.describe(404, "en", v[2] == nil and "nobody" or v[2]), v[1])
      assert.are.equal(64, #hs.codes(v[2]))
    end
  end)
end)

describe("bad input to the command line", function()
  local function run(args)
    local out, err = {}, {}
    local status = cli.main(args, { out = function(s) out[#out + 1] = s end,
                                    err = function(s) err[#err + 1] = s end,
                                    tty = false, getenv = function() end })
    return status, table.concat(out), table.concat(err)
  end

  it("answers odd words with 1 or 2, never a crash", function()
    local words = { "", " ", "-", "--", "---", "4O4", " 404", "404.5", "-404", "1e3", "0x194",
                    "\0", "a\r\nb", "\255\254", string.rep("x", 100000), "--lang=", "--lang=\0",
                    "9xx", "0xx", "6xx", "xx", "search", "parse" }
    for _, w in ipairs(words) do
      local ok, status = pcall(run, { w })
      assert.is_true(ok, w:sub(1, 20))
      assert.is_true(status == 1 or status == 2 or status == 0, w:sub(1, 20))
    end
    local ok, status = pcall(run, { "parse", "HTTP/1.1 200 O\r\nK" })
    assert.is_true(ok)
    assert.are.equal(1, status)
    ok, status = pcall(run, { "search", "\0" })
    assert.is_true(ok)
    assert.are.equal(1, status)
  end)
end)
