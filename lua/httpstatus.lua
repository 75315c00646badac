--- HTTP status codes: phrases, names, classes and the facts RFC 9110 and the
-- IANA registry give about each code.
--
-- Conventions (the same for every function here):
--   * a code is an integral number: 404 and 404.0 are codes; 404.5, NaN,
--     infinities, strings, booleans and tables are not;
--   * queries (reason, name, class, info, code, ...) answer nil for anything
--     they do not know, predicates (is_*) answer false; neither ever raises.
--
-- The facts come from the C core (httpstatus.core). This file picks, once,
-- the faster way to reach them for the runtime: plain table reads under
-- LuaJIT's JIT (which does not compile calls to C functions), the C
-- functions on PUC Lua (where they are cheapest). The builders and the
-- texts for people live in their own modules, loaded on first use, so that
-- `require "httpstatus"` stays small and quick.
-- @module httpstatus

local core = require "httpstatus.core"

local ipairs, pairs, type = ipairs, pairs, type
local rawget, rawset, require, setmetatable = rawget, rawset, require, setmetatable

local M = {
  VERSION = core.VERSION,
  --- Date of the IANA registry snapshot the table follows ("2025-09-15").
  REGISTRY_DATE = core.REGISTRY_DATE,
}

local reasons, names = core.reasons, core.names
local phrases, constants, sets, hooks = core.phrases, core.constants, core.sets, core.hooks

-- Functions offered on both paths; the specs compare them value by value.
local PATH_FUNCTIONS = {
  "reason", "name", "class", "code", "allows_body", "is_valid", "is_registered",
  "is_informational", "is_success", "is_redirection", "is_client_error", "is_server_error",
  "is_error", "is_cacheable", "is_retryable", "is_deprecated", "is_redirect",
  "preserves_method", "must_not_store", "has_retry_after",
}

--- The functions as table reads. `wanted` names the functions to build
-- (all when nil): the class table they may need costs 10 KB, so it is built
-- only when one of them is wanted.
local function table_path(wanted)
  local t = {}
  local function want(fname) return wanted == nil or wanted[fname] end
  function t.reason(code, opts)
    if opts then return hooks.reason(code, opts) end -- a language: httpstatus.locale
    return reasons[code]
  end
  function t.name(code) return names[code] end
  for pname, set in pairs(sets) do
    t[pname] = function(code) return set[code] == true end
  end
  t.no_content = nil -- a set, not a public predicate
  -- code(text): one read of phrases, which finds the exact spellings and,
  -- through its __index (set below, at load), every other one
  function t.code(text) return phrases[text] end
  local CLASS_FUNCTIONS = { "class", "is_valid", "is_informational", "is_success",
                            "is_redirection", "is_client_error", "is_server_error", "is_error",
                            "allows_body" }
  local needs_classes = false
  for _, fname in ipairs(CLASS_FUNCTIONS) do needs_classes = needs_classes or want(fname) end
  if not needs_classes then return t end

  local classes = core.class_table() -- classes[code] for 100..599
  function t.class(code) return classes[code] end
  function t.is_valid(code) return classes[code] ~= nil end
  local class_of = { is_informational = "informational", is_success = "success",
                     is_redirection = "redirection", is_client_error = "client_error",
                     is_server_error = "server_error" }
  for fname, class in pairs(class_of) do
    t[fname] = function(code) return classes[code] == class end
  end
  function t.is_error(code)
    local k = classes[code]
    return k == "client_error" or k == "server_error"
  end
  local body_ok = core.body_table() -- allows_body(code) for 100..599
  function t.allows_body(code, method)
    if body_ok[code] ~= true then return false end
    if method == nil or method == "GET" or method == "POST" then return true end
    if method == "HEAD" then return false end
    if method == "CONNECT" then return classes[code] ~= "success" end
    -- a method with an embedded NUL is no method
    return type(method) == "string" and not method:find("\0", 1, true)
  end
  return t
end

-- Spellings that are not exact (any case, "-" or "_" for spaces, old
-- names) reach phrases' __index: the constants, then a memo, then the C
-- normal form once; the answer (or false) is remembered for up to 256
-- texts of up to 64 bytes, so a repeated spelling is a read too. Bounded:
-- texts from requests cannot grow it without end. C reads phrases raw, so
-- this is only ever seen from Lua.
do
  local core_code = core.code
  local memo, memo_size = {}, 0
  setmetatable(phrases, { __index = function(_, text)
    local c = constants[text] or memo[text]
    if c ~= nil then return c or nil end
    c = core_code(text)
    if memo_size < 256 and type(text) == "string" and #text <= 64 then
      memo[text] = c or false
      memo_size = memo_size + 1
    end
    return c
  end })
