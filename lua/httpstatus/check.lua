--- Argument checks: one message format for every public function.
--
-- The checks here never raise; they return a message (nil when the value
-- is fine; quote, which writes text, raises as a public function does).
-- Each public function raises itself, always the same way:
--
--   if problem then error(bad("fname", n, problem), 2) end
--
-- Level 2 written in the public function blames its caller's line, and no
-- helper in between can shift it.
-- @module httpstatus.check

local core = require "httpstatus.native"
local lazy = require "httpstatus.lazy"

local error, next, type, tostring = error, next, type, tostring
local find, format, gsub = string.find, string.format, string.gsub

local M = {}

--- A stand-in for core.table(name), which is built on first use (a dense
-- table costs 16 KB on PUC Lua): the stand-in's first read fetches the
-- table, hands it to rebind (which points the reader's upvalue at it) and
-- answers, so every later read is a plain read of the real table. The
-- table is the reader's own (core.table builds a fresh one per call): no
-- other code can reach it. (httpstatus.lazy's, the one such helper.)
M.on_first_read = lazy.core_table

-- code -> the same code as an integer, for 100..599 (404.0 reads 404)
local integer_of
integer_of = M.on_first_read("as_integer", function(t) integer_of = t end)

local core_quote = core.quote
local CONTEXTS = { terminal = true, json = true, html = true }

--- s written safely for a context, by the C core's one text-safety
-- routine (httpstatus_text.c), the one every module and the command use:
--   "terminal" (default): printable ASCII in double quotes, quotes and
--     backslashes escaped, every other byte outside SP..~ as \ddd (Lua's
--     decimal escape): no ESC, no C1 control, no raw newline;
--   "json": a JSON string literal, valid UTF-8 whatever the bytes, with
--     DEL, C1 and bidi controls and U+2028/9 as \u escapes;
--   "html": element content or a quoted attribute value (& < > " ' as
--     references, controls HTML forbids as U+FFFD).
-- Raises for anything but a string s or one of those contexts.
function M.quote(s, context)
  if type(s) ~= "string" then error(M.bad("quote", 1, M.expected("string", s)), 2) end
  if context ~= nil and not CONTEXTS[context] then
    error(M.bad("quote", 2, M.expected('"terminal", "json", "html" or nil', context)), 2)
  end
  return core_quote(s, context)
end

--- Is s text a person reads as it is written: valid UTF-8 without a
-- control character (C0, DEL, C1), a bidi control or a line or paragraph
-- separator? The C routine's JSON context keeps exactly such text as it
-- is (quotation marks and backslashes aside, which it escapes): so this
-- asks it, rather than listing those characters again. true; or false
-- and "control" (an ASCII control: C0 or DEL, which the JSON context
-- writes as \n, \t, \u0000...) or "invisible" (the others), or "utf8".
function M.plain_text(s)
  if type(s) ~= "string" or not core.is_utf8(s) then return false, "utf8" end
  local bare = gsub(s, '["\\]', "")
  local q = core_quote(bare, "json")
  if #q == #bare + 2 then return true end
  if find(q, "\\[btnfr]") or find(q, "\\u00[01]") or find(q, "\\u007[fF]") then
    return false, "control"
  end
  return false, "invisible"
end

--- What a value is, for a message: "404.5", 'string "404"', "nil", "table".
-- Strings are cut at 40 bytes and quoted as M.quote does. NaN is "NaN"
-- (the C library writes "nan" or "-nan", as the sign bit falls).
function M.show(v)
  local t = type(v)
  if t == "number" then return v ~= v and "NaN" or tostring(v) end
  if t == "string" then
    if #v > 40 then v = v:sub(1, 37) .. "..." end
    return "string " .. core_quote(v)
  end
  return t
end
local show = M.show

--- The text of an argument error: "bad argument #n to 'fname' (message)".
function M.bad(fname, n, message)
  return format("bad argument #%d to '%s' (%s)", n, fname, message)
end

--- The status code as an integer (404 for 404.0, which Lua 5.3+ would
-- write as "404.0"), or nil when code is no status code (100..599,
-- integral). The one test of a code's validity for every builder.
function M.code(code)
  return integer_of[code]
end

--- The one wording of a refused argument: "<what> expected, got <v as
-- show writes it>" ("status code 100..599", "string or nil", ...).
local function expected(what, v)
  return what .. " expected, got " .. show(v)
end
M.expected = expected

--- A message about a refused value, with the value as show writes it:
-- "<message>, got <v>" (the C core's date messages, "must list ...").
-- The words are the caller's own: a message that is no string raises.
local function got(message, v)
  if type(message) ~= "string" then error(M.bad("got", 1, expected("string", message)), 2) end
  return message .. ", got " .. show(v)
end
M.got = got

--- "<what> must be <wanted>, got <v>": the wording of an option or field
-- refused for its kind or range ("opts.base", "a finite number >= 0").
function M.must_be(what, wanted, v)
  if type(what) ~= "string" then error(M.bad("must_be", 1, expected("string", what)), 2) end
  if type(wanted) ~= "string" then error(M.bad("must_be", 2, expected("string", wanted)), 2) end
  return what .. " must be " .. wanted .. ", got " .. show(v)
end

--- Why code is not a status code (100..599, integral), or nil.
function M.code_problem(code)
  if integer_of[code] == nil then return expected("status code 100..599", code) end
  return nil
end

--- Why v is neither nil nor a value of Lua type `tname` ("table" when
-- not given), or nil: "table or nil expected, got ...".
function M.opt_problem(v, tname)
  tname = tname or "table"
  if v ~= nil and type(v) ~= tname then return expected(tname .. " or nil", v) end
  return nil
end
M.opt_table_problem = M.opt_problem

--- Why opts is not an options table whose names are all in `allowed`
-- (name -> true), or nil: "table or nil expected, got ..." or 'unknown
-- option "x"' (`noun` replaces "option", e.g. "field" for a response
-- table). Walked with next, not pairs: a caller's metatable runs no code
-- here, and options are read raw afterwards, so what was checked is what
-- is read. The one wording of the unknown-name refusal.
function M.options_problem(opts, allowed, noun)
  if opts == nil then return nil end
  if type(opts) ~= "table" then return expected("table or nil", opts) end
  -- The first four keys are looked at without a loop: a loop here gets
  -- hot on its own, LuaJIT compiles it as a trace of its own, and the trace
  -- of a hot caller (httpstatus.ngx's exit) then stops where it calls this
  -- function, leaving the rest of the caller to the interpreter. A call
  -- rarely has more than four options.
  local k = next(opts)
  if k == nil then return nil end
  if allowed[k] ~= nil then
    k = next(opts, k)
    if k == nil then return nil end
    if allowed[k] ~= nil then
      k = next(opts, k)
      if k == nil then return nil end
      if allowed[k] ~= nil then
        k = next(opts, k)
        if k == nil then return nil end
        if allowed[k] ~= nil then
          k = next(opts, k)
          while k ~= nil and allowed[k] ~= nil do k = next(opts, k) end
        end
      end
    end
  end
  if k == nil then return nil end
  return format("unknown %s %s", noun or "option", type(k) == "string" and core_quote(k) or show(k))
end

return M
