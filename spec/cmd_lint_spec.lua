-- `httpstatus lint`: hs.lint over captures, grouped per response, text or
-- JSON, English or Korean; exit status 1 when an error is found.
local cmd_io = require "cmd_io"
local cjson = require "cjson"

local CLEAN = "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
  .. "Content-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
local BROKEN = "HTTP/1.1 405 Method Not Allowed\r\nServer: nginx/1.22.1\r\nContent-Length: 0\r\n\r\n"

local unpack_args = rawget(table, "unpack") or rawget(_G, "unpack")

local function string_file(s)
  return { read = function() return s end, close = function() return true end }
end

-- run(files, stdin, args...) -> status, stdout, stderr
local function run(files, stdin, ...)
  return cmd_io.main({ ... }, {
    open = function(path)
      if files[path] then return string_file(files[path]) end
      return nil, path .. ": No such file or directory"
    end,
    stdin = string_file(stdin or ""),
  })
end

describe("httpstatus lint", function()
  it("says a clean capture is clean, and exits 0", function()
    local status, out = run({ ["a.txt"] = CLEAN }, nil, "lint", "a.txt")
    assert.are.equal(0, status)
    assert.are.equal("  no findings\n", out)
  end)

  it("groups findings per response, with references, and exits 1 on an error", function()
    local status, out = run({}, CLEAN .. BROKEN, "lint")
    assert.are.equal(1, status)
    assert.truthy(out:find("response 2 (405)", 1, true))
    assert.truthy(out:find("error   missing-allow: a 405 must carry Allow\n"
      .. "            RFC 9110, Section 15.5.6", 1, true))
    assert.is_nil(out:find("response 1", 1, true))
    -- warnings alone exit 0
    assert.are.equal(0, (run({}, CLEAN:gsub("Date: [^\r]*\r\n", ""), "lint")))
  end)

  it("writes JSON and Korean, names files, and reads HEAD answers with --method", function()
    local status, out = run({ ["a"] = BROKEN, ["b"] = CLEAN }, nil, "lint", "--json", "a", "b",
      "--lang", "ko")
    assert.are.equal(1, status)
    local list = cjson.decode(out)
    assert.are.equal("missing-allow", list[1].rule)
    assert.are.equal("a", list[1].file)
    assert.truthy(list[1].message:find("있어야 합니다", 1, true))
    local head = CLEAN:gsub("ok$", "")
    assert.are.equal(0, (run({}, head, "lint")))
    assert.are.equal(1, (run({}, head, "lint", "--method", "GET")))
  end)

  it("refuses a bad method and --method for other commands; fails on a missing file", function()
    local status, _, err = run({}, CLEAN, "lint", "--method", "G T")
    assert.are.equal(2, status)
    assert.truthy(err:find("method must be a token", 1, true))
    assert.are.equal(2, (run({}, nil, "404", "--method", "GET")))
    -- "get" is no GET (RFC 9110, 9.1): a usage error that names the method meant
    status, _, err = run({}, CLEAN, "lint", "--method", "get")
    assert.are.equal(2, status)
    assert.truthy(err:find('method "get" is not GET: methods are case-sensitive', 1, true), err)
    status, _, err = run({}, nil, "lint", "missing.txt")
    assert.are.equal(1, status)
    assert.truthy(err:find("cannot read", 1, true))
  end)

  it("writes nothing a capture sent raw: its controls never reach the terminal", function()
    for _, capture in ipairs {
      "garb\27[31mage\r\n\r\n",                                      -- no status line
      "HT\27TP/1.1 200 OK\r\n\r\n",                                   -- no HTTP-version
      "HTTP/1.1 200 OK\r\nno col\27]0;x\7on\r\n\r\n",                 -- no field line
      "HTTP/1.1 200 OK\r\nX\27[2J : v\r\n\r\n",                        -- space before ':'
      "HTTP/1.1 200 OK\r\nX\27[2J: v\r\n folded\r\n\r\n",            -- obs-fold
    } do
      for _, lang in ipairs { "en", "ko" } do
        local _, out = run({}, capture, "lint", "--lang", lang)
        assert.is_nil(out:find("[%z\1-\9\11-\31\127]"), ("%q"):format(out))
        assert.truthy(out:find("\\027", 1, true), ("%q"):format(out)) -- shown, escaped
      end
    end
  end)

  it("names a file it cannot read once, in printable ASCII only", function()
    local name = "a\27[31mb"
    -- twice in one run, then a readable one: each answer on its own
    local status, out, err = run({ ok = CLEAN }, nil, "lint", name, "missing.txt", "ok")
    assert.are.equal(1, status)
    assert.is_nil(err:find("[^\n\32-\126]"), err)
    local _, n = err:gsub("a\\027%[31mb", "")
    assert.are.equal(1, n, err)
    assert.truthy(err:find('cannot read "a\\027[31mb": No such file or directory\n', 1, true), err)
    assert.truthy(err:find('cannot read "missing.txt": No such file or directory\n', 1, true), err)
    assert.truthy(out:find("no findings", 1, true), out)
    -- a readable file whose name holds controls: the heading of its findings
    -- (several inputs) quotes it as the errors do
    status, out = run({ [name] = CLEAN, ok = CLEAN }, nil, "lint", name, "ok")
    assert.are.equal(0, status)
    assert.is_nil(out:find("[^\n\32-\126]"), out)
    assert.truthy(out:find('"a\\027[31mb":\n', 1, true), out)
    -- a folder opens but does not read (the real io.open)
    status, _, err = cmd_io.main { "lint", "." }
    assert.are.equal(1, status)
    assert.truthy(err:find('cannot read ".": Is a directory\n', 1, true), err)
  end)

  -- #23's final walk: `curl -si URL | httpstatus lint` with the server down
  -- gave "the status line (nothing) is not HTTP-version SP ...", as if the
  -- server had sent an empty line; `curl -s URL` (no -i) gave the body's first
  -- line as a broken status line, with no word of the head that was missing
  it("says an empty input is empty, and that a body alone needs curl -i", function()
    for _, json in ipairs { false, true } do
      local args = { "lint" }
      if json then args[2] = "--json" end
      local status, out, err = run({}, "", unpack_args(args))
      assert.are.equal(1, status)
      assert.truthy(err:find("httpstatus lint: nothing to check: standard input is empty", 1, true), err)
      assert.are.equal(json and "[]\n" or "", out)
    end
    local status, out, err = run({ ["e.txt"] = "", ok = CLEAN }, nil, "lint", "e.txt", "ok")
    assert.are.equal(1, status)
    assert.truthy(err:find('nothing to check: "e.txt" is empty', 1, true), err)
    assert.truthy(out:find("\"ok\":\n  no findings", 1, true), out) -- the next input still checked
    status, out, err = run({}, '{"orders":[]}\n', "lint")
    assert.are.equal(1, status)
    assert.truthy(out:find("status-line-syntax", 1, true), out) -- the finding stays
    assert.truthy(err:find("standard input does not begin with a status line: "
      .. "curl prints the head with -i (curl -si URL | httpstatus lint)", 1, true), err)
    status, out, err = run({}, CLEAN, "lint")
    assert.are.equal(0, status)
    assert.are.equal("", err)
    assert.are.equal("  no findings\n", out)
  end)
end)
