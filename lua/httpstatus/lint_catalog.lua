--- The response linter's rules: a stable id, a level, the RFC section the
-- rule comes from and its message (English; `{name}` is filled in from the
-- finding). Korean messages are in httpstatus.locale.lint_ko, by id.
--
-- The rules "missing-<field>" are not written here: they are read from the
-- code table's rows (as rules.status_field gives them), one per header
-- field some code must, should or may carry, and their level and reference are the row's and the
-- code's (see httpstatus.lint_codes).
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint_catalog

local core = require "httpstatus.core"
local rules = require "httpstatus.rules"

local find, lower = string.find, string.lower
local ipairs = ipairs

local M = {}

local E, W, I = "error", "warning", "info"

-- { id, level, reference, message }; a reference of false: the code's own
-- (info(code).reference), given with the finding
local LIST = {
  -- the status line (RFC 9112, Section 4; RFC 9110, Section 15)
  { "status-line-syntax", E, "RFC 9112, Section 4",
    "the status line {line} is not HTTP-version SP status-code SP reason-phrase" },
  { "status-line-no-space", W, "RFC 9112, Section 4",
    "the status line has no space after the status code; a parser that follows the grammar "
      .. "refuses it" },
  { "version-syntax", E, "RFC 9112, Section 2.3",
    "{version} is no HTTP-version (\"HTTP/\" DIGIT \".\" DIGIT, in upper case)" },
  { "version-unknown", W, "RFC 9112, Section 2.3",
    "HTTP/{version} is not a version HTTP/1.x messages carry (1.0 or 1.1)" },
  { "status-code-range", E, "RFC 9110, Section 15",
    "{value} is no status code (three digits, 100 to 599)" },
  { "reason-phrase-chars", E, "RFC 9112, Section 4",
    "the reason phrase holds CR, LF, NUL or another control character" },
  { "status-unregistered", I, "RFC 9110, Section 16.2.1",
    "{code} is not in the IANA registry{vendors}" },
  { "status-unused", W, false, "{code} is reserved and unused ({reason}); send another code" },
  { "status-obsoleted", I, false, "{code} ({reason}) is {status}" },
  { "reason-stale", I, false,
    "\"{phrase}\" is an old name of {code}: the registry calls it \"{reason}\"" },
  { "reason-other-code", W, "RFC 9110, Section 15",
    "the reason phrase \"{phrase}\" names {other}, not {code}" },

  -- framing (RFC 9110, Section 8.6; RFC 9112, Sections 6 and 7)
  { "content-length-with-transfer-encoding", E, "RFC 9112, Section 6.1",
    "Content-Length and Transfer-Encoding together: a sender must not send both" },
  { "content-length-syntax", E, "RFC 9110, Section 8.6",
    "Content-Length {value} is not a decimal number of bytes" },
  { "content-length-conflict", E, "RFC 9110, Section 8.6",
    "Content-Length is given with different values ({value})" },
  { "content-length-repeated", W, "RFC 9110, Section 8.6",
    "Content-Length is given more than once ({value})" },
  { "content-length-mismatch", E, "RFC 9112, Section 6.3",
    "Content-Length is {value} but the content has {length} bytes" },
  { "content-length-forbidden", E, "RFC 9110, Section 8.6",
    "{what} must not carry Content-Length" },
  { "transfer-encoding-forbidden", E, "RFC 9112, Section 6.1",
    "{what} must not carry Transfer-Encoding" },
  { "reset-content-framing", E, "RFC 9110, Section 15.3.6",
    "a 205 has no content: Content-Length 0 or no framing, never Transfer-Encoding or a length "
      .. "above 0" },
  { "chunked-not-last", W, "RFC 9112, Section 6.1",
    "chunked is not the last transfer coding ({value}): the response ends only when the "
      .. "connection closes" },
  { "chunked-twice", E, "RFC 9112, Section 7", "chunked is applied more than once ({value})" },
  { "transfer-encoding-http10", W, "RFC 9112, Section 6.1",
    "an HTTP/1.0 response carries Transfer-Encoding, which HTTP/1.0 recipients do not know" },
  { "transfer-coding-unknown", W, "RFC 9112, Section 7",
    "{value} is no registered transfer coding" },
  { "chunked-malformed", E, "RFC 9112, Section 7.1",
    "the chunked content breaks off: {detail}" },
  { "content-not-allowed", E, false, "{what} cannot have content, and {length} bytes follow" },
  { "unframed-without-close", W, "RFC 9112, Section 6.3",
    "an HTTP/1.1 response without Content-Length or chunked ends only when the connection closes; "
      .. "send Content-Length or \"Connection: close\"" },
  { "no-final-response", W, "RFC 9110, Section 15.2",
    "the last response is a {code}: a 1xx is always followed by a final response" },
  { "head-incomplete", E, "RFC 9112, Section 2.1",
    "the header section does not end with an empty line" },
  { "line-ending-lf", W, "RFC 9112, Section 2.2",
    "lines end with a bare LF, not CRLF; only lenient recipients accept it" },

  -- field syntax (RFC 9110, Section 5; RFC 9112, Section 5)
  { "field-name-token", E, "RFC 9110, Section 5.1", "the field name {value} is not a token" },
  { "field-value-chars", E, "RFC 9110, Section 5.5", "the value of {field} {detail}" },
  { "field-obs-fold", E, "RFC 9112, Section 5.2",
    "{field} is folded onto a second line (obs-fold), which a sender must not do" },
  { "field-space-before-colon", E, "RFC 9112, Section 5.1",
    "whitespace between the field name {field} and its colon" },
  { "field-line-syntax", E, "RFC 9112, Section 5", "the line {value} is no field line (no colon)" },
  { "field-repeated", E, "RFC 9110, Section 5.3",
    "{field} is sent {count} times; it takes one value" },
  { "field-value-padding", W, "RFC 9110, Section 5.5",
    "the value of {field} begins or ends with whitespace, which is no part of a field value" },
  { "field-name-uppercase", E, "RFC 9113, Section 8.2.1",
    "HTTP/{version} field names are lower case: {field}" },

  -- field values
  { "date-invalid", E, "RFC 9110, Section 5.6.7", "{field} {value} is no HTTP-date: {detail}" },
  { "date-obsolete-format", E, "RFC 9110, Section 5.6.7",
    "{field} {value} uses an obsolete date format; a sender must write IMF-fixdate ({fixdate})" },
  { "expires-invalid", W, "RFC 9111, Section 5.3",
    "Expires {value} is no HTTP-date; caches read it as a time in the past" },
  { "missing-date", W, "RFC 9110, Section 6.6.1",
    "a {code} from an origin server with a clock must carry Date" },
  { "last-modified-future", E, "RFC 9110, Section 8.8.2.1",
    "Last-Modified ({value}) is later than Date ({date})" },
  { "retry-after-invalid", E, "RFC 9110, Section 10.2.3",
    "Retry-After {value} is neither delay-seconds nor an HTTP-date: {detail}" },
  { "retry-after-unexpected", I, "RFC 9110, Section 10.2.3",
    "Retry-After has no meaning for a {code}: only 3xx, 413, 429 and 503 give it one" },
  { "cache-control-syntax", E, "RFC 9111, Section 5.2",
    "Cache-Control {value} is not a list of directives (token [\"=\" token / quoted-string])" },
  { "cache-control-delta-seconds", E, "RFC 9111, Section 1.2.2",
    "the Cache-Control directive {value} needs a number of seconds" },
  { "cache-control-quoted", W, "RFC 9111, Section 5.2.2",
    "the Cache-Control directive {value} is quoted; senders use the token form" },
  { "cache-control-duplicate", W, "RFC 9111, Section 4.2.1",
    "the Cache-Control directive {value} is given more than once" },
  { "cache-control-contradiction", W, "RFC 9111, Section 5.2.2",
    "Cache-Control says both {value} and {other}" },
  { "etag-syntax", E, "RFC 9110, Section 8.8.3",
    "ETag {value} is no entity-tag: [W/] and a double-quoted string" },
  { "content-type-syntax", E, "RFC 9110, Section 8.3.1",
    "Content-Type {value} is not type/subtype with ;name=value parameters" },
  { "vary-syntax", E, "RFC 9110, Section 12.5.5",
    "Vary {value} is neither \"*\" nor a list of field names" },
  { "vary-star-with-others", W, "RFC 9110, Section 12.5.5",
    "Vary lists \"*\" with field names ({value}); \"*\" alone says it all" },
  { "allow-syntax", E, "RFC 9110, Section 10.2.1", "Allow {value} is not a list of method tokens" },
  { "allow-lists-method", W, "RFC 9110, Section 15.5.6",
    "a 405 to {method} lists {method} in Allow" },
  { "location-syntax", E, "RFC 9110, Section 10.2.2",
    "Location {value} is no URI reference (spaces, controls or bytes that need percent-encoding)" },
  { "content-location-syntax", E, "RFC 9110, Section 8.7",
    "Content-Location {value} is no URI reference" },
  { "age-syntax", E, "RFC 9111, Section 5.1", "Age {value} is not a number of seconds" },
  { "content-range-syntax", E, "RFC 9110, Section 14.4",
    "Content-Range {value} is not \"bytes first-last/length\" or \"bytes */length\"" },
  { "content-range-invalid", E, "RFC 9110, Section 14.4",
    "Content-Range {value} is invalid: the last byte comes before the first, or the length is "
      .. "not beyond it" },
  { "content-range-unexpected", I, "RFC 9110, Section 14.4",
    "Content-Range has no meaning in a {code}: only 206 and 416 give it one" },
  { "content-range-with-multipart", E, "RFC 9110, Section 14.6",
    "a 206 with multipart/byteranges content must not carry Content-Range in its header section" },
  { "content-range-length-mismatch", E, "RFC 9110, Section 14.4",
    "Content-Range {value} covers {range} bytes but the content has {length}" },
  { "unsatisfied-range-form", W, "RFC 9110, Section 15.5.17",
    "a 416's Content-Range gives the current length as \"bytes */length\", not {value}" },
  { "accept-ranges-syntax", E, "RFC 9110, Section 14.3",
    "Accept-Ranges {value} is not a list of range units or \"none\"" },
  { "content-encoding-syntax", E, "RFC 9110, Section 8.4",
    "Content-Encoding {value} is not a list of content coding tokens" },
  { "auth-challenge-syntax", E, "RFC 9110, Section 11.6.1",
    "{field} {value} does not begin with an authentication scheme" },
  { "server-detail", I, "RFC 9110, Section 10.2.4",
    "Server {value} names versions; an origin server should not give needless detail" },
  { "pragma-obsolete", I, "RFC 9111, Section 5.4",
    "Pragma is for requests and is deprecated; use Cache-Control" },
  { "warning-obsolete", I, "RFC 9111, Section 5.5", "the Warning field is obsoleted" },

  -- per code, besides the missing-<field> rows
  { "upgrade-without-connection", E, "RFC 9110, Section 7.8",
    "Upgrade is sent without \"upgrade\" in Connection" },

  -- caching
  { "must-not-store-cacheable", W, false,
    "caches must not store a {code}, but {value} lets them" },
  { "vary-missing", W, "RFC 9110, Section 12.5.5",
    "the content is {what} but Vary does not list {field}: a cache would hand it to every client" },

  -- content
  { "missing-content-type", W, "RFC 9110, Section 8.3",
    "a {code} with content should carry Content-Type" },
  { "problem-json-invalid", E, "RFC 9457, Section 3",
    "the application/problem+json content is not a JSON object: {detail}" },
  { "problem-member-type", E, "RFC 9457, Section 3.1",
    "the problem member \"{member}\" must be {kind}" },
  { "problem-status-mismatch", E, "RFC 9457, Section 3.1.2",
    "the problem's status member is {value} but the response is a {code}" },

  -- HTTP/2 and HTTP/3
  { "connection-specific-field", E, "RFC 9113, Section 8.2.2",
    "{field} is connection-specific: an HTTP/{version} message carrying it is malformed" },
  { "switching-protocols-h2", E, "RFC 9113, Section 8.6",
    "HTTP/{version} has no 101 (Switching Protocols)" },
  { "upgrade-required-h2", E, "RFC 9113, Section 8.6",
    "a 426 needs Upgrade, which HTTP/{version} has not: send it over HTTP/1.1 only" },
}

