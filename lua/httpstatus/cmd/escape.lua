--- The command's escaping: every text it did not write itself (an argument,
-- a file name, a parsed reason phrase, a system message) reaches its output
-- through one of these, one per kind of output:
--   quote(s)        for a terminal: printable ASCII in double quotes
--   json_string(s)  a JSON string a terminal cannot obey (see below)
--   html(s)         HTML element content and quoted attribute values
--   show(v)         what a value is, for an argument error
-- @module httpstatus.cmd.escape

local format, byte = string.format, string.byte
local concat = table.concat
local tostring, type = tostring, type

local M = {}

local function byte_escape(c)
  if c == '"' or c == "\\" then return "\\" .. c end
  return format("\\%03d", byte(c))
end

--- A string as printable ASCII in double quotes: quotes and backslashes
-- escaped, every other byte outside SP..~ as \ddd (Lua's decimal escape).
-- No ESC, no C1 control, no raw newline: safe on any terminal.
function M.quote(s)
  return '"' .. s:gsub('[%z\1-\31"\\\127-\255]', byte_escape) .. '"'
end

--- What a value is, for a message: "404.5", 'string "404"', "nil", "table".
-- Strings are cut at 40 bytes and quoted.
function M.show(v)
  local t = type(v)
  if t == "number" then return tostring(v) end
  if t == "string" then
    if #v > 40 then v = v:sub(1, 37) .. "..." end
    return "string " .. M.quote(v)
  end
  return t
end

-- JSON's short escapes
local SHORT = { ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f", ["\n"] = "\\n",
                ["\r"] = "\\r", ["\t"] = "\\t" }

-- Code points a terminal may obey or a reader may be fooled by, written
-- as \u escapes even though JSON allows them raw: DEL, the C1 controls
-- (CSI among them), the bidi controls (U+061C, U+200E/F, U+202A..E,
-- U+2066..9) and the line and paragraph separators (U+2028/9, which also
-- end a line of JavaScript).
local function unsafe(cp)
  return cp == 0x7F or (cp >= 0x80 and cp <= 0x9F) or cp == 0x061C
    or cp == 0x200E or cp == 0x200F or (cp >= 0x2028 and cp <= 0x202E)
    or (cp >= 0x2066 and cp <= 0x2069)
end

-- the well-formed UTF-8 sequence at i (Unicode Table 3-7: no overlong
-- forms, no surrogates, nothing above U+10FFFF): its length and code
-- point, or nil
local function utf8_at(s, i)
  local c = byte(s, i)
  local n, cp
  local lo, hi = 0x80, 0xBF
  if c < 0x80 then return 1, c
  elseif c >= 0xC2 and c <= 0xDF then n, cp = 2, c - 0xC0
  elseif c >= 0xE0 and c <= 0xEF then
    n, cp = 3, c - 0xE0
    if c == 0xE0 then lo = 0xA0 elseif c == 0xED then hi = 0x9F end
  elseif c >= 0xF0 and c <= 0xF4 then
    n, cp = 4, c - 0xF0
    if c == 0xF0 then lo = 0x90 elseif c == 0xF4 then hi = 0x8F end
  else
    return nil
  end
  for k = 1, n - 1 do
    local b = byte(s, i + k)
    if b == nil or b < (k == 1 and lo or 0x80) or b > (k == 1 and hi or 0xBF) then return nil end
    cp = cp * 64 + (b - 0x80)
  end
  return n, cp
end

--- s as a JSON string literal, quotes included. Valid JSON and valid UTF-8
-- whatever the bytes: a byte that starts no well-formed UTF-8 sequence
-- becomes U+FFFD; the C0 controls, '"', '\' and the code points above
-- (DEL, C1, bidi controls, separators) are escaped, so the value is the
-- same but nothing in it can reach a terminal as a control.
function M.json_string(s)
  if not s:find('[%z\1-\31"\\\127-\255]') then return '"' .. s .. '"' end
  local out, i, len, run = {}, 1, #s, 1 -- s[run..i) is safe and not yet written
  while i <= len do
    local n, cp = utf8_at(s, i)
    local esc
    if n == nil then
      n, esc = 1, "\\ufffd"
    elseif cp < 0x20 or cp == 0x22 or cp == 0x5C then
      esc = SHORT[s:sub(i, i)] or format("\\u%04x", cp)
    elseif unsafe(cp) then
      esc = format("\\u%04x", cp)
    end
    if esc then
      out[#out + 1] = s:sub(run, i - 1)
      out[#out + 1] = esc
      run = i + n
    end
    i = i + n
  end
  out[#out + 1] = s:sub(run)
  return '"' .. concat(out) .. '"'
end

local ENTITY = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;",
                 ["'"] = "&#39;" }

--- Text as HTML, safe in element content and in quoted attribute values.
function M.html(s)
  return (tostring(s):gsub("[&<>\"']", ENTITY))
end

return M
