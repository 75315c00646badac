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
-- functions on PUC Lua (where they are cheapest).
-- @module httpstatus

local core = require "httpstatus.core"

local ipairs, pairs, type = ipairs, pairs, type
local rawget = rawget

local M = {
  VERSION = core.VERSION,
  --- Date of the IANA registry snapshot the table follows ("2025-09-15").
  REGISTRY_DATE = core.REGISTRY_DATE,
}

local reasons, names, classes = core.reasons, core.names, core.classes
local phrases, constants, sets = core.phrases, core.constants, core.sets

--- The same functions as table reads, for LuaJIT with the JIT on.
local function table_path()
  local t = {}
  local hooks = core.hooks
  function t.reason(code, opts)
    if opts == nil then return reasons[code] end
    return hooks.reason(code, opts) -- a language: see httpstatus.locale
  end
  function t.name(code) return names[code] end
  function t.class(code) return classes[code] end
  for pname, set in pairs(sets) do
    t[pname] = function(code) return set[code] == true end
  end
  local body = sets.allows_body
  local success = sets.is_success
  function t.allows_body(code, method)
    if body[code] ~= true then return false end
    if method == nil then return true end
    if method == "HEAD" then return false end
    if method == "CONNECT" then return success[code] ~= true end
    -- a method with an embedded NUL is no method
    return type(method) == "string" and not method:find("\0", 1, true)
  end
  local core_code = core.code
  function t.code(text)
    local c = phrases[text] or constants[text]
    if c then return c end
    return core_code(text)
  end
  return t
end

--- The C functions, for PUC Lua and LuaJIT with the JIT off.
local function c_path()
  local t = {}
  for pname in pairs(sets) do t[pname] = core[pname] end
  t.reason, t.name, t.class = core.reason, core.name, core.class
  t.allows_body, t.code = core.allows_body, core.code
  return t
end

local function jit_on()
  local jit = rawget(_G, "jit")
  return type(jit) == "table" and jit.status ~= nil and jit.status() == true
end

-- Both are kept for the spec that proves they agree; users call M.*.
M._paths = { table = table_path(), c = c_path() }
M._path = jit_on() and "table" or "c"
for fname, fn in pairs(M._paths[M._path]) do M[fname] = fn end

-- Constants: hs.NOT_FOUND == 404, and one for every alias
-- (hs.PAYLOAD_TOO_LARGE == 413).
for cname, code in pairs(constants) do M[cname] = code end

local function copy_list(list)
  local out = {}
  for i = 1, #list do out[i] = list[i] end
  return out
end

--- Every fact about a registered code, as a fresh table: code, reason, name,
-- class, reference, status, registry_phrase, expires, deprecated,
-- allows_body, cacheable, must_not_store, retryable, retry_after, redirect,
-- method, headers ({name =, level =}), aliases ({phrase =, name =, source =}).
-- nil for anything else.
M.info = core.info

local codes = core.codes
--- The registered codes, ascending, as a fresh array.
function M.codes() return copy_list(codes) end

local header_rules = core.header_rules
--- Header fields a response with this code must or should carry, as a fresh
-- array ({} when none); nil when code is not a valid code.
function M.required_headers(code)
  if classes[code] == nil then return nil end
  local rule = header_rules[code]
  if rule and (rule.level == "must" or rule.level == "should") then return { rule.name } end
  return {}
end

local unofficial = core.unofficial
--- What vendors mean by a code outside the registry: a fresh list of
-- {vendor =, reason =}, or nil when no vendor listed here uses it.
function M.unofficial(code)
  local list = unofficial[code]
  if list == nil then return nil end
  local out = {}
  for i = 1, #list do
    out[i] = { vendor = list[i].vendor, reason = list[i].reason }
  end
  return out
end

-- The wire functions live in their own files; the public face is this one.
for _, modname in ipairs { "httpstatus.locale", "httpstatus.wire", "httpstatus.problem",
                           "httpstatus.response" } do
  for fname, fn in pairs(require(modname)) do
    if fname:sub(1, 1) ~= "_" then M[fname] = fn end -- _names are internal
  end
end

return M
