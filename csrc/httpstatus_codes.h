/*
** httpstatus_codes.h: the one list every fact about a status code comes from.
**
** Each list is an X-macro: the includer defines X and expands the list, so
** enums, lookup tables, constants and docs all derive from these rows and
** cannot drift apart (the llhttp HTTP_STATUS_MAP idea).
**
** HTTPSTATUS_MAP(X) holds every value of the IANA HTTP Status Code Registry
** as of HTTPSTATUS_REGISTRY_DATE, one row each:
**
**   X(code, NAME, "reason", "reference", REGISTRATION, flags, "expires")
**
**   NAME          constant name (hs.NAME in Lua); always the reason phrase
**                 upper-cased with runs of space and '-' as '_', "'" dropped
**   reason        RFC 9110 phrase; for the two codes the registry lists as
**                 "(Unused)" (306, 418) the historical phrase, so logs stay
**                 readable (the registry text is derived from UNUSED)
**   REGISTRATION  PERMANENT, TEMPORARY, UNUSED or OBSOLETED, as registered
**   flags         HTTPSTATUS_F_* facts from RFC 9110/9111/6585/7725/8470
**   expires       expiry date of a temporary registration, else NULL
**
** Sources for the flags (RFC 9110 unless named):
**   NO_CONTENT   15.2 (1xx), 15.3.5 (204), 15.3.6 (205), 15.4.5 (304)
**   CACHEABLE    heuristically cacheable by default: 15.1, plus RFC 7725 s3
**   NO_STORE     RFC 6585 s3-s6: "MUST NOT be stored by a cache"
**   RETRYABLE    a repeat of the same request may succeed later:
**                408 the server gave up waiting (15.5.9), 421 on another
**                connection (15.5.20), 425 replay after the handshake
**                (RFC 8470 s5.2), 429 after Retry-After (RFC 6585 s4), 500
**                often transient, 502/504 upstream failures, 503
**                temporary overload (15.6.4)
**   RETRY_AFTER  Retry-After carries meaning (10.2.3): how long to wait
**                before retrying on 413 (15.5.14), 429, 503; before
**                issuing the redirected request on every 3xx in use that
**                has one (not 304: it redirects nowhere)
**   REDIRECT_*   15.4.2-15.4.9: permanent 301/308, temporary 302/303/307
**   KEEPS_METHOD 307/308 (15.4.8, 15.4.9); TO_GET: 303 (15.4.4); 301 and
**                302 have neither: a client may change POST to GET
**   DEPRECATED   see HTTPSTATUS_DEPRECATIONS below for why each
**   HTTP1_ONLY   sent over HTTP/1.x only: 101 switches protocols with
**                Upgrade and 426 MUST carry Upgrade, and HTTP/2 and HTTP/3
**                have neither 101 nor Upgrade (RFC 9113 8.6, RFC 9114 4.5)
**   RETRYABLE is also this library's judgement where no RFC speaks: 500
**                (RFC 9110 says nothing of retrying it); 507 is not
**                retryable although RFC 4918 11.5 calls the condition
**                temporary: a request from a user action MUST NOT be
**                repeated until the user asks again
*/
#ifndef HTTPSTATUS_CODES_H
#define HTTPSTATUS_CODES_H

#define HTTPSTATUS_REGISTRY_DATE "2025-09-15"

