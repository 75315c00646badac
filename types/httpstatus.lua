---@meta httpstatus
-- LuaLS definitions for `require "httpstatus"`, `require "httpstatus.ngx"`,
-- `require "httpstatus.log"` and `require "httpstatus.budget"`:
-- add this folder to `workspace.library` (e.g. in .luarc.json:
-- `{ "workspace.library": ["path/to/httpstatus/types"] }`). This file is
-- read by editors only, never run. spec/types_spec.lua checks it against the
-- modules: every public function and constant, and nothing else.
-- For httpstatus.ngx, annotate the local:
--   local hsngx = require "httpstatus.ngx" ---@type httpstatus.ngx
-- luacheck: no unused

------------------------------------------------------------------- types

--- A status code: an integral number (404 and 404.0 are the same code).
--- Queries answer nil and predicates false for anything that is no code.
---@alias httpstatus.Code integer

---@alias httpstatus.Class
---| "informational" # 1xx
---| "success" # 2xx
---| "redirection" # 3xx
---| "client_error" # 4xx
---| "server_error" # 5xx

--- A header field a response with a code must, should or may carry.
---@class httpstatus.HeaderEntry
---@field name string the field name, e.g. "Allow"
---@field level "must"|"should"|"may" the requirement level of the RFC
---@field condition? string when the requirement applies ("a single part" for 206 Content-Range)
---@field draft? boolean true for the rows of a code an Internet-Draft defines (104)

--- An old name of a code: "Payload Too Large" for 413.
---@class httpstatus.AliasEntry
---@field phrase string the old reason phrase
---@field name string its constant, e.g. "PAYLOAD_TOO_LARGE" (hs.PAYLOAD_TOO_LARGE == 413)
---@field source string where the name was used: an RFC, nginx, .NET, ...

--- What a vendor means by a code: {vendor = "nginx", reason = "Client Closed Request"}.
---@class httpstatus.UnofficialEntry
---@field vendor string
---@field reason string

--- Every fact about a registered code (a fresh table per call).
---@class httpstatus.Info
---@field code integer
---@field reason string the reason phrase, e.g. "Not Found"
---@field name string the constant name, e.g. "NOT_FOUND"
---@field class httpstatus.Class
---@field reference string e.g. "RFC 9110, Section 15.5.5"
---@field status "permanent"|"temporary"|"unused"|"obsoleted" the registration
---@field registry_phrase string the registry's own text ("(Unused)" for 306 and 418)
---@field expires? string the listed expiry of a temporary registration ("2026-11-13")
---@field deprecated boolean
---@field deprecation? string why the code is deprecated, when it is
---@field allows_body boolean
---@field cacheable boolean heuristically cacheable by default (RFC 9110, 15.1)
---@field must_not_store boolean
---@field retryable boolean
---@field retry_after boolean Retry-After has a meaning with this code
---@field redirect? "permanent"|"temporary" for redirects
---@field method? "preserved"|"may_change"|"to_get" what a redirect does to a POST
---@field query_method? "QUERY"|"GET" what a redirect makes of a QUERY (RFC 10008, 2.5)
---@field versions string[] the HTTP versions it can be sent in ("1.0", "1.1", "2", "3")
---@field nginx_phrase string what nginx writes after the code on its own status line ("" for none)
---@field headers httpstatus.HeaderEntry[]
---@field aliases httpstatus.AliasEntry[]

--- The language of reason and describe, as a table (any other name raises).
---@class httpstatus.ReasonOptions
---@field lang? string "en" (default), "ko", or a language added with add_locale

--- Options of parse_status_line (any other name raises).
---@class httpstatus.ParseOptions
---@field lenient? boolean also accept "HTTP/1.1 200", "HTTP/2 200" and a bare LF

--- Header fields: name -> value, or a list of values for a repeated field.
---@alias httpstatus.Headers table<string, string|number|(string|number)[]>

--- RFC 9457 members: the five of the RFC, and any extension member.
---@class httpstatus.ProblemFields
---@field type? string a URI reference; default "about:blank"
---@field title? string default: the reason phrase
---@field status? integer must equal the code when given
---@field detail? string
---@field instance? string
---@field [string] any extension members

--- A problem details table (RFC 9457).
---@class httpstatus.Problem: httpstatus.ProblemFields
---@field type string
---@field title string
---@field status integer

--- Options of response (any other name raises).
---@class httpstatus.ResponseOptions
---@field headers? httpstatus.Headers
---@field body? string
---@field reason? string a phrase of your own (no control characters)
---@field method? string the request's method ("HEAD": no body, the GET's Content-Length)
---@field version? string|number "1.0", "1.1", "2", "3" (or "HTTP/2", 2.0, ...): over 2 and 3
--- no reason phrase and no connection-specific fields; 101 and 426 raise there

