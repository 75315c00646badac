-- The public API of `require "httpstatus.log"`, as data (docs/api.lua says how it is read).
return {
  module = "httpstatus.log",
  var = "log",
  doc = [[
    Access logs counted by the C core, one buffer at a time. For LuaLS, annotate the local:
    `local log = require "httpstatus.log" ---@type httpstatus.log`.]],
  fields = {},
  types = {
    { class = "httpstatus.log.Counts", doc = "What a scanner counted so far (a fresh table).",
      fields = {
        { "lines", "integer" },
        { "malformed", "integer" },
        { "invalid_status", "integer", "lines whose status is outside 100..599" },
        { "codes", "table<integer, integer>", "code -> lines" },
        { "timed", "integer", "lines whose time was read" },
        { "formats", "table<string, integer>", "lines read in each format: combined, common, vhost_combined, json, template" },
        { "upstream", "table", "with $upstream_status: field, lines, server_error, own_server_error, retried, recovered" },
        { "request_time", "table", "with $request_time: lines, sum_ms, max_ms" },
        { "timeline", "table", "first, seconds, offset, and per bucket lines, client_error, server_error" },
        { "paths", "table[]", "per class 1..5, the sketch's {path =, count =, error =} entries" },
      } },
  },
  sections = {
    { id = "log", banner = "httpstatus.log", head = { "call", "answer" }, rows = {
      { name = "scanner",
        doc = [[
          a new scanner for format `"combined"`, `"common"`, `"vhost_combined"`, `"json"`, `"any"`
          or nil (any of them), or an nginx `log_format` string holding `$status`. `opts.bucket`: the
          timeline's step in seconds (whole minutes, default 60). Raises for another name (naming
          the formats it knows), a `log_format` string it cannot use, and a wrong or unknown option.]],
        params = {
          { "format?", "string" },
          { "opts?", "{bucket?: integer}" },
        },
        returns = { { "httpstatus.log.Scanner" } } },
      { name = "parse_format",
        doc = [[
          the `log_format` string of an nginx.conf line (name, `escape=` and quotes dropped, quoted
          pieces joined), or `nil` and why the scanner cannot use it; never raises (a value that is no
          string gets `nil` and why).]],
        params = { { "text", "string" } },
        returns = { { "string|nil", "format" }, { "string|nil", "why" } } },
      { method = true, name = "feed", doc = "counts the lines of a chunk of the log, cut anywhere, of any size.",
        params = { { "chunk", "string" } }, returns = {} },
      { method = true, name = "read",
        doc = [[
          reads an open file (`io.open`, `io.stdin`) to its end in C, with no Lua string per chunk:
          `true`, or `nil` and why a read failed.]],
        params = { { "file", "file*" } },
        returns = { { "true?" }, { "string?", "message" } } },
      { method = true, name = "finish", doc = "counts a last line that has no newline.", params = {}, returns = {} },
      { method = true, name = "counts", doc = "what was counted so far, as a fresh table.", params = {},
        returns = { { "httpstatus.log.Counts" } } },
    } },
  },
  -- the object log.scanner returns: its methods are the rows with method = true
  object = { class = "httpstatus.log.Scanner", var = "Scanner", self = "sc",
             doc = "A scanner from log.scanner: feed it the log, then ask for its counts." },
}