/* clang-format off */
#define HTTPSTATUS_MAP(X) \
  X(100, CONTINUE,                        "Continue",                        "RFC 9110, Section 15.2.1",  PERMANENT, HTTPSTATUS_F_NO_CONTENT, NULL) \
  X(101, SWITCHING_PROTOCOLS,             "Switching Protocols",             "RFC 9110, Section 15.2.2",  PERMANENT, HTTPSTATUS_F_NO_CONTENT | HTTPSTATUS_F_HTTP1_ONLY, NULL) \
  X(102, PROCESSING,                      "Processing",                      "RFC 2518",                  PERMANENT, HTTPSTATUS_F_NO_CONTENT | HTTPSTATUS_F_DEPRECATED, NULL) \
  X(103, EARLY_HINTS,                     "Early Hints",                     "RFC 8297",                  PERMANENT, HTTPSTATUS_F_NO_CONTENT, NULL) \
  X(104, UPLOAD_RESUMPTION_SUPPORTED,     "Upload Resumption Supported",     "draft-ietf-httpbis-resumable-upload-05", TEMPORARY, HTTPSTATUS_F_NO_CONTENT, "2026-11-13") \
  X(200, OK,                              "OK",                              "RFC 9110, Section 15.3.1",  PERMANENT, HTTPSTATUS_F_CACHEABLE, NULL) \
  X(201, CREATED,                         "Created",                         "RFC 9110, Section 15.3.2",  PERMANENT, 0, NULL) \
  X(202, ACCEPTED,                        "Accepted",                        "RFC 9110, Section 15.3.3",  PERMANENT, 0, NULL) \
  X(203, NON_AUTHORITATIVE_INFORMATION,   "Non-Authoritative Information",   "RFC 9110, Section 15.3.4",  PERMANENT, HTTPSTATUS_F_CACHEABLE, NULL) \
  X(204, NO_CONTENT,                      "No Content",                      "RFC 9110, Section 15.3.5",  PERMANENT, HTTPSTATUS_F_NO_CONTENT | HTTPSTATUS_F_CACHEABLE, NULL) \
  X(205, RESET_CONTENT,                   "Reset Content",                   "RFC 9110, Section 15.3.6",  PERMANENT, HTTPSTATUS_F_NO_CONTENT, NULL) \
  X(206, PARTIAL_CONTENT,                 "Partial Content",                 "RFC 9110, Section 15.3.7",  PERMANENT, HTTPSTATUS_F_CACHEABLE, NULL) \
  X(207, MULTI_STATUS,                    "Multi-Status",                    "RFC 4918",                  PERMANENT, 0, NULL) \
  X(208, ALREADY_REPORTED,                "Already Reported",                "RFC 5842",                  PERMANENT, 0, NULL) \
  X(226, IM_USED,                         "IM Used",                         "RFC 3229",                  PERMANENT, 0, NULL) \
  X(300, MULTIPLE_CHOICES,                "Multiple Choices",                "RFC 9110, Section 15.4.1",  PERMANENT, HTTPSTATUS_F_CACHEABLE | HTTPSTATUS_F_RETRY_AFTER, NULL) \
  X(301, MOVED_PERMANENTLY,               "Moved Permanently",               "RFC 9110, Section 15.4.2",  PERMANENT, HTTPSTATUS_F_CACHEABLE | HTTPSTATUS_F_REDIRECT_PERMANENT | HTTPSTATUS_F_RETRY_AFTER, NULL) \
  X(302, FOUND,                           "Found",                           "RFC 9110, Section 15.4.3",  PERMANENT, HTTPSTATUS_F_REDIRECT_TEMPORARY | HTTPSTATUS_F_RETRY_AFTER, NULL) \
  X(303, SEE_OTHER,                       "See Other",                       "RFC 9110, Section 15.4.4",  PERMANENT, HTTPSTATUS_F_REDIRECT_TEMPORARY | HTTPSTATUS_F_TO_GET | HTTPSTATUS_F_RETRY_AFTER, NULL) \
  X(304, NOT_MODIFIED,                    "Not Modified",                    "RFC 9110, Section 15.4.5",  PERMANENT, HTTPSTATUS_F_NO_CONTENT, NULL) \
  X(305, USE_PROXY,                       "Use Proxy",                       "RFC 9110, Section 15.4.6",  PERMANENT, HTTPSTATUS_F_DEPRECATED | HTTPSTATUS_F_RETRY_AFTER, NULL) \
  X(306, SWITCH_PROXY,                    "Switch Proxy",                    "RFC 9110, Section 15.4.7",  UNUSED,    0, NULL) \
  X(307, TEMPORARY_REDIRECT,              "Temporary Redirect",              "RFC 9110, Section 15.4.8",  PERMANENT, HTTPSTATUS_F_REDIRECT_TEMPORARY | HTTPSTATUS_F_KEEPS_METHOD | HTTPSTATUS_F_RETRY_AFTER, NULL) \
  X(308, PERMANENT_REDIRECT,              "Permanent Redirect",              "RFC 9110, Section 15.4.9",  PERMANENT, HTTPSTATUS_F_CACHEABLE | HTTPSTATUS_F_REDIRECT_PERMANENT | HTTPSTATUS_F_KEEPS_METHOD | HTTPSTATUS_F_RETRY_AFTER, NULL) \
  X(400, BAD_REQUEST,                     "Bad Request",                     "RFC 9110, Section 15.5.1",  PERMANENT, 0, NULL) \
  X(401, UNAUTHORIZED,                    "Unauthorized",                    "RFC 9110, Section 15.5.2",  PERMANENT, 0, NULL) \
  X(402, PAYMENT_REQUIRED,                "Payment Required",                "RFC 9110, Section 15.5.3",  PERMANENT, 0, NULL) \
  X(403, FORBIDDEN,                       "Forbidden",                       "RFC 9110, Section 15.5.4",  PERMANENT, 0, NULL) \
  X(404, NOT_FOUND,                       "Not Found",                       "RFC 9110, Section 15.5.5",  PERMANENT, HTTPSTATUS_F_CACHEABLE, NULL) \
  X(405, METHOD_NOT_ALLOWED,              "Method Not Allowed",              "RFC 9110, Section 15.5.6",  PERMANENT, HTTPSTATUS_F_CACHEABLE, NULL) \
  X(406, NOT_ACCEPTABLE,                  "Not Acceptable",                  "RFC 9110, Section 15.5.7",  PERMANENT, 0, NULL) \
  X(407, PROXY_AUTHENTICATION_REQUIRED,   "Proxy Authentication Required",   "RFC 9110, Section 15.5.8",  PERMANENT, 0, NULL) \
  X(408, REQUEST_TIMEOUT,                 "Request Timeout",                 "RFC 9110, Section 15.5.9",  PERMANENT, HTTPSTATUS_F_RETRYABLE, NULL) \
  X(409, CONFLICT,                        "Conflict",                        "RFC 9110, Section 15.5.10", PERMANENT, 0, NULL) \
  X(410, GONE,                            "Gone",                            "RFC 9110, Section 15.5.11", PERMANENT, HTTPSTATUS_F_CACHEABLE, NULL) \
  X(411, LENGTH_REQUIRED,                 "Length Required",                 "RFC 9110, Section 15.5.12", PERMANENT, 0, NULL) \
  X(412, PRECONDITION_FAILED,             "Precondition Failed",             "RFC 9110, Section 15.5.13", PERMANENT, 0, NULL) \
  X(413, CONTENT_TOO_LARGE,               "Content Too Large",               "RFC 9110, Section 15.5.14", PERMANENT, HTTPSTATUS_F_RETRY_AFTER, NULL) \
  X(414, URI_TOO_LONG,                    "URI Too Long",                    "RFC 9110, Section 15.5.15", PERMANENT, HTTPSTATUS_F_CACHEABLE, NULL) \
  X(415, UNSUPPORTED_MEDIA_TYPE,          "Unsupported Media Type",          "RFC 9110, Section 15.5.16", PERMANENT, 0, NULL) \
  X(416, RANGE_NOT_SATISFIABLE,           "Range Not Satisfiable",           "RFC 9110, Section 15.5.17", PERMANENT, 0, NULL) \
  X(417, EXPECTATION_FAILED,              "Expectation Failed",              "RFC 9110, Section 15.5.18", PERMANENT, 0, NULL) \
  X(418, IM_A_TEAPOT,                     "I'm a teapot",                    "RFC 9110, Section 15.5.19", UNUSED,    0, NULL) \
  X(421, MISDIRECTED_REQUEST,             "Misdirected Request",             "RFC 9110, Section 15.5.20", PERMANENT, HTTPSTATUS_F_RETRYABLE, NULL) \
  X(422, UNPROCESSABLE_CONTENT,           "Unprocessable Content",           "RFC 9110, Section 15.5.21", PERMANENT, 0, NULL) \
  X(423, LOCKED,                          "Locked",                          "RFC 4918",                  PERMANENT, 0, NULL) \
  X(424, FAILED_DEPENDENCY,               "Failed Dependency",               "RFC 4918",                  PERMANENT, 0, NULL) \
  X(425, TOO_EARLY,                       "Too Early",                       "RFC 8470",                  PERMANENT, HTTPSTATUS_F_RETRYABLE, NULL) \
  X(426, UPGRADE_REQUIRED,                "Upgrade Required",                "RFC 9110, Section 15.5.22", PERMANENT, HTTPSTATUS_F_HTTP1_ONLY, NULL) \
  X(428, PRECONDITION_REQUIRED,           "Precondition Required",           "RFC 6585",                  PERMANENT, HTTPSTATUS_F_NO_STORE, NULL) \
  X(429, TOO_MANY_REQUESTS,               "Too Many Requests",               "RFC 6585",                  PERMANENT, HTTPSTATUS_F_NO_STORE | HTTPSTATUS_F_RETRYABLE | HTTPSTATUS_F_RETRY_AFTER, NULL) \
  X(431, REQUEST_HEADER_FIELDS_TOO_LARGE, "Request Header Fields Too Large", "RFC 6585",                  PERMANENT, HTTPSTATUS_F_NO_STORE, NULL) \
  X(451, UNAVAILABLE_FOR_LEGAL_REASONS,   "Unavailable For Legal Reasons",   "RFC 7725",                  PERMANENT, HTTPSTATUS_F_CACHEABLE, NULL) \
  X(500, INTERNAL_SERVER_ERROR,           "Internal Server Error",           "RFC 9110, Section 15.6.1",  PERMANENT, HTTPSTATUS_F_RETRYABLE, NULL) \
  X(501, NOT_IMPLEMENTED,                 "Not Implemented",                 "RFC 9110, Section 15.6.2",  PERMANENT, HTTPSTATUS_F_CACHEABLE, NULL) \
  X(502, BAD_GATEWAY,                     "Bad Gateway",                     "RFC 9110, Section 15.6.3",  PERMANENT, HTTPSTATUS_F_RETRYABLE, NULL) \
  X(503, SERVICE_UNAVAILABLE,             "Service Unavailable",             "RFC 9110, Section 15.6.4",  PERMANENT, HTTPSTATUS_F_RETRYABLE | HTTPSTATUS_F_RETRY_AFTER, NULL) \
  X(504, GATEWAY_TIMEOUT,                 "Gateway Timeout",                 "RFC 9110, Section 15.6.5",  PERMANENT, HTTPSTATUS_F_RETRYABLE, NULL) \
  X(505, HTTP_VERSION_NOT_SUPPORTED,      "HTTP Version Not Supported",      "RFC 9110, Section 15.6.6",  PERMANENT, 0, NULL) \
  X(506, VARIANT_ALSO_NEGOTIATES,         "Variant Also Negotiates",         "RFC 2295",                  PERMANENT, 0, NULL) \
  X(507, INSUFFICIENT_STORAGE,            "Insufficient Storage",            "RFC 4918",                  PERMANENT, 0, NULL) \
  X(508, LOOP_DETECTED,                   "Loop Detected",                   "RFC 5842",                  PERMANENT, 0, NULL) \
  X(510, NOT_EXTENDED,                    "Not Extended",                    "RFC 2774; status-change-http-experiments-to-historic", OBSOLETED, HTTPSTATUS_F_DEPRECATED, NULL) \
  X(511, NETWORK_AUTHENTICATION_REQUIRED, "Network Authentication Required", "RFC 6585",                  PERMANENT, HTTPSTATUS_F_NO_STORE, NULL)