--- A response that HTTP allows, as response() builds it and serialize() writes it
--- (serialize refuses any other field).
---@class httpstatus.Response
---@field status integer
---@field reason? string nil over HTTP/2 and HTTP/3, which have no reason phrase
---@field headers table<string, string|number|(string|number)[]>
---@field body? string
---@field method? string
---@field version? string "1.0", "1.1", "2" or "3" when response() was told one

--- What an HTTP version carries, from protocol().
---@class httpstatus.Protocol
---@field version string "1.0", "1.1", "2" or "3"
---@field status_line boolean HTTP/1.x only
---@field reason_phrase boolean HTTP/1.x only (RFC 9113 8.3.2, RFC 9114 4.3.2)
---@field connection_fields boolean Connection, Keep-Alive, ... (RFC 9113 8.2.2, RFC 9114 4.2)
---@field upgrade boolean 101 and Upgrade: HTTP/1.1 only (RFC 9113 8.6, RFC 9114 4.5)
---@field interim boolean 1xx responses: not to HTTP/1.0 (RFC 9110, 15.2)
---@field reference string "RFC 9112", "RFC 9113" or "RFC 9114"

--- Options of hs.lint; a name it does not take raises.
---@class httpstatus.LintOptions
---@field method? string the request's method (default "GET"; HEAD, CONNECT and QUERY change rules)
---@field version? "1.0"|"1.1"|"2"|"3" for a table (default "1.1"); raw bytes carry their own
---@field lang? string "ko": messages in Korean (others: English)

--- One finding of hs.lint.
---@class httpstatus.LintFinding
---@field rule string a stable id ("missing-allow")
---@field level "error"|"warning"|"info" a MUST broken; a SHOULD, or what breaks clients; an aside
---@field message string
---@field reference string the RFC section ("RFC 9110, Section 15.5.6")
---@field field? string the header field at fault, when one is
---@field response? integer raw bytes: which response (1 for the first)
---@field status? integer raw bytes: that response's code

--- Options of should_retry and retry_delay; one table may serve both, and
--- a name neither takes raises.
---@class httpstatus.RetryOptions
---@field max_attempts? integer requests in all, the first included (default 3; math.huge: no limit)
---@field methods? string[] methods that may be repeated (default GET HEAD OPTIONS TRACE PUT DELETE
--- QUERY)
---@field codes? integer[] codes worth retrying (default those of is_retryable)
---@field base? number seconds before the first retry, finite, >= 0 (default 0.5)
---@field factor? number growth per attempt, finite, >= 0 (default 2)
---@field max_delay? number cap in seconds, Retry-After included, finite, >= 0 (default 120)
---@field jitter? "none"|"full"|"equal" default "none"
---@field random? fun(): number a number in [0, 1] (default math.random)
---@field now? number the receive time, for a date: any finite number (default os.time())

--- Texts for add_locale: code -> text.
---@class httpstatus.LocaleTexts
---@field reasons? table<integer, string>
---@field descriptions? table<integer, string>

------------------------------------------------------------- httpstatus

--- HTTP status codes: phrases, names, classes and the facts RFC 9110 and the
--- IANA registry give about each code. Queries never raise for the value
--- asked about (nil for what they do not know), predicates answer false,
--- builders raise "bad argument #n to 'fname' (...)" at the caller's line,
--- and so does every function given an option name it does not know.
---@class httpstatus
---@field VERSION string the library version
---@field REGISTRY_DATE string date of the IANA registry snapshot the table follows ("2025-09-15")
---@field NGINX_VERSION string the nginx release whose status lines info().nginx_phrase gives
local hs = {}

---------------------------------------------------------------- queries

--- The registered reason phrase ("Not Found"), or nil. A language ("ko",
--- as describe takes it) or {lang = "ko"} gives that language's phrase,
--- English where it has none. Raises for a malformed language argument.
---@param code httpstatus.Code
---@param lang? string|httpstatus.ReasonOptions
---@return string?
function hs.reason(code, lang) end

--- The constant name ("NOT_FOUND"), or nil.
---@param code httpstatus.Code
---@return string?
function hs.name(code) end

--- The class of any code 100..599, registered or not, by its first digit; else nil.
---@param code httpstatus.Code
---@return httpstatus.Class?
function hs.class(code) end

--- The code a reason phrase, constant name or old name stands for, in any
--- case, with space, "-" or "_" between words ("payload too large" -> 413),
--- or exactly three digits 100..599; else nil.
---@param text string
---@return integer?
function hs.code(text) end

--- The normal form code() compares texts in, for any text: ASCII letters
--- lowered, each run of space, "-" and "_" one "_" (none at either end), "'"
--- dropped, every other byte kept ("I'm a teapot" -> "im_a_teapot"); nil for
--- anything but a string.
---@param text string
---@return string?
function hs.normalize(text) end

