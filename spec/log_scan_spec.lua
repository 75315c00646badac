-- core.log_scanner: the C access-log scanner, one call per buffer. It must count exactly
-- what examples/classify_log.lua counts, however the log is cut into chunks.
local internal = require "internal"
package.path = "examples/?.lua;" .. package.path
local cl = require "classify_log"
local core = internal.module("httpstatus.core")
local raises = require "raises"
local quick = require "quick"

local log_scanner = core.log_scanner
local SAMPLE = "examples/data/access.log" -- 3000 lines, 16 malformed for the classifier
local MAX_LINE = 65536                    -- HTTPSTATUS_LOG_MAX_LINE
local loops = require "loops"
-- the damaged lines compared one by one (spec/loops.lua: fewer under valgrind)
local DAMAGED_LINES = loops.n(6000, 600)

local T = "[14/Mar/2026:10:00:00 +0100]"
local function log_line(status, request, tail)
  return ('192.0.2.10 - - %s "%s" %s 512 "-" "curl/8.12.1"%s')
    :format(T, request or "GET / HTTP/1.1", status, tail or "")
end
local COMMON_LINE = '192.0.2.10 - - ' .. T .. ' "GET / HTTP/1.1" 404 512'

-- The line counts of a counts() table (the fields, timeline and paths have specs of
-- their own in log_fields_spec.lua).
local function basic(c)
  return { lines = c.lines, malformed = c.malformed, invalid_status = c.invalid_status,
           codes = c.codes }
end

