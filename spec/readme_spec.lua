-- Every ```lua block of README.md runs as pasted, and every claim in it holds.
--
-- Blocks. Each runs on this runtime as one chunk, in a fresh environment (the
-- standard globals and `require`; nothing from another block, and a freshly
-- loaded httpstatus), with print and io.write captured; and once more as
-- pasted into a file, where its claims are comments, so every claim in a
-- block is a `print(...) --> text` line. A block whose first line is
-- `-- needs nginx` (or `-- needs nginx: PHASE`, run in that phase) is
-- skipped here (the nginx spec runs it); a block
-- that uses `ngx` or `httpstatus.ngx` must carry that line.
--
-- Claims. A line `EXPR --> VALUE` (the `-->` after a space, in code) claims
-- what EXPR gives at that point of the block; it runs in place, with the
-- block's locals, instead of the bare EXPR:
--   * `print(ARGS) --> TEXT`: TEXT is what print writes (the values'
--     tostring, tab-separated), any run of spaces and tabs counting as one;
--   * `EXPR --> V1, V2, ...`: the values EXPR gives, each written as a Lua
--     literal (string, number, true, false, nil, or a table of them),
--     compared in number (missing values count as nil) and deeply;
--   * a string (or TEXT) ending in `...` matches any text that starts with
--     what comes before the `...`;
--   * a part in parentheses at the end, after a space, is a comment when the
--     rest alone is a claim: `--> 413    (old names still resolve)`; so is a
--     Lua comment after the literals (`--> 413 -- today's name`).
-- Anything else that has a `-->` (a `-->` line with no expression on its
-- left, a statement on the left, a right side that is not literals) cannot
-- be checked, and fails with a message saying how to write it.
--
-- Inline claims. A code span `EXPR --> VALUE` in the prose or a table cell
-- follows the same rules, with `hs = require "httpstatus"` defined.
local README = "README.md"

local load, loadstring, setfenv = load, rawget(_G, "loadstring"), rawget(_G, "setfenv")
local unpack = rawget(_G, "unpack") or rawget(table, "unpack")

local function pack(...) return { n = select("#", ...), ... } end

-- compile `source` as chunk `name` with environment `env` on every runtime
local function compile(source, name, env)
  if setfenv then -- Lua 5.1, LuaJIT
    local chunk, err = loadstring(source, name)
    if chunk then setfenv(chunk, env) end
    return chunk, err
  end
  return load(source, name, "t", env)
end

-- a failed claim is an assertion failure, reported with its README line
local function fail(message) assert(false, message) end

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

