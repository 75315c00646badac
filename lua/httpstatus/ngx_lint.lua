--- hsngx.lint: hs.lint in nginx's log phase, on the response nginx sent
-- for this request (log_by_lua*), a share of requests at a time, each
-- finding logged at WARN at most once per rule per interval.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- function reaches users as hsngx.lint, specs through spec/internal.lua.
--
-- The log phase does not see the wire: ngx.resp.get_headers() there holds
-- what nginx adds itself (Date, Server, Connection, Keep-Alive, the
-- framing, Last-Modified of static files) and says "connection: close"
-- even for keep-alive and HTTP/2, and the content is gone (only its length,
-- $body_bytes_sent, is left). So those fields are left out, the response
-- is judged as the handler made it (as HTTP/1.1, whose rules hold for all
-- it set), its content only by its length, and only errors and warnings
-- are logged. Nothing here touches the response, and nothing raises once
-- the options are checked: a failure is logged.
-- @module httpstatus.ngx_lint

local check = require "httpstatus.check"
local message = require "httpstatus.lint_message"
local lint = require "httpstatus.lint"

local error, pairs, pcall, rawget, tonumber, type = error, pairs, pcall, rawget, tonumber, type
local lower = string.lower
local random = math.random

local M = {}

local OPTIONS = { sample = true, log_interval = true }
local NO_OPTIONS = {} -- only ever read
-- what nginx writes itself, or reports falsely, in the log phase
local NGINX_OWN = { date = true, server = true, connection = true, ["keep-alive"] = true,
                    ["content-length"] = true, ["transfer-encoding"] = true,
                    ["last-modified"] = true }

-- rule id -> when it was last logged: one entry per rule at most, so it
-- is bounded by the catalog, whatever the traffic
local last_logged = {}

local function number_option(opts, name, default, max)
  local v = rawget(opts, name)
  if v == nil then return default end
  if type(v) ~= "number" or v ~= v or v < 0 or v > max then
    error(check.bad("lint", 1, check.must_be(name, ("a number 0..%g"):format(max), v)), 3)
  end
  return v
end

local function run(ngx, interval)
  local msg = message.new(ngx.req.get_method(), "1.1", nil)
  msg.code = check.code(ngx.status)
  if not msg.code then return end
  msg.method_given = true
  for name, value in pairs(ngx.resp.get_headers(100, true)) do
    if not NGINX_OWN[lower(name)] then
      if type(value) == "table" then
        for i = 1, #value do message.add_field(msg, name, value[i]) end
      else
        message.add_field(msg, name, value)
      end
    end
  end
  msg.length = tonumber(ngx.var.body_bytes_sent)
  lint.run(msg)
  local now = ngx.now()
  for _, f in pairs(msg.out) do
    local last = last_logged[f.rule]
    if f.level ~= "info" and (last == nil or now - last >= interval) then
      last_logged[f.rule] = now
      ngx.log(ngx.WARN, "httpstatus lint: ", msg.code, " ", ngx.var.request_uri, ": ",
        f.level, " ", f.rule, ": ", f.message, " (", f.reference, ")")
    end
  end
end

--- In log_by_lua*: lint the response of this request. opts.sample (0..1,
-- default 0.01) is the share of requests checked; opts.log_interval
-- (seconds, default 60) how long a rule stays quiet after it was logged.
function M.lint(opts)
  local problem = check.options_problem(opts, OPTIONS)
  if problem then error(check.bad("lint", 1, problem), 2) end
  opts = opts or NO_OPTIONS
  local sample = number_option(opts, "sample", 0.01, 1)
  local interval = number_option(opts, "log_interval", 60, 1 / 0)
  if sample < 1 and random() >= sample then return end
  local ngx = rawget(_G, "ngx")
  local ok, err = pcall(run, ngx, interval)
  if not ok then ngx.log(ngx.WARN, "httpstatus lint failed: ", err) end
end

return M