/*
** Header fields a response with a code is required or advised to carry:
** X(code, "Field", LEVEL, KIND, "condition"), in the order a response would
** list them. LEVEL is the RFC's keyword (MUST, SHOULD, MAY; MAY also where
** the RFC says "ought to" or states no keyword). KIND:
**   ALWAYS  unconditional: the builders refuse a response without a MUST
**           field of this kind;
**   WHEN    holds under `condition`: documented, never enforced;
**   AS_200  a field the response sends when a 200 to the same request
**           would have sent it (206: RFC 9110 15.3.7; 304: 15.4.5):
**           listed by info(code).headers only, not by required_headers.
** A sender of Upgrade MUST also send Connection listing "upgrade" (RFC
** 9110, 7.8), on any response: the builders check that too. Sections are
** RFC 9110's unless named. 104's rows are the resumable-upload draft's
** (the editor's copy of 2026-07-01: a 104 that announces an upload
** resource MUST carry Location and, when there are limits, Upload-Limit;
** one that reports progress carries Upload-Offset, and then no Location);
** info() marks the rows of a code whose reference is a draft `draft = true`.
*/
#define HTTPSTATUS_HEADER_FIELDS(X) \
  X(101, "Upgrade",            MUST,   ALWAYS, NULL) /* 15.2.2 */ \
  X(101, "Connection",         MUST,   ALWAYS, NULL) /* 7.8: listing "upgrade" */ \
  X(104, "Location",           MUST,   WHEN,   "it announces the upload resource of an upload creation request") /* draft: Upload Creation, Server Behavior */ \
  X(104, "Upload-Limit",       MUST,   WHEN,   "it announces the upload resource, and the resource has limits") \
  X(104, "Upload-Offset",      MAY,    WHEN,   "it reports how much of the content was processed so far") \
  X(201, "Location",           SHOULD, WHEN,   "the created resource is not the target URI (after POST)") /* 15.3.2, 9.3.3 */ \
  X(206, "Content-Range",      MUST,   WHEN,   "a single part") /* 15.3.7.1 */ \
  X(206, "Content-Type",       MUST,   WHEN,   "several parts: multipart/byteranges") /* 15.3.7.2 */ \
  X(206, "Date",               MUST,   AS_200, "a 200 to the same request would have sent it") /* 15.3.7 */ \
  X(206, "Cache-Control",      MUST,   AS_200, "a 200 to the same request would have sent it") \
  X(206, "ETag",               MUST,   AS_200, "a 200 to the same request would have sent it") \
  X(206, "Expires",            MUST,   AS_200, "a 200 to the same request would have sent it") \
  X(206, "Content-Location",   MUST,   AS_200, "a 200 to the same request would have sent it") \
  X(206, "Vary",               MUST,   AS_200, "a 200 to the same request would have sent it") \
  X(226, "ETag",               MUST,   ALWAYS, NULL) /* RFC 3229, 10.4.1 */ \
  X(226, "IM",                 MAY,    WHEN,   "names the instance-manipulations applied (RFC 3229, 10.5.2)") \
  X(300, "Location",           SHOULD, WHEN,   "the server has a preferred choice") /* 15.4.1 */ \
  X(301, "Location",           SHOULD, ALWAYS, NULL) /* 15.4.2 */ \
  X(302, "Location",           SHOULD, ALWAYS, NULL) /* 15.4.3 */ \
  X(303, "Location",           SHOULD, ALWAYS, NULL) /* 15.4.4: no keyword, see below */ \
  X(304, "Date",               MUST,   AS_200, "a 200 to the same request would have sent it") /* 15.4.5 */ \
  X(304, "Cache-Control",      MUST,   AS_200, "a 200 to the same request would have sent it") \
  X(304, "ETag",               MUST,   AS_200, "a 200 to the same request would have sent it") \
  X(304, "Expires",            MUST,   AS_200, "a 200 to the same request would have sent it") \
  X(304, "Content-Location",   MUST,   AS_200, "a 200 to the same request would have sent it") \
  X(304, "Vary",               MUST,   AS_200, "a 200 to the same request would have sent it") \
  X(307, "Location",           SHOULD, ALWAYS, NULL) /* 15.4.8 */ \
  X(308, "Location",           SHOULD, ALWAYS, NULL) /* 15.4.9 */ \
  X(401, "WWW-Authenticate",   MUST,   ALWAYS, NULL) /* 15.5.2 */ \
  X(405, "Allow",              MUST,   ALWAYS, NULL) /* 15.5.6 */ \
  X(407, "Proxy-Authenticate", MUST,   ALWAYS, NULL) /* 15.5.8 */ \
  X(413, "Retry-After",        SHOULD, WHEN,   "the condition is temporary") /* 15.5.14 */ \
  X(415, "Accept",             MAY,    WHEN,   "the media type is the problem (\"ought to\")") /* 15.5.16 */ \
  X(415, "Accept-Encoding",    MAY,    WHEN,   "the content coding is the problem (\"ought to\")") \
  X(415, "Accept-Query",       MAY,    WHEN,   "a QUERY's query format is not supported (RFC 10008, 2.1)") /* no keyword: "can be used" */ \
  X(416, "Content-Range",      SHOULD, WHEN,   "byte ranges: the current length, as bytes */length") /* 15.5.17 */ \
  X(426, "Upgrade",            MUST,   ALWAYS, NULL) /* 15.5.22 */ \
  X(426, "Connection",         MUST,   ALWAYS, NULL) /* 7.8: listing "upgrade" */ \
  X(429, "Retry-After",        MAY,    ALWAYS, NULL) /* RFC 6585, 4 */ \
  X(451, "Link",               SHOULD, WHEN,   "rel=\"blocked-by\", naming who blocks the resource") /* RFC 7725, 4 */ \
  X(503, "Retry-After",        MAY,    ALWAYS, NULL) /* 15.6.4 */