-- Feed text in pieces of `piece` bytes (nil: all at once) up to byte `upto` (default: all
-- of it) and the rest at once, finish, return the counts.
local function scan(text, piece, format, upto)
  local sc = log_scanner(format)
  piece = piece or math.max(#text, 1)
  upto = math.min(upto or #text, #text)
  local at = 1
  while at <= upto do
    sc:feed(text:sub(at, at + piece - 1))
    at = at + piece
  end
  if at <= #text then sc:feed(text:sub(at)) end
  sc:finish()
  return basic(sc:counts())
end

local function read_sample()
  local f = assert(io.open(SAMPLE, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

local function sum(t)
  local n = 0
  for _, v in pairs(t) do n = n + v end
  return n
end

-- Park-Miller, as make_access_log.lua: the same cuts and bytes on every runtime.
local seed = 20260314
local function rand(n)
  seed = seed * 16807 % 2147483647
  return seed % n + 1
end

describe("log_scanner on the sample log", function()
  local text = read_sample()
  local stats = cl.classify(io.lines(SAMPLE))

  it("counts what classify_log counts, in chunks of any size", function()
    assert.are.equal(3000, stats.total)
    -- in pieces of a few bytes: the whole log, or under valgrind its first
    -- 30 KB (spec/loops.lua, some 150 lines), then the rest at once
    local fine = loops.n(#text, 30000)
    for _, piece in ipairs { 1, 2, 3, 7, 100, 1000, 4096, 65536, 1000000 } do
      local c = scan(text, piece, "combined", piece < 100 and fine or nil)
      assert.are.equal(stats.total, c.lines, "piece " .. piece)
      assert.are.equal(stats.malformed, c.malformed, "piece " .. piece)
      assert.are.same(stats.codes, c.codes, "piece " .. piece)
      assert.are.equal(1, c.invalid_status) -- line 1204's "000"
    end
  end)

  it("also at random cuts, empty chunks included", function()
    for _ = 1, 10 do
      local sc, at = log_scanner("combined"), 1
      while at <= #text do
        local n = rand(3000) - 1
        sc:feed(text:sub(at, at + n - 1))
        at = at + n
      end
      sc:finish()
      local c = sc:counts()
      assert.are.equal(stats.malformed, c.malformed)
      assert.are.same(stats.codes, c.codes)
    end
  end)

  it("accepts the common format by default: one line more is valid", function()
    local c = scan(text, 4096)
    assert.are.equal(3000, c.lines)
    assert.are.equal(stats.malformed - 1, c.malformed) -- line 2233 is common format
    assert.are.equal(stats.valid + 1, sum(c.codes))
    local more = 0
    for code, n in pairs(c.codes) do
      assert.is_true(n - (stats.codes[code] or 0) >= 0)
      more = more + n - (stats.codes[code] or 0)
    end
    assert.are.equal(1, more)
  end)
end)

describe("log_scanner and parse_line", function()
  -- bytes that matter to the grammar, and some that should not
  local ALPHABET = { " ", '"', "\\", "[", "]", "-", "0", "1", "5", "9", "\r", "\t", "\0", "x",
                     "\255", "\11", "\12" }
  local function mutate(line)
    for _ = 1, rand(3) do
      local at, r = rand(#line + 1), rand(5)
      local byte = ALPHABET[rand(#ALPHABET)]
      if r == 1 then line = line:sub(1, at - 1) .. byte .. line:sub(at + 1)     -- replace
      elseif r == 2 then line = line:sub(1, at - 1) .. line:sub(at + 1)         -- delete
      elseif r == 3 then line = line:sub(1, at - 1) .. byte .. line:sub(at)     -- insert
      elseif r == 4 then line = line:sub(1, at - 1)                             -- cut
      else line = line:sub(1, at - 1) .. line:sub(at - 10, at) .. line:sub(at) -- repeat
      end
    end
    return line
  end

  it("agree line by line on thousands of damaged lines (combined)", function()
    local base = {}
    for line in io.lines(SAMPLE) do base[#base + 1] = line end
    for _, s in ipairs { "200", "000", "600", "2OO" } do base[#base + 1] = log_line(s) end
    base[#base + 1] = log_line(200, [[GET /q=\"x\" HTTP/1.1]], ' "203.0.113.9" 0.532')
    local sc, malformed, codes = log_scanner("combined"), 0, {}
    local disagree = {}
    for i = 1, DAMAGED_LINES do
      local line = mutate(base[rand(#base)])
      local want = cl.parse_line(line)
      if want then codes[want] = (codes[want] or 0) + 1 else malformed = malformed + 1 end
      sc:feed(line .. "\n")
      local c = sc:counts()
      if c.malformed ~= malformed or (want and c.codes[want] ~= codes[want]) then
        disagree[#disagree + 1] = ("%q"):format(line)
        malformed, codes = c.malformed, c.codes -- report each line once
      end
      quick.equal(i, c.lines)
    end
    assert.are.same({}, disagree)
  end)
end)

describe("log_scanner lines", function()
  it("reads combined and common lines, and rejects the rest", function()
    local text = table.concat({
      log_line(200), log_line(404, nil, ' "203.0.113.9" 0.532'), COMMON_LINE,
      log_line(200, [[GET /search?q=\"quoted\" HTTP/1.1]]),
      "", "-- MARK --", log_line("000"), log_line("600"), log_line("2OO"), log_line(200):sub(1, -4),
      log_line(200) .. "junk", COMMON_LINE .. " ", COMMON_LINE .. ' "-"',
    }, "\n") .. "\n"
    local c = scan(text)
    assert.are.same({ lines = 13, malformed = 9, invalid_status = 2,
                      codes = { [200] = 2, [404] = 2 } }, c)
    local combined = scan(text, nil, "combined")
    assert.are.same({ lines = 13, malformed = 10, invalid_status = 2,
                      codes = { [200] = 2, [404] = 1 } }, combined)
    local common = scan(text, nil, "common")
    assert.are.same({ lines = 13, malformed = 12, invalid_status = 0, codes = { [404] = 1 } },
                    common)
    assert.are.same(c, scan(text, nil, "any"))
  end)

  it("drops one CR before each LF", function()
    local crlf = log_line(200) .. "\r\n" .. COMMON_LINE .. "\r\n" .. log_line(304) .. "\r\r\n"
    local c = scan(crlf, 5)
    assert.are.same({ lines = 3, malformed = 1, invalid_status = 0,
                      codes = { [200] = 1, [404] = 1 } }, c)
    local sc = log_scanner() -- the CR and the LF in different chunks
    sc:feed(log_line(201) .. "\r")
    sc:feed("\n")
    assert.are.same({ [201] = 1 }, sc:counts().codes)
  end)

  it("counts a last line without LF at finish, and only then", function()
    local sc = log_scanner()
    sc:feed(log_line(200) .. "\n" .. log_line(503))
    assert.are.equal(1, sc:counts().lines)
    sc:finish()
    assert.are.same({ lines = 2, malformed = 0, invalid_status = 0,
                      codes = { [200] = 1, [503] = 1 } }, basic(sc:counts()))
    sc:finish() -- twice: nothing more
    assert.are.equal(2, sc:counts().lines)
    assert.are.equal(0, scan("").lines)
    assert.are.equal(1, scan("\n").lines)
    assert.are.equal(2, scan("\n\n").malformed) -- empty lines are malformed, as for parse_line
  end)

  it("after finish, starts a new line and keeps counting (files add up)", function()
    local sc = log_scanner()
    local line = log_line(200)
    sc:feed(line:sub(1, 20))
    sc:finish()                  -- the cut line ends here: malformed
    sc:feed(line:sub(21) .. "\n") -- a line of its own, not glued to the one before
    sc:feed(line)
    sc:finish()
    assert.are.same({ lines = 3, malformed = 2, invalid_status = 0, codes = { [200] = 1 } },
                    basic(sc:counts()))
  end)

  it("takes lines up to 64 KiB, and counts a longer one as one malformed line", function()
    local head = log_line(200):sub(1, -2) -- the agent left open
    local function line_of(len) return head .. ("a"):rep(len - #head - 1) .. '"' end
    assert.are.equal(200, cl.parse_line(line_of(MAX_LINE + 1))) -- fine for parse_line
    for _, piece in ipairs { 1000, 65536, 70000 } do
      local c = scan(line_of(MAX_LINE) .. "\n" .. line_of(MAX_LINE + 1) .. "\n" ..
                     line_of(MAX_LINE - 1) .. "\r\n" .. line_of(MAX_LINE) .. "\r\n", piece)
      assert.are.same({ lines = 4, malformed = 2, invalid_status = 0, codes = { [200] = 2 } }, c)
    end
    local huge = ("x"):rep(4 * 1024 * 1024) -- 4 MiB without LF, then a good line
    local c = scan(huge .. "\n" .. log_line(204), 65536)
    assert.are.same({ lines = 2, malformed = 1, invalid_status = 0, codes = { [204] = 1 } }, c)
    assert.are.same(c, scan(huge .. "\n" .. log_line(204)))
  end)

  it("never fails on binary bytes and NULs; they are malformed unless in a field", function()
    local bytes = {}
    for i = 1, loops.n(200000, 20000) do bytes[i] = string.char(rand(256) - 1) end
    local text = table.concat(bytes)
    local _, lf = text:gsub("\n", "")
    local whole = scan(text)
    assert.are.equal(lf + (text:sub(-1) == "\n" and 0 or 1), whole.lines)
    assert.are.equal(whole.lines, whole.malformed)
    assert.are.same(whole, scan(text, 333))
    local nul = '192.0.2.\0 - - ' .. T .. ' "\0\22\3" 400 157 "-" "\0"'
    assert.are.same({ [400] = 1 }, scan(nul .. "\n" .. ("\0"):rep(100) .. "\n").codes)
    assert.are.equal(1, scan(log_line(200) .. "\0\n").malformed)
  end)
end)

describe("log_scanner read", function()
  -- a temporary file holding text, open for reading from its start
  local function file_of(text)
    local f = assert(io.tmpfile())
    assert(f:write(text))
    assert(f:seek("set", 0))
    return f
  end

  it("counts an open file as feeding its text does, past its 64 KiB buffer", function()
    local text = read_sample()
    text = text:rep(3) .. log_line(404) -- 600 KiB, the last line without LF
    local f = file_of(text)
    local sc = log_scanner()
    assert.is_true(sc:read(f))
    sc:finish()
    f:close()
    local want = log_scanner()
    want:feed(text)
    want:finish()
    assert.are.same(want:counts(), sc:counts())
    assert.are.equal(9001, sc:counts().lines)
  end)

  it("reads on from where the file is, and leaves a cut line to what follows", function()
    local f = file_of("skipped\n" .. log_line(200) .. "\n" .. log_line(201):sub(1, 20))
    assert(f:read("*l")) -- the first line is read already: not counted
    local sc = log_scanner()
    assert.is_true(sc:read(f))
    assert.is_true(sc:read(f)) -- at the end: nothing more
    sc:feed(log_line(201):sub(21) .. "\n")
    f:close()
    sc:finish()
    assert.are.same({ lines = 2, malformed = 0, invalid_status = 0,
                      codes = { [200] = 1, [201] = 1 } }, basic(sc:counts()))
  end)

  it("answers nil and the system's message when the file cannot be read", function()
    local f = io.open("spec", "rb") -- a folder: it opens, and reading fails
    if f == nil then return end     -- a system that does not open folders
    local sc = log_scanner()
    local ok, err = sc:read(f)
    f:close()
    assert.is_nil(ok)
    assert.is_string(err)
    assert.are.equal(0, sc:counts().lines)
  end)

  it("raises for a closed file and for anything but a file", function()
    local f = file_of("x\n")
    f:close()
    local sc = log_scanner()
    raises("read", 1, "closed file", function() sc:read(f) end)
    for _, v in ipairs { "text", 1, {}, false } do
      assert.is_false(pcall(sc.read, sc, v))
    end
    assert.are.equal(0, sc:counts().lines)
  end)
end)

describe("log_scanner API", function()
  it("is a userdata with its own metatable in the registry, out of reach", function()
    local sc = log_scanner()
    assert.are.equal("userdata", type(sc))
    local mt = debug.getmetatable(sc)
    assert.are.equal(debug.getregistry()["httpstatus.log_scanner"], mt)
    assert.is_false(getmetatable(sc)) -- no code outside can change every scanner's methods
    assert.are.equal("httpstatus.log_scanner", mt.__name)
    assert.are.equal("httpstatus.log_scanner (0 lines, 0 malformed)", tostring(sc))
    sc:feed("x\n" .. log_line(200) .. "\n")
    assert.are.equal("httpstatus.log_scanner (2 lines, 1 malformed)", tostring(sc))
    assert.are_not.equal(sc, log_scanner())
    assert.is_nil(rawget(_G, "log_scanner"))
  end)

  it("feed and finish return nothing", function()
    local sc = log_scanner()
    assert.are.equal(0, select("#", sc:feed("abc")))
    assert.are.equal(0, select("#", sc:finish()))
  end)

  it("counts() gives a fresh table each time", function()
    local sc = log_scanner()
    assert.are.same({ lines = 0, malformed = 0, invalid_status = 0, codes = {} }, basic(sc:counts()))
    sc:feed(log_line(200) .. "\n")
    local a, b = sc:counts(), sc:counts()
    assert.are_not.equal(a, b)
    assert.are_not.equal(a.codes, b.codes)
    assert.are.same(a, b)
    a.codes[200], a.lines = 99, 99
    assert.are.same({ lines = 1, malformed = 0, invalid_status = 0, codes = { [200] = 1 } },
                    basic(sc:counts()))
    local math_type = rawget(math, "type") -- 5.3+: counts are integers
    if math_type then
      assert.are.equal("integer", math_type(b.lines))
      assert.are.equal("integer", math_type(b.codes[200]))
      assert.are.equal("integer", math_type(next(b.codes)))
    end
  end)

  it("gives one consistent moment even when finalizers feed it during counts() #stress", function()
    local sc, line = log_scanner(), log_line(200) .. "\n" .. log_line(404) .. "\n" .. "x\n"
    local newproxy = rawget(_G, "newproxy") -- 5.1 and LuaJIT: __gc needs a userdata
    -- finalizers not run yet; run while counts() was working
    local pending, counting, inside = 0, false, 0
    local function feed()
      pending = pending - 1
      if counting then inside = inside + 1 end
      sc:feed(line)
    end
    local function garbage()
      pending = pending + 1
      if newproxy then
        local p = newproxy(true)
        getmetatable(p).__gc = feed
        return p
      end
      return setmetatable({}, { __gc = feed })
    end
    -- The GC restarts at once; with each step size, the finalizers run at different points
    -- on each VM (a spec that read the counts while building the table fails on all five).
    local function stress(rounds)
      for _ = 1, rounds do
        for _ = 1, 4 do garbage() end
        -- from here only counts() allocates, so the finalizers run inside it; once they
        -- have all run, more calls could only see a quiet scanner (and on 5.2 and 5.3,
        -- each took a whole GC cycle over busted's heap: seconds in all)
        for _ = 1, 20 do
          if pending == 0 then break end
          counting = true
          local c = sc:counts()
          counting = false
          local ok200 = c.codes[200] or 0
          assert(c.lines == c.malformed + sum(c.codes), "counts of different moments")
          assert(ok200 == (c.codes[404] or 0) and ok200 == c.malformed, "a feed seen in part")
        end
      end
    end
    local pause = collectgarbage("setpause", 0)
    -- HS_GC_ROUNDS (300 by default) sets the length, as in gc_stress_spec
    local rounds = tonumber(os.getenv("HS_GC_ROUNDS") or "") or 300
    local ok, err = pcall(stress, math.ceil(rounds * 5 / 3)) -- with the VM's own step size
    local stepmul = collectgarbage("setstepmul", 1000)
    if ok then
      collectgarbage("collect")
      ok, err = pcall(stress, math.ceil(rounds / 3)) -- with cycles of a few steps
    end
    collectgarbage("setpause", pause)
    collectgarbage("setstepmul", stepmul)
    collectgarbage("collect")
    assert(ok, err)
    assert.is_true(sc:counts().lines > 0) -- the finalizers did run
    assert.is_true(inside > 0, "no finalizer ran inside counts()")
  end)

  it("raises for a chunk that is not a string", function()
    local sc = log_scanner()
    for _, v in ipairs { 404, true, {}, print } do
      raises("feed", 1, "string expected, got " .. type(v), function() sc:feed(v) end)
    end
    raises("feed", 1, "string expected, got no value", function() sc:feed() end)
    raises("feed", 1, "string expected, got nil", function() sc:feed(nil) end)
    assert.are.equal(0, sc:counts().lines) -- nothing was counted
  end)

  it("raises for a bad self and an unknown format", function()
    local sc = log_scanner()
    for _, name in ipairs { "feed", "finish", "counts" } do
      local ok, err = pcall(sc[name], {}, "x")
      assert.is_false(ok)
      assert.truthy(err:find("httpstatus.log_scanner expected, got table", 1, true), err)
      ok, err = pcall(sc[name], io.stdout, "x") -- another kind of userdata
      assert.is_false(ok)
      assert.truthy(err:find("httpstatus.log_scanner expected", 1, true), err)
    end
    raises("log_scanner", 1, "invalid option 'xml'", function() log_scanner("xml") end)
    raises("log_scanner", 1, "invalid option 'Combined'", function() log_scanner("Combined") end)
    for _, v in ipairs { 5, true, {}, print } do
      raises("log_scanner", 1, "string expected, got " .. type(v), function() log_scanner(v) end)
    end
  end)
end)