--- Every fact about a registered code, as a fresh table; nil for anything else.
---@param code httpstatus.Code
---@return httpstatus.Info?
function hs.info(code) end

--- The registered codes, ascending, as a fresh array.
---@return integer[]
function hs.codes() end

--- The header fields a response with this code must or should carry, as a
--- fresh array ({} when none); nil when code is no valid code.
---@param code httpstatus.Code
---@return string[]?
function hs.required_headers(code) end

--- What vendors mean by a code, as a fresh list; nil when no vendor listed uses it.
---@param code httpstatus.Code
---@return httpstatus.UnofficialEntry[]?
function hs.unofficial(code) end

------------------------------------------------------------- predicates

--- Any integral code 100..599.
---@param code httpstatus.Code
---@return boolean
function hs.is_valid(code) end

--- The 64 values of the registry (306 and 418 too).
---@param code httpstatus.Code
---@return boolean
function hs.is_registered(code) end

--- 1xx.
---@param code httpstatus.Code
---@return boolean
function hs.is_informational(code) end

--- 2xx.
---@param code httpstatus.Code
---@return boolean
function hs.is_success(code) end

--- 3xx.
---@param code httpstatus.Code
---@return boolean
function hs.is_redirection(code) end

--- 4xx.
---@param code httpstatus.Code
---@return boolean
function hs.is_client_error(code) end

--- 5xx.
---@param code httpstatus.Code
---@return boolean
function hs.is_server_error(code) end

--- 4xx and 5xx.
---@param code httpstatus.Code
---@return boolean
function hs.is_error(code) end

--- Heuristically cacheable by default (RFC 9110, 15.1).
---@param code httpstatus.Code
---@return boolean
function hs.is_cacheable(code) end

--- Caches MUST NOT store it: 428, 429, 431, 511 (RFC 6585).
---@param code httpstatus.Code
---@return boolean
function hs.must_not_store(code) end

--- May a response with this code carry content? false for 1xx, 204, 205,
--- 304, for method "HEAD", for a 2xx to CONNECT, and for a method that is
--- not a string. Methods are case-sensitive.
---@param code httpstatus.Code
---@param method? string the request's method (default "GET")
---@return boolean
function hs.allows_body(code, method) end

--- 301, 302, 303, 307, 308: the redirects that carry Location.
---@param code httpstatus.Code
---@return boolean
function hs.is_redirect(code) end

--- Without a method: 307 and 308, which keep every method and the content.
--- With one: whether a client following the redirect keeps it (301 and 302
--- keep all but POST, so QUERY stays QUERY; 303 keeps GET and HEAD only).
---@param code httpstatus.Code
---@param method? string case-sensitive
---@return boolean
function hs.preserves_method(code, method) end

--- A repeat of the same request may succeed: 408, 421, 425, 429, 500, 502, 503, 504.
---@param code httpstatus.Code
---@return boolean
function hs.is_retryable(code) end

--- Retry-After has a meaning with this code (RFC 9110, 10.2.3).
---@param code httpstatus.Code
---@return boolean
function hs.has_retry_after(code) end

--- 305 (deprecated by RFC 9110) and 510 (its RFC is Historic).
---@param code httpstatus.Code
---@return boolean
function hs.is_deprecated(code) end

------------------------------------------------------------ on the wire

--- "HTTP/1.1 404 Not Found" (no CRLF): HTTP/1.x only, since HTTP/2 and
--- HTTP/3 have no status line. reason nil: the registered phrase, or none
--- ("HTTP/1.1 299 "); "": an empty phrase. Raises for a code outside
--- 100..599, a reason with a control character, or another version ("2"
--- and "3" with a message saying they have no status line).
---@param code httpstatus.Code
---@param reason? string
---@param version? string "1.1" (default) or "1.0", also as "HTTP/1.1"
---@return string
function hs.status_line(code, reason, version) end

--- code, reason, version ("1.1", "1.0"; "2" when lenient) from a status
--- line, or nil and a message for anything malformed. Raises only when
--- opts is neither nil nor a table, or holds another name.
---@param line string
---@param opts? httpstatus.ParseOptions
---@return integer? code nil when the line is malformed
---@return string reason_or_message the reason phrase, or why the line is malformed
---@return string? version
function hs.parse_status_line(line, opts) end

--- An RFC 9457 problem table: type "about:blank", title the reason phrase
--- and status the code unless fields give them; other members copied.
--- Raises for a code outside 100..599, non-string type, title, detail or
--- instance, and a status that disagrees with code.
---@param code httpstatus.Code
---@param fields? httpstatus.ProblemFields
---@return httpstatus.Problem
function hs.problem(code, fields) end