/*
** 303's Location: RFC 9110 15.4.4 states no keyword (RFC 2616's SHOULD is
** gone); it defines 303 as pointing at "a URI in the Location header
** field", so a 303 without one means nothing. Listed as SHOULD, like the
** other redirects, whose builders here all require it.
*/

/*
** Why a code is deprecated: X(code, "reason"). Each has HTTPSTATUS_F_DEPRECATED.
*/
#define HTTPSTATUS_DEPRECATIONS(X) \
  X(102, "RFC 4918, which replaced RFC 2518, no longer defines it; the registry still lists it") \
  X(305, "deprecated by RFC 7231, Appendix B, over the security of configuring a proxy in band; RFC 9110, 15.4.6 repeats it") \
  X(510, "RFC 2774, which defines it, is Historic; the registry lists it as obsoleted")

/*
** Former and foreign names, still met in old code, libraries and logs:
** X(code, "phrase", "where it comes from"), sorted by code. The phrase also
** yields a constant (hs.PHRASE, derived as for NAME above: upper-cased, runs
** of space and '-' as '_', "'" dropped), so it may hold only letters, digits,
** space, '-', '_' and "'", and no two rows may give one constant; nor may a
** constant be some registered code's NAME. An alias is never given back as
** a reason. Sources: nginx means the status line nginx sends
** (ngx_http_header_filter_module.c); ngx_lua its ngx.HTTP_* constants,
** without the prefix; .NET the System.Net.HttpStatusCode enum; Spring its
** HttpStatus enum. .NET names are kept as .NET spells them: the text users
** meet is "RedirectMethod" (the enum's ToString), which the normal form
** reads as one word, so its constant is REDIRECTMETHOD; a spaced phrase
** would give REDIRECT_METHOD and leave hs.code("RedirectMethod") nil.
** A foreign name that means something else than the registered meaning of
** its number (Spring's 419, 421) is a vendor meaning below, not an alias.
*/
#define HTTPSTATUS_ALIASES(X) \
  X(103, "Checkpoint",                      "Spring: HttpStatus.CHECKPOINT (resumable requests proposal)") \
  X(300, "Ambiguous",                       ".NET: HttpStatusCode.Ambiguous") \
  X(301, "Moved",                           ".NET: HttpStatusCode.Moved") \
  X(302, "Moved Temporarily",               "RFC 1945, RFC 2068; nginx") \
  X(302, "Redirect",                        ".NET: HttpStatusCode.Redirect") \
  X(303, "RedirectMethod",                  ".NET: HttpStatusCode.RedirectMethod") \
  X(307, "RedirectKeepVerb",                ".NET: HttpStatusCode.RedirectKeepVerb") \
  X(405, "Not Allowed",                     "nginx; ngx_lua: ngx.HTTP_NOT_ALLOWED") \
  X(408, "Request Time-out",                "RFC 2068, RFC 2616 (Section 6.1.1); nginx") \
  X(413, "Request Entity Too Large",        "RFC 2068, RFC 2616; nginx") \
  X(413, "Payload Too Large",               "RFC 7231") \
  X(414, "Request-URI Too Long",            "RFC 2068, RFC 2616") \
  X(414, "Request-URI Too Large",           "RFC 2068, RFC 2616 (Section 6.1.1); nginx") \
  X(416, "Requested Range Not Satisfiable", "RFC 2616; nginx") \
  X(418, "I am a teapot",                   "library constants (I_AM_A_TEAPOT)") \
  X(422, "Unprocessable Entity",            "RFC 4918") \
  X(425, "Unordered Collection",            "WebDAV Advanced Collections drafts") \
  X(451, "Illegal",                         "ngx_lua: ngx.HTTP_ILLEGAL") \
  X(501, "Method Not Implemented",          "ngx_lua: ngx.HTTP_METHOD_NOT_IMPLEMENTED; older nginx releases") \
  X(503, "Service Temporarily Unavailable", "nginx") \
  X(504, "Gateway Time-out",                "RFC 2068, RFC 2616 (Section 6.1.1); nginx") \
  X(505, "Version Not Supported",           "ngx_lua: ngx.HTTP_VERSION_NOT_SUPPORTED")

