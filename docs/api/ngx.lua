-- The public API of `require "httpstatus.ngx"`, as data (docs/api.lua says how it is read).
return {
  module = "httpstatus.ngx",
  var = "hsngx",
  doc = [[
    End an OpenResty / ngx_lua request correctly in one call. Every rule of `hs.response` is
    checked before anything is sent: a violation raises `bad argument #n to 'exit' (exit(404):
    ...)` and leaves the request untouched. For LuaLS, annotate the local:
    `local hsngx = require "httpstatus.ngx" ---@type httpstatus.ngx`.]],
  fields = {
    { "CAN_SET_REASON", "boolean", [[
      `true` when the running ngx_lua has `ngx.resp.set_status(status, reason)`: `exit`,
      `redirect` and `error_page` then put the library's phrases on the wire]] },
  },
  types = {
    { class = "httpstatus.ngx.ExitOptions", doc = "Options of exit (any other name raises).",
      fields = {
        { "headers?", "httpstatus.Headers" },
        { "body?", "string", "sent as is (with content_type); without it a 4xx or 5xx gets an error body" },
        { "content_type?", "string", "the type of body (needs body)" },
        { "reason?", "string", 'a phrase of your own, where ngx_lua can set one ("" is refused)' },
        { "detail?", "string", "problem member of the error body" },
        { "title?", "string", "problem member of the error body" },
        { "type?", "string", "problem member of the error body" },
        { "instance?", "string", "problem member of the error body" },
        { "extensions?", "table<string, any>", "extra members of the error body" },
      } },
    { class = "httpstatus.ngx.ErrorPageOptions", doc = "Options of error_page (any other name raises).",
      fields = {
        { "detail?", "string|fun(status: integer): string?", "problem member, or a function of the status" },
        { "type?", "string", 'base URI of problem types: the status is appended (".../problems/404")' },
        { "extensions?", "table<string, any>", "extra members of the error body" },
        { "retry_after?", "integer|fun(status: integer): integer?", "Retry-After of 429 and 503 (seconds)" },
        { "allow?", "string", 'the Allow of a 405 ("GET, HEAD"), unless the error came with one' },
      } },
    { class = "httpstatus.ngx.LintOptions", doc = "Options of lint (any other name raises).",
      fields = {
        { "sample?", "number", "share of requests checked, 0..1 (default 0.01)" },
        { "log_interval?", "number", "seconds a rule stays quiet after it was logged (default 60)" },
      } },
  },
  sections = {
    { id = "ngx", banner = "httpstatus.ngx", head = { "call", "answer" }, rows = {
      { name = "exit",
        doc = [[
          set the status, headers and body, send the headers, then `ngx.exit`. Without `opts.body`, a
          4xx or 5xx gets a body negotiated from the request's `Accept` (problem+json, HTML or plain
          text), sent with `Vary: Accept`; `headers` may not then describe it (`Content-Type`,
          `Content-Encoding`, `Content-Length`, `Content-Range` raise). Other codes get none. HEAD
          gets the headers a GET would get. Over HTTP/2 and HTTP/3 connection-specific fields are left
          out and 426 raises. 1xx codes raise, and so does any call once the response headers were
          sent, or outside `rewrite_by_lua*`, `access_by_lua*` and `content_by_lua*`.]],
        params = {
          { "code", "httpstatus.Code" },
          { "opts?", "httpstatus.ngx.ExitOptions" },
        },
        returns = { { "any", false, "what ngx.exit returns" } } },
      { name = "redirect",
        doc = [[
          redirect to `location` with 301, 302 (default), 303, 307 or 308, `Content-Length: 0` and no
          body; spaces, non-ASCII bytes and the other bytes a URI cannot hold are sent
          percent-encoded. Raises for another code, for a location that is empty or holds a control
          character, once the response headers were sent, and outside `rewrite_by_lua*`,
          `access_by_lua*` and `content_by_lua*`.]],
        params = {
          { "location", "string" },
          { "code?", "301|302|303|307|308" },
        },
        returns = { { "any", false, "what ngx.exit returns" } } },
      { name = "error_page",
        doc = [[
          answer the error nginx made, as the content of the location its `error_page` directive names
          (written without `=`): the status nginx chose, answered as `exit` answers (negotiated body
          with `Vary: Accept`, `Content-Length`, no body for HEAD, our phrase where ngx_lua can set
          it). The fields that belong to the status (`WWW-Authenticate` of a 401, `Retry-After`,
          `Allow`) are kept, from the response or, with `proxy_intercept_errors`, the upstream; the
          others the failed request set are dropped. A field the status MUST carry but lacks (nginx's
          405 has no `Allow`) is logged once per worker, not raised. Raises for bad or unknown
          options, for a status that is no error (400..599), once the response headers were sent, and
          outside `rewrite_by_lua*`, `access_by_lua*` and `content_by_lua*`.]],
        params = { { "opts?", "httpstatus.ngx.ErrorPageOptions" } },
        returns = { { "any", false, "what ngx.exit returns" } } },
      { name = "lint",
        doc = [[
          in `log_by_lua*`: `hs.lint` on the response nginx sent for this request (status, the headers
          the handler set, the bytes sent, the method), for a sample of requests; each error or
          warning is logged at `WARN` at most once per rule per interval. Fields nginx adds itself are
          not judged. Never touches the response; raises only for a wrong option.]],
        params = { { "opts?", "httpstatus.ngx.LintOptions" } },
        returns = {} },
      { field = "CAN_SET_REASON" },
    } },
  },
}