end

--- The C functions, for PUC Lua and LuaJIT with the JIT off.
local function c_path()
  local t = {}
  for _, fname in ipairs(PATH_FUNCTIONS) do t[fname] = core[fname] end
  return t
end

-- Which functions read Lua tables instead of calling C, per runtime, as
-- bench/micro.lua measured them (BENCH_PATH=c or table):
--  * LuaJIT with the JIT on: all of them, since the JIT compiles table reads
--    and stops at calls into C;
--  * Lua 5.2-5.4: those that are one table read (a Lua-to-Lua call costs
--    less than a Lua-to-C call there), and class, whose table read beats
--    computing it; the C functions win where there is work to do;
--  * Lua 5.1 and LuaJIT -joff: only code(text), whose exact-match read
--    comes before any C; the class table would cost 10 KB for little.
local ONE_READ = { reason = true, name = true, code = true, class = true, is_registered = true,
                   is_cacheable = true, is_retryable = true, is_deprecated = true,
                   is_redirect = true, preserves_method = true, must_not_store = true,
                   has_retry_after = true }

local function jit_on()
  local jit = rawget(_G, "jit")
  return type(jit) == "table" and jit.status ~= nil and jit.status() == true
end

local function table_reads_here()
  if jit_on() then return nil end -- nil: every function
  if rawget(_G, "jit") ~= nil or _VERSION == "Lua 5.1" then return { code = true } end
  return ONE_READ
end

do
  local wanted = table_reads_here()
  local tpath = table_path(wanted)
  local cpath = c_path()
  M._path = wanted == nil and "table" or "c" -- the path of most functions
  for _, fname in ipairs(PATH_FUNCTIONS) do
    M[fname] = (wanted == nil or wanted[fname]) and tpath[fname] or cpath[fname]
  end
end

--- Both paths, built on demand, for the spec that proves they agree.
function M._paths()
  return { table = table_path(), c = c_path() }
end

-- Constants: hs.NOT_FOUND == 404, and one for every alias
-- (hs.PAYLOAD_TOO_LARGE == 413).
for cname, code in pairs(constants) do M[cname] = code end

--- Every fact about a registered code, as a fresh table: code, reason, name,
-- class, reference, status, registry_phrase, expires, deprecated,
-- allows_body, cacheable, must_not_store, retryable, retry_after, redirect,
-- method, headers ({name =, level =}), aliases ({phrase =, name =, source =}).
-- nil for anything else.
M.info = core.info
--- The registered codes, ascending, as a fresh array.
M.codes = core.codes
--- Header fields a response with this code must or should carry, as a fresh
-- array ({} when none); nil when code is not a valid code.
M.required_headers = core.required_headers
--- What vendors mean by a code outside the registry: a fresh list of
-- {vendor =, reason =}, or nil when no vendor listed here uses it.
M.unofficial = core.unofficial

-- reason(code, {lang = ...}) reaches this hook; httpstatus.locale replaces
-- it with the real one when it loads, here on the first such call.
function hooks.reason(code, opts)
  require "httpstatus.locale"
  return hooks.reason(code, opts)
end

-- The rest of the API lives in modules loaded on first use: hs.status_line
-- loads httpstatus.wire, and so on. After that, the functions are plain
-- fields of this table.
local LAZY = {
  describe = "httpstatus.locale", add_locale = "httpstatus.locale",
  status_line = "httpstatus.wire", parse_status_line = "httpstatus.wire",
  problem = "httpstatus.problem", problem_json = "httpstatus.problem",
  error_body = "httpstatus.problem",
  response = "httpstatus.response", serialize = "httpstatus.response",
}

setmetatable(M, {
  __index = function(t, key)
    local modname = LAZY[key]
    if modname == nil then return nil end
    for fname, fn in pairs(require(modname)) do
      if LAZY[fname] == modname then rawset(t, fname, fn) end -- _names stay internal
    end
    return rawget(t, key)
  end,
})

return M
