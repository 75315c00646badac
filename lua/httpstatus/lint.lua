--- hs.lint: check a response against what HTTP demands of it.
--
--   hs.lint({ status = 405, headers = { ["Content-Type"] = "text/plain" }, body = "no" })
--   --> { { rule = "missing-allow", level = "error", field = "Allow",
--   -->     reference = "RFC 9110, Section 15.5.6", message = "a 405 must carry Allow" } }
--   hs.lint(io.read("a"))   -- what `curl -si` printed, every response in it
--
-- The rules live in groups (httpstatus.lint_line, _framing, _fields,
-- _codes, _content), each asking the library's owners of the facts; raw
-- bytes are read by httpstatus.lint_raw without copying any content. Bad
-- data never raises: it is what the findings report. Only an argument of
-- the wrong type (or an unknown option or response field) raises.
-- @internal: not part of the API (docs/design.md, "Public and internal modules").
-- @module httpstatus.lint

local check = require "httpstatus.check"
local must_be, got = check.must_be, check.got
local rules = require "httpstatus.rules"
local protocol = require "httpstatus.protocol"
local message = require "httpstatus.lint_message"
local raw = require "httpstatus.lint_raw"
local line = require "httpstatus.lint_line"
local framing = require "httpstatus.lint_framing"
local fields = require "httpstatus.lint_fields"
local codes = require "httpstatus.lint_codes"
local content = require "httpstatus.lint_content"
local catalog = require "httpstatus.lint_catalog"

local error, ipairs, next, rawget, select, type = error, ipairs, next, rawget, select, type
local find = string.find
local sort = table.sort
local bad, show, options_problem, integer_code = check.bad, check.show, check.options_problem,
  check.code
local new, note, add_field = message.new, message.note, message.add_field
local NO_FINDINGS = message.NO_FINDINGS
local field_string = rules.field_string

local M = {}

local OPTIONS = { method = true, version = true, lang = true }
local RESPONSE_FIELDS = { status = true, headers = true, body = true, reason = true,
                          method = true }
local RANK = { error = 1, warning = 2, info = 3 }

--- Runs every rule group on a message; its findings are in msg.out.
local function run(msg)
  line.check(msg)
  framing.check(msg)
  fields.check(msg)
  codes.check(msg)
  content.check(msg)
end
M.run = run

-- a table's header value: strings as they are, numbers as sent, anything
-- else noted
local function add_value(msg, name, value)
  local t = type(value)
  if t == "string" then
    add_field(msg, name, value)
  elseif t == "number" and value == value and value ~= 1 / 0 and value ~= -1 / 0 then
    add_field(msg, name, field_string(value))
  else
    note(msg, "field-value-chars", rules.token_lower(name) and name or show(name),
      { detail = got("must be a string or a number", value) })
  end
end

-- The fields of a response table, each read once.
local function parts(res)
  return rawget(res, "status"), rawget(res, "headers"), rawget(res, "body"),
    rawget(res, "reason"), rawget(res, "method")
end

-- A message from a response table's parts (their shape checked already).
local function from_table(status, headers, body, reason, method, version, lang)
  local msg = new(method, version, lang, headers)
  msg.code = integer_code(status)
  if not msg.code then note(msg, "status-code-range", nil, { value = show(status) }) end
  msg.reason = reason
  if headers then
    for name, value in next, headers do
      if type(value) == "string" then
        add_field(msg, name, value) -- the common case (add_field judges the name)
      elseif type(name) ~= "string" then
        add_field(msg, name, "")
      elseif type(value) == "table" then
        for i = 1, #value do add_value(msg, name, rawget(value, i)) end
      else
        add_value(msg, name, value)
      end
    end
  end
  msg.body, msg.length = body, body and #body or 0
  return msg
end

-- Why the response table's shape is wrong, or nil.
local function shape_problem(res, headers, body, reason, method)
  local problem = options_problem(res, RESPONSE_FIELDS, "field")
  if problem then return problem end
  if headers ~= nil and type(headers) ~= "table" then
    return must_be("field 'headers'", "a table", headers)
  end
  if body ~= nil and type(body) ~= "string" then
    return must_be("field 'body'", "a string", body)
  end
  if reason ~= nil and type(reason) ~= "string" then
    return must_be("field 'reason'", "a string", reason)
  end
  if method ~= nil and not rules.method(method) then return select(2, rules.method(method)) end
  return rules.method_case_problem(method)
end

local function by_level(a, b)
  local ra, rb = RANK[a.level], RANK[b.level]
  if ra ~= rb then return ra < rb end
  local ia, ib = a.response or 0, b.response or 0
  if ia ~= ib then return ia < ib end
  if a.rule ~= b.rule then return a.rule < b.rule end
  return (a.field or "") < (b.field or "")
end

