--- HTTP status codes: phrases, names, classes and the facts RFC 9110 and the
-- IANA registry give about each code.
--
-- Conventions (the same for every function here):
--   * a code is an integral number: 404 and 404.0 are codes; 404.5, NaN,
--     infinities, strings, booleans and tables are not;
--   * queries (reason, name, class, info, code, ...) answer nil for anything
--     they do not know, predicates (is_*) answer false; neither ever raises
--     (options are read raw, so no metatable of the caller's runs);
--   * builders raise "bad argument #n to 'fname' (...)" at the caller's line.
--
-- Every query is a plain Lua function reading a table the C core
-- (httpstatus.core) built at load, keyed by code: on every runtime that is
-- as fast as the table a careful user would precompute, and it is the
-- only way each one is answered. The builders, the client side and the
-- texts for people live in their own modules, loaded on first call, so
-- that `require "httpstatus"` stays small and quick; every public function
-- is a field of this table from the start, so pairs(hs) lists the API.
-- @module httpstatus

local core = require "httpstatus.core"

local error, pairs, pcall, rawget, require, select, setmetatable, type = error, pairs,
  pcall, rawget, require, select, setmetatable, type
local unpack = rawget(table, "unpack") or rawget(_G, "unpack")

local M = {
  VERSION = core.VERSION,
  --- Date of the IANA registry snapshot the table follows ("2025-09-15").
  REGISTRY_DATE = core.REGISTRY_DATE,
}

local reasons, names, classes, phrases = core.reasons, core.names, core.classes, core.phrases
local sets = core.sets

-- Constants: hs.NOT_FOUND == 404, and one for every alias
-- (hs.PAYLOAD_TOO_LARGE == 413).
for cname, code in pairs(core.constants) do M[cname] = code end

-- Lua 5.1 keeps a "(tail call)" frame where a tail call was, so an error
-- raised at level 2 by a tail-called function carries no position there.
local TAIL_CALL_FRAME = _VERSION == "Lua 5.1" and rawget(_G, "jit") == nil

-- A function of module `modname`, loaded on its first call. The stub puts
-- the real function in its place, and keeps it for callers who saved the
-- stub in a local. `return fn(...)` is a tail call: an error the function
-- raises at level 2 still blames the caller's line. On Lua 5.1 the stub
-- calls through pcall instead (level 2 is then pcall, which adds no
-- position) and raises the message again from its caller's level.
local function pack(...) return { n = select("#", ...), ... } end
local function on_first_call(modname, fname)
  local fn
  M[fname] = function(...)
    fn = fn or require(modname)[fname]
    M[fname] = fn
    if not TAIL_CALL_FRAME then return fn(...) end
    local r = pack(pcall(fn, ...))
    if not r[1] then error(r[2], 2) end
    return unpack(r, 2, r.n)
  end
end

---------------------------------------------------------------- queries

--- The registered reason phrase ("Not Found"), or nil. opts.lang ("ko",
-- or any language added with add_locale) gives that language's phrase,
-- English where it has none.
local localized -- httpstatus.locale's, loaded the first time a language is asked for
function M.reason(code, opts)
  if opts == nil then return reasons[code] end
  localized = localized or require("httpstatus.locale").reason
  return localized(code, opts)
end

--- The constant name ("NOT_FOUND"), or nil.
function M.name(code) return names[code] end

--- "informational", "success", "redirection", "client_error" or
-- "server_error" for any code 100..599, registered or not; else nil.
function M.class(code) return classes[code] end

--- The code a phrase, constant name or old name stands for, any case, any
-- of space, "-" and "_" between words ("not found", "NOT_FOUND",
-- "Payload-Too-Large" -> 404, 404, 413), or exactly three digits 100..599;
-- else nil. The exact spellings are one read; every other text goes
-- through phrases' __index (below).
function M.code(text) return phrases[text] end

-- Texts that are not exact spellings reach phrases' __index: the C core's
-- normal form, remembered (answer or false) in a bounded memo of 256 texts
-- of up to 64 bytes, 16 KiB, so a repeated spelling is a read too.
do
  local memo = require "httpstatus.memo"
  local core_code = core.code
  local known, remember = memo.new(256, 16 * 1024, 64)
  setmetatable(phrases, { __index = function(_, text)
    if type(text) ~= "string" then return nil end
    local c = known(text)
    if c == nil then c = remember(text, core_code(text) or false) end
    return c or nil
  end })
end

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
--- What vendors mean by a code (outside the registry, or a vendor's own
-- meaning of a registered one): a fresh list of {vendor =, reason =}, or
-- nil when no vendor listed here uses it.
M.unofficial = core.unofficial

------------------------------------------------------------- predicates

--- 100..599, integral.
function M.is_valid(code) return classes[code] ~= nil end
function M.is_informational(code) return classes[code] == "informational" end
function M.is_success(code) return classes[code] == "success" end
function M.is_redirection(code) return classes[code] == "redirection" end
function M.is_client_error(code) return classes[code] == "client_error" end
function M.is_server_error(code) return classes[code] == "server_error" end
--- 4xx or 5xx.
function M.is_error(code)
  local k = classes[code]
  return k == "client_error" or k == "server_error"
end

-- the predicates over registered codes only: one set each
local cacheable, retryable = sets.is_cacheable, sets.is_retryable
local deprecated, redirect, keeps_method = sets.is_deprecated, sets.is_redirect,
  sets.preserves_method
local no_store, retry_after = sets.must_not_store, sets.has_retry_after

function M.is_registered(code) return reasons[code] ~= nil end
--- Heuristically cacheable by default (RFC 9110, 15.1).
function M.is_cacheable(code) return cacheable[code] == true end
--- A repeat of the same request may succeed later (see README for why each).
function M.is_retryable(code) return retryable[code] == true end
function M.is_deprecated(code) return deprecated[code] == true end
--- 301, 302, 303, 307, 308: the redirects that carry Location.
function M.is_redirect(code) return redirect[code] == true end
--- 307 and 308 keep the method and body.
function M.preserves_method(code) return keeps_method[code] == true end
--- Caches MUST NOT store it (RFC 6585).
function M.must_not_store(code) return no_store[code] == true end
--- Retry-After has a meaning with this code (RFC 9110, 10.2.3).
function M.has_retry_after(code) return retry_after[code] == true end

--- May a response with this code carry content? false for 1xx, 204, 205,
-- 304 and codes outside 100..599, for method "HEAD", for a 2xx to CONNECT,
-- and for a method that is not a string or holds a NUL. The C core owns
-- the rule; the common questions (no method, GET) are a read of its table.
local no_content, core_allows_body = sets.no_content, core.allows_body
function M.allows_body(code, method)
  if method == nil or method == "GET" then
    return classes[code] ~= nil and no_content[code] == nil
  end
  return core_allows_body(code, method)
end

--------------------------------------------------------------- on the wire

on_first_call("httpstatus.wire", "status_line")
on_first_call("httpstatus.wire", "parse_status_line")
on_first_call("httpstatus.problem", "problem")
on_first_call("httpstatus.problem", "problem_json")
on_first_call("httpstatus.problem", "error_body")
on_first_call("httpstatus.response", "response")
on_first_call("httpstatus.response", "serialize")

---------------------------------------------------------------- client side

on_first_call("httpstatus.retry", "retry_after")
on_first_call("httpstatus.retry", "parse_http_date")
on_first_call("httpstatus.retry", "http_date")
on_first_call("httpstatus.retry", "should_retry")
on_first_call("httpstatus.retry", "retry_delay")

---------------------------------------------------------------- for people

on_first_call("httpstatus.locale", "describe")
on_first_call("httpstatus.locale", "add_locale")

return M