/*
** Codes as vendors use them, kept by vendor and never mixed with the
** registry: X(code, "vendor", "reason"), sorted by code
** (spec/c/core_test.c checks it). Most are unregistered numbers; a few give a registered
** number a vendor's own meaning (Google's 308, Spring's 421, Exchange's 451),
** which unofficial() lists while every registry answer (reason, info,
** is_registered ...) stays the registry's. One code may mean different
** things to different vendors (419, 420, 499, 529, 530), so each meaning
** stays with its vendor; within a code, meanings that agree come first
** (nginx and Google on 499). A reason is the vendor's own phrase where it
** has one, else a short description of ours; a phrase in parentheses, like
** the registry's "(Unused)", marks one the vendor never gave (Cloudflare
** sends 530 without a phrase of its own). Codes outside 100..599 (LinkedIn's
** 999) cannot be listed: no code outside that range is valid here.
*/
#define HTTPSTATUS_UNOFFICIAL(X) \
  X(218, "Apache",     "This Is Fine") \
  X(308, "Google",     "Resume Incomplete") \
  X(419, "Laravel",    "Page Expired") \
  X(419, "Spring",     "Insufficient Space On Resource") \
  X(420, "Twitter",    "Enhance Your Calm") \
  X(420, "Spring",     "Method Failure") \
  X(421, "Spring",     "Destination Locked") \
  X(430, "Shopify",    "Shopify Security Rejection") \
  X(440, "Exchange",   "Login Time-out") \
  X(444, "nginx",      "No Response") \
  X(449, "Exchange",   "Retry With") \
  X(450, "Microsoft",  "Blocked by Windows Parental Controls") \
  X(451, "Exchange",   "Redirect") \
  X(460, "AWS ELB",    "Client Closed Connection") \
  X(463, "AWS ELB",    "Too Many X-Forwarded-For Addresses") \
  X(464, "AWS ELB",    "Incompatible Protocol Version") \
  X(494, "nginx",      "Request Header Too Large") \
  X(495, "nginx",      "SSL Certificate Error") \
  X(496, "nginx",      "SSL Certificate Required") \
  X(497, "nginx",      "HTTP Request Sent to HTTPS Port") \
  X(498, "Esri",       "Invalid Token") \
  X(499, "nginx",      "Client Closed Request") \
  X(499, "Google",     "Client Closed Request") \
  X(499, "Esri",       "Token Required") \
  X(509, "Apache",     "Bandwidth Limit Exceeded") \
  X(520, "Cloudflare", "Web Server Returned an Unknown Error") \
  X(521, "Cloudflare", "Web Server Is Down") \
  X(522, "Cloudflare", "Connection Timed Out") \
  X(523, "Cloudflare", "Origin Is Unreachable") \
  X(524, "Cloudflare", "A Timeout Occurred") \
  X(525, "Cloudflare", "SSL Handshake Failed") \
  X(526, "Cloudflare", "Invalid SSL Certificate") \
  X(527, "Cloudflare", "Railgun Error") \
  X(529, "Qualys",     "Service Is Overloaded") \
  X(529, "Anthropic",  "Overloaded") \
  X(530, "Cloudflare", "(1xxx Error)") \
  X(530, "Pantheon",   "Site Is Frozen") \
  X(561, "AWS ELB",    "Identity Provider Error") \
  X(598, "proxy",      "Network Read Timeout Error") \
  X(599, "proxy",      "Network Connect Timeout Error")
/* clang-format on */

#endif
