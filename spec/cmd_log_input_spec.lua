-- `httpstatus log`'s inputs that give no log text (#23): compressed data, which
-- is named as such with the way to feed it instead of being counted as
-- malformed lines, and no readable input at all, which gives the errors alone
-- (no report of nothing), exit status 1.
local cmd_io = require "cmd_io"
local unpack = rawget(table, "unpack") or rawget(_G, "unpack")

local SAMPLE = "examples/data/access.log"
local LINE = '192.0.2.10 - - [14/Mar/2026:10:00:00 +0100] "GET / HTTP/1.1" 404 5 "-" "c"\n'

-- what each compressor's data begins with, and a little after it
local COMPRESSED = {
  gzip = "\31\139\8\0\0\0\0\0\0\3\203H\205\201\201\231\2\0",
  bzip2 = "BZh91AY&SY\1\2\3\4",
  xz = "\253" .. "7zXZ\0\0\4\230\214\180\70",
  zstd = "\40\181\47\253\36\6\49\0\0",
}
local CAT = { gzip = "zcat", bzip2 = "bzcat", xz = "xzcat", zstd = "zstdcat" }

local fake_file, read_all = cmd_io.fake_file, cmd_io.read_all

-- text cut into pieces of n bytes
local function cut(text, n)
  local pieces = {}
  for i = 1, #text, n do pieces[#pieces + 1] = text:sub(i, i + n - 1) end
  return pieces
end

local main = cmd_io.main_of("log") -- (args, io_over) -> status, stdout, stderr

local function write(path, text)
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

describe("httpstatus log on compressed data (#23)", function()
  it("names the compression of standard input and how to feed it, and counts nothing", function()
    for name, data in pairs(COMPRESSED) do
      for _, pieces in ipairs { { data }, cut(data, 1) } do -- whole, and a byte at a time
        local status, out, err = main({}, { stdin = fake_file(pieces) })
        assert.are.equal(1, status, name)
        assert.are.equal("", out, name) -- no report of binary "lines"
        assert.truthy(err:find("httpstatus log: standard input looks " .. name .. "-compressed: "
          .. "decompress it on the way in (" .. CAT[name] .. " FILE | httpstatus log)", 1, true), err)
        assert.is_nil(err:find("custom", 1, true))
      end
    end
    local _, _, err = main({ "-" }, { stdin = fake_file { COMPRESSED.gzip } })
    assert.truthy(err:find("or give the file by name (httpstatus log FILE.gz: names ending in .gz "
      .. "are read through gzip -dc)", 1, true), err)
  end)

  it("reads the same from a real file on standard input, looking at its first bytes only", function()
    local path = os.tmpname()
    write(path, COMPRESSED.gzip .. LINE:rep(3))
    local f = assert(io.open(path, "rb"))
    local status, out, err = main({}, { stdin = f })
    f:close()
    assert.are.equal(1, status)
    assert.are.equal("", out)
    assert.truthy(err:find("standard input looks gzip-compressed", 1, true), err)
    -- a log as standard input: its first bytes are counted like the rest
    f = assert(io.open(SAMPLE, "rb"))
    local _, from_stdin = main({}, { stdin = f })
    f:close()
    assert.are.equal(select(2, main { SAMPLE }), from_stdin)
    assert.truthy(from_stdin:find("Lines: 3,000 total, 2,985 valid", 1, true))
    for _, n in ipairs { 1, 3, 9, 10, 11 } do -- heads cut anywhere
      local _, text = main({}, { stdin = fake_file(cut(read_all(SAMPLE), n)) })
      assert.are.equal(from_stdin, text, n)
    end
    os.remove(path)
  end)

  it("names a compressed file that is not called .gz, and still reports the others", function()
    local path = os.tmpname()
    write(path, COMPRESSED.gzip)
    local status, out, err = main { path, SAMPLE }
    assert.are.equal(1, status)
    assert.truthy(out:find("Lines: 3,000 total", 1, true))
    assert.truthy(err:find('"' .. path .. '" looks gzip-compressed (only names ending in .gz are '
      .. "read through gzip -dc): decompress it on the way in (zcat '" .. path
      .. "' | httpstatus log)", 1, true), err)
    write(path, COMPRESSED.xz)
    status, out, err = main { "--json", path }
    assert.are.equal(1, status)
    assert.are.equal("", err) -- with --json, in the problems
    assert.truthy(out:find('"problems":["\\"' .. path .. '\\" looks xz-compressed: ', 1, true), out)
    os.remove(path)
  end)

  it("takes text that merely starts like bzip2's or has the magic later for a log", function()
    for _, text in ipairs { "BZh9 not bzip2\n" .. LINE, LINE .. COMPRESSED.gzip .. "\n" } do
      local status, out, err = main({}, { stdin = fake_file { text } })
      assert.are.equal(0, status, err)
      assert.truthy(out:find("Lines: 2 total, 1 valid, 1 malformed", 1, true), out)
    end
  end)
end)

describe("httpstatus log with no readable input (#23)", function()
  local missing = { "/nonexistent/a.log", "/nonexistent/b.log" }

  it("prints an error per input and no report, exit status 1", function()
    local status, out, err = main(missing)
    assert.are.equal(1, status)
    assert.are.equal("", out)
    assert.are.equal('httpstatus log: cannot open "/nonexistent/a.log": No such file or directory\n'
      .. 'httpstatus log: cannot open "/nonexistent/b.log": No such file or directory\n', err)
    status, out, err = main({ "--json", unpack(missing) })
    assert.are.equal(1, status)
    assert.are.equal("", err)
    assert.matches('^{"problems":%["cannot open \\"/nonexistent/a%.log\\": [^"]*",'
      .. '"cannot open \\"/nonexistent/b%.log\\": [^"]*"%]}\n$', out)
  end)

  it("writes no page of nothing", function()
    local page = os.tmpname()
    os.remove(page)
    local status = main { "--html", page, missing[1] }
    assert.are.equal(1, status)
    assert.is_nil(io.open(page, "rb"))
  end)

  it("says an empty input, which was read, is empty: one sentence, exit status 0", function()
    local status, out, err = main({}, { stdin = fake_file {} })
    assert.are.equal(0, status)
    assert.are.equal("", err)
    assert.are.equal("The log is empty: there is not one line to report.\n", out)
  end)
end)