--- The same problem as JSON, members in a stable order. Raises, naming the
--- member, for values JSON cannot hold.
---@param code httpstatus.Code
---@param fields? httpstatus.ProblemFields
---@return string json
---@return "application/problem+json" content_type
function hs.problem_json(code, fields) end

--- An error body in the format the Accept value prefers: problem+json (also
--- for application/json), HTML, or plain text (the default).
---@param code httpstatus.Code
---@param accept? string the request's Accept field value
---@param fields? httpstatus.ProblemFields
---@return string body
---@return string content_type
function hs.error_body(code, accept, fields) end

--- A response table that HTTP allows. Raises when a required field is
--- missing (405 Allow, a redirect's Location, ...), a body is given where
--- none is allowed, Content-Length is wrong or forbidden, a header name is
--- no token, or a value or reason holds CR, LF, NUL or another control.
--- status is the code as an integer. Every call returns fresh tables.
---@param code httpstatus.Code
---@param opts? httpstatus.ResponseOptions
---@return httpstatus.Response
function hs.response(code, opts) end

--- The HTTP/1.x bytes of a response table: status line, headers, blank
--- line, body, with a Content-Length matching the body where HTTP allows
--- one. Raises for everything response() refuses, for a body on HEAD, for
--- version "2" or "3", and for a field other than status, reason,
--- headers, body, method, version.
---@param res httpstatus.Response
---@return string
function hs.serialize(res) end

--- What an HTTP version carries (status line, reason phrase,
--- connection-specific fields, Upgrade, 1xx), as a fresh table; nil for a
--- version it does not know.
---@param version string|number "1.0", "1.1", "2", "3", "HTTP/2", 2.0, ...
---@return httpstatus.Protocol?
function hs.protocol(version) end
--- Check a response against what HTTP demands of its code, framing, fields
--- and content: a table {status, headers, body, reason, method} (header
--- names in any case) or raw HTTP/1.x bytes, as `curl -si` prints them
--- (every response in them). Findings come most severe first; {} when
--- clean. Bad data never raises; a response of another type, an unknown
--- option or response field does.
---@param response httpstatus.Response|table|string
---@param opts? httpstatus.LintOptions
---@return httpstatus.LintFinding[]
function hs.lint(response, opts) end

--- Options of hs.lint_rules; a name it does not take raises.
---@class httpstatus.LintRulesOptions
---@field lang? string "ko": messages in Korean (others: English)

--- One rule of hs.lint_rules.
---@class httpstatus.LintRule
---@field rule string a stable id ("missing-allow")
---@field level "error"|"warning"|"info" the level of its findings for this code
---@field message string as a finding of this code words it
---@field reference string the RFC section ("RFC 9110, Section 15.5.6")
---@field condition? string|table when a header row holds only then, as info(code).headers has it

--- The rules hs.lint holds a response of this code to: its header rows,
--- and the rules of the codes caches must not store, that carry no framing,
--- or that only HTTP/1.1 has. Fresh tables, most severe first; {} when none
--- is about it; nil for no status code (an integer 100..599).
---@param code integer
---@param opts? httpstatus.LintRulesOptions
---@return httpstatus.LintRule[]?
function hs.lint_rules(code, opts) end

------------------------------------------------------------ client side

--- The seconds a Retry-After value asks to wait (delay-seconds or an
--- HTTP-date, 0 when past), or nil and a message. A date is measured
--- against `date` (the response's Date) when it parses, else `now`.
---@param value string
---@param now? number seconds since the epoch, any finite number (default os.time())
---@param date? string the response's Date field value
---@return integer? seconds
---@return string? message why the value does not parse
function hs.retry_after(value, now, date) end

--- Seconds since the epoch for an HTTP-date in any of its three forms, or
--- nil and a message. Two-digit years are resolved against `now`.
---@param text string
---@param now? number default os.time()
---@return integer? seconds
---@return string? message
function hs.parse_http_date(text, now) end

--- The IMF-fixdate for t ("Sun, 06 Nov 1994 08:49:37 GMT"). Raises for t
--- not integral in 0 .. 253402300799 (the end of 9999).
---@param t integer seconds since the epoch
---@return string
function hs.http_date(t) end

--- May the request be sent again after this response? true, or false and
--- why: "not_retryable", "method" (not idempotent) or "attempts".
---@param code httpstatus.Code
---@param method string the request's method (case-sensitive)
---@param attempt? integer requests made so far, this one included (default 1)
---@param opts? httpstatus.RetryOptions
---@return boolean retry
---@return "not_retryable"|"method"|"attempts"|nil why
function hs.should_retry(code, method, attempt, opts) end

--- Seconds to wait before the next attempt: Retry-After when the code gives
--- it meaning and it parses, else exponential backoff; capped by max_delay.
--- Always a finite number in [0, max_delay].
---@param code httpstatus.Code
---@param headers? table<string, string|string[]> the response's header fields, names in any case
---@param attempt? integer requests made so far (default 1)
---@param opts? httpstatus.RetryOptions
---@return number seconds
function hs.retry_delay(code, headers, attempt, opts) end

--- One quota policy of a response, from RateLimit and RateLimit-Policy.
---@class httpstatus.RateLimit
---@field policy string the policy's name
---@field remaining? integer quota units left (RateLimit r)
---@field reset? integer seconds until more quota (RateLimit t)
---@field quota? integer the policy's quota (RateLimit-Policy q)
---@field window? integer its window in seconds (w)
---@field unit? string its quota unit (qu; "requests" by default)
---@field partition_key? string the pk byte sequence, as its base64 text

--- The RateLimit and RateLimit-Policy fields (draft-ietf-httpapi-ratelimit-headers,
--- a draft): one entry per policy, or nil and a message. Never raises.
---@param headers table<string, string|string[]> field name, any case -> value
---@return httpstatus.RateLimit[]?
---@return string? message
function hs.ratelimit(headers) end

------------------------------------------------------------- for people

--- A short explanation of a code for people (registered or vendor code);
--- nil for anything else.
---@param code httpstatus.Code
---@param lang? string|httpstatus.ReasonOptions "en" (default) or "ko"; unknown ones give English
---@param vendor? string only this vendor's meaning ("Exchange" for 451)
---@return string?
function hs.describe(code, lang, vendor) end

--- The condition under which a header row of a code holds, in a language
--- (English for "en", an unknown language or a missing entry); nil when the
--- code has no row for the field or the row always holds.
---@param code httpstatus.Code
---@param field string the field name, any case
---@param lang? string|httpstatus.ReasonOptions "en" (default) or "ko"
---@return string?
function hs.condition(code, field, lang) end

--- Add or override texts for a language. Keys must be registered codes,
--- texts non-empty valid UTF-8 without control characters; English reasons
--- cannot be replaced. Raises, changing nothing, for anything else.
---@param lang string
---@param texts httpstatus.LocaleTexts
function hs.add_locale(lang, texts) end

-------------------------------------------------------------- constants
-- One per registered code and one per old name; written from the module
-- (spec/types_spec.lua checks names and values).

--- 100 Continue
---@type integer
hs.CONTINUE = 100
--- 101 Switching Protocols
---@type integer
hs.SWITCHING_PROTOCOLS = 101
--- 102 Processing
---@type integer
hs.PROCESSING = 102
--- 103 Early Hints
---@type integer
hs.EARLY_HINTS = 103
--- 103 Early Hints, by its old name "Checkpoint"
---@type integer
hs.CHECKPOINT = 103
--- 104 Upload Resumption Supported
---@type integer
hs.UPLOAD_RESUMPTION_SUPPORTED = 104
--- 200 OK
---@type integer
hs.OK = 200
--- 201 Created
---@type integer
hs.CREATED = 201
--- 202 Accepted
---@type integer
hs.ACCEPTED = 202
--- 203 Non-Authoritative Information
---@type integer
hs.NON_AUTHORITATIVE_INFORMATION = 203
--- 204 No Content
---@type integer
hs.NO_CONTENT = 204
--- 205 Reset Content
---@type integer
hs.RESET_CONTENT = 205
--- 206 Partial Content
---@type integer
hs.PARTIAL_CONTENT = 206
--- 207 Multi-Status
---@type integer
hs.MULTI_STATUS = 207
--- 208 Already Reported
---@type integer
hs.ALREADY_REPORTED = 208
--- 226 IM Used
---@type integer
hs.IM_USED = 226
--- 300 Multiple Choices
---@type integer
hs.MULTIPLE_CHOICES = 300
--- 300 Multiple Choices, by its old name "Ambiguous"
---@type integer
hs.AMBIGUOUS = 300
--- 301 Moved Permanently
---@type integer
hs.MOVED_PERMANENTLY = 301
--- 301 Moved Permanently, by its old name "Moved"
---@type integer
hs.MOVED = 301
--- 302 Found
---@type integer
hs.FOUND = 302
--- 302 Found, by its old name "Moved Temporarily"
---@type integer
hs.MOVED_TEMPORARILY = 302
--- 302 Found, by its old name "Redirect"
---@type integer
hs.REDIRECT = 302
--- 303 See Other
---@type integer
hs.SEE_OTHER = 303
--- 303 See Other, by its old name "RedirectMethod"
---@type integer
hs.REDIRECTMETHOD = 303
--- 304 Not Modified
---@type integer
hs.NOT_MODIFIED = 304
--- 305 Use Proxy
---@type integer
hs.USE_PROXY = 305
--- 306 Switch Proxy
---@type integer
hs.SWITCH_PROXY = 306
--- 307 Temporary Redirect
---@type integer
hs.TEMPORARY_REDIRECT = 307
--- 307 Temporary Redirect, by its old name "RedirectKeepVerb"
---@type integer
hs.REDIRECTKEEPVERB = 307
--- 308 Permanent Redirect
---@type integer
hs.PERMANENT_REDIRECT = 308
--- 400 Bad Request
---@type integer
hs.BAD_REQUEST = 400
--- 401 Unauthorized
---@type integer
hs.UNAUTHORIZED = 401
--- 402 Payment Required
---@type integer
hs.PAYMENT_REQUIRED = 402
--- 403 Forbidden
---@type integer
hs.FORBIDDEN = 403
--- 404 Not Found
---@type integer
hs.NOT_FOUND = 404
--- 405 Method Not Allowed
---@type integer
hs.METHOD_NOT_ALLOWED = 405
--- 405 Method Not Allowed, by its old name "Not Allowed"
---@type integer
hs.NOT_ALLOWED = 405
--- 406 Not Acceptable
---@type integer
hs.NOT_ACCEPTABLE = 406
--- 407 Proxy Authentication Required
---@type integer
hs.PROXY_AUTHENTICATION_REQUIRED = 407
--- 408 Request Timeout
---@type integer
hs.REQUEST_TIMEOUT = 408
--- 408 Request Timeout, by its old name "Request Time-out"
---@type integer
hs.REQUEST_TIME_OUT = 408
--- 409 Conflict
---@type integer
hs.CONFLICT = 409
--- 410 Gone
---@type integer
hs.GONE = 410
--- 411 Length Required
---@type integer
hs.LENGTH_REQUIRED = 411
--- 412 Precondition Failed
---@type integer
hs.PRECONDITION_FAILED = 412
--- 413 Content Too Large
---@type integer
hs.CONTENT_TOO_LARGE = 413
--- 413 Content Too Large, by its old name "Payload Too Large"
---@type integer
hs.PAYLOAD_TOO_LARGE = 413
--- 413 Content Too Large, by its old name "Request Entity Too Large"
---@type integer
hs.REQUEST_ENTITY_TOO_LARGE = 413
--- 414 URI Too Long
---@type integer
hs.URI_TOO_LONG = 414
--- 414 URI Too Long, by its old name "Request-URI Too Large"
---@type integer
hs.REQUEST_URI_TOO_LARGE = 414
--- 414 URI Too Long, by its old name "Request-URI Too Long"
---@type integer
hs.REQUEST_URI_TOO_LONG = 414
--- 415 Unsupported Media Type
---@type integer
hs.UNSUPPORTED_MEDIA_TYPE = 415
--- 416 Range Not Satisfiable
---@type integer
hs.RANGE_NOT_SATISFIABLE = 416
--- 416 Range Not Satisfiable, by its old name "Requested Range Not Satisfiable"
---@type integer
hs.REQUESTED_RANGE_NOT_SATISFIABLE = 416
--- 417 Expectation Failed
---@type integer
hs.EXPECTATION_FAILED = 417
--- 418 I'm a teapot
---@type integer
hs.IM_A_TEAPOT = 418
--- 418 I'm a teapot, by its old name "I am a teapot"
---@type integer
hs.I_AM_A_TEAPOT = 418
--- 421 Misdirected Request
---@type integer
hs.MISDIRECTED_REQUEST = 421
--- 422 Unprocessable Content
---@type integer
hs.UNPROCESSABLE_CONTENT = 422
--- 422 Unprocessable Content, by its old name "Unprocessable Entity"
---@type integer
hs.UNPROCESSABLE_ENTITY = 422
--- 423 Locked
---@type integer
hs.LOCKED = 423
--- 424 Failed Dependency
---@type integer
hs.FAILED_DEPENDENCY = 424
--- 425 Too Early
---@type integer
hs.TOO_EARLY = 425
--- 425 Too Early, by its old name "Unordered Collection"
---@type integer
hs.UNORDERED_COLLECTION = 425
--- 426 Upgrade Required
---@type integer
hs.UPGRADE_REQUIRED = 426
--- 428 Precondition Required
---@type integer
hs.PRECONDITION_REQUIRED = 428
--- 429 Too Many Requests
---@type integer
hs.TOO_MANY_REQUESTS = 429
--- 431 Request Header Fields Too Large
---@type integer
hs.REQUEST_HEADER_FIELDS_TOO_LARGE = 431
--- 451 Unavailable For Legal Reasons
---@type integer
hs.UNAVAILABLE_FOR_LEGAL_REASONS = 451
--- 451 Unavailable For Legal Reasons, by its old name "Illegal"
---@type integer
hs.ILLEGAL = 451
--- 500 Internal Server Error
---@type integer
hs.INTERNAL_SERVER_ERROR = 500
--- 501 Not Implemented
---@type integer
hs.NOT_IMPLEMENTED = 501
--- 501 Not Implemented, by its old name "Method Not Implemented"
---@type integer
hs.METHOD_NOT_IMPLEMENTED = 501
--- 502 Bad Gateway
---@type integer
hs.BAD_GATEWAY = 502
--- 503 Service Unavailable
---@type integer
hs.SERVICE_UNAVAILABLE = 503
--- 503 Service Unavailable, by its old name "Service Temporarily Unavailable"
---@type integer
hs.SERVICE_TEMPORARILY_UNAVAILABLE = 503
--- 504 Gateway Timeout
---@type integer
hs.GATEWAY_TIMEOUT = 504
--- 504 Gateway Timeout, by its old name "Gateway Time-out"
---@type integer
hs.GATEWAY_TIME_OUT = 504
--- 505 HTTP Version Not Supported
---@type integer
hs.HTTP_VERSION_NOT_SUPPORTED = 505
--- 505 HTTP Version Not Supported, by its old name "Version Not Supported"
---@type integer
hs.VERSION_NOT_SUPPORTED = 505
--- 506 Variant Also Negotiates
---@type integer
hs.VARIANT_ALSO_NEGOTIATES = 506
--- 507 Insufficient Storage
---@type integer
hs.INSUFFICIENT_STORAGE = 507
--- 508 Loop Detected
---@type integer
hs.LOOP_DETECTED = 508
--- 510 Not Extended
---@type integer
hs.NOT_EXTENDED = 510
--- 511 Network Authentication Required
---@type integer
hs.NETWORK_AUTHENTICATION_REQUIRED = 511

---------------------------------------------------------- httpstatus.ngx

---@class httpstatus.ngx.ExitOptions
---@field headers? httpstatus.Headers
---@field body? string sent as is (with content_type); without it a 4xx or 5xx gets an error body
---@field content_type? string the type of body (needs body)
---@field reason? string a phrase of your own, where ngx_lua can set one ("" is refused)
---@field detail? string problem member of the error body
---@field title? string problem member of the error body
---@field type? string problem member of the error body
---@field instance? string problem member of the error body
---@field extensions? table<string, any> extra members of the error body

--- End an OpenResty / ngx_lua request correctly in one call. Every rule of
--- hs.response is checked before anything is sent: a violation raises
--- "bad argument #n to 'exit' (exit(404): ...)" and leaves the request
--- untouched.
---@class httpstatus.ngx
---@field CAN_SET_REASON boolean ngx.resp.set_status(status, reason) exists: our phrases on the wire
local hsngx = {}

--- Set the status, headers and body, send the headers, then ngx.exit. Without
--- opts.body, a 4xx or 5xx gets a body negotiated from the request's Accept
--- (problem+json, HTML or plain text), sent with Vary: Accept; headers may
--- not then describe it (Content-Type, Content-Encoding, Content-Length,
--- Content-Range raise). Other codes get none. HEAD gets the headers a GET
--- would get. Over HTTP/2 and HTTP/3 connection-specific fields are left
--- out and 426 raises. 1xx codes raise, and so does any call once the
--- response headers were sent.
---@param code httpstatus.Code
---@param opts? httpstatus.ngx.ExitOptions
---@return any # what ngx.exit returns
function hsngx.exit(code, opts) end

--- Redirect to location with 301, 302 (default), 303, 307 or 308, no body.
--- Raises for another code, for a location that is empty or holds a
--- control character, and once the response headers were sent.
---@param location string
---@param code? 301|302|303|307|308
---@return any # what ngx.exit returns
function hsngx.redirect(location, code) end

---@class httpstatus.ngx.ErrorPageOptions
---@field detail? string|fun(status: integer): string? problem member, or a function of the status
---@field type? string base URI of problem types: the status is appended (".../problems/404")
---@field extensions? table<string, any> extra members of the error body
---@field retry_after? integer|fun(status: integer): integer? Retry-After of 429 and 503 (seconds)
---@field allow? string the Allow of a 405 ("GET, HEAD"), unless the error came with one

--- Answer the error nginx made, as the content of the location its
--- error_page directive names (written without "="): the status nginx
--- chose, answered as exit answers (negotiated body with Vary: Accept,
--- Content-Length, no body for HEAD, our phrase where ngx_lua can set it).
--- The fields that belong to the status (WWW-Authenticate of a 401,
--- Retry-After, Allow) are kept, from the response or, with
--- proxy_intercept_errors, the upstream; the others the failed request set
--- are dropped. A field the status MUST carry but lacks (nginx's 405 has
--- no Allow) is logged once per worker, not raised. Raises for bad or
--- unknown options, for a status that is no error (400..599), and once the
--- response headers were sent.
---@param opts? httpstatus.ngx.ErrorPageOptions
---@return any # what ngx.exit returns
function hsngx.error_page(opts) end
---@class httpstatus.ngx.LintOptions
---@field sample? number share of requests checked, 0..1 (default 0.01)
---@field log_interval? number seconds a rule stays quiet after it was logged (default 60)

--- In log_by_lua*: hs.lint on the response nginx sent for this request
--- (status, the headers the handler set, the bytes sent, the method), for
--- a sample of requests; each error or warning is logged at WARN at most
--- once per rule per interval. Fields nginx adds itself are not judged.
--- Never touches the response; raises only for a wrong option.
---@param opts? httpstatus.ngx.LintOptions
function hsngx.lint(opts) end

---------------------------------------------------------- httpstatus.log

---@class httpstatus.log.Counts
---@field lines integer
---@field malformed integer
---@field invalid_status integer
---@field codes table<integer, integer> code -> lines

---@class httpstatus.log.Scanner
---@field feed fun(self: httpstatus.log.Scanner, chunk: string) any cut, any size
---@field read fun(self: httpstatus.log.Scanner, file: file*): true?, string? a file to its end
---@field finish fun(self: httpstatus.log.Scanner) ends a last line without LF
---@field counts fun(self: httpstatus.log.Scanner): httpstatus.log.Counts

--- Access logs counted by the C core, one buffer at a time:
---   local log = require "httpstatus.log" ---@type httpstatus.log
---@class httpstatus.log
local hslog = {}

--- A new scanner for format "combined", "common", "vhost_combined", "json",
--- "any"/nil (any of them), or an nginx log_format string holding $status.
--- opts.bucket: the timeline's step in seconds (whole minutes, default 60).
---@param format? string
---@param opts? {bucket?: integer}
---@return httpstatus.log.Scanner
function hslog.scanner(format, opts) end

--- The log_format string of an nginx.conf line (name, escape= and quotes
--- dropped, quoted pieces joined), or nil and why the scanner cannot use it.
---@param text string
---@return string|nil format
---@return string|nil why
function hslog.parse_format(text) end

-------------------------------------------------------- httpstatus.budget

---@class httpstatus.budget.Options
---@field ratio? number retries per request over the window (0.2)
---@field window? number seconds the counts cover (10)
---@field min_per_second? number retries allowed whatever the ratio, per second (3)
---@field failures? integer|false failures in a row that open the breaker (5)
---@field failure_ratio? number|false failures per request over the window that open it (0.5)
---@field min_requests? integer requests in the window before failure_ratio counts (20)
---@field open_time? number seconds the breaker first stays open (5)
---@field max_open_time? number the longest it stays open, doubling from open_time (60)
---@field probes? integer requests let out when half-open (1)
---@field max_retry_after? number the longest Retry-After honoured, in seconds (120)
---@field max_keys? integer new keys that may take a place per period (256)
---@field codes? httpstatus.Code[] the codes that count as failures (should_retry's)

---@class httpstatus.budget.Stats
---@field requests integer requests let through in the window
---@field retries integer retries granted in the window
---@field failures integer failures recorded in the window
---@field consecutive integer failures in a row
---@field trips integer times the breaker opened since it last closed
---@field state "closed"|"open"|"half_open"
---@field wait number seconds Retry-After still holds the key back (0: none)

--- A budget over a lua_shared_dict (budget.new): the methods take the
--- upstream's name as key, a string of 1 to 200 bytes. allow: before each
--- request sent (true counts one); record: after each answer (status nil:
--- none); can_retry: true counts one retry; stats: for logs and metrics.
---@alias httpstatus.budget.Self httpstatus.budget.Budget
---@class httpstatus.budget.Budget
---@field allow fun(self: httpstatus.budget.Self, key: string): boolean, ("open"|"retry_after")?
---@field record fun(self: httpstatus.budget.Self, key: string, status: integer?, headers: table?)
---@field can_retry fun(self: httpstatus.budget.Self, key: string): boolean, "budget"?
---@field stats fun(self: httpstatus.budget.Self, key: string): httpstatus.budget.Stats

--- A retry budget and a circuit breaker per upstream, shared by every
--- nginx worker through a lua_shared_dict:
---   local budget = require "httpstatus.budget" ---@type httpstatus.budget
---@class httpstatus.budget
local hsbudget = {}

--- A budget over the lua_shared_dict shdict_name; budgets over one dict
--- share their counts. Raises when the dict does not exist, outside
--- OpenResty, and for a malformed or unknown option.
---@param shdict_name string
---@param opts? httpstatus.budget.Options
---@return httpstatus.budget.Budget
function hsbudget.new(shdict_name, opts) end

return hs
