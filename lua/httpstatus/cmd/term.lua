--- The terminal: display width of UTF-8 text, wrapping with a hanging
-- indent, colour, and the width and colour decisions the command makes
-- once from its environment.
-- @module httpstatus.cmd.term

local ipairs, tonumber, type = ipairs, tonumber, type
local byte = string.byte
local concat = table.concat
local floor = math.floor

local M = {}

-- code point ranges, ascending: { first, last, columns }; East Asian Wide
-- and Fullwidth characters take two columns, combining marks and
-- zero-width characters none, everything else one
local WIDTHS = {
  { 0x0300, 0x036F, 0 },   -- combining diacritical marks
  { 0x0483, 0x0489, 0 },
  { 0x0591, 0x05BD, 0 },
  { 0x1100, 0x115F, 2 },   -- Hangul Jamo initial consonants
  { 0x1160, 0x11FF, 0 },   -- Hangul Jamo vowels and finals: join the initial
  { 0x200B, 0x200F, 0 },   -- zero width space, joiners, marks
  { 0x202A, 0x202E, 0 },
  { 0x2060, 0x2064, 0 },
  { 0x20D0, 0x20FF, 0 },   -- combining marks for symbols
  { 0x231A, 0x231B, 2 },
  { 0x2329, 0x232A, 2 },
  { 0x2E80, 0x303E, 2 },   -- CJK radicals, Kangxi, CJK symbols and punctuation
  { 0x3041, 0x33FF, 2 },   -- kana, bopomofo, Hangul compatibility jamo, CJK compat
  { 0x3400, 0x4DBF, 2 },   -- CJK extension A
  { 0x4E00, 0x9FFF, 2 },   -- CJK unified ideographs
  { 0xA000, 0xA4CF, 2 },   -- Yi
  { 0xA960, 0xA97F, 2 },   -- Hangul Jamo extended A
  { 0xAC00, 0xD7A3, 2 },   -- Hangul syllables
  { 0xD7B0, 0xD7FF, 0 },   -- Hangul Jamo extended B (medial, final)
  { 0xF900, 0xFAFF, 2 },   -- CJK compatibility ideographs
  { 0xFE00, 0xFE0F, 0 },   -- variation selectors
  { 0xFE10, 0xFE19, 2 },   -- vertical forms
  { 0xFE20, 0xFE2F, 0 },   -- combining half marks
  { 0xFE30, 0xFE6F, 2 },   -- CJK compatibility forms, small form variants
  { 0xFEFF, 0xFEFF, 0 },   -- zero width no-break space
  { 0xFF00, 0xFF60, 2 },   -- fullwidth forms
  { 0xFFE0, 0xFFE6, 2 },
  { 0x1F300, 0x1F64F, 2 }, -- pictographs, emoticons
  { 0x1F900, 0x1F9FF, 2 },
  { 0x20000, 0x2FFFD, 2 }, -- CJK extensions B..F
  { 0x30000, 0x3FFFD, 2 },
}

local function char_columns(cp)
  if cp < 0x300 then return 1 end
  for _, r in ipairs(WIDTHS) do
    if cp < r[1] then return 1 end
    if cp <= r[2] then return r[3] end
  end
  return 1
end

--- Columns a text takes on a terminal. A byte that is no part of a valid
-- UTF-8 sequence counts one column (terminals draw a replacement).
function M.columns(s)
  local n, i, len = 0, 1, #s
  while i <= len do
    local b = byte(s, i)
    local size, cp = 1, b
    if b >= 0xC2 and b <= 0xDF then size, cp = 2, b - 0xC0
    elseif b >= 0xE0 and b <= 0xEF then size, cp = 3, b - 0xE0
    elseif b >= 0xF0 and b <= 0xF4 then size, cp = 4, b - 0xF0
    elseif b >= 0x80 then size = 0 -- a stray continuation or invalid lead byte
    end
    for k = 1, size - 1 do
      local c = byte(s, i + k)
      if c == nil or c < 0x80 or c > 0xBF then size = 0 break end
      cp = cp * 64 + (c - 0x80)
    end
    if size == 0 then
      n, i = n + 1, i + 1
    else
      n, i = n + char_columns(cp), i + size
    end
  end
  return n
end
local columns = M.columns

--- text wrapped to width columns: the first line starts with first, the
-- others with rest (a hanging indent; default first); a word longer than a
-- line stands alone. No newline at the end.
function M.wrap(text, width, first, rest)
  rest = rest or first
  local lines, line, used, empty = {}, first, columns(first), true
  for word in text:gmatch("%S+") do
    local w = columns(word)
    if not empty and used + 1 + w > width then
      lines[#lines + 1] = line
      line, used = rest .. word, columns(rest) + w
    elseif empty then
      line, used = line .. word, used + w
    else
      line, used = line .. " " .. word, used + 1 + w
    end
    empty = false
  end
  lines[#lines + 1] = line
  return concat(lines, "\n")
end

--- s in the colour of an SGR code ("1;31") when on, else s as it is.
function M.paint(on, sgr, s)
  if not on then return s end
  return "\27[" .. sgr .. "m" .. s .. "\27[0m"
end

--- The width to wrap to: COLUMNS, else the terminal's width when the caller
-- knows it (shells seldom export COLUMNS; terminal: a number, or a function
-- that answers one or nil, called only then), else 80; kept within 40..100
-- (prose wider than 100 columns is hard to read), less a right margin of 2
-- as wide as the left indent.
function M.width(getenv, terminal)
  local n = tonumber(getenv("COLUMNS") or "")
  if n == nil or n ~= n then
    if type(terminal) == "function" then terminal = terminal() end
    n = type(terminal) == "number" and terminal or 80
  end
  if n < 40 then n = 40 elseif n > 100 then n = 100 end
  return floor(n) - 2
end

--- Colour as no-color.org asks: --color or --no-color (flag true or false,
-- the last one given) decides; else none when NO_COLOR is set and not
-- empty, none on a dumb terminal, and otherwise only on a terminal (tty:
-- a boolean, or a function that answers it, called only then).
function M.wants_color(flag, tty, getenv)
  if flag ~= nil then return flag end
  local no_color = getenv("NO_COLOR")
  if no_color ~= nil and no_color ~= "" then return false end
  if getenv("TERM") == "dumb" then return false end
  if type(tty) == "function" then tty = tty() end
  return tty == true
end

return M
