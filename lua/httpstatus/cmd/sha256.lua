--- SHA-256 (FIPS 180-4) in plain Lua, for the reference page's
-- Content-Security-Policy, which names its inline script and style by
-- hash ('sha256-<base64>') so that no other inline script can run.
--
-- Words are 32-bit unsigned integers held in Lua numbers. The bit
-- operations come from what the runtime has: the operators of Lua 5.3+,
-- bit32 on 5.2, LuaJIT's bit library, else arithmetic on 4-bit pieces
-- (Lua 5.1). Each runtime's path is checked against Python's hashlib.
-- @module httpstatus.cmd.sha256

local byte, char, format, rep = string.byte, string.char, string.format, string.rep
local concat = table.concat
local floor = math.floor
local load, rawget, require = load, rawget, require

local M = {}

local MOD = 0x100000000 -- 2^32

local band, bxor, bnot, rrotate, rshift

local native = _VERSION ~= "Lua 5.1" and _VERSION ~= "Lua 5.2"
  and load([[return function(a, b) return a & b end, function(a, b) return a ~ b end,
    function(a) return ~a & 0xFFFFFFFF end,
    function(x, n) return ((x >> n) | (x << (32 - n))) & 0xFFFFFFFF end,
    function(x, n) return x >> n end]])
local bit32 = rawget(_G, "bit32")
local jit_bit = rawget(_G, "jit") and require("bit")

if native then
  band, bxor, bnot, rrotate, rshift = native()
elseif bit32 then
  band, bxor, bnot, rrotate, rshift = bit32.band, bit32.bxor, bit32.bnot, bit32.rrotate,
    bit32.rshift
elseif jit_bit then -- signed results: brought back to 0..2^32-1
  local b_and, b_xor, b_not, b_ror, b_shr = jit_bit.band, jit_bit.bxor, jit_bit.bnot,
    jit_bit.ror, jit_bit.rshift
  band = function(a, b) return b_and(a, b) % MOD end
  bxor = function(a, b) return b_xor(a, b) % MOD end
  bnot = function(a) return b_not(a) % MOD end
  rrotate = function(x, n) return b_ror(x, n) % MOD end
  rshift = function(x, n) return b_shr(x, n) % MOD end
else
  -- x op y for 4-bit x and y, at [x * 16 + y]
  local AND, XOR = {}, {}
  for x = 0, 15 do
    for y = 0, 15 do
      local a, r, bitv = 0, 0, 1
      for _ = 1, 4 do
        local xb, yb = floor(x / bitv) % 2, floor(y / bitv) % 2
        if xb == 1 and yb == 1 then a = a + bitv end
        if xb ~= yb then r = r + bitv end
        bitv = bitv * 2
      end
      AND[x * 16 + y], XOR[x * 16 + y] = a, r
    end
  end
  local function by_nibbles(t, a, b)
    local r, m = 0, 1
    for _ = 1, 8 do
      local x, y = a % 16, b % 16
      r = r + t[x * 16 + y] * m
      a, b, m = (a - x) / 16, (b - y) / 16, m * 16
    end
    return r
  end
  band = function(a, b) return by_nibbles(AND, a, b) end
  bxor = function(a, b) return by_nibbles(XOR, a, b) end
  bnot = function(a) return MOD - 1 - a end
  rshift = function(x, n) return floor(x / 2 ^ n) end
  rrotate = function(x, n) return floor(x / 2 ^ n) + (x % 2 ^ n) * 2 ^ (32 - n) end
end

-- the first 32 bits of the fractional parts of the cube roots of the
-- first 64 primes, and (H) of the square roots of the first 8
local K = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}
local H0 = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
             0x1f83d9ab, 0x5be0cd19 }

-- the 64-byte block of msg at offset (0-based) into h
local function block(msg, offset, h, w)
  for i = 1, 16 do
    local b1, b2, b3, b4 = byte(msg, offset + 4 * i - 3, offset + 4 * i)
    w[i] = ((b1 * 256 + b2) * 256 + b3) * 256 + b4
  end
  for i = 17, 64 do
    local x, y = w[i - 15], w[i - 2]
    local s0 = bxor(bxor(rrotate(x, 7), rrotate(x, 18)), rshift(x, 3))
    local s1 = bxor(bxor(rrotate(y, 17), rrotate(y, 19)), rshift(y, 10))
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) % MOD
  end
  local a, b, c, d, e, f, g, hh = h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]
  for i = 1, 64 do
    local S1 = bxor(bxor(rrotate(e, 6), rrotate(e, 11)), rrotate(e, 25))
    local ch = bxor(band(e, f), band(bnot(e), g))
    local t1 = (hh + S1 + ch + K[i] + w[i]) % MOD
    local S0 = bxor(bxor(rrotate(a, 2), rrotate(a, 13)), rrotate(a, 22))
    local maj = bxor(bxor(band(a, b), band(a, c)), band(b, c))
    local t2 = (S0 + maj) % MOD
    hh, g, f, e, d, c, b, a = g, f, e, (d + t1) % MOD, c, b, a, (t1 + t2) % MOD
  end
  h[1], h[2], h[3], h[4] = (h[1] + a) % MOD, (h[2] + b) % MOD, (h[3] + c) % MOD, (h[4] + d) % MOD
  h[5], h[6], h[7], h[8] = (h[5] + e) % MOD, (h[6] + f) % MOD, (h[7] + g) % MOD, (h[8] + hh) % MOD
end

-- a word as 4 bytes, big-endian
local function be32(x)
  return char(floor(x / 0x1000000) % 256, floor(x / 0x10000) % 256, floor(x / 0x100) % 256,
    x % 256)
end

--- The SHA-256 digest of s: 32 bytes.
function M.digest(s)
  local bits = #s * 8
  local msg = s .. "\128" .. rep("\0", (55 - #s) % 64) .. be32(floor(bits / MOD))
    .. be32(bits % MOD)
  local h, w = {}, {}
  for i = 1, 8 do h[i] = H0[i] end
  for offset = 0, #msg - 64, 64 do block(msg, offset, h, w) end
  local out = {}
  for i = 1, 8 do out[i] = be32(h[i]) end
  return concat(out)
end

--- The digest of s in lower-case hex (64 characters).
function M.hex(s)
  return (M.digest(s):gsub(".", function(c) return format("%02x", byte(c)) end))
end

local B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

--- The digest of s in base64 (44 characters), as a CSP hash source wants it.
function M.base64(s)
  local d, out = M.digest(s) .. "\0", {}
  for i = 1, 31, 3 do
    local n = (byte(d, i) * 256 + byte(d, i + 1)) * 256 + byte(d, i + 2)
    for k = 3, 0, -1 do
      local v = floor(n / 64 ^ k) % 64
      out[#out + 1] = B64:sub(v + 1, v + 1)
    end
  end
  -- 32 bytes: ten full groups and two bytes, written as three characters and "="
  return concat(out):sub(1, 43) .. "="
end

return M
