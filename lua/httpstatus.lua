--- HTTP status codes: phrases, names, classes and the facts RFC 9110 and the
-- IANA registry give about each code.
--
-- Conventions (the same for every function here):
--   * a code is an integral number: 404 and 404.0 are codes; 404.5, NaN,
--     infinities, strings, booleans and tables are not;
--   * queries (reason, name, class, info, code, ...) answer nil for anything
--     they do not know, predicates (is_*) answer false; neither raises for
--     the value asked about (only reason and describe, for a language or
--     options table that is malformed; options are read raw, so no
--     metatable of the caller's runs);
--   * builders raise "bad argument #n to 'fname' (...)" at the caller's line.
--
-- Every query is a plain Lua function reading a table the C core
-- (httpstatus.core) built for this module alone, keyed by code: on every
-- runtime that is as fast as the table a careful user would precompute,
-- and it is the only way each one is answered. No such table is reachable
-- from outside (each module holds its own copy in an upvalue), so no code
-- but the library's can change an answer. The builders, the client side
-- and the texts for people live in their own modules, loaded on first
-- call, so that `require "httpstatus"` stays small and quick; every public
-- function is a field of this table from the start, so pairs(hs) lists
-- the API.
-- @module httpstatus

local core = require "httpstatus.native"

local lazy = require "httpstatus.lazy"

local error, pcall, rawget, require, type = error, pcall, rawget, require, type

-- The module is the C core's table of constants itself: hs.NOT_FOUND ==
-- 404, and one for every alias (hs.PAYLOAD_TOO_LARGE == 413). A fresh
-- table of this module's own, taken as it comes: copying it into another
-- would cost a second table and, on LuaJIT, a loop compiled at require.
local M = core.table("constants")
M.VERSION = core.VERSION
--- Date of the IANA registry snapshot the table follows ("2025-09-15").
M.REGISTRY_DATE = core.REGISTRY_DATE
--- The nginx release whose own status lines info(code).nginx_phrase gives.
M.NGINX_VERSION = core.NGINX_VERSION

-- A function of module `modname`, loaded on its first call. The stub puts
-- the real function in its place, and keeps it for callers who saved the
-- stub in a local. `return fn(...)` is a tail call: an error the function
-- raises at level 2 still blames the caller's line. Lua 5.1 leaves a
-- "(tail call)" frame there instead, which has no position; so on 5.1 the
-- stub calls through pcall (level 2 is then pcall, which adds none) and
-- `settle`, itself tail-called, raises the message again at level 3: past
-- that frame, at the caller's line.
local TAIL_CALL_FRAME = _VERSION == "Lua 5.1" and rawget(_G, "jit") == nil
local function settle(ok, ...)
  if ok then return ... end
  error((...), 3)
end
local function on_first_call(modname, fname, field)
  local fn
  M[fname] = function(...)
    fn = fn or require(modname)[field or fname]
    M[fname] = fn
    if TAIL_CALL_FRAME then return settle(pcall(fn, ...)) end
    return fn(...)
  end
end

-- Each query reads one table keyed by code, dense (its answers in the
-- array part, holes nil: the cheapest read Lua has, as fast as the table a
-- careful user would precompute). core.table builds each afresh for this
-- module on first use; a dense table costs 16 KB on PUC Lua and 8 KB on
-- LuaJIT, so `require` pays for none and a program for the queries it
-- uses. Until its first call a query reads an empty stand-in whose __index
-- fetches the table, points the query at it, and answers.
local on_first_read = lazy.core_table

local classes, reason_of, name_of
classes = on_first_read("classes", function(t) classes = t end)
reason_of = on_first_read("reasons", function(t) reason_of = t end)
name_of = on_first_read("names", function(t) name_of = t end)
-- The exact phrases (phrase -> code), this module's own copy, for code().
local phrases
phrases = on_first_read("phrases", function(t) phrases = t end)

---------------------------------------------------------------- queries

--- The registered reason phrase ("Not Found"), or nil. A language ("ko",
-- or any language added with add_locale), as describe takes it, or
-- {lang = "ko"}, gives that language's phrase, English where it has none
-- (nil or false: English); a second argument of another kind, or another
-- option, raises. `not lang` is the cheapest test there is: this is the
-- hot path.
local localized -- httpstatus.locale's, loaded the first time a language is asked for
function M.reason(code, lang)
  if not lang then return reason_of[code] end
  localized = localized or require("httpstatus.locale").reason
  -- a malformed lang raises at the caller's line: on 5.1 past the tail
  -- call's frame, as the stubs below do
  if TAIL_CALL_FRAME then return settle(pcall(localized, code, lang)) end
  return localized(code, lang)
end

--- The constant name ("NOT_FOUND"), or nil.
function M.name(code) return name_of[code] end

--- "informational", "success", "redirection", "client_error" or
-- "server_error" for any code 100..599, registered or not; else nil.
function M.class(code) return classes[code] end

-- Texts that are not exact spellings: the C core's normal form,
-- remembered (answer or false) in a bounded memo of 256 texts of up to 64
-- bytes, 16 KiB, so a repeated spelling is a read too. The memo is made
-- on the first such text.
local core_code = core.code
local known, remember
local function other_spelling(text)
  if type(text) ~= "string" then return nil end
  if not known then known, remember = require("httpstatus.memo").new(256, 16 * 1024, 64) end
  local c = known(text)
  if c == nil then c = remember(text, core_code(text) or false) end
  return c or nil
end

--- The normal form code() compares texts in, for any text: ASCII letters
-- lowered, each run of space, "-" and "_" one "_" (none at either end),
-- "'" dropped, every other byte kept ("Request-URI Too Long" ->
-- "request_uri_too_long", "I'm a teapot" -> "im_a_teapot"); nil for
-- anything but a string. The C core owns it; the command's and the
-- reference page's searches compare texts in it.
M.normalize = core.normalize

--- The code a phrase, constant name or old name stands for, any case, any
-- of space, "-" and "_" between words ("not found", "NOT_FOUND",
-- "Payload-Too-Large" -> 404, 404, 413), or exactly three digits 100..599;
-- else nil. The exact spellings are one read.
function M.code(text)
  local c = phrases[text]
  if c then return c end
  return other_spelling(text)
end

--- Every fact about a registered code, as a fresh table: code, reason, name,
-- class, reference, status, registry_phrase, expires, deprecated,
-- deprecation, allows_body, cacheable, must_not_store, retryable,
-- retry_after, redirect, method, query_method, versions, nginx_phrase,
-- headers ({name =, level =, condition =, draft =}), aliases ({phrase =,
-- name =, source =}). nil for anything else.
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

-- A predicate reads a table of its own: true for the codes it holds, nil
-- (so: false) for every other value.
local function set_predicate(fname)
  local read
  read = on_first_read(fname, function(t) read = t end)
  M[fname] = function(code) return read[code] or false end
end

--- is_valid: 100..599, integral.
set_predicate("is_valid")
--- is_registered: the 64 values of the registry (306 and 418 too).
set_predicate("is_registered")
--- is_informational, is_success, is_redirection, is_client_error,
-- is_server_error: 1xx, 2xx, 3xx, 4xx, 5xx; is_error: 4xx and 5xx.
set_predicate("is_informational")
set_predicate("is_success")
set_predicate("is_redirection")
set_predicate("is_client_error")
set_predicate("is_server_error")
set_predicate("is_error")
--- is_cacheable: heuristically cacheable by default (RFC 9110, 15.1).
set_predicate("is_cacheable")
--- is_retryable: a repeat of the same request may succeed (README says why).
set_predicate("is_retryable")
set_predicate("is_deprecated")
--- is_redirect: 301, 302, 303, 307, 308, the redirects that carry Location.
set_predicate("is_redirect")
--- preserves_method(code [, method]): without a method, 307 and 308 (they
-- keep every method and the content). With one, whether a client following
-- this redirect keeps that method: 301 and 302 keep all but POST, so QUERY
-- stays QUERY (RFC 10008, 2.5); 303 keeps only GET and HEAD. The C core
-- owns the rule; a method that is no string gives false.
local keeps_method, core_keeps_method
keeps_method = on_first_read("preserves_method", function(t) keeps_method = t end)
core_keeps_method = core.preserves_method
function M.preserves_method(code, method)
  if method == nil then return keeps_method[code] or false end
  return core_keeps_method(code, method)
end
--- must_not_store: caches MUST NOT store it (RFC 6585).
set_predicate("must_not_store")
--- has_retry_after: Retry-After has a meaning with this code (RFC 9110, 10.2.3).
set_predicate("has_retry_after")

--- Does a response with this code, to this method, carry content? false
-- for 1xx, 204, 205, 304 and codes outside 100..599, for every answer to
-- "HEAD" (it carries no content, though its header fields describe the
-- content a GET would get), for a 2xx to CONNECT, and for a method that is
-- not a string or holds a NUL. The C core's content rule
-- (httpstatus_content) answers: with a method, its function; without one
-- (or GET), a table of its answers.
local content, core_allows_body
content = on_first_read("content", function(t) content = t end)
core_allows_body = core.allows_body
function M.allows_body(code, method)
  if method == nil or method == "GET" then return content[code] or false end
  return core_allows_body(code, method)
end

--------------------------------------------------------------- on the wire

-- The status line is on every response's path, and small: loaded now, so
-- a local copy of hs.status_line is the function itself on every runtime.
do
  local wire = require "httpstatus.wire"
  M.status_line, M.parse_status_line = wire.status_line, wire.parse_status_line
end
on_first_call("httpstatus.problem", "problem")
on_first_call("httpstatus.problem", "problem_json")
on_first_call("httpstatus.problem", "error_body")
on_first_call("httpstatus.response", "response")
on_first_call("httpstatus.response", "serialize")
--- What an HTTP version carries (status line, reason phrase, connection
-- fields, Upgrade, 1xx), as a fresh table; nil for no known version.
on_first_call("httpstatus.protocol", "protocol")
on_first_call("httpstatus.lint", "lint")
--- The rules hs.lint holds a response of this code to (header rows, caching,
-- framing, HTTP versions), as fresh tables; nil for no status code.
on_first_call("httpstatus.lint", "lint_rules", "rules")

---------------------------------------------------------------- client side

on_first_call("httpstatus.retry", "retry_after")
on_first_call("httpstatus.retry", "parse_http_date")
on_first_call("httpstatus.retry", "http_date")
on_first_call("httpstatus.retry", "should_retry")
on_first_call("httpstatus.retry", "retry_delay")
--- The RateLimit and RateLimit-Policy fields of a response (a draft):
-- { {policy =, remaining =, reset =, ...}, ... }, or nil and a message.
on_first_call("httpstatus.ratelimit", "ratelimit")

---------------------------------------------------------------- for people

on_first_call("httpstatus.locale", "describe")
on_first_call("httpstatus.locale", "add_locale")
--- The condition of a header row in a language: condition(code, field [, lang]).
on_first_call("httpstatus.locale", "condition")

return M
