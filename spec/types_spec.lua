-- types/httpstatus.lua (the LuaLS definitions) against the modules themselves,
-- the way luv checks its bindings against its docs: every public function,
-- constant and field of httpstatus and httpstatus.ngx is annotated, and
-- every annotation names one. Read as text:
--   ---@class httpstatus / ---@class httpstatus.ngx, then `local NAME = {}`:
--     NAME is that module; the class's ---@field lines are its plain fields
--   function NAME.fn(a, b) end, after a comment block with a description
--     and one ---@param per argument: a public function
--   NAME.CONST = 404, after ---@type integer: a constant, with its value
-- The classes of the tables the library gives (httpstatus.Info and its
-- entries, for every code; httpstatus.Response, httpstatus.ProblemFields)
-- are checked against those tables: each key declared, each declared field
-- seen, non-optional ones always there, types that fit.
local fake_ngx = require "fake_ngx"
local unpack = rawget(_G, "unpack") or rawget(table, "unpack")

local PATH = "types/httpstatus.lua"
local MODULES = { httpstatus = true, ["httpstatus.ngx"] = true, ["httpstatus.log"] = true,
                  ["httpstatus.budget"] = true }

local function read_lines(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  local lines = {}
  for line in (text:gsub("\r\n", "\n") .. "\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = line end
  return lines
end

-- { [module] = { functions = {name -> entry}, constants = {name -> entry},
--   fields = {name -> entry} } }, and a list of problems in the file itself
local function parse(lines)
  local found, problems, classes = {}, {}, {}
  for m in pairs(MODULES) do found[m] = { functions = {}, constants = {}, fields = {} } end
  local var_module = {} -- local variable name -> module
  local block, class = {}, nil -- the comment block above the current line
  local function add(m, kind, name, entry)
    if found[m][kind][name] then
      problems[#problems + 1] = string.format("%s:%d: %s.%s annotated twice (first on line %d)",
        PATH, entry.line, m, name, found[m][kind][name].line)
    end
    found[m][kind][name] = entry
  end
  for n, line in ipairs(lines) do
    if line:match("^%-%-%-") then
      block[#block + 1] = line
      local c = line:match("^%-%-%-@class%s+([%w_.]+)")
      if c then class = c end
      local fname, optional, ftype = line:match("^%-%-%-@field%s+([%w_]+)(%??)%s+(%S+)")
      if fname and MODULES[class] then
        add(class, "fields", fname, { line = n, type = ftype })
      end
      if fname and class then
        classes[class] = classes[class] or {}
        classes[class][fname] = { line = n, type = ftype, optional = optional == "?" }
      end
    else
      local var = line:match("^local%s+([%w_]+)%s*=%s*{}%s*$")
      if var and MODULES[class] then var_module[var], found[class].var = class, var end
      local fvar, fn, params = line:match("^function%s+([%w_]+)%.([%w_]+)%s*%(([^)]*)%)")
      if fvar and var_module[fvar] then
        local args = {}
        for a in params:gmatch("[%w_.]+") do args[#args + 1] = a end
        add(var_module[fvar], "functions", fn, { line = n, args = args, block = block })
      end
      local cvar, cname, value = line:match("^([%w_]+)%.([%w_]+)%s*=%s*(%-?%d+)%s*$")
      if cvar and var_module[cvar] then
        add(var_module[cvar], "constants", cname, { line = n, value = tonumber(value), block = block })
      elseif line:match("^[%w_]+%.[%w_]+%s*=") and var_module[line:match("^([%w_]+)")] then
        problems[#problems + 1] = string.format("%s:%d: not a constant this spec can read "
          .. "(NAME.CONST = <integer>): %s", PATH, n, line)
      end
      block, class = {}, nil
    end
  end
  return found, problems, classes
end

local LINES = read_lines(PATH)
local FOUND, FILE_PROBLEMS, CLASSES = parse(LINES)

-- Does value v fit a ---@field type? Types this spec does not know fit.
local CLASS_NAMES = { informational = true, success = true, redirection = true,
                      client_error = true, server_error = true }
local function fits(v, t)
  if t == "string" or t == "boolean" or t == "table" then return type(v) == t end
  if t == "integer" then return type(v) == "number" and v == math.floor(v) end
  if t == "number" then return type(v) == "number" end
  if t == "httpstatus.Class" then return CLASS_NAMES[v] == true end
  if t:match("%[%]$") then return type(v) == "table" end
  if t:match('^"[^"]*"') then -- a union of string literals
    for lit in t:gmatch('"([^"]*)"') do
      if v == lit then return true end
    end
    return false
  end
  return true
end

-- every way a set of tables (all the info tables, say) and a class disagree
local function class_mismatches(cname, tables)
  local fields, out, seen = CLASSES[cname], {}, {}
  if not fields then return { "no ---@class " .. cname .. " in " .. PATH } end
  for _, t in ipairs(tables) do
    for k, v in pairs(t.value) do
      seen[k] = true
      local f = fields[k]
      if not f then
        out[#out + 1] = string.format("%s has a field %s, which the class %s does not declare",
          t.what, tostring(k), cname)
      elseif not fits(v, f.type) then
        out[#out + 1] = string.format("%s:%d: %s.%s is declared %s, but %s holds %s", PATH, f.line,
          cname, k, f.type, t.what, tostring(v))
      end
    end
    for k, f in pairs(fields) do
      if not f.optional and t.value[k] == nil then
        out[#out + 1] = string.format("%s:%d: %s.%s is not optional, but %s has none", PATH, f.line,
          cname, k, t.what)
      end
    end
  end
  for k, f in pairs(fields) do
    if not seen[k] then
      out[#out + 1] = string.format("%s:%d: %s.%s appears in no table the library gives", PATH,
        f.line, cname, k)
    end
  end
  table.sort(out)
  -- one message per kind of problem is enough to act on
  local unique, last = {}, nil
  for _, m in ipairs(out) do
    if m ~= last then unique[#unique + 1] = m end
    last = m
  end
  return unique
end

-- the public fields of a module: functions, number constants, other fields
local function public(mod)
  local t = { functions = {}, constants = {}, fields = {} }
  for k, v in pairs(mod) do
    if type(v) == "function" then t.functions[k] = true
    elseif type(v) == "number" then t.constants[k] = v
    else t.fields[k] = v end
  end
  return t
end

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end

-- every way the module and the file disagree, as messages
local function mismatches(mname, mod)
  local live, ann = public(mod), FOUND[mname]
  local out = {}
  local function say(...) out[#out + 1] = string.format(...) end
  for _, k in ipairs(sorted_keys(live.functions)) do
    if not ann.functions[k] then
      say("%s.%s is a public function with no annotation in %s (add `function %s.%s(...) end` "
        .. "with a description, ---@param and ---@return)", mname, k, PATH, ann.var or "?", k)
    end
  end
  for _, k in ipairs(sorted_keys(ann.functions)) do
    if not live.functions[k] then
      say("%s:%d: annotates %s.%s, which is no public function", PATH, ann.functions[k].line, mname, k)
    end
  end
  for _, k in ipairs(sorted_keys(live.constants)) do
    local a = ann.constants[k]
    if not a then
      say("constant %s.%s = %s has no annotation in %s", mname, k, tostring(live.constants[k]), PATH)
    elseif a.value ~= live.constants[k] then
      say("%s:%d: %s.%s = %s, but the module says %s", PATH, a.line, mname, k, tostring(a.value),
        tostring(live.constants[k]))
    end
  end
  for _, k in ipairs(sorted_keys(ann.constants)) do
    if live.constants[k] == nil then
      say("%s:%d: annotates the constant %s.%s, which the module does not have", PATH,
        ann.constants[k].line, mname, k)
    end
  end
  for _, k in ipairs(sorted_keys(live.fields)) do
    local a = ann.fields[k]
    if not a then
      say("field %s.%s (a %s) has no ---@field in the class %s", mname, k, type(live.fields[k]), mname)
    elseif a.type:gsub("%?$", "") ~= type(live.fields[k]) then
      say("%s:%d: ---@field %s %s, but the module's is a %s", PATH, a.line, k, a.type,
        type(live.fields[k]))
    end
  end
  for _, k in ipairs(sorted_keys(ann.fields)) do
    if live.fields[k] == nil then
      say("%s:%d: ---@field %s names no plain field of %s", PATH, ann.fields[k].line, k, mname)
    end
  end
  return out
end

-- what each function's comment block lacks
local function doc_problems(mname)
  local out = {}
  for _, fn in ipairs(sorted_keys(FOUND[mname].functions)) do
    local e = FOUND[mname].functions[fn]
    local described, params = false, {}
    for _, l in ipairs(e.block) do
      if l:match("^%-%-%-%s+[^@%s]") then described = true end
      local p = l:match("^%-%-%-@param%s+([%w_.]+)%??%s+%S")
      if p then params[p] = true end
    end
    if not described then
      out[#out + 1] = string.format("%s:%d: %s.%s has no description line", PATH, e.line, mname, fn)
    end
    local args = {}
    for _, a in ipairs(e.args) do
      args[a] = true
      if not params[a] then
        out[#out + 1] = string.format("%s:%d: %s.%s: argument %s has no ---@param with a type",
          PATH, e.line, mname, fn, a)
      end
    end
    for p in pairs(params) do
      if not args[p] then
        out[#out + 1] = string.format("%s:%d: %s.%s: ---@param %s names no argument", PATH, e.line,
          mname, fn, p)
      end
    end
  end
  for _, k in ipairs(sorted_keys(FOUND[mname].constants)) do
    local e, typed = FOUND[mname].constants[k], false
    for _, l in ipairs(e.block) do
      if l:match("^%-%-%-@type%s+integer%s*$") then typed = true end
    end
    if not typed then
      out[#out + 1] = string.format("%s:%d: %s.%s has no ---@type integer", PATH, e.line, mname, k)
    end
  end
  return out
end

local function assert_none(list)
  if #list == 0 then return end
  local shown = { unpack(list, 1, math.min(#list, 25)) }
  if #list > 25 then shown[#shown + 1] = string.format("... and %d more", #list - 25) end
  assert(false, "\n" .. table.concat(shown, "\n"))
end

describe("types/httpstatus.lua", function()
  it("is a LuaLS meta file that loads as Lua on this runtime", function()
    assert.matches("^%-%-%-@meta", LINES[1])
    local chunk, err = loadfile(PATH)
    assert(chunk, err)
    assert_none(FILE_PROBLEMS)
  end)

  it("names both modules (the layout this spec reads has not changed)", function()
    local hs_count, ngx_count = 0, 0
    for _ in pairs(FOUND.httpstatus.functions) do hs_count = hs_count + 1 end
    for _ in pairs(FOUND["httpstatus.ngx"].functions) do ngx_count = ngx_count + 1 end
    assert.is_true(hs_count >= 30, "found " .. hs_count .. " httpstatus functions")
    assert.are.equal(4, ngx_count) -- exit, redirect, error_page, lint
  end)

  it("annotates every public function, constant and field of httpstatus, and nothing else", function()
    assert_none(mismatches("httpstatus", require "httpstatus"))
  end)

  it("annotates every public function and field of httpstatus.ngx, and nothing else", function()
    for _, set_status in ipairs({ false, true }) do
      local hsngx = fake_ngx.load({ set_status = set_status })
      assert_none(mismatches("httpstatus.ngx", hsngx))
    end
  end)

  it("annotates every public function of httpstatus.log, and nothing else", function()
    assert_none(mismatches("httpstatus.log", require "httpstatus.log"))
  end)

  it("annotates every public function of httpstatus.budget, its objects and stats", function()
    assert_none(mismatches("httpstatus.budget", require "httpstatus.budget"))
    local clock = fake_ngx.clock()
    local dict = fake_ngx.shared_dict(65536, clock)
    local b = fake_ngx.with_ngx({ up = dict }, clock, function()
      local made = require("httpstatus.budget").new("up")
      return made
    end)
    b:allow("k")
    b:record("k", 503, { ["Retry-After"] = "5" })
    local all = class_mismatches("httpstatus.budget.Budget", { { what = "new()", value = b } })
    for _, m in ipairs(class_mismatches("httpstatus.budget.Stats",
                                        { { what = "stats()", value = b:stats("k") } })) do
      all[#all + 1] = m
    end
    assert_none(all)
  end)

  it("describes each function and types each argument and constant", function()
    local all = doc_problems("httpstatus")
    for _, m in ipairs { "httpstatus.ngx", "httpstatus.log", "httpstatus.budget" } do
      for _, p in ipairs(doc_problems(m)) do all[#all + 1] = p end
    end
    assert_none(all)
  end)

  it("declares the fields of the tables info and unofficial give, for every code", function()
    local hs = require "httpstatus"
    local infos, headers, aliases, vendors = {}, {}, {}, {}
    for code = 0, 999 do
      local info = hs.info(code)
      if info then
        infos[#infos + 1] = { what = "info(" .. code .. ")", value = info }
        for i, h in ipairs(info.headers) do
          headers[#headers + 1] = { what = "info(" .. code .. ").headers[" .. i .. "]", value = h }
        end
        for i, a in ipairs(info.aliases) do
          aliases[#aliases + 1] = { what = "info(" .. code .. ").aliases[" .. i .. "]", value = a }
        end
      end
      for i, u in ipairs(hs.unofficial(code) or {}) do
        vendors[#vendors + 1] = { what = "unofficial(" .. code .. ")[" .. i .. "]", value = u }
      end
    end
    local all = class_mismatches("httpstatus.Info", infos)
    for _, list in ipairs({ class_mismatches("httpstatus.HeaderEntry", headers),
                            class_mismatches("httpstatus.AliasEntry", aliases),
                            class_mismatches("httpstatus.UnofficialEntry", vendors) }) do
      for _, m in ipairs(list) do all[#all + 1] = m end
    end
    assert_none(all)
  end)

  it("declares the fields of the tables response and problem give", function()
    local hs = require "httpstatus"
    local responses = {
      { what = "response(200)", value = hs.response(200) },
      { what = "response(200, {body, method})", value = hs.response(200, { body = "x", method = "GET" }) },
      { what = "response(200, {version})", value = hs.response(200, { version = "2" }) },
    }
    local problems = { { what = "problem(404, {detail, instance})",
                         value = hs.problem(404, { detail = "d", instance = "/x" }) } }
    local all = class_mismatches("httpstatus.Response", responses)
    for _, m in ipairs(class_mismatches("httpstatus.ProblemFields", problems)) do all[#all + 1] = m end
    for _, m in ipairs(class_mismatches("httpstatus.Protocol",
        { { what = "protocol(\"2\")", value = hs.protocol("2") } })) do
      all[#all + 1] = m
    end
    assert_none(all)
  end)

  it("reports what it is meant to catch", function()
    -- the checker itself, on a module that differs from the file in every way
    local fake = {}
    for k, v in pairs(require "httpstatus") do fake[k] = v end
    fake.reason, fake.NOT_FOUND, fake.brand_new, fake.TEAPOT_2 = nil, 405, print, 418
    fake.VERSION = true
    local text = table.concat(mismatches("httpstatus", fake), "\n")
    assert.matches("annotates httpstatus.reason, which is no public function", text, 1, true)
    assert.matches("httpstatus.NOT_FOUND = 404, but the module says 405", text, 1, true)
    assert.matches("httpstatus.brand_new is a public function with no annotation", text, 1, true)
    assert.matches("constant httpstatus.TEAPOT_2 = 418 has no annotation", text, 1, true)
    assert.matches("---@field VERSION string, but the module's is a boolean", text, 1, true)
  end)
end)
