-- The public API of `require "httpstatus"`, as data: scripts/gendocs.lua
-- writes the README's API tables and types/httpstatus.lua from it, and
-- spec/generated_spec.lua and spec/types_spec.lua check it against the
-- module. Layout: docs/api.lua.
return {
  module = "httpstatus",
  var = "hs",
  doc = [[
    HTTP status codes: phrases, names, classes and the facts RFC 9110 and the IANA registry give
    about each code. Queries never raise for the value asked about (nil for what they do not
    know), predicates answer false, builders raise "bad argument #n to 'fname' (...)" at the
    caller's line, and so does every function given an option name it does not know.]],
  fields = {
    { "REGISTRY_DATE", "string", '`"2025-09-15"`: the registry snapshot the table follows.' },
    { "NGINX_VERSION", "string", [[
      `"1.29.2"`: the nginx release whose own status lines `info(code).nginx_phrase` gives (read
      from its source, see "OpenResty").]] },
    { "VERSION", "string", "the library version." },
  },
  types = {
    { alias = "httpstatus.Code", type = "integer",
      doc = [[
        A status code: an integral number (404 and 404.0 are the same code). Queries answer nil and
        predicates false for anything that is no code.]],
    },
    { alias = "httpstatus.Class", type = "",
      values = {
        { '"informational"', "1xx" },
        { '"success"', "2xx" },
        { '"redirection"', "3xx" },
        { '"client_error"', "4xx" },
        { '"server_error"', "5xx" },
      },
    },
    { class = "httpstatus.HeaderEntry", -- 
      doc = [[
        A header field a response with a code must, should or may carry.]],
      fields = {
        { "name", "string", 'the field name, e.g. "Allow"' },
        { "level", '"must"|"should"|"may"', "the requirement level of the RFC" },
        { "condition?", "string", 'when the requirement applies ("a single part" for 206 Content-Range)' },
        { "draft?", "boolean", "true for the rows of a code an Internet-Draft defines (104)" },
      },
    },
    { class = "httpstatus.AliasEntry", -- 
      doc = [[
        An old name of a code: "Payload Too Large" for 413.]],
      fields = {
        { "phrase", "string", "the old reason phrase" },
        { "name", "string", 'its constant, e.g. "PAYLOAD_TOO_LARGE" (hs.PAYLOAD_TOO_LARGE == 413)' },
        { "source", "string", "where the name was used: an RFC, nginx, .NET, ..." },
      },
    },
    { class = "httpstatus.UnofficialEntry", -- 
      doc = [[
        What a vendor means by a code: {vendor = "nginx", reason = "Client Closed Request"}.]],
      fields = {
        { "vendor", "string" },
        { "reason", "string" },
      },
    },
    { class = "httpstatus.Info", -- 
      doc = [[
        Every fact about a registered code (a fresh table per call).]],
      fields = {
        { "code", "integer" },
        { "reason", "string", 'the reason phrase, e.g. "Not Found"' },
        { "name", "string", 'the constant name, e.g. "NOT_FOUND"' },
        { "class", "httpstatus.Class" },
        { "reference", "string", 'e.g. "RFC 9110, Section 15.5.5"' },
        { "status", '"permanent"|"temporary"|"unused"|"obsoleted"', "the registration" },
        { "registry_phrase", "string", [[the registry's own text ("(Unused)" for 306 and 418)]] },
        { "expires?", "string", 'the listed expiry of a temporary registration ("2026-11-13")' },
        { "deprecated", "boolean" },
        { "deprecation?", "string", "why the code is deprecated, when it is" },
        { "allows_body", "boolean" },
        { "cacheable", "boolean", "heuristically cacheable by default (RFC 9110, 15.1)" },
        { "must_not_store", "boolean" },
        { "retryable", "boolean" },
        { "retry_after", "boolean", "Retry-After has a meaning with this code" },
        { "redirect?", '"permanent"|"temporary"', "for redirects" },
        { "method?", '"preserved"|"may_change"|"to_get"', "what a redirect does to a POST" },
        { "query_method?", '"QUERY"|"GET"', "what a redirect makes of a QUERY (RFC 10008, 2.5)" },
        { "versions", "string[]", 'the HTTP versions it can be sent in ("1.0", "1.1", "2", "3")' },
        { "nginx_phrase", "string", 'what nginx writes after the code on its own status line ("" for none)' },
        { "headers", "httpstatus.HeaderEntry[]" },
        { "aliases", "httpstatus.AliasEntry[]" },
      },
    },
    { class = "httpstatus.ReasonOptions", -- 
      doc = [[
        The language of reason and describe, as a table (any other name raises).]],
      fields = {
        { "lang?", "string", '"en" (default), "ko", or a language added with add_locale' },
      },
    },
    { class = "httpstatus.ParseOptions", -- 
      doc = [[
        Options of parse_status_line (any other name raises).]],
      fields = {
        { "lenient?", "boolean", 'also accept "HTTP/1.1 200", "HTTP/2 200" and a bare LF' },
      },
    },
    { alias = "httpstatus.Headers", type = "table<string, string|number|(string|number)[]>",
      doc = [[
        Header fields: name -> value, or a list of values for a repeated field.]],
    },
    { class = "httpstatus.ProblemFields", -- 
      doc = [[
        RFC 9457 members: the five of the RFC, and any extension member.]],
      fields = {
        { "type?", "string", 'a URI reference; default "about:blank"' },
        { "title?", "string", "default: the reason phrase" },
        { "status?", "integer", "must equal the code when given" },
        { "detail?", "string" },
        { "instance?", "string" },
        { "[string]", "any", "extension members" },
      },
    },
    { class = "httpstatus.Problem", parent = "httpstatus.ProblemFields", -- 
      doc = [[
        A problem details table (RFC 9457).]],
      fields = {
        { "type", "string" },
        { "title", "string" },
        { "status", "integer" },
      },
    },
    { class = "httpstatus.ResponseOptions", -- 
      doc = [[
        Options of response (any other name raises).]],
      fields = {
        { "headers?", "httpstatus.Headers" },
        { "body?", "string" },
        { "reason?", "string", "a phrase of your own (no control characters)" },
        { "method?", "string", [[the request's method ("HEAD": no body, the GET's Content-Length)]] },
        { "version?", "string|number", '"1.0", "1.1", "2", "3" (or "HTTP/2", 2.0, ...): over 2 and 3 no reason phrase and no connection-specific fields; 101 and 426 raise there' },
      },
    },
    { class = "httpstatus.Response", -- 
      doc = [[
        A response that HTTP allows, as response() builds it and serialize() writes it (serialize
        refuses any other field).]],
      fields = {
        { "status", "integer" },
        { "reason?", "string", "nil over HTTP/2 and HTTP/3, which have no reason phrase" },
        { "headers", "table<string, string|number|(string|number)[]>" },
        { "body?", "string" },
        { "method?", "string" },
        { "version?", "string", '"1.0", "1.1", "2" or "3" when response() was told one' },
      },
    },
    { class = "httpstatus.Protocol", -- 
      doc = [[
        What an HTTP version carries, from protocol().]],
      fields = {
        { "version", "string", '"1.0", "1.1", "2" or "3"' },
        { "status_line", "boolean", "HTTP/1.x only" },
        { "reason_phrase", "boolean", "HTTP/1.x only (RFC 9113 8.3.2, RFC 9114 4.3.2)" },
        { "connection_fields", "boolean", "Connection, Keep-Alive, ... (RFC 9113 8.2.2, RFC 9114 4.2)" },
        { "upgrade", "boolean", "101 and Upgrade: HTTP/1.1 only (RFC 9113 8.6, RFC 9114 4.5)" },
        { "interim", "boolean", "1xx responses: not to HTTP/1.0 (RFC 9110, 15.2)" },
        { "reference", "string", '"RFC 9112", "RFC 9113" or "RFC 9114"' },
      },
    },
    { class = "httpstatus.LintOptions", -- 
      doc = [[
        Options of hs.lint; a name it does not take raises.]],
      fields = {
        { "method?", "string", [[the request's method (default "GET"; HEAD, CONNECT and QUERY change rules); case-sensitive: "head" raises]] },
        { "version?", "string", 'for a table: "1.0", "1.1" (default), "2" or "3", also spelled "HTTP/2", "2.0", ...; raw bytes carry their own' },
        { "lang?", "string", '"ko": messages in Korean (others: English)' },
      },
    },
    { class = "httpstatus.LintFinding", -- 
      doc = [[
        One finding of hs.lint.]],
      fields = {
        { "rule", "string", 'a stable id ("missing-allow")' },
        { "level", '"error"|"warning"|"info"', "a MUST broken; a SHOULD, or what breaks clients; an aside" },
        { "message", "string" },
        { "reference", "string", 'the RFC section ("RFC 9110, Section 15.5.6")' },
        { "field?", "string", "the header field at fault, when one is" },
        { "response?", "integer", "raw bytes: which response (1 for the first)" },
        { "status?", "integer", "raw bytes: that response's code" },
      },
    },
    { class = "httpstatus.LintRulesOptions", -- 
      doc = [[
        Options of hs.lint_rules; a name it does not take raises.]],
      fields = {
        { "lang?", "string", '"ko": messages in Korean (others: English)' },
      },
    },
    { class = "httpstatus.LintRule", -- 
      doc = [[
        One rule of hs.lint_rules.]],
      fields = {
        { "rule", "string", 'a stable id ("missing-allow")' },
        { "level", '"error"|"warning"|"info"', "the level of its findings for this code" },
        { "message", "string", "as a finding of this code words it" },
        { "reference", "string", 'the RFC section ("RFC 9110, Section 15.5.6")' },
        { "condition?", "string|table", "when a header row holds only then, as info(code).headers has it" },
      },
    },
    { class = "httpstatus.RetryOptions", -- 
      doc = [[
        Options of should_retry and retry_delay; one table may serve both, and a name neither takes
        raises.]],
      fields = {
        { "max_attempts?", "integer", "requests in all, the first included (default 3; math.huge: no limit)" },
        { "methods?", "string[]", "methods that may be repeated (default GET HEAD OPTIONS TRACE PUT DELETE QUERY)" },
        { "codes?", "integer[]", "codes worth retrying (default those of is_retryable)" },
        { "base?", "number", "seconds before the first retry, finite, >= 0 (default 0.5)" },
        { "factor?", "number", "growth per attempt, finite, >= 0 (default 2)" },
        { "max_delay?", "number", "cap in seconds, Retry-After included, finite, >= 0 (default 120)" },
        { "jitter?", '"none"|"full"|"equal"', 'default "none"' },
        { "random?", "fun(): number", "a number in [0, 1] (default math.random)" },
        { "now?", "number", "the receive time, for a date: any finite number (default os.time())" },
      },
    },
    { class = "httpstatus.LocaleTexts", -- 
      doc = [[
        Texts for add_locale: code -> text.]],
      fields = {
        { "reasons?", "table<integer, string>" },
        { "descriptions?", "table<integer, string>" },
      },
    },
    { class = "httpstatus.RateLimit", -- 
      doc = [[
        One quota policy of a response, from RateLimit and RateLimit-Policy.]],
      fields = {
        { "policy", "string", "the policy's name" },
        { "remaining?", "integer", "quota units left (RateLimit r)" },
        { "reset?", "integer", "seconds until more quota (RateLimit t)" },
        { "quota?", "integer", "the policy's quota (RateLimit-Policy q)" },
        { "window?", "integer", "its window in seconds (w)" },
        { "unit?", "string", 'its quota unit (qu; "requests" by default)' },
        { "partition_key?", "string", "the pk byte sequence, as its base64 text" },
      },
    },
  },
  sections = {
    { id = "queries", banner = "queries", head = { "call", "answer" }, rows = {
      { name = "reason", call = "hs.reason(code)",
        doc = [[
          the RFC 9110 reason phrase of a registered code: `hs.reason(422) --> "Unprocessable
          Content"`. `nil` for unregistered codes, including vendor codes such as 499.]],
        params = {
          { "code", "httpstatus.Code" },
          { "lang?", "string|httpstatus.ReasonOptions" },
        },
        returns = {
          { "string?" },
        } },
      { name = "name", call = "hs.name(code)",
        doc = [[
          the constant name: `hs.name(413) --> "CONTENT_TOO_LARGE"`.]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "string?" },
        } },
      { name = "class", call = "hs.class(code)",
        doc = [[
          `"informational"`, `"success"`, `"redirection"`, `"client_error"` or `"server_error"` for
          any integer 100..599, by its first digit (RFC 9110, Section 15): `hs.class(299) -->
          "success"`.]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "httpstatus.Class?" },
        } },
      { name = "code", call = "hs.code(text)",
        doc = [[
          reverse lookup by reason phrase, constant name or alias, ignoring ASCII case, treating runs
          of space, `-` and `_` alike and ignoring `'`: `hs.code("not-found") --> 404`,
          `hs.code("REQUEST_ENTITY_TOO_LARGE") --> 413`, `hs.code("I'm a teapot") --> 418`. Exactly
          three digits from 100 to 599 give that code: `hs.code("299") --> 299`. `nil` otherwise (also
          for `" 404"`, numbers and texts over 256 bytes).]],
        params = {
          { "text", "string" },
        },
        returns = {
          { "integer?" },
        } },
      { name = "normalize", call = "hs.normalize(text)",
        doc = [[
          the normal form `hs.code` compares texts in, for any text: ASCII letters lowered, each run
          of space, `-` and `_` one `_` (none at either end), `'` dropped, every other byte kept:
          `hs.normalize("Request-URI Too Long") --> "request_uri_too_long"`, `hs.normalize("I'm a
          teapot") --> "im_a_teapot"`. `nil` for anything but a string. The command's `search` and the
          reference page's search box compare texts in it.]],
        params = {
          { "text", "string" },
        },
        returns = {
          { "string?" },
        } },
      { name = "info", call = "hs.info(code)",
        doc = [[
          a fresh table of every fact about a registered code (below).]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "httpstatus.Info?" },
        } },
      { name = "codes", call = "hs.codes()",
        doc = [[
          a fresh array of the 64 registered codes, ascending.]],
        params = {},
        returns = {
          { "integer[]" },
        } },
      { name = "required_headers", call = "hs.required_headers(code)",
        doc = [[
          a fresh array of the header fields a response with this code MUST or SHOULD carry:
          `hs.required_headers(405) --> {"Allow"}`; `{}` for a valid code with none.]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "string[]?" },
        } },
      { name = "unofficial", call = "hs.unofficial(code)",
        doc = [[
          the meanings vendors give a code (outside the registry, or their own meaning of a registered
          one), as a fresh list of `{vendor =, reason =}`: `#hs.unofficial(499) --> 3` (nginx, Google,
          Esri); `nil` when no vendor listed here uses it.]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "httpstatus.UnofficialEntry[]?" },
        } },
      { name = "protocol",
        doc = [[
          what an HTTP version carries (status line, reason phrase, connection-specific fields,
          `Upgrade`, 1xx), as a fresh table (below); `nil` for a version it does not know.]],
        params = {
          { "version", "string|number", '"1.0", "1.1", "2", "3", "HTTP/2", 2.0, ...' },
        },
        returns = {
          { "httpstatus.Protocol?" },
        } },
      { field = "REGISTRY_DATE" },
      { field = "NGINX_VERSION" },
      { field = "VERSION" },
    } },
    { id = "predicates", banner = "predicates", head = { "call", "true for" }, rows = {
      { name = "is_valid", call = "hs.is_valid(code)",
        doc = [[
          any integer 100..599]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_registered", call = "hs.is_registered(code)",
        doc = [[
          the 64 registry values (306 and 418 too: they are registered as unused)]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_informational",
        doc = [[
          1xx]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_success",
        doc = [[
          2xx]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_redirection",
        doc = [[
          3xx]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_client_error",
        doc = [[
          4xx]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_server_error",
        doc = [[
          5xx]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_error", call = "hs.is_error(code)",
        doc = [[
          4xx and 5xx]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_cacheable", call = "hs.is_cacheable(code)",
        doc = [[
          heuristically cacheable by default: 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414,
          451, 501 (RFC 9110, Section 15.1; RFC 7725)]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "must_not_store", call = "hs.must_not_store(code)",
        doc = [[
          428, 429, 431, 511 (RFC 6585: caches MUST NOT store them)]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "allows_body", call = "hs.allows_body(code [, method])",
        doc = [[
          the response carries content: not 1xx, 204, 205, 304; never an answer to `"HEAD"` (its
          header fields still describe the content a GET would get: `hs.response` and `exit` compute
          them), nor a 2xx to `"CONNECT"`. Methods are case-sensitive (RFC 9110, Section 9.1); a
          method that is not a string gives `false`.]],
        params = {
          { "code", "httpstatus.Code" },
          { "method?", "string", [[the request's method (default "GET")]] },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_redirect", call = "hs.is_redirect(code)",
        doc = [[
          301, 302, 303, 307, 308: the codes that send the client to `Location`]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "preserves_method", call = "hs.preserves_method(code [, method])",
        doc = [[
          307 and 308: the redirected request keeps its method and content. With a method
          (case-sensitive): whether a client following the redirect keeps that one: 301 and 302 keep
          every method but POST (`hs.preserves_method(301, "QUERY") --> true`, RFC 10008, 2.5), 303
          keeps only GET and HEAD, 307 and 308 all]],
        params = {
          { "code", "httpstatus.Code" },
          { "method?", "string", "case-sensitive" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_retryable", call = "hs.is_retryable(code)",
        doc = [[
          408, 421, 425, 429, 500, 502, 503, 504 (see below)]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "has_retry_after", call = "hs.has_retry_after(code)",
        doc = [[
          codes where `Retry-After` has a meaning (RFC 9110, 10.2.3): how long to wait before retrying
          on 413, 429 and 503, before issuing the redirected request on every 3xx in use that has one
          (300-303, 305, 307, 308; not 304, which redirects nowhere)]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
      { name = "is_deprecated", call = "hs.is_deprecated(code)",
        doc = [[
          102 (RFC 4918, which replaced RFC 2518, no longer defines it; the registry still lists it),
          305 (deprecated by RFC 7231, Appendix B; RFC 9110 repeats it) and 510 (its RFC 2774 is
          Historic); `info(code).deprecation` says why]],
        params = {
          { "code", "httpstatus.Code" },
        },
        returns = {
          { "boolean" },
        } },
    } },
    { id = "wire", banner = "on the wire", head = { "call", "answer" }, rows = {
      { name = "status_line", call = "hs.status_line(code [, reason [, version]])",
        doc = [[
          `"HTTP/1.1 404 Not Found"` (no CRLF): HTTP/1.x only (`version` `"2"` or `"3"` raises, saying
          they have no status line). `reason` nil: the registered phrase, or none (`"HTTP/1.1 299 "`
          keeps the space RFC 9112 requires); `""`: an empty phrase. `version` `"1.1"` (default) or
          `"1.0"`, also as `"HTTP/1.1"`. A custom reason must match RFC 9112's reason-phrase (HTAB,
          SP, visible ASCII, bytes 0x80-0xFF): any CR, LF, NUL, DEL or other control raises. Raises
          for codes outside 100..599. Lines with the registered phrase are built once per code and
          version, then reused: no allocation per call.]],
        params = {
          { "code", "httpstatus.Code" },
          { "reason?", "string" },
          { "version?", "string", '"1.1" (default) or "1.0", also as "HTTP/1.1"' },
        },
        returns = {
          { "string" },
        } },
      { name = "parse_status_line", call = "hs.parse_status_line(line [, opts])",
        doc = [[
          `code, reason, version` (`404, "Not Found", "1.1"`), or `nil, message` for anything
          malformed, never `nil, nil` (also for a non-string). Strict by default: `HTTP-version SP
          3DIGIT SP reason-phrase`, empty phrase allowed, one trailing CRLF tolerated, codes 100..599.
          `opts.lenient = true` also accepts `"HTTP/1.1 200"`, `"HTTP/2 200"` (version `"2"`) and a
          bare LF at the end. Raises only when `opts` is not a table or holds another name.]],
        params = {
          { "line", "string" },
          { "opts?", "httpstatus.ParseOptions" },
        },
        returns = {
          { "integer?", "code", "nil when the line is malformed" },
          { "string", "reason_or_message", "the reason phrase, or why the line is malformed" },
          { "string?", "version" },
        } },
      { name = "problem", call = "hs.problem(code [, fields])",
        doc = [[
          an RFC 9457 problem table: `type = "about:blank"`, `title` = the reason phrase, `status` =
          code, unless fields give them; `detail`, `instance` and extension members copied. A `status`
          field that disagrees with `code` raises, as do non-string `type`, `title`, `detail`,
          `instance`.]],
        params = {
          { "code", "httpstatus.Code" },
          { "fields?", "httpstatus.ProblemFields" },
        },
        returns = {
          { "httpstatus.Problem" },
        } },
      { name = "problem_json", call = "hs.problem_json(code [, fields])",
        doc = [[
          `json, "application/problem+json"`, written in C (below).]],
        params = {
          { "code", "httpstatus.Code" },
          { "fields?", "httpstatus.ProblemFields" },
        },
        returns = {
          { "string", "json" },
          { '"application/problem+json"', "content_type" },
        } },
      { name = "error_body", call = "hs.error_body(code, accept [, fields])",
        doc = [[
          `body, content_type` in the format the `Accept` value prefers (q-values honoured; a range
          applies through its most specific match; ties go to the range listed first):
          `application/problem+json` (also for `application/json`), `text/html; charset=utf-8` (a
          small page, everything escaped) or `text/plain; charset=utf-8`, the default (also when
          `accept` is nil or lists nothing offered). The body depends on `Accept`: send it with `Vary:
          Accept`, or a cache in front serves the first client's format to all.]],
        params = {
          { "code", "httpstatus.Code" },
          { "accept?", "string", "the request's Accept field value" },
          { "fields?", "httpstatus.ProblemFields" },
        },
        returns = {
          { "string", "body" },
          { "string", "content_type" },
        } },
      { name = "response", call = "hs.response(code [, opts])",
        doc = [[
          `{status=, reason=, headers=, body=, method=}` that HTTP allows, from `opts.headers` (name
          -> string or number, or an array of them for a repeated field), `opts.body`, `opts.reason`,
          `opts.method`, `opts.version` (any other name raises); raises for what HTTP forbids (below).
          `status` is the code as an integer. `opts.version` (`"1.0"`, `"1.1"`, `"2"`, `"3"`, also
          `"HTTP/2"` or the numbers `ngx.req.http_version()` gives) applies the facts of that version,
          through the same `httpstatus.protocol` functions `exit` uses: over HTTP/2 and HTTP/3 the
          connection-specific fields (and the fields `Connection` names) are left out and `reason` is
          nil, and 101 and 426 raise; a 1xx raises for HTTP/1.0. The table then has `version` too.
          Fresh tables every call.]],
        params = {
          { "code", "httpstatus.Code" },
          { "opts?", "httpstatus.ResponseOptions" },
        },
        returns = {
          { "httpstatus.Response" },
        } },
      { name = "serialize", call = "hs.serialize(response)",
        doc = [[
          the HTTP/1.1 bytes (HTTP/1.0's status line for `version = "1.0"`; `"2"` and `"3"` raise:
          they frame messages in binary): status line, headers in the case given (sorted by name,
          repeated fields in order), a `Content-Length` matching the body, `0` without one (so a 205
          or an empty 200 ends on a keep-alive connection; never on 1xx, 204 or a 2xx to CONNECT; left
          to you for HEAD, 304 and `Transfer-Encoding`), blank line, body. Applies exactly the rules
          of `response()` (one module, `httpstatus.rules`, owns them), and refuses a body on a HEAD
          response. The table has those fields only (and `version`): any other (`header` for
          `headers`) raises `unknown field`, since it would change the bytes on the wire. Never
          changes the table it is given.]],
        params = {
          { "res", "httpstatus.Response" },
        },
        returns = {
          { "string" },
        } },
      { name = "lint",
        doc = [[
          the findings of checking a response against what HTTP demands of its code, framing, fields
          and content (see "Checking responses" below): a table `{status =, headers =, body =}`
          (header names in any case) or raw HTTP/1.x bytes, as `curl -si` prints them (every response
          in them). Findings come most severe first; `{}` when clean. Bad data never raises; a
          response of another type, an unknown option or response field, or a method HTTP defines
          spelled in another case (`"head"`: methods are case-sensitive) does.]],
        params = {
          { "response", "httpstatus.Response|table|string" },
          { "opts?", "httpstatus.LintOptions" },
        },
        returns = {
          { "httpstatus.LintFinding[]" },
        } },
      { name = "lint_rules", call = "hs.lint_rules(code [, opts])",
        doc = [[
          the rules `hs.lint` holds a response of this code to, worded as its findings: the code's
          header rows, and the rules of the codes caches must not store, that carry no framing, or
          that only HTTP/1.1 has. A fresh array of fresh `{rule =, level =, reference =, message =}`
          (and `condition` for a row that holds only then), most severe first: `hs.lint_rules(405)[1].rule
          --> "missing-allow"`; `{}` when none is about the code; `nil` for no status code.
          `opts.lang = "ko"` words them in Korean; an unknown option raises.]],
        params = {
          { "code", "integer" },
          { "opts?", "httpstatus.LintRulesOptions" },
        },
        returns = {
          { "httpstatus.LintRule[]?" },
        } },
    } },
    { id = "client", banner = "client side", head = { "call", "answer" }, rows = {
      { name = "retry_after", call = "hs.retry_after(value [, now [, date]])",
        doc = [[
          seconds to wait (a non-negative integer) for a `Retry-After` value: `delay-seconds` (digits
          only: no sign, fraction or inner space; values past 2^31 - 1 are clamped to it) or an
          HTTP-date in any of the three forms RFC 9110, 5.6.7 requires a recipient to accept. A date
          is measured against `date` (the response's `Date` field, when it parses; RFC 9110, 6.6.1
          lets a recipient replace an invalid one with the receive time) or else `now` (default
          `os.time()`); a date in the past gives 0. Surrounding spaces and tabs are trimmed.]],
        params = {
          { "value", "string" },
          { "now?", "number", "seconds since the epoch, any finite number (default os.time())" },
          { "date?", "string", "the response's Date field value" },
        },
        returns = {
          { "integer?", "seconds" },
          { "string?", "message", "why the value does not parse" },
        } },
      { name = "parse_http_date", call = "hs.parse_http_date(text [, now])",
        doc = [[
          seconds since the epoch for an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), an RFC 850
          date (two-digit year: more than 50 years ahead of `now` means the century before) or an
          asctime date; or `nil, message`. Strict: names case-sensitive, single spaces, the weekday
          must match the date, no 30 Feb, no 24:00:00, years 1970..9999. No time zone or locale is
          involved (the C core computes the calendar itself).]],
        params = {
          { "text", "string" },
          { "now?", "number", "default os.time()" },
        },
        returns = {
          { "integer?", "seconds" },
          { "string?", "message" },
        } },
      { name = "http_date", call = "hs.http_date(t)",
        doc = [[
          the IMF-fixdate for `t` (integral seconds, 0 .. 9999-12-31T23:59:59Z); raises otherwise.
          `parse_http_date(http_date(t)) == t` for every such second.]],
        params = {
          { "t", "integer", "seconds since the epoch" },
        },
        returns = {
          { "string" },
        } },
      { name = "should_retry", call = "hs.should_retry(code, method [, attempt [, opts]])",
        doc = [[
          `true`, or `false` and a word for logs: `"not_retryable"` (the code is not `is_retryable`,
          or not in `opts.codes`), `"method"` (not idempotent, RFC 9110, 9.2.2: GET HEAD OPTIONS TRACE
          PUT DELETE, and QUERY, RFC 10008, 2; or `opts.methods`; 421 and 425 may repeat any method,
          RFC 9110, 15.5.20 and RFC 8470, 5.2), `"attempts"` (`attempt`, the requests made so far,
          default 1, has reached `opts.max_attempts`, default 3).]],
        params = {
          { "code", "httpstatus.Code" },
          { "method", "string", "the request's method (case-sensitive)" },
          { "attempt?", "integer", "requests made so far, this one included (default 1)" },
          { "opts?", "httpstatus.RetryOptions" },
        },
        returns = {
          { "boolean", "retry" },
          { '"not_retryable"|"method"|"attempts"|nil', "why" },
        } },
      { name = "retry_delay", call = "hs.retry_delay(code, headers, attempt [, opts])",
        doc = [[
          seconds to wait: `Retry-After` when the code gives it meaning (`has_retry_after`) and it
          parses (names in any case, as lua-resty-http and `ngx.resp.get_headers()` give them; a list:
          the first value), capped by `opts.max_delay` (120); else, for 429 and 503, the `RateLimit`
          field's reset (`t`) of a policy with no quota left (`r=0`, the longest if several; see
          `hs.ratelimit`), capped the same way; else `opts.base * opts.factor ^ (attempt - 1)` (0.5,
          2), capped, with `opts.jitter` `"none"` (default), `"full"` or `"equal"` (`opts.random`
          replaces `math.random`). Always one finite number in `[0, max_delay]`, so
          `ngx.sleep(hs.retry_delay(...))` works (ngx.sleep takes exactly one finite number); `base`,
          `factor` and `max_delay` must be finite numbers >= 0, else it raises. One options table may
          serve `should_retry` and `retry_delay`: each refuses a name that neither takes.]],
        params = {
          { "code", "httpstatus.Code" },
          { "headers?", "table<string, string|string[]>", "the response's header fields, names in any case" },
          { "attempt?", "integer", "requests made so far (default 1)" },
          { "opts?", "httpstatus.RetryOptions" },
        },
        returns = {
          { "number", "seconds" },
        } },
      { name = "ratelimit", call = "hs.ratelimit(headers)",
        doc = [[
          the `RateLimit` and `RateLimit-Policy` fields, following a draft
          (draft-ietf-httpapi-ratelimit-headers, the working group's copy of 2025-09-23, after -10:
          names may still change), read as RFC 9651 structured fields in any case of their names: a
          fresh list of `{policy =, remaining =, reset =, quota =, window =, unit =, partition_key
          =}`, one per policy (RateLimit's members first; a policy in both fields gets both), or `nil,
          message` when there is neither field or nothing usable. A field that does not parse, or
          whose `r`, `t`, `q`, `w`, `qu`, `pk` have the wrong type, is ignored whole ("Malformed
          RateLimit header fields MUST be ignored"); nothing raises. Tokens are taken as policy names
          too, and a missing `r` leaves `remaining` nil, as the draft's own examples do.]],
        params = {
          { "headers", "table<string, string|string[]>", "field name, any case -> value" },
        },
        returns = {
          { "httpstatus.RateLimit[]?" },
          { "string?", "message" },
        } },
    } },
    { id = "people", banner = "for people", head = { "call", "answer" }, rows = {
      { name = "describe", call = "hs.describe(code [, lang [, vendor]])",
        doc = [[
          a 2-4 sentence explanation of when the code is used, what a client should do, and the usual
          mistakes, written for this library from the RFCs. `lang` `"en"` (default) or `"ko"`, or
          `{lang = "ko"}` as `reason` takes it; an unknown language gives English; a `lang` that is no
          string, table, nil or false raises. Vendor codes are described too: `hs.describe(499)` gives
          each vendor's meaning, prefixed with its name when there are several (`"nginx: ...\nEsri:
          ..."`); `vendor` picks one (`hs.describe(451, "en", "Exchange")`). `nil` for anything else.]],
        params = {
          { "code", "httpstatus.Code" },
          { "lang?", "string|httpstatus.ReasonOptions", '"en" (default) or "ko"; unknown ones give English' },
          { "vendor?", "string", [[only this vendor's meaning ("Exchange" for 451)]] },
        },
        returns = {
          { "string?" },
        } },
      { also = "reason", call = "hs.reason(code, lang)",
        doc = [[
          the phrase in a language, taken as `describe` takes it: `hs.reason(404, "ko") --> "찾을
          수 없음"`, also `hs.reason(404, {lang = "ko"}) --> "찾을 수 없음"`. English stays
          the default and the wire phrase; an unknown language or a missing entry gives English. A
          second argument that is no string, table, nil or false, a `lang` that is no string, or
          another option raises.]] },
      { name = "condition", call = "hs.condition(code, field [, lang])",
        doc = [[
          the condition of a header row (`info(code).headers[i].condition`) in a language, taken as
          `describe` takes it: `hs.condition(415, "Accept-Query", "ko") --> "QUERY 요청의 쿼리
          형식을 지원하지 않을 때(RFC 10008 2.1절)"`; English for `"en"` or a missing
          entry; `nil` when the code has no row for the field or the row always holds.]],
        params = {
          { "code", "httpstatus.Code" },
          { "field", "string", "the field name, any case" },
          { "lang?", "string|httpstatus.ReasonOptions", '"en" (default) or "ko"' },
        },
        returns = {
          { "string?" },
        } },
      { name = "add_locale", call = "hs.add_locale(lang, {reasons = {[code] = s}, descriptions = {[code] = s}})",
        doc = [[
          add or override texts for a language. Partial tables fall back to the shipped texts, then
          English. Keys must be registered codes; texts non-empty, valid UTF-8, no control characters;
          English reasons cannot be replaced (they are the wire phrases). Raises naming the entry, and
          changes nothing, for anything else.]],
        params = {
          { "lang", "string" },
          { "texts", "httpstatus.LocaleTexts" },
        },
        returns = {} },
    } },
  },
}
