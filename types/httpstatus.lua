---@meta httpstatus
-- LuaLS definitions of the library's public modules: add this folder to
-- `workspace.library` (e.g. in .luarc.json: `{ "workspace.library":
-- ["path/to/httpstatus/types"] }`). Read by editors only, never run.
-- Written by scripts/gendocs.lua from docs/api/*.lua: edit those, not this file.
-- luacheck: no unused

---------------------------------------------------------------- httpstatus

--- A status code: an integral number (404 and 404.0 are the same code). Queries answer nil and
--- predicates false for anything that is no code.
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
---@field version? string|number "1.0", "1.1", "2", "3" (or "HTTP/2", 2.0, ...): over 2 and 3 no
--- reason phrase and no connection-specific fields; 101 and 426 raise there

--- A response that HTTP allows, as response() builds it and serialize() writes it (serialize
--- refuses any other field).
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
---@field method? string the request's method (default "GET"; HEAD, CONNECT and QUERY change rules);
--- case-sensitive: "head" raises
---@field version? string for a table: "1.0", "1.1" (default), "2" or "3", also spelled "HTTP/2",
--- "2.0", ...; raw bytes carry their own
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

--- Options of should_retry and retry_delay; one table may serve both, and a name neither takes
--- raises.
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

--- One quota policy of a response, from RateLimit and RateLimit-Policy.
---@class httpstatus.RateLimit
---@field policy string the policy's name
---@field remaining? integer quota units left (RateLimit r)
---@field reset? integer seconds until more quota (RateLimit t)
---@field quota? integer the policy's quota (RateLimit-Policy q)
---@field window? integer its window in seconds (w)
---@field unit? string its quota unit (qu; "requests" by default)
---@field partition_key? string the pk byte sequence, as its base64 text

--- HTTP status codes: phrases, names, classes and the facts RFC 9110 and the IANA registry give
--- about each code. Queries never raise for the value asked about (nil for what they do not know),
--- predicates answer false, builders raise "bad argument #n to 'fname' (...)" at the caller's line,
--- and so does every function given an option name it does not know.
---@class httpstatus
---@field REGISTRY_DATE string `"2025-09-15"`: the registry snapshot the table follows.
---@field NGINX_VERSION string `"1.29.2"`: the nginx release whose own status lines
--- `info(code).nginx_phrase` gives (read from its source, see "OpenResty").
---@field VERSION string the library version.
local hs = {}

--- the RFC 9110 reason phrase of a registered code: `hs.reason(422) --> "Unprocessable Content"`.
--- `nil` for unregistered codes, including vendor codes such as 499.
---
--- the phrase in a language, taken as `describe` takes it: `hs.reason(404, "ko") --> "찾을 수
--- 없음"`, also `hs.reason(404, {lang = "ko"}) --> "찾을 수 없음"`. English stays the
--- default and the wire phrase; an unknown language or a missing entry gives English. A second
--- argument that is no string, table, nil or false, a `lang` that is no string, or another option
--- raises.
---@param code httpstatus.Code
---@param lang? string|httpstatus.ReasonOptions
---@return string?
function hs.reason(code, lang) end

--- the constant name: `hs.name(413) --> "CONTENT_TOO_LARGE"`.
---@param code httpstatus.Code
---@return string?
function hs.name(code) end

--- `"informational"`, `"success"`, `"redirection"`, `"client_error"` or `"server_error"` for any
--- integer 100..599, by its first digit (RFC 9110, Section 15): `hs.class(299) --> "success"`.
---@param code httpstatus.Code
---@return httpstatus.Class?
function hs.class(code) end

--- reverse lookup by reason phrase, constant name or alias, ignoring ASCII case, treating runs of
--- space, `-` and `_` alike and ignoring `'`: `hs.code("not-found") --> 404`,
--- `hs.code("REQUEST_ENTITY_TOO_LARGE") --> 413`, `hs.code("I'm a teapot") --> 418`. Exactly three
--- digits from 100 to 599 give that code: `hs.code("299") --> 299`. `nil` otherwise (also for `"
--- 404"`, numbers and texts over 256 bytes).
---@param text string
---@return integer?
function hs.code(text) end

--- the normal form `hs.code` compares texts in, for any text: ASCII letters lowered, each run of
--- space, `-` and `_` one `_` (none at either end), `'` dropped, every other byte kept:
--- `hs.normalize("Request-URI Too Long") --> "request_uri_too_long"`, `hs.normalize("I'm a teapot")
--- --> "im_a_teapot"`. `nil` for anything but a string. The command's `search` and the reference
--- page's search box compare texts in it.
---@param text string
---@return string?
function hs.normalize(text) end

--- a fresh table of every fact about a registered code (below).
---@param code httpstatus.Code
---@return httpstatus.Info?
function hs.info(code) end

--- a fresh array of the 64 registered codes, ascending.
---@return integer[]
function hs.codes() end

--- a fresh array of the header fields a response with this code MUST or SHOULD carry:
--- `hs.required_headers(405) --> {"Allow"}`; `{}` for a valid code with none.
---@param code httpstatus.Code
---@return string[]?
function hs.required_headers(code) end

--- the meanings vendors give a code (outside the registry, or their own meaning of a registered
--- one), as a fresh list of `{vendor =, reason =}`: `#hs.unofficial(499) --> 3` (nginx, Google,
--- Esri); `nil` when no vendor listed here uses it.
---@param code httpstatus.Code
---@return httpstatus.UnofficialEntry[]?
function hs.unofficial(code) end

--- what an HTTP version carries (status line, reason phrase, connection-specific fields, `Upgrade`,
--- 1xx), as a fresh table (below); `nil` for a version it does not know.
---@param version string|number "1.0", "1.1", "2", "3", "HTTP/2", 2.0, ...
---@return httpstatus.Protocol?
function hs.protocol(version) end

--- any integer 100..599
---@param code httpstatus.Code
---@return boolean
function hs.is_valid(code) end

--- the 64 registry values (306 and 418 too: they are registered as unused)
---@param code httpstatus.Code
---@return boolean
function hs.is_registered(code) end

--- 1xx
---@param code httpstatus.Code
---@return boolean
function hs.is_informational(code) end

--- 2xx
---@param code httpstatus.Code
---@return boolean
function hs.is_success(code) end

--- 3xx
---@param code httpstatus.Code
---@return boolean
function hs.is_redirection(code) end

--- 4xx
---@param code httpstatus.Code
---@return boolean
function hs.is_client_error(code) end

--- 5xx
---@param code httpstatus.Code
---@return boolean
function hs.is_server_error(code) end

--- 4xx and 5xx
---@param code httpstatus.Code
---@return boolean
function hs.is_error(code) end

--- heuristically cacheable by default: 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451,
--- 501 (RFC 9110, Section 15.1; RFC 7725)
---@param code httpstatus.Code
---@return boolean
function hs.is_cacheable(code) end

--- 428, 429, 431, 511 (RFC 6585: caches MUST NOT store them)
---@param code httpstatus.Code
---@return boolean
function hs.must_not_store(code) end

--- the response carries content: not 1xx, 204, 205, 304; never an answer to `"HEAD"` (its header
--- fields still describe the content a GET would get: `hs.response` and `exit` compute them), nor a
--- 2xx to `"CONNECT"`. Methods are case-sensitive (RFC 9110, Section 9.1); a method that is not a
--- string gives `false`.
---@param code httpstatus.Code
---@param method? string the request's method (default "GET")
---@return boolean
function hs.allows_body(code, method) end

--- 301, 302, 303, 307, 308: the codes that send the client to `Location`
---@param code httpstatus.Code
---@return boolean
function hs.is_redirect(code) end

--- 307 and 308: the redirected request keeps its method and content. With a method
--- (case-sensitive): whether a client following the redirect keeps that one: 301 and 302 keep every
--- method but POST (`hs.preserves_method(301, "QUERY") --> true`, RFC 10008, 2.5), 303 keeps only
--- GET and HEAD, 307 and 308 all
---@param code httpstatus.Code
---@param method? string case-sensitive
---@return boolean
function hs.preserves_method(code, method) end

--- 408, 421, 425, 429, 500, 502, 503, 504 (see below)
---@param code httpstatus.Code
---@return boolean
function hs.is_retryable(code) end

--- codes where `Retry-After` has a meaning (RFC 9110, 10.2.3): how long to wait before retrying on
--- 413, 429 and 503, before issuing the redirected request on every 3xx in use that has one
--- (300-303, 305, 307, 308; not 304, which redirects nowhere)
---@param code httpstatus.Code
---@return boolean
function hs.has_retry_after(code) end

--- 102 (RFC 4918, which replaced RFC 2518, no longer defines it; the registry still lists it), 305
--- (deprecated by RFC 7231, Appendix B; RFC 9110 repeats it) and 510 (its RFC 2774 is Historic);
--- `info(code).deprecation` says why
---@param code httpstatus.Code
---@return boolean
function hs.is_deprecated(code) end

--- `"HTTP/1.1 404 Not Found"` (no CRLF): HTTP/1.x only (`version` `"2"` or `"3"` raises, saying
--- they have no status line). `reason` nil: the registered phrase, or none (`"HTTP/1.1 299 "` keeps
--- the space RFC 9112 requires); `""`: an empty phrase. `version` `"1.1"` (default) or `"1.0"`,
--- also as `"HTTP/1.1"`. A custom reason must match RFC 9112's reason-phrase (HTAB, SP, visible
--- ASCII, bytes 0x80-0xFF): any CR, LF, NUL, DEL or other control raises. Raises for codes outside
--- 100..599. Lines with the registered phrase are built once per code and version, then reused: no
--- allocation per call.
---@param code httpstatus.Code
---@param reason? string
---@param version? string "1.1" (default) or "1.0", also as "HTTP/1.1"
---@return string
function hs.status_line(code, reason, version) end

--- `code, reason, version` (`404, "Not Found", "1.1"`), or `nil, message` for anything malformed,
--- never `nil, nil` (also for a non-string). Strict by default: `HTTP-version SP 3DIGIT SP
--- reason-phrase`, empty phrase allowed, one trailing CRLF tolerated, codes 100..599. `opts.lenient
--- = true` also accepts `"HTTP/1.1 200"`, `"HTTP/2 200"` (version `"2"`) and a bare LF at the end.
--- Raises only when `opts` is not a table or holds another name.
---@param line string
---@param opts? httpstatus.ParseOptions
---@return integer? code nil when the line is malformed
---@return string reason_or_message the reason phrase, or why the line is malformed
---@return string? version
function hs.parse_status_line(line, opts) end

--- an RFC 9457 problem table: `type = "about:blank"`, `title` = the reason phrase, `status` = code,
--- unless fields give them; `detail`, `instance` and extension members copied. A `status` field
--- that disagrees with `code` raises, as do non-string `type`, `title`, `detail`, `instance`.
---@param code httpstatus.Code
---@param fields? httpstatus.ProblemFields
---@return httpstatus.Problem
function hs.problem(code, fields) end

--- `json, "application/problem+json"`, written in C (below).
---@param code httpstatus.Code
---@param fields? httpstatus.ProblemFields
---@return string json
---@return "application/problem+json" content_type
function hs.problem_json(code, fields) end

--- `body, content_type` in the format the `Accept` value prefers (q-values honoured; a range
--- applies through its most specific match; ties go to the range listed first):
--- `application/problem+json` (also for `application/json`), `text/html; charset=utf-8` (a small
--- page, everything escaped) or `text/plain; charset=utf-8`, the default (also when `accept` is nil
--- or lists nothing offered). The body depends on `Accept`: send it with `Vary: Accept`, or a cache
--- in front serves the first client's format to all.
---@param code httpstatus.Code
---@param accept? string the request's Accept field value
---@param fields? httpstatus.ProblemFields
---@return string body
---@return string content_type
function hs.error_body(code, accept, fields) end

--- `{status=, reason=, headers=, body=, method=}` that HTTP allows, from `opts.headers` (name ->
--- string or number, or an array of them for a repeated field), `opts.body`, `opts.reason`,
--- `opts.method`, `opts.version` (any other name raises); raises for what HTTP forbids (below).
--- `status` is the code as an integer. `opts.version` (`"1.0"`, `"1.1"`, `"2"`, `"3"`, also
--- `"HTTP/2"` or the numbers `ngx.req.http_version()` gives) applies the facts of that version,
--- through the same `httpstatus.protocol` functions `exit` uses: over HTTP/2 and HTTP/3 the
--- connection-specific fields (and the fields `Connection` names) are left out and `reason` is nil,
--- and 101 and 426 raise; a 1xx raises for HTTP/1.0. The table then has `version` too. Fresh tables
--- every call.
---@param code httpstatus.Code
---@param opts? httpstatus.ResponseOptions
---@return httpstatus.Response
function hs.response(code, opts) end

--- the HTTP/1.1 bytes (HTTP/1.0's status line for `version = "1.0"`; `"2"` and `"3"` raise: they
--- frame messages in binary): status line, headers in the case given (sorted by name, repeated
--- fields in order), a `Content-Length` matching the body, `0` without one (so a 205 or an empty
--- 200 ends on a keep-alive connection; never on 1xx, 204 or a 2xx to CONNECT; left to you for
--- HEAD, 304 and `Transfer-Encoding`), blank line, body. Applies exactly the rules of `response()`
--- (one module, `httpstatus.rules`, owns them), and refuses a body on a HEAD response. The table
--- has those fields only (and `version`): any other (`header` for `headers`) raises `unknown
--- field`, since it would change the bytes on the wire. Never changes the table it is given.
---@param res httpstatus.Response
---@return string
function hs.serialize(res) end

--- the findings of checking a response against what HTTP demands of its code, framing, fields and
--- content (see "Checking responses" below): a table `{status =, headers =, body =}` (header names
--- in any case) or raw HTTP/1.x bytes, as `curl -si` prints them (every response in them). Findings
--- come most severe first; `{}` when clean. Bad data never raises; a response of another type, an
--- unknown option or response field, or a method HTTP defines spelled in another case (`"head"`:
--- methods are case-sensitive) does.
---@param response httpstatus.Response|table|string
---@param opts? httpstatus.LintOptions
---@return httpstatus.LintFinding[]
function hs.lint(response, opts) end

--- the rules `hs.lint` holds a response of this code to, worded as its findings: the code's header
--- rows, and the rules of the codes caches must not store, that carry no framing, or that only
--- HTTP/1.1 has. A fresh array of fresh `{rule =, level =, reference =, message =}` (and
--- `condition` for a row that holds only then), most severe first: `hs.lint_rules(405)[1].rule -->
--- "missing-allow"`; `{}` when none is about the code; `nil` for no status code. `opts.lang = "ko"`
--- words them in Korean; an unknown option raises.
---@param code integer
---@param opts? httpstatus.LintRulesOptions
---@return httpstatus.LintRule[]?
function hs.lint_rules(code, opts) end

--- seconds to wait (a non-negative integer) for a `Retry-After` value: `delay-seconds` (digits
--- only: no sign, fraction or inner space; values past 2^31 - 1 are clamped to it) or an HTTP-date
--- in any of the three forms RFC 9110, 5.6.7 requires a recipient to accept. A date is measured
--- against `date` (the response's `Date` field, when it parses; RFC 9110, 6.6.1 lets a recipient
--- replace an invalid one with the receive time) or else `now` (default `os.time()`); a date in the
--- past gives 0. Surrounding spaces and tabs are trimmed.
---@param value string
---@param now? number seconds since the epoch, any finite number (default os.time())
---@param date? string the response's Date field value
---@return integer? seconds
---@return string? message why the value does not parse
function hs.retry_after(value, now, date) end

--- seconds since the epoch for an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), an RFC 850 date
--- (two-digit year: more than 50 years ahead of `now` means the century before) or an asctime date;
--- or `nil, message`. Strict: names case-sensitive, single spaces, the weekday must match the date,
--- no 30 Feb, no 24:00:00, years 1970..9999. No time zone or locale is involved (the C core
--- computes the calendar itself).
---@param text string
---@param now? number default os.time()
---@return integer? seconds
---@return string? message
function hs.parse_http_date(text, now) end

--- the IMF-fixdate for `t` (integral seconds, 0 .. 9999-12-31T23:59:59Z); raises otherwise.
--- `parse_http_date(http_date(t)) == t` for every such second.
---@param t integer seconds since the epoch
---@return string
function hs.http_date(t) end

--- `true`, or `false` and a word for logs: `"not_retryable"` (the code is not `is_retryable`, or
--- not in `opts.codes`), `"method"` (not idempotent, RFC 9110, 9.2.2: GET HEAD OPTIONS TRACE PUT
--- DELETE, and QUERY, RFC 10008, 2; or `opts.methods`; 421 and 425 may repeat any method, RFC 9110,
--- 15.5.20 and RFC 8470, 5.2), `"attempts"` (`attempt`, the requests made so far, default 1, has
--- reached `opts.max_attempts`, default 3).
---@param code httpstatus.Code
---@param method string the request's method (case-sensitive)
---@param attempt? integer requests made so far, this one included (default 1)
---@param opts? httpstatus.RetryOptions
---@return boolean retry
---@return "not_retryable"|"method"|"attempts"|nil why
function hs.should_retry(code, method, attempt, opts) end

--- seconds to wait: `Retry-After` when the code gives it meaning (`has_retry_after`) and it parses
--- (names in any case, as lua-resty-http and `ngx.resp.get_headers()` give them; a list: the first
--- value), capped by `opts.max_delay` (120); else, for 429 and 503, the `RateLimit` field's reset
--- (`t`) of a policy with no quota left (`r=0`, the longest if several; see `hs.ratelimit`), capped
--- the same way; else `opts.base * opts.factor ^ (attempt - 1)` (0.5, 2), capped, with
--- `opts.jitter` `"none"` (default), `"full"` or `"equal"` (`opts.random` replaces `math.random`).
--- Always one finite number in `[0, max_delay]`, so `ngx.sleep(hs.retry_delay(...))` works
--- (ngx.sleep takes exactly one finite number); `base`, `factor` and `max_delay` must be finite
--- numbers >= 0, else it raises. One options table may serve `should_retry` and `retry_delay`: each
--- refuses a name that neither takes.
---@param code httpstatus.Code
---@param headers? table<string, string|string[]> the response's header fields, names in any case
---@param attempt? integer requests made so far (default 1)
---@param opts? httpstatus.RetryOptions
---@return number seconds
function hs.retry_delay(code, headers, attempt, opts) end

--- the `RateLimit` and `RateLimit-Policy` fields, following a draft
--- (draft-ietf-httpapi-ratelimit-headers, the working group's copy of 2025-09-23, after -10: names
--- may still change), read as RFC 9651 structured fields in any case of their names: a fresh list
--- of `{policy =, remaining =, reset =, quota =, window =, unit =, partition_key =}`, one per
--- policy (RateLimit's members first; a policy in both fields gets both), or `nil, message` when
--- there is neither field or nothing usable. A field that does not parse, or whose `r`, `t`, `q`,
--- `w`, `qu`, `pk` have the wrong type, is ignored whole ("Malformed RateLimit header fields MUST
--- be ignored"); nothing raises. Tokens are taken as policy names too, and a missing `r` leaves
--- `remaining` nil, as the draft's own examples do.
---@param headers table<string, string|string[]> field name, any case -> value
---@return httpstatus.RateLimit[]?
---@return string? message
function hs.ratelimit(headers) end

--- a 2-4 sentence explanation of when the code is used, what a client should do, and the usual
--- mistakes, written for this library from the RFCs. `lang` `"en"` (default) or `"ko"`, or `{lang =
--- "ko"}` as `reason` takes it; an unknown language gives English; a `lang` that is no string,
--- table, nil or false raises. Vendor codes are described too: `hs.describe(499)` gives each
--- vendor's meaning, prefixed with its name when there are several (`"nginx: ...\nEsri: ..."`);
--- `vendor` picks one (`hs.describe(451, "en", "Exchange")`). `nil` for anything else.
---@param code httpstatus.Code
---@param lang? string|httpstatus.ReasonOptions "en" (default) or "ko"; unknown ones give English
---@param vendor? string only this vendor's meaning ("Exchange" for 451)
---@return string?
function hs.describe(code, lang, vendor) end

--- the condition of a header row (`info(code).headers[i].condition`) in a language, taken as
--- `describe` takes it: `hs.condition(415, "Accept-Query", "ko") --> "QUERY 요청의 쿼리
--- 형식을 지원하지 않을 때(RFC 10008 2.1절)"`; English for `"en"` or a missing entry;
--- `nil` when the code has no row for the field or the row always holds.
---@param code httpstatus.Code
---@param field string the field name, any case
---@param lang? string|httpstatus.ReasonOptions "en" (default) or "ko"
---@return string?
function hs.condition(code, field, lang) end

--- add or override texts for a language. Partial tables fall back to the shipped texts, then
--- English. Keys must be registered codes; texts non-empty, valid UTF-8, no control characters;
--- English reasons cannot be replaced (they are the wire phrases). Raises naming the entry, and
--- changes nothing, for anything else.
---@param lang string
---@param texts httpstatus.LocaleTexts
function hs.add_locale(lang, texts) end

----------------------------------------------------------------- constants
-- One per registered code and one per old name, from the library's own table.

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

------------------------------------------------------------ httpstatus.ngx

--- Options of exit (any other name raises).
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

--- Options of error_page (any other name raises).
---@class httpstatus.ngx.ErrorPageOptions
---@field detail? string|fun(status: integer): string? problem member, or a function of the status
---@field type? string base URI of problem types: the status is appended (".../problems/404")
---@field extensions? table<string, any> extra members of the error body
---@field retry_after? integer|fun(status: integer): integer? Retry-After of 429 and 503 (seconds)
---@field allow? string the Allow of a 405 ("GET, HEAD"), unless the error came with one

--- Options of lint (any other name raises).
---@class httpstatus.ngx.LintOptions
---@field sample? number share of requests checked, 0..1 (default 0.01)
---@field log_interval? number seconds a rule stays quiet after it was logged (default 60)

--- End an OpenResty / ngx_lua request correctly in one call. Every rule of `hs.response` is checked
--- before anything is sent: a violation raises `bad argument #n to 'exit' (exit(404): ...)` and
--- leaves the request untouched. For LuaLS, annotate the local: `local hsngx = require
--- "httpstatus.ngx" ---@type httpstatus.ngx`.
---@class httpstatus.ngx
---@field CAN_SET_REASON boolean `true` when the running ngx_lua has `ngx.resp.set_status(status,
--- reason)`: `exit`, `redirect` and `error_page` then put the library's phrases on the wire
local hsngx = {}

--- set the status, headers and body, send the headers, then `ngx.exit`. Without `opts.body`, a 4xx
--- or 5xx gets a body negotiated from the request's `Accept` (problem+json, HTML or plain text),
--- sent with `Vary: Accept`; `headers` may not then describe it (`Content-Type`,
--- `Content-Encoding`, `Content-Length`, `Content-Range` raise). Other codes get none. HEAD gets
--- the headers a GET would get. Over HTTP/2 and HTTP/3 connection-specific fields are left out and
--- 426 raises. 1xx codes raise, and so does any call once the response headers were sent, or
--- outside `rewrite_by_lua*`, `access_by_lua*` and `content_by_lua*`.
---@param code httpstatus.Code
---@param opts? httpstatus.ngx.ExitOptions
---@return any # what ngx.exit returns
function hsngx.exit(code, opts) end

--- redirect to `location` with 301, 302 (default), 303, 307 or 308, `Content-Length: 0` and no
--- body; spaces, non-ASCII bytes and the other bytes a URI cannot hold are sent percent-encoded.
--- Raises for another code, for a location that is empty or holds a control character, once the
--- response headers were sent, and outside `rewrite_by_lua*`, `access_by_lua*` and
--- `content_by_lua*`.
---@param location string
---@param code? 301|302|303|307|308
---@return any # what ngx.exit returns
function hsngx.redirect(location, code) end

--- answer the error nginx made, as the content of the location its `error_page` directive names
--- (written without `=`): the status nginx chose, answered as `exit` answers (negotiated body with
--- `Vary: Accept`, `Content-Length`, no body for HEAD, our phrase where ngx_lua can set it). The
--- fields that belong to the status (`WWW-Authenticate` of a 401, `Retry-After`, `Allow`) are kept,
--- from the response or, with `proxy_intercept_errors`, the upstream; the others the failed request
--- set are dropped. A field the status MUST carry but lacks (nginx's 405 has no `Allow`) is logged
--- once per worker, not raised. Raises for bad or unknown options, for a status that is no error
--- (400..599), once the response headers were sent, and outside `rewrite_by_lua*`, `access_by_lua*`
--- and `content_by_lua*`.
---@param opts? httpstatus.ngx.ErrorPageOptions
---@return any # what ngx.exit returns
function hsngx.error_page(opts) end

--- in `log_by_lua*`: `hs.lint` on the response nginx sent for this request (status, the headers the
--- handler set, the bytes sent, the method), for a sample of requests; each error or warning is
--- logged at `WARN` at most once per rule per interval. Fields nginx adds itself are not judged.
--- Never touches the response; raises only for a wrong option.
---@param opts? httpstatus.ngx.LintOptions
function hsngx.lint(opts) end

------------------------------------------------------------ httpstatus.log

--- What a scanner counted so far (a fresh table).
---@class httpstatus.log.Counts
---@field lines integer
---@field malformed integer
---@field invalid_status integer lines whose status is outside 100..599
---@field codes table<integer, integer> code -> lines
---@field timed integer lines whose time was read
---@field formats table<string, integer> lines read in each format: combined, common,
--- vhost_combined, json, template
---@field upstream table with $upstream_status: field, lines, server_error, own_server_error,
--- retried, recovered
---@field request_time table with $request_time: lines, sum_ms, max_ms
---@field timeline table first, seconds, offset, and per bucket lines, client_error, server_error
---@field paths table[] per class 1..5, the sketch's {path =, count =, error =} entries

--- Access logs counted by the C core, one buffer at a time. For LuaLS, annotate the local: `local
--- log = require "httpstatus.log" ---@type httpstatus.log`.
---@class httpstatus.log
local log = {}

--- a new scanner for format `"combined"`, `"common"`, `"vhost_combined"`, `"json"`, `"any"` or nil
--- (any of them), or an nginx `log_format` string holding `$status`. `opts.bucket`: the timeline's
--- step in seconds (whole minutes, default 60). Raises for another name (naming the formats it
--- knows), a `log_format` string it cannot use, and a wrong or unknown option.
---@param format? string
---@param opts? {bucket?: integer}
---@return httpstatus.log.Scanner
function log.scanner(format, opts) end

--- the `log_format` string of an nginx.conf line (name, `escape=` and quotes dropped, quoted pieces
--- joined), or `nil` and why the scanner cannot use it; never raises (a value that is no string
--- gets `nil` and why).
---@param text string
---@return string|nil format
---@return string|nil why
function log.parse_format(text) end

--- A scanner from log.scanner: feed it the log, then ask for its counts.
---@class httpstatus.log.Scanner
local Scanner = {}

--- counts the lines of a chunk of the log, cut anywhere, of any size.
---@param chunk string
function Scanner:feed(chunk) end

--- reads an open file (`io.open`, `io.stdin`) to its end in C, with no Lua string per chunk:
--- `true`, or `nil` and why a read failed.
---@param file file*
---@return true?
---@return string? message
function Scanner:read(file) end

--- counts a last line that has no newline.
function Scanner:finish() end

--- what was counted so far, as a fresh table.
---@return httpstatus.log.Counts
function Scanner:counts() end

--------------------------------------------------------- httpstatus.budget

--- Options of budget.new (any other name raises).
---@class httpstatus.budget.Options
---@field ratio? number retries per request over the window (default 0.2)
---@field window? number seconds the counts cover (a sliding window of two slots) (default 10)
---@field min_per_second? number retries allowed whatever the ratio, per second of the window
--- (default 3)
---@field failures? integer|false failures in a row that open the breaker (`false`: no such rule)
--- (default 5)
---@field failure_ratio? number|false failures per request over the window that open it (`false`:
--- none) (default 0.5)
---@field min_requests? integer requests in the window before `failure_ratio` counts (default 20)
---@field open_time? number seconds the breaker first stays open (default 5)
---@field max_open_time? number the longest it stays open, doubling from `open_time` (default 60)
---@field probes? integer requests let out when half-open (default 1)
---@field max_retry_after? number the longest `Retry-After` honoured, in seconds (default 120)
---@field max_keys? integer new keys that may take a place per period (below) (default 256)
---@field codes? httpstatus.Code[] the codes that count as failures (default should_retry's)

--- What b:stats gives (a fresh table).
---@class httpstatus.budget.Stats
---@field requests integer requests let through in the window
---@field retries integer retries granted in the window
---@field failures integer failures recorded in the window
---@field consecutive integer failures in a row
---@field trips integer times the breaker opened since it last closed
---@field state "closed"|"open"|"half_open"
---@field wait number seconds Retry-After still holds the key back (0: none)

--- A retry budget and a circuit breaker per upstream, shared by every nginx worker through a
--- `lua_shared_dict`. For LuaLS, annotate the local: `local budget = require "httpstatus.budget"
--- ---@type httpstatus.budget`.
---@class httpstatus.budget
local budget = {}

--- a budget over that `lua_shared_dict`. Make it once per worker (at module level, as below) with
--- the same `opts` in every worker: budgets over one dict share their counts. Raises when the dict
--- does not exist, outside OpenResty, and for a malformed or unknown option.
---@param shdict_name string
---@param opts? httpstatus.budget.Options
---@return httpstatus.budget.Budget
function budget.new(shdict_name, opts) end

--- A budget over a lua_shared_dict, from budget.new: the methods take the upstream's name as key, a
--- string of 1 to 200 bytes.
---@class httpstatus.budget.Budget
local Budget = {}

--- `true`, or `false` and why: `"retry_after"` (the upstream asked to wait, with `Retry-After` on a
--- 429 or 503, and the time has not passed) or `"open"` (the breaker is open, or half-open with its
--- probes already out). Call it once before every request you send to `key`, retries included: each
--- `true` counts one request. `key` names the upstream (any string of 1 to 200 bytes).
---@param key string
---@return boolean
---@return ("open"|"retry_after")? why
function Budget:allow(key) end

--- after each answer: `status` the code, or `nil` when there was none (connection refused or reset,
--- timeout). A failure is what `should_retry` calls retryable (`hs.is_retryable`: 408, 421, 425,
--- 429, 500, 502, 503, 504, or `opts.codes`) or no answer; anything else (a 404 too) shows the
--- upstream works. A `Retry-After` on a 429 or 503 (read as `hs.retry_after` reads it, against the
--- answer's `Date`, at most `opts.max_retry_after`) holds back the whole key, on every worker;
--- without a usable one, the `RateLimit` field's reset of an exhausted policy does the same (as
--- `hs.retry_delay` reads it).
---@param key string
---@param status integer?
---@param headers? table
function Budget:record(key, status, headers) end

--- `true` (and the retry is counted: retry then), or `false, "budget"`: retries stay under
--- `opts.ratio` of the key's requests over `opts.window` seconds, plus a floor of
--- `opts.min_per_second` (so that a quiet upstream can still be retried).
---@param key string
---@return boolean
---@return "budget"? why
function Budget:can_retry(key) end

--- a fresh table for logs and metrics: `requests`, `retries`, `failures` (the window's counts),
--- `consecutive` (failures in a row), `trips` (times the breaker opened since it last closed),
--- `state` (`"closed"`, `"open"`, `"half_open"`) and `wait` (seconds `Retry-After` still holds the
--- key).
---@param key string
---@return httpstatus.budget.Stats
function Budget:stats(key) end

---------------------------------------------------------- httpstatus.check

--- Argument checks with the library's own wording, for functions of yours that take codes and
--- options. The checks never raise: each returns a message, or `nil` when the value is fine, and
--- your function raises with it, `error(check.bad("fname", n, problem), 2)`, so the error names its
--- caller's line. For LuaLS, annotate the local: `local check = require "httpstatus.check" ---@type
--- httpstatus.check`.
---@class httpstatus.check
local check = {}

--- the status code as an integer (404 for `404.0`), or `nil` when `code` is no status code
--- (integral, 100..599), as for 99 and for `"404"`.
---@param code any
---@return integer?
function check.code(code) end

--- why `code` is no status code (`status code 100..599 expected`, then what it got, as `show`
--- writes it), or `nil`.
---@param code any
---@return string?
function check.code_problem(code) end

--- why `v` is neither `nil` nor of the Lua type `tname` (default `"table"`), or `nil`: `table or
--- nil expected` (`string or nil expected` for `"string"`...), then what it got.
---@param v any
---@param tname? string
---@return string?
function check.opt_problem(v, tname) end

--- `check.opt_problem` under an older name: the same function.
---@param v any
---@param tname? string
---@return string?
function check.opt_table_problem(v, tname) end

--- why `opts` is no options table whose names are all keys of `allowed` (name -> true), or `nil`:
--- `table or nil expected` (then what it got), or `unknown option "header"` for a name `allowed`
--- lacks; `noun` replaces "option" (`"field"` for a response table). Walked with `next`: a
--- metatable on `opts` runs no code.
---@param opts any
---@param allowed table<string, any>
---@param noun? string
---@return string?
function check.options_problem(opts, allowed, noun) end

--- the one wording of a refused value: `what`, then the words "expected, got" and `v` as `show`
--- writes it.
---@param what string
---@param v any
---@return string
function check.expected(what, v) end

--- the wording of a value refused for its kind or range: `what`, "must be", `wanted`, then ", got"
--- and `v` as `show` writes it (`opts.base must be a finite number >= 0, got inf`); raises when
--- `what` or `wanted` is no string.
---@param what string
---@param wanted string
---@param v any
---@return string
function check.must_be(what, wanted, v) end

--- `message`, then ", got" and `v` as `show` writes it: a refusal worded otherwise (`allow must
--- list methods, got string "(HEAD)"`); raises when `message` is no string.
---@param message string
---@param v any
---@return string
function check.got(message, v) end

--- the text of an argument error, Lua's own wording: `bad argument #n to 'fname' (message)`; raise
--- it with level 2.
---@param fname string
---@param n integer
---@param message string
---@return string
function check.bad(fname, n, message) end

--- what a value is, for a message: numbers as written, strings quoted as `quote` does and cut at 40
--- bytes, other values by their type: `string "404"` for `"404"`.
---@param v any
---@return string
function check.show(v) end

--- `s` written safely for a context, by the C core's one text-safety routine: `"terminal"`
--- (default: printable ASCII in double quotes, every other byte as `\ddd`), `"json"` (a JSON string
--- literal, valid UTF-8 whatever the bytes) or `"html"` (element content or a quoted attribute
--- value). Raises for anything but a string or one of those contexts.
---@param s string
---@param context? "terminal"|"json"|"html"
---@return string
function check.quote(s, context) end

--- whether `s` is text a person reads as it is written: valid UTF-8 without a control character
--- (C0, DEL, C1), a bidi control or a line or paragraph separator, as the C core's text-safety
--- routine judges for JSON. `true`; or `false` and why: `"control"` (an ASCII control),
--- `"invisible"` (the others) or `"utf8"` (no valid UTF-8 string).
---@param s any
---@return boolean
---@return "control"|"invisible"|"utf8"?
function check.plain_text(s) end

--- for the library's own modules: a stand-in for one of the C core's lookup tables, built on first
--- use; its first read hands the real table to `rebind` and answers.
---@param name string
---@param rebind fun(t: table)
---@return table
function check.on_first_read(name, rebind) end

return hs