-- Adds msg's findings (from the first'th on) to out, each tagged with its
-- response when the input held raw bytes.
local function collect(out, msg, index, first)
  local list = msg.out
  for i = first or 1, #list do
    local finding = list[i]
    if index then finding.response, finding.status = index, msg.code end
    out[#out + 1] = finding
  end
end

-- careful: every head read line by line (the specs compare both readers)
local function lint_raw(src, method, lang, careful)
  local out, pos, index, last = {}, 1, 0, nil
  while true do
    local m, after = raw.read(src, pos, method, lang, careful)
    if not m then break end
    index = index + 1
    -- run(m), without the call: this loop is the linter's hottest
    line.check(m)
    framing.check(m)
    fields.check(m)
    codes.check(m)
    content.check(m)
    if m.out ~= NO_FINDINGS then collect(out, m, index) end
    last, pos = m, after
  end
  if index == 0 then
    local msg = new(method, nil, lang)
    note(msg, "status-line-syntax", nil, { line = "(nothing)" })
    collect(out, msg, 1)
  elseif last.code and last.code < 200 then
    local before = #last.out
    note(last, "no-final-response")
    collect(out, last, index, before + 1)
  end
  return out
end
M.lint_raw = lint_raw

--- The findings about a response, most severe first ({} when clean).
-- response: a table {status =, headers =, body =, reason =, method =} or
-- the raw bytes of one or more HTTP/1.x responses (`curl -si` output).
-- opts: method (the request's, "GET" by default), version ("1.1" by
-- default for tables; raw bytes carry their own), lang ("ko": messages in
-- Korean).
function M.lint(response, opts)
  local t = type(response)
  if t ~= "table" and t ~= "string" then
    error(bad("lint", 1, check.expected("table or string", response)), 2)
  end
  local problem = options_problem(opts, OPTIONS)
  if problem then error(bad("lint", 2, problem), 2) end
  local method, version, lang
  if opts then
    method, version, lang = rawget(opts, "method"), rawget(opts, "version"), rawget(opts, "lang")
  end
  if method ~= nil then
    local ok, why = rules.method(method)
    why = ok and rules.method_case_problem(method) or why
    if why then error(bad("lint", 2, why), 2) end
  end
  if version ~= nil then
    problem = protocol.number_problem(version, true)
    if problem then error(bad("lint", 2, problem), 2) end
    version = protocol.name(version) -- as a status line writes it: "1.1", "2"
  end
  if lang ~= nil and type(lang) ~= "string" then
    error(bad("lint", 2, must_be("lang", "a string", lang)), 2)
  end
  local out
  if t == "string" then
    out = lint_raw(response, method, lang)
  else
    local status, headers, body, reason, given = parts(response)
    problem = shape_problem(response, headers, body, reason, given)
    if problem then error(bad("lint", 1, problem), 2) end
    given = method or given
    local msg = from_table(status, headers, body, reason, given or "GET", version or "1.1", lang)
    msg.method_given = given ~= nil
    run(msg)
    out = msg.out
    if out == NO_FINDINGS then out = {} end -- a fresh table, as every answer
  end
  if #out > 1 then sort(out, by_level) end
  return out
end

local RULE_OPTIONS = { lang = true }

--- The rules about a response of this code (a fresh array of fresh
-- tables {rule, level, reference, message, condition}, most severe
-- first; condition: when a header row holds only then, as info(code)
-- words it): the rows
-- of its header fields and the rules of the codes it belongs to (must not
-- be stored, no framing, HTTP/1.1 only), as the findings would say them.
-- nil for no status code (an integer 100..599); {} when none is about it.
-- opts: lang ("ko": messages in Korean).
function M.rules(code, opts)
  local problem = options_problem(opts, RULE_OPTIONS)
  if problem then error(bad("lint_rules", 2, problem), 2) end
  local lang = opts and rawget(opts, "lang")
  if lang ~= nil and type(lang) ~= "string" then
    error(bad("lint_rules", 2, must_be("lang", "a string", lang)), 2)
  end
  code = integer_code(code)
  if not code then return nil end
  local msg = new("GET", "1.1", lang)
  msg.code = code
  codes.list_rows(msg)
  local RULES, LISTING = catalog.RULES, catalog.LISTING
  for _, id in ipairs(catalog.IDS) do
    local list = RULES[id].codes
    if list and not find(id, "^missing%-") then
      for i = 1, #list do
        if list[i] == code then
          local params = { what = message.what(msg, lang) }
          for k, v in next, LISTING[id] or params do params[k] = v end
          note(msg, id, nil, params)
          break
        end
      end
    end
  end
  local out = msg.out
  if out == NO_FINDINGS then out = {} end
  for i = 1, #out do
    local f = out[i]
    out[i] = { rule = f.rule, level = f.level, reference = f.reference, message = f.message,
               condition = f.condition }
  end
  if #out > 1 then sort(out, by_level) end
  return out
end

return M