local function read_file(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return (text:gsub("\r\n", "\n"))
end

local README_LINES = {}
for line in (read_file(README) .. "\n"):gmatch("([^\n]*)\n") do README_LINES[#README_LINES + 1] = line end

-- the ```lua blocks: { first = README line of the first code line, lines = {...} }
local function lua_blocks()
  local blocks, current, indent = {}, nil, nil
  for n, line in ipairs(README_LINES) do
    if current then
      if line:match("^%s*```%s*$") then
        blocks[#blocks + 1], current = current, nil
      else
        if line:sub(1, #indent) == indent then line = line:sub(#indent + 1) end
        current.lines[#current.lines + 1] = line
      end
    else
      local ind = line:match("^(%s*)```lua%s*$")
      if ind then current, indent = { first = n + 1, lines = {} }, ind end
    end
  end
  assert(not current, README .. ": a ```lua block is never closed")
  return blocks
end

-- the position of a claim's `-->` in a line of code (after a space or at the
-- start of the line), or nil
local function arrow_at(line)
  local from = 1
  while true do
    local s = line:find("-->", from, true)
    if not s then return nil end
    if s == 1 or line:sub(s - 1, s - 1):match("%s") then return s end
    from = s + 1
  end
end

-- the values of a right side written as Lua literals, or nil and why not
local NO_NAMES = setmetatable({}, { __index = function(_, k)
  error("the name " .. tostring(k) .. " is not a literal", 0)
end, __newindex = function() error("assignment in a literal", 0) end })

local function literals(text)
  -- inside a function that takes no `...`, a bare `...` does not compile
  local chunk = compile("return (function() return " .. text .. "\nend)()", "=claim", NO_NAMES)
  if not chunk then return nil, "not Lua literals" end
  local packed = pack(pcall(chunk))
  if not packed[1] then return nil, packed[2] end
  return pack(unpack(packed, 2, packed.n))
end

-- a claim's right side as what to compare with: { kind = "values", values =
-- {n =, ...} } or { kind = "text", text = }; nil and why when it is neither
local function parse_right(kind, right)
  local function attempt(text)
    if kind == "print" then return { kind = "text", text = trim(text) } end
    local values, why = literals(text)
    if values then return { kind = "values", values = values } end
    return nil, why
  end
  local claim, why = attempt(right)
  if claim and kind ~= "print" then return claim end
  local rest = right:match("^(.-)%s+%b()%s*$") -- a comment in parentheses at the end
  if rest and trim(rest) ~= "" then
    local stripped = attempt(rest)
    if stripped then
      if kind == "print" then claim.without_comment = stripped.text else return stripped end
    end
  end
  return claim, why
end

-- one claim, from the part left of `-->` and the part right of it
local function parse_claim(left, right, line_no)
  local claim = { line = line_no, left = trim(left), right = trim(right) }
  claim.label = string.format("%s:%d: %s --> %s", README, line_no, claim.left, claim.right)
  if claim.left == "" then
    claim.problem = "a `-->` line with no expression on its left: nothing to evaluate. Put the "
      .. "expression on the same line (`hs.serialize(res) --> \"HTTP/1.1 405 ...\"`)"
    return claim
  end
  if claim.left:match("^%-%-") then
    claim.problem = "a `-->` inside a comment: write the claim as code (`expr --> value`)"
    return claim
  end
  local args = claim.left:match("^print%s*(%b())$")
  claim.kind = args and "print" or "value"
  claim.expr = args and args:sub(2, -2) or claim.left
  if not compile("return " .. (claim.expr == "" and "nil" or claim.expr), "=claim", {}) then
    claim.problem = "the left side is not an expression (a statement, or one spread over lines): "
      .. "write `expr --> value` with the whole expression on one line"
    return claim
  end
  local expect, why = parse_right(claim.kind, claim.right)
  if not expect then
    claim.problem = "the right side is not Lua literals (" .. tostring(why) .. "): write strings "
      .. "in quotes, numbers, true/false/nil or tables of them, `a, b` for several values, "
      .. "`...` at the end of a string for a prefix, `(words)` at the end for a comment"
    return claim
  end
  claim.expect = expect
  return claim
end

-- does an actual value match a claimed one (prefix for "...", deep for tables)
local function matches(claimed, actual)
  if type(claimed) == "string" and claimed:sub(-3) == "..." then
    return type(actual) == "string" and actual:sub(1, #claimed - 3) == claimed:sub(1, -4)
  end
  if type(claimed) == "table" then
    if type(actual) ~= "table" then return false end
    for k, v in pairs(claimed) do
      if not matches(v, actual[k]) then return false end
    end
    for k in pairs(actual) do
      if claimed[k] == nil then return false end
    end
    return true
  end
  return claimed == actual
end

local function show(v, depth)
  depth = depth or 0
  if type(v) == "string" then return (string.format("%q", v):gsub("\\\n", "\\n")) end
  if type(v) ~= "table" or depth > 3 then return tostring(v) end
  local keys, parts = {}, {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  for _, k in ipairs(keys) do
    local key = type(k) == "string" and k:match("^[%a_][%w_]*$") and k or "[" .. show(k) .. "]"
    parts[#parts + 1] = key .. " = " .. show(v[k], depth + 1)
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end

local function show_values(values)
  local parts = {}
  for i = 1, values.n do parts[i] = show(values[i]) end
  return table.concat(parts, ", ")
end

local function squeeze(s) return trim((s:gsub("%s+", " "))) end

-- compare a claim with what its expression gave: nil when it holds, else why
local function verdict(claim, got)
  if claim.kind == "print" then
    local parts = {}
    for i = 1, got.n do parts[i] = tostring(got[i]) end
    local printed = squeeze(table.concat(parts, "\t"))
    for _, text in ipairs({ claim.expect.text, claim.expect.without_comment }) do
      text = squeeze(text)
      if text:sub(-3) == "..." then
        if printed:sub(1, #text - 3) == text:sub(1, -4) then return nil end
      elseif printed == text then
        return nil
      end
    end
    return string.format("print writes %q, the README says %q", printed, claim.expect.text)
  end
  local want = claim.expect.values
  for i = 1, math.max(want.n, got.n) do
    if not matches(want[i], got[i]) then
      return string.format("%s gives %s, the README says %s", claim.expr, show_values(got),
        show_values(want))
    end
  end
  return nil
end

-- the standard globals a block sees (each runtime has some of them)
local STANDARD = { "assert", "collectgarbage", "dofile", "error", "getmetatable", "ipairs",
  "load", "loadfile", "loadstring", "next", "pairs", "pcall", "rawequal", "rawget", "rawlen",
  "rawset", "require", "select", "setmetatable", "tonumber", "tostring", "type", "unpack",
  "xpcall", "_VERSION", "coroutine", "debug", "io", "math", "os", "package", "string", "table",
  "utf8", "bit", "bit32", "jit", "setfenv", "getfenv", "module", "newproxy", "gcinfo" }

local function fresh_env(output)
  local env = {}
  for _, k in ipairs(STANDARD) do env[k] = rawget(_G, k) end
  env._G = env
  local function write(...)
    for i = 1, select("#", ...) do output[#output + 1] = tostring((select(i, ...))) end
  end
  env.print = function(...)
    local parts = {}
    for i = 1, select("#", ...) do parts[i] = tostring((select(i, ...))) end
    output[#output + 1] = table.concat(parts, "\t") .. "\n"
  end
  local fake_io = setmetatable({}, { __index = io })
  fake_io.write = function(first, ...)
    if first == fake_io then write(...) else write(first, ...) end
    return fake_io
  end
  env.io = fake_io
  return env
end

-- a fresh httpstatus for each block, as a new process would have; the
-- modules loaded before are put back afterwards
local function with_fresh_library(fn)
  local saved = {}
  for name, mod in pairs(package.loaded) do
    if name == "httpstatus" or name:find("^httpstatus%.") then saved[name] = mod end
  end
  for name in pairs(saved) do package.loaded[name] = nil end
  local results = { pcall(fn) }
  for name in pairs(package.loaded) do
    if name == "httpstatus" or name:find("^httpstatus%.") then package.loaded[name] = nil end
  end
  for name, mod in pairs(saved) do package.loaded[name] = mod end
  return unpack(results, 1, 2)
end

-- run source (README lines first..last, claims replaced by calls) in env,
-- recording what each claim's expression gave; nil, or the error
local function run_with_claims(source, env, claims)
  env.__readme_claim = function(i, ...) claims[i].got = pack(...) end
  local chunk, err = compile(source, "=" .. README, env)
  if not chunk then return "does not compile: " .. tostring(err) end
  local ok, run_err = with_fresh_library(chunk)
  if not ok then return "raised: " .. tostring(run_err) end
  return nil
end

-- a block: its claims, the source to run, and whether it is skipped
local function prepare(block)
  local prepared = { first = block.first, claims = {}, code = {} }
  local head = trim(block.lines[1] or "")
  if head == "-- needs nginx" or head:find("^%-%- needs nginx: ") then
    prepared.skip = true
    return prepared
  end
  local text = table.concat(block.lines, "\n")
  if text:find("%f[%w_]ngx%f[^%w_]") then
    prepared.needs_marker = true
  end
  for i, line in ipairs(block.lines) do
    local at = arrow_at(line)
    local out = line
    if at then
      local claim = parse_claim(line:sub(1, at - 1), line:sub(at + 3), block.first + i - 1)
      prepared.claims[#prepared.claims + 1] = claim
      if not claim.problem then
        -- the same line, the expression evaluated in place and recorded
        out = string.format("__readme_claim(%d, %s)", #prepared.claims, claim.expr)
      end
    end
    prepared.code[i] = out
  end
  -- blank lines in front: the chunk's line numbers are README's
  prepared.source = string.rep("\n", block.first - 1) .. table.concat(prepared.code, "\n")
  return prepared
end

local BLOCKS = lua_blocks()

describe("README.md ```lua blocks", function()
  it("exist (this spec reads ```lua fences)", function()
    assert.is_true(#BLOCKS > 0)
  end)

  for _, block in ipairs(BLOCKS) do
    local p = prepare(block)
    local where = string.format("%s:%d", README, p.first)
    if p.skip then
      it(where .. ": needs nginx (run by the nginx spec)", function() end)
    else
      local failure
      if p.needs_marker then
        failure = "uses ngx: a block that needs nginx starts with the line `-- needs nginx`"
      else
        failure = run_with_claims(p.source, fresh_env({}), p.claims)
      end
      it(where .. ": runs as pasted", function()
        assert(failure == nil, string.format("the block at %s %s\n(every ```lua block must run "
          .. "as pasted, in a fresh Lua with only `require`: require what it uses; a value shown "
          .. "without code belongs in a claim `expr --> value` or in a ``` block that is not lua)",
          where, tostring(failure)))
        -- and as a user pastes it into a file: the claims are comments then
        local pasted = string.rep("\n", p.first - 1) .. table.concat(block.lines, "\n")
        local chunk, err = compile(pasted, "=" .. README, fresh_env({}))
        assert(chunk, string.format("the block at %s does not compile as pasted into a file: %s",
          where, tostring(err)))
        local ok, run_err = with_fresh_library(chunk)
        assert(ok, string.format("the block at %s raises as pasted into a file: %s", where,
          tostring(run_err)))
      end)
      for _, claim in ipairs(p.claims) do
        it(claim.label, function()
          if claim.kind == "value" then
            fail(string.format("%s:%d: a claim in a ```lua block is `print(...) --> text`: pasted "
              .. "into a file, a bare expression shows nothing (or does not compile)", README,
              claim.line))
          end
          if claim.problem then
            fail(string.format("%s:%d: cannot check this claim: %s", README, claim.line,
              claim.problem))
          end
          if not claim.got then
            fail(string.format("%s:%d: not reached: the block stopped before this line (%s)",
              README, claim.line, tostring(failure)))
          end
          local why = verdict(claim, claim.got)
          if why then fail(string.format("%s:%d: %s", README, claim.line, why)) end
        end)
      end
    end
  end
end)

-- inline code spans with a claim, outside the fenced blocks
local function inline_claims()
  local found, fenced = {}, false
  for n, line in ipairs(README_LINES) do
    if line:match("^%s*```") then
      fenced = not fenced
    elseif not fenced then
      line = line:gsub("\\|", "|") -- a `|` inside a table cell
      for span in line:gmatch("`([^`]+)`") do
        local at = arrow_at(span)
        if at then found[#found + 1] = parse_claim(span:sub(1, at - 1), span:sub(at + 3), n) end
      end
    end
  end
  return found
end

describe("README.md inline claims (`expr --> value`, with hs = require \"httpstatus\")", function()
  for _, claim in ipairs(inline_claims()) do
    it(claim.label, function()
      if claim.problem then
        fail(string.format("%s:%d: cannot check this claim: %s", README, claim.line,
          claim.problem))
      end
      local source = string.rep("\n", claim.line - 1) .. "local hs = require 'httpstatus' "
        .. "__readme_claim(1, " .. claim.expr .. ")"
      local failure = run_with_claims(source, fresh_env({}), { claim })
      if failure then fail(string.format("%s:%d: %s", README, claim.line, failure)) end
      local why = verdict(claim, claim.got)
      if why then fail(string.format("%s:%d: %s", README, claim.line, why)) end
    end)
  end
end)

-- the rules themselves, on claims made up here: a wrong claim must fail and
-- an uncheckable one must say so, never pass
describe("README claim rules", function()
  local function check(left, right, setup)
    local claim = parse_claim(left, right, 1)
    if claim.problem then return "problem: " .. claim.problem end
    local source = (setup or "local hs = require 'httpstatus'") .. " __readme_claim(1, "
      .. claim.expr .. ")"
    local failure = run_with_claims(source, fresh_env({}), { claim })
    if failure then return failure end
    return verdict(claim, claim.got)
  end

  it("accepts literals, several values, prefixes, comments and print text", function()
    assert.is_nil(check("hs.reason(404)", ' "Not Found"'))
    assert.is_nil(check("hs.code('Payload Too Large')", " 413    (old names still resolve)"))
    assert.is_nil(check("hs.parse_status_line('HTTP/1.1 200 OK')", ' 200, "OK", "1.1"'))
    assert.is_nil(check("hs.parse_status_line('x')", ' nil, "expected ..."'))
    assert.is_nil(check("hs.required_headers(405)", ' {"Allow"}'))
    assert.is_nil(check("hs.reason(999)", " nil"))
    assert.is_nil(check("print(hs.should_retry(503, 'POST', 1))", " false   method"))
    assert.is_nil(check("print(hs.http_date(0))", " Thu, 01 Jan 1970 ..."))
    assert.is_nil(check("print(hs.retry_after('120'))", " 120  (two minutes)"))
  end)

  it("fails claims that do not hold", function()
    assert.matches('gives "Not Found", the README says "Not Fund"', check("hs.reason(404)", ' "Not Fund"'),
      1, true)
    assert.matches("the README says 200, \"OK\"",
      check("hs.parse_status_line('HTTP/1.1 200 OK')", ' 200, "OK"'), 1, true)
    assert.matches("the README says 404", check("hs.code('nope')", " 404 (a comment)"), 1, true)
    assert.matches("the README says", check("hs.reason(404)", ' "Found..."'), 1, true)
    assert.matches('print writes "false method"', check("print(hs.should_retry(503, 'POST'))",
      " false"), 1, true)
    assert.matches("the README says", check("hs.codes()", " {100}"), 1, true)
  end)

  it("refuses claims it cannot check", function()
    assert.matches("no expression on its left", check("", " 404"), 1, true)
    assert.matches("not an expression", check("local x = hs.code('x')", " nil"), 1, true)
    assert.matches("not Lua literals", check("hs.reason(404)", " Not Found"), 1, true)
    assert.matches("not Lua literals", check("hs.info(404)", " {...}"), 1, true)
    assert.matches("not Lua literals", check("hs.reason(404)", " NOT_FOUND"), 1, true)
    assert.matches("inside a comment", check("-- hs.reason(404)", ' "Not Found"'), 1, true)
  end)
end)
