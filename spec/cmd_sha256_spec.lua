-- httpstatus.cmd.sha256 against FIPS 180-4's examples and Python's hashlib, on
-- every runtime (each has its own bit operations: 5.3+ operators, bit32,
-- LuaJIT's bit, arithmetic on 5.1), at every length around a block's end.
local sha256 = require "httpstatus.cmd.sha256"
local assets = require "httpstatus.cmd.html_assets"

local function hex_of(s)
  return (s:gsub(".", function(c) return ("%02x"):format(c:byte()) end))
end

-- the messages: every length around the ends of one and two blocks (the
-- padding cases), all byte values, and the page's own style and script
local function messages()
  local list = {}
  for _, n in ipairs { 0, 1, 2, 3, 4, 31, 32, 33, 54, 55, 56, 57, 62, 63, 64, 65, 66, 118, 119,
                       120, 121, 127, 128, 129, 130, 183, 184, 191, 192, 193 } do
    local t = {}
    for i = 1, n do t[i] = string.char((i * 37 + n) % 256) end
    list[#list + 1] = table.concat(t)
  end
  local all = {}
  for b = 0, 255 do all[#all + 1] = string.char(b) end
  list[#list + 1] = table.concat(all)
  list[#list + 1] = ("\255\0"):rep(300)
  list[#list + 1] = assets.CSS
  list[#list + 1] = assets.JS
  return list
end

-- Python's answers for the messages, each "hex base64", or nil and why
local function oracle(list)
  local python = os.getenv("PYTHON") or "python3"
  local input = os.tmpname()
  local f = assert(io.open(input, "wb"))
  for _, m in ipairs(list) do f:write(hex_of(m), "\n") end
  f:close()
  local script = "import sys,hashlib,base64\n"
    .. "for line in open(sys.argv[1]):\n"
    .. "  d = hashlib.sha256(bytes.fromhex(line.strip())).digest()\n"
    .. "  print(d.hex(), base64.b64encode(d).decode())\n"
  local p = assert(io.popen("if command -v " .. python .. " >/dev/null 2>&1; then LD_PRELOAD= "
    .. python .. " -c '" .. script .. "' " .. input .. "; else echo no python3; fi"))
  local answers = {}
  for line in p:lines() do answers[#answers + 1] = line end
  p:close()
  os.remove(input)
  if answers[1] == "no python3" then return nil, "python3 is not installed" end
  return answers
end

describe("sha256", function()
  it("gives FIPS 180-4's digests", function()
    assert.are.equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", sha256.hex(""))
    assert.are.equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      sha256.hex("abc"))
    assert.are.equal("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
      sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
    assert.are.equal("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
      sha256.hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
        .. "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"))
    assert.are.equal("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", sha256.base64("abc"))
    assert.are.equal(32, #sha256.digest("abc"))
    assert.are.equal(hex_of(sha256.digest("abc")), sha256.hex("abc"))
  end)

  it("agrees with Python's hashlib at every length and byte", function()
    local list = messages()
    local answers, why = oracle(list)
    if not answers then return pending(why) end
    assert.are.equal(#list, #answers)
    for i, m in ipairs(list) do
      assert.are.equal(answers[i], sha256.hex(m) .. " " .. sha256.base64(m), "message " .. i
        .. " (" .. #m .. " bytes)")
    end
  end)
end)
