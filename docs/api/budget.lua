-- The public API of `require "httpstatus.budget"`, as data (docs/api.lua says how it is read).
return {
  module = "httpstatus.budget",
  var = "budget",
  doc = [[
    A retry budget and a circuit breaker per upstream, shared by every nginx worker through a
    `lua_shared_dict`. For LuaLS, annotate the local:
    `local budget = require "httpstatus.budget" ---@type httpstatus.budget`.]],
  fields = {},
  types = {
    { class = "httpstatus.budget.Options", doc = "Options of budget.new (any other name raises).",
      options = "budget_options", -- the README's table: option | default | meaning
      fields = {
        { "ratio?", "number", "retries per request over the window", default = "0.2" },
        { "window?", "number", "seconds the counts cover (a sliding window of two slots)", default = "10" },
        { "min_per_second?", "number", "retries allowed whatever the ratio, per second of the window",
          default = "3" },
        { "failures?", "integer|false", "failures in a row that open the breaker (`false`: no such rule)",
          default = "5" },
        { "failure_ratio?", "number|false",
          "failures per request over the window that open it (`false`: none)", default = "0.5" },
        { "min_requests?", "integer", "requests in the window before `failure_ratio` counts",
          default = "20" },
        { "open_time?", "number", "seconds the breaker first stays open", default = "5" },
        { "max_open_time?", "number", "the longest it stays open, doubling from `open_time`",
          default = "60" },
        { "probes?", "integer", "requests let out when half-open", default = "1" },
        { "max_retry_after?", "number", "the longest `Retry-After` honoured, in seconds",
          default = "120" },
        { "max_keys?", "integer", "new keys that may take a place per period (below)", default = "256" },
        { "codes?", "httpstatus.Code[]", "the codes that count as failures",
          default = "`should_retry`'s" },
      } },
    { class = "httpstatus.budget.Stats", doc = "What b:stats gives (a fresh table).",
      fields = {
        { "requests", "integer", "requests let through in the window" },
        { "retries", "integer", "retries granted in the window" },
        { "failures", "integer", "failures recorded in the window" },
        { "consecutive", "integer", "failures in a row" },
        { "trips", "integer", "times the breaker opened since it last closed" },
        { "state", '"closed"|"open"|"half_open"' },
        { "wait", "number", "seconds Retry-After still holds the key back (0: none)" },
      } },
  },
  sections = {
    { id = "budget", banner = "httpstatus.budget", head = { "call", "answer" }, rows = {
      { name = "new",
        doc = [[
          a budget over that `lua_shared_dict`. Make it once per worker (at module level, as below)
          with the same `opts` in every worker: budgets over one dict share their counts. Raises when
          the dict does not exist, outside OpenResty, and for a malformed or unknown option.]],
        params = {
          { "shdict_name", "string" },
          { "opts?", "httpstatus.budget.Options" },
        },
        returns = { { "httpstatus.budget.Budget" } } },
      { method = true, name = "allow", call = "b:allow(key)",
        doc = [[
          `true`, or `false` and why: `"retry_after"` (the upstream asked to wait, with `Retry-After`
          on a 429 or 503, and the time has not passed) or `"open"` (the breaker is open, or
          half-open with its probes already out). Call it once before every request you send to
          `key`, retries included: each `true` counts one request. `key` names the upstream (any
          string of 1 to 200 bytes).]],
        params = { { "key", "string" } },
        returns = { { "boolean" }, { '("open"|"retry_after")?', "why" } } },
      { method = true, name = "record", call = "b:record(key, status [, headers])",
        doc = [[
          after each answer: `status` the code, or `nil` when there was none (connection refused or
          reset, timeout). A failure is what `should_retry` calls retryable (`hs.is_retryable`: 408,
          421, 425, 429, 500, 502, 503, 504, or `opts.codes`) or no answer; anything else (a 404 too)
          shows the upstream works. A `Retry-After` on a 429 or 503 (read as `hs.retry_after` reads
          it, against the answer's `Date`, at most `opts.max_retry_after`) holds back the whole key,
          on every worker; without a usable one, the `RateLimit` field's reset of an exhausted policy
          does the same (as `hs.retry_delay` reads it).]],
        params = {
          { "key", "string" },
          { "status", "integer?" },
          { "headers?", "table" },
        },
        returns = {} },
      { method = true, name = "can_retry", call = "b:can_retry(key)",
        doc = [[
          `true` (and the retry is counted: retry then), or `false, "budget"`: retries stay under
          `opts.ratio` of the key's requests over `opts.window` seconds, plus a floor of
          `opts.min_per_second` (so that a quiet upstream can still be retried).]],
        params = { { "key", "string" } },
        returns = { { "boolean" }, { '"budget"?', "why" } } },
      { method = true, name = "stats", call = "b:stats(key)",
        doc = [[
          a fresh table for logs and metrics: `requests`, `retries`, `failures` (the window's
          counts), `consecutive` (failures in a row), `trips` (times the breaker opened since it last
          closed), `state` (`"closed"`, `"open"`, `"half_open"`) and `wait` (seconds `Retry-After`
          still holds the key).]],
        params = { { "key", "string" } },
        returns = { { "httpstatus.budget.Stats" } } },
    } },
  },
  -- the object budget.new returns: its methods are the rows with method = true
  object = { class = "httpstatus.budget.Budget", var = "Budget", self = "b",
             doc = "A budget over a lua_shared_dict, from budget.new: the methods take the "
               .. "upstream's name as key, a string of 1 to 200 bytes." },
}