-- HTTP/3's own section for the rules HTTP/2 and HTTP/3 share
M.H3_REFERENCE = {
  ["connection-specific-field"] = "RFC 9114, Section 4.2",
  ["field-name-uppercase"] = "RFC 9114, Section 4.2",
  ["switching-protocols-h2"] = "RFC 9114, Section 4.5",
  ["upgrade-required-h2"] = "RFC 9114, Section 4.5",
}

--- id -> { level =, reference = (false: the code's), message = }
M.RULES = {}
--- the ids, in the order above, then the missing-<field> rules by name
M.IDS = {}
for i, r in ipairs(LIST) do
  M.RULES[r[1]] = { level = r[2], reference = r[3], message = r[4] }
  M.IDS[i] = r[1]
end

local function never() return false end
M.never = never
local function is_multipart(msg)
  local ct = msg.f["content-type"]
  return ct ~= nil and find(lower(ct), "^multipart/byteranges") ~= nil
end

-- How a conditional row's condition is seen in one response: code ->
-- lower-case field -> function(msg) -> does the row apply? ("default":
-- the code's other conditional rows.) A row without a judge here cannot
-- be judged from the response alone, and is worth knowing only (info).
M.JUDGE = {
  -- a single part carries Content-Range; several parts, multipart/byteranges
  [206] = { ["content-range"] = function(msg) return not is_multipart(msg) end,
            ["content-type"] = function(msg) return msg.f["content-range"] == nil end,
            -- "a 200 to the same request would have sent it": no 200 to compare
            default = never },
  [304] = { default = never },
  -- the created resource has a URI of its own after POST
  [201] = { location = function(msg) return msg.method == "POST" end },
  -- 416's Content-Range is for byte ranges, the only unit in use
  [416] = { ["content-range"] = function() return true end },
  -- Accept-Query answers a QUERY whose query format is not supported (RFC 10008 2.1)
  [415] = { ["accept-query"] = function(msg) return msg.method == "QUERY" end },
}

-- "missing-<field>": one rule per field name of the code table's rows,
-- with the codes it applies to (the level and reference are per code)
M.MISSING_MESSAGE = "a {code} {must} carry {field}{condition}"
local missing, names = {}, {}
for _, code in ipairs(core.codes()) do
  local i, name, always = 1, rules.status_field(code, 1)
  while name do
    local id = "missing-" .. name:lower()
    local judges = M.JUDGE[code]
    local judge = judges and not always and (judges[name:lower()] or judges.default)
    if judge == never then
      id = nil -- a row no single response can be judged by: no rule
    elseif not missing[id] then
      missing[id] = { codes = {} }
      names[#names + 1] = id
    end
    local codes = id and missing[id].codes
    if codes and codes[#codes] ~= code then codes[#codes + 1] = code end
    i = i + 1
    name, always = rules.status_field(code, i)
  end
end
table.sort(names)
for _, id in ipairs(names) do
  local r = M.RULES[id]
  if r then -- a rule of the list above is also a row (missing-content-type)
    r.codes = missing[id].codes
  else
    M.RULES[id] = { level = false, reference = false, message = M.MISSING_MESSAGE,
                    codes = missing[id].codes }
    M.IDS[#M.IDS + 1] = id
  end
end

-- The codes the rules about one code's response apply to, beside the
-- rows: each set is the library's (the C table's flags, the content rule).
local function codes_where(test)
  local out = {}
  for code = 100, 599 do
    if test(code) then out[#out + 1] = code end
  end
  return out
end
local function info_of(code) return core.info(code) or {} end
M.RULES["must-not-store-cacheable"].codes = codes_where(function(code)
  return info_of(code).must_not_store == true
end)
local framing = codes_where(function(code) return rules.forbids_framing(code, "GET") end)
M.RULES["content-length-forbidden"].codes = framing
M.RULES["transfer-encoding-forbidden"].codes = framing
-- 101 and 426 need Upgrade, which HTTP/2 and HTTP/3 have not: the C
-- table's HTTP1_ONLY flag, as httpstatus.rules reads it
local http1_only = core.table("http1_only", true)
M.RULES["switching-protocols-h2"].codes = codes_where(function(code)
  return code == 101 and http1_only[code] == true
end)
M.RULES["upgrade-required-h2"].codes = codes_where(function(code)
  return code == 426 and http1_only[code] == true
end)

-- What a rule about a code says when it is listed rather than found: the
-- words a finding takes from the response (`what` comes from the code).
M.LISTING = {
  ["must-not-store-cacheable"] = { value = "Cache-Control: max-age" },
  ["switching-protocols-h2"] = { version = "2" },
  ["upgrade-required-h2"] = { version = "2" },
}

return M
