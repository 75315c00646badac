-- scripts/iana_diff.py: the C table against IANA's CSV. Needs Python 3: python3 on
-- PATH, or the interpreter named by $PYTHON (a pyenv shim costs a second a run).
-- A Python script: once per make test is enough, so only Lua 5.4 runs it
-- (and without the sanitizer run's preloaded libasan).
if _VERSION ~= "Lua 5.4" then return end
local SCRIPT = "LD_PRELOAD= " .. (os.getenv("PYTHON") or "python3") .. " scripts/iana_diff.py"
local DATA = "spec/data/"

-- output (stdout and stderr) and exit status of a shell command
local function run(args)
  local p = assert(io.popen(SCRIPT .. " " .. args .. " 2>&1; echo \"exit $?\""))
  local out = p:read("*a")
  p:close()
  local body, status = out:match("^(.-)exit (%d+)\n$")
  assert(body, "no exit status in: " .. out)
  return body, tonumber(status)
end

local function lines(s)
  local t = {}
  for l in s:gmatch("[^\n]+") do t[#t + 1] = l end
  return t
end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local function write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

describe("iana_diff.py", function()
  local tmp = {}
  local function tmpname()
    local name = os.tmpname()
    tmp[#tmp + 1] = name
    return name
  end
  teardown(function()
    for _, name in ipairs(tmp) do os.remove(name) end
  end)

  local ours -- a CSV written from our table, shared by two tests
  local function our_csv()
    if ours == nil then
      local csv = tmpname()
      local out, status = run("--write-csv " .. csv)
      assert.are.equal(0, status, out) -- else: is Python 3 installed?
      ours = read(csv)
    end
    return ours
  end

  it("finds no difference between our table and a CSV written from it", function()
    local text = our_csv()
    assert.matches("^Value,Description,Reference\n", text)
    assert.matches('\n100,Continue,"%[RFC9110, Section 15%.2%.1%]"\n', text)
    assert.matches("\n104,Upload Resumption Supported %(TEMPORARY %- expires %d+%-%d+%-%d+%),", text)
    assert.matches("\n105%-199,Unassigned,\n", text)
    assert.matches('\n306,%(Unused%),"%[RFC9110, Section 15%.4%.7%]"\n', text)
    assert.matches("\n510,Not Extended %(OBSOLETED%),%[RFC2774%]%[status%-change", text)
    local csv = tmpname()
    write(csv, text)
    local out, status = run(csv)
    assert.are.equal("", out)
    assert.are.equal(0, status)
  end)

  it("finds no difference with the registry of 2025-09-15, written in IANA's format", function()
    -- IANA's own 104 text (registration dates), quoted fields, one row per code
    local out, status = run(DATA .. "http-status-codes-1.csv")
    assert.are.equal("", out)
    assert.are.equal(0, status)
  end)

  it("reports exactly a changed, an added and a removed row", function()
    -- 104 renewed, 105 added, 226 removed; CRLF lines, and 105, 306 and 418 left
    -- unquoted although they hold commas, as a hand-edited file may be
    local out, status = run(DATA .. "http-status-codes-altered.csv")
    assert.are.equal(1, status)
    assert.are.same({
      "104: expires: ours 2026-11-13, IANA 2027-11-13",
      '105: missing from our table (IANA: "Example Added", draft-example-http-status-00)',
      '226: missing from the CSV (ours: "IM Used")',
    }, lines(out))
  end)

  it("reports a changed phrase, reference and state, whatever the table holds", function()
    local csv = tmpname()
    local text = our_csv()
    local n
    text, n = text:gsub("\n200,OK,", "\n200,Okay,")
    assert.are.equal(1, n)
    text, n = text:gsub('"%[RFC9110, Section 15%.5%.5%]"', '"[RFC9110, Section 15.5.50]"')
    assert.are.equal(1, n)
    text, n = text:gsub("\n305,Use Proxy,", "\n305,Use Proxy (OBSOLETED),")
    assert.are.equal(1, n)
    text, n = text:gsub("\n208,Already Reported,%[RFC5842%]\n", "\n")
    assert.are.equal(1, n)
    text = text .. '599,Network Timeout (TEMPORARY - expires 2030-01-01),"[RFC9999, Section 1]"\n'
    write(csv, text)
    local out, status = run(csv)
    assert.are.equal(1, status)
    assert.are.same({
      '200: phrase: ours "OK", IANA "Okay"',
      '208: missing from the CSV (ours: "Already Reported")',
      '305: status: ours permanent, IANA obsoleted',
      '404: reference: ours "RFC 9110, Section 15.5.5", IANA "RFC 9110, Section 15.5.50"',
      '599: missing from our table (IANA: "Network Timeout", RFC 9999, Section 1)',
    }, lines(out))
  end)

  it("exits 2 for files it cannot read, and for bad usage", function()
    local out, status = run(DATA .. "no-such-file.csv")
    assert.are.equal(2, status)
    assert.matches("cannot read", out)
    local csv = tmpname()
    write(csv, "Code,Phrase\n200,OK\n")
    out, status = run(csv)
    assert.are.equal(2, status)
    assert.matches("Value,Description,Reference", out)
    write(csv, "Value,Description,Reference\n2OO,OK,[RFC9110]\n")
    out, status = run(csv)
    assert.are.equal(2, status)
    assert.matches("not a status code", out)
    out, status = run("")
    assert.are.equal(2, status)
    assert.matches("usage", out)
  end)
end)
