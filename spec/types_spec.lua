-- The one description of the API (docs/api/*.lua) against the modules, the
-- way luv checks its bindings against its docs: every public function,
-- method and field of each public module is described, and everything
-- described exists; each function has a description and a type per
-- argument (and, for a Lua function, as many arguments as it takes); the
-- classes of the tables the library gives (httpstatus.Info and its entries
-- for every code, Response, ProblemFields, Protocol, the budget's Stats,
-- the log scanner's Counts) declare each key those tables hold, with types
-- that fit, and no key they never hold. That README.md and
-- types/httpstatus.lua say what the description says is
-- spec/generated_spec.lua's part.
local fake_ngx = require "fake_ngx"
local gendocs = dofile("scripts/gendocs.lua")
local unpack = rawget(_G, "unpack") or rawget(table, "unpack")

local API = {}
for _, mod in ipairs(gendocs.load(".").api) do API[mod.module] = mod end

-- class name -> { field -> { type =, optional = } }, from every module's types
local CLASSES, PARENTS = {}, {}
for _, mod in pairs(API) do
  for _, t in ipairs(mod.types) do
    if t.class then
      local fields = {}
      for _, f in ipairs(t.fields) do
        fields[(f[1]:gsub("%?$", ""))] = { type = f[2], optional = f[1]:sub(-1) == "?" }
      end
      CLASSES[t.class], PARENTS[t.class] = fields, t.parent
    end
  end
end
for name, parent in pairs(PARENTS) do -- a class has its parent's fields, unless it redeclares them
  for k, f in pairs(CLASSES[parent]) do CLASSES[name][k] = CLASSES[name][k] or f end
end

-- Does value v fit a type of the description? Types this spec does not know fit.
local CLASS_NAMES = { informational = true, success = true, redirection = true,
                      client_error = true, server_error = true }
local function fits(v, t)
  if t == "string" or t == "boolean" or t == "table" then return type(v) == t end
  if t == "integer" then return type(v) == "number" and v == math.floor(v) end
  if t == "number" then return type(v) == "number" end
  if t == "httpstatus.Class" then return CLASS_NAMES[v] == true end
  if t:match("%[%]$") or t:match("^table<") then return type(v) == "table" end
  if t:match('^"[^"]*"') then -- a union of string literals
    for lit in t:gmatch('"([^"]*)"') do
      if v == lit then return true end
    end
    return false
  end
  return true
end

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  return keys
end

-- every way a set of tables (all the info tables, say) and a class disagree
local function class_mismatches(cname, tables)
  local fields, out, seen = CLASSES[cname], {}, {}
  if not fields then return { "no class " .. cname .. " in docs/api" } end
  for _, t in ipairs(tables) do
    for k, v in pairs(t.value) do
      seen[k] = true
      local f = fields[k]
      if not f and not fields["[string]"] then
        out[#out + 1] = string.format("%s has a field %s, which the class %s does not declare",
          t.what, tostring(k), cname)
      elseif f and not fits(v, f.type) then
        out[#out + 1] = string.format("%s.%s is declared %s, but %s holds %s", cname, k, f.type,
          t.what, tostring(v))
      end
    end
    for _, k in ipairs(sorted_keys(fields)) do
      if not fields[k].optional and k ~= "[string]" and t.value[k] == nil then
        out[#out + 1] = string.format("%s.%s is not optional, but %s has none", cname, k, t.what)
      end
    end
  end
  for _, k in ipairs(sorted_keys(fields)) do
    if not seen[k] and k ~= "[string]" then
      out[#out + 1] = string.format("%s.%s appears in no table the library gives", cname, k)
    end
  end
  table.sort(out)
  local unique, last = {}, nil -- one message per kind of problem is enough to act on
  for _, m in ipairs(out) do
    if m ~= last then unique[#unique + 1] = m end
    last = m
  end
  return unique
end

-- what the description says of a module: functions (name -> row), methods, fields
local function described(mod)
  local d = { functions = {}, methods = {}, fields = {} }
  for _, sec in ipairs(mod.sections) do
    for _, row in ipairs(sec.rows) do
      if row.name then d[row.method and "methods" or "functions"][row.name] = row end
    end
  end
  for _, f in ipairs(mod.fields) do d.fields[f[1]] = f[2] end
  return d
end

-- every way a module (or an object, with methods = true) and its description disagree
local function mismatches(mname, live, methods)
  local d, out = described(API[mname]), {}
  local function say(...) out[#out + 1] = string.format(...) end
  local want = methods and d.methods or d.functions
  for _, k in ipairs(sorted_keys(live)) do
    local v = live[k]
    if type(v) == "function" and not want[k] then
      say("%s.%s is a public function that docs/api does not describe", mname, k)
    elseif not methods and type(v) ~= "function" and type(v) ~= "number" then
      if not d.fields[k] then
        say("field %s.%s (a %s) is not in docs/api's fields", mname, k, type(v))
      elseif d.fields[k] ~= type(v) then
        say("docs/api types %s.%s as %s, but the module's is a %s", mname, k, d.fields[k], type(v))
      end
    end
  end
  for _, k in ipairs(sorted_keys(want)) do
    if type(live[k]) ~= "function" then say("docs/api describes %s.%s, which is no function", mname, k) end
  end
  if not methods then
    for _, k in ipairs(sorted_keys(d.fields)) do
      if live[k] == nil then say("docs/api names the field %s.%s, which the module lacks", mname, k) end
    end
  end
  return out
end

-- what each function's description lacks: a text, a type per argument, and
-- (for a Lua function, 5.2 and later) the arguments the function takes
local function doc_problems(mname, live, methods)
  local out = {}
  local d = described(API[mname])
  for _, name in ipairs(sorted_keys(methods and d.methods or d.functions)) do
    local row = (methods and d.methods or d.functions)[name]
    if type(row.doc) ~= "string" or not row.doc:find("%S") then
      out[#out + 1] = mname .. "." .. name .. " has no description"
    end
    for i, p in ipairs(row.params) do
      if type(p[1]) ~= "string" or type(p[2]) ~= "string" then
        out[#out + 1] = string.format("%s.%s: argument %d has no name and type", mname, name, i)
      end
    end
    local f = live[name]
    local info = type(f) == "function" and debug.getinfo(f, "Su")
    if info and info.what == "Lua" and info.nparams and not info.isvararg then
      local n = info.nparams - (methods and 1 or 0)
      if n ~= #row.params then
        out[#out + 1] = string.format("%s.%s takes %d arguments, docs/api describes %d", mname,
          name, n, #row.params)
      end
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

local function budget_object()
  local clock = fake_ngx.clock()
  local dict = fake_ngx.shared_dict(65536, clock)
  local b = fake_ngx.with_ngx({ up = dict }, clock, function()
    return require("httpstatus.budget").new("up")
  end)
  b:allow("k")
  b:record("k", 503, { ["Retry-After"] = "5" })
  return b
end

local function scanner()
  local sc = require("httpstatus.log").scanner()
  sc:feed('192.0.2.1 - - [14/Mar/2026:10:00:00 +0100] "GET / HTTP/1.1" 404 12 "-" "curl"\n')
  sc:finish()
  return sc
end

-- the methods of an object whose metatable's __index holds them
local function methods_of(obj)
  local t = {}
  local mt = debug.getmetatable(obj)
  local index = type(obj) == "table" and obj or mt and mt.__index
  if type(obj) == "table" and mt and type(mt.__index) == "table" then index = mt.__index end
  for k, v in pairs(index) do
    if type(v) == "function" then t[k] = v end
  end
  return t
end

describe("docs/api against the modules (#19 5)", function()
  it("types/httpstatus.lua is a LuaLS meta file that loads as Lua on this runtime", function()
    local f = assert(io.open("types/httpstatus.lua"))
    assert.matches("^%-%-%-@meta", f:read("*l"))
    f:close()
    assert(loadfile("types/httpstatus.lua"))
  end)

  it("describes every public module (spec/internal.lua's PUBLIC), and no other", function()
    local public = {}
    for name in pairs(require("internal").PUBLIC) do public[#public + 1] = name end
    table.sort(public)
    assert.are.same(public, sorted_keys(API))
  end)

  it("describes every public function and field of each module, and nothing else", function()
    local all = {}
    for _, m in ipairs { "httpstatus", "httpstatus.log", "httpstatus.budget", "httpstatus.check" } do
      for _, p in ipairs(mismatches(m, (require(m)))) do all[#all + 1] = p end
    end
    for _, set_status in ipairs({ false, true }) do
      for _, p in ipairs(mismatches("httpstatus.ngx", (fake_ngx.load({ set_status = set_status })))) do
        all[#all + 1] = p
      end
    end
    for _, p in ipairs(mismatches("httpstatus.budget", methods_of(budget_object()), true)) do
      all[#all + 1] = p
    end
    for _, p in ipairs(mismatches("httpstatus.log", methods_of(scanner()), true)) do
      all[#all + 1] = p
    end
    assert_none(all)
  end)

  it("types every constant of httpstatus with its value", function()
    local f = assert(io.open("types/httpstatus.lua"))
    local text = f:read("*a")
    f:close()
    local typed, live = {}, {}
    for name, value in text:gmatch("\nhs%.([%u_]+) = (%d+)") do typed[name] = tonumber(value) end
    for k, v in pairs(require "httpstatus") do
      if type(v) == "number" then live[k] = v end
    end
    assert.are.same(live, typed)
  end)

  it("describes each function and types each argument", function()
    local all = {}
    for _, m in ipairs { "httpstatus", "httpstatus.log", "httpstatus.budget", "httpstatus.check" } do
      for _, p in ipairs(doc_problems(m, (require(m)))) do all[#all + 1] = p end
    end
    for _, p in ipairs(doc_problems("httpstatus.ngx", (fake_ngx.load({})))) do all[#all + 1] = p end
    for _, p in ipairs(doc_problems("httpstatus.budget", methods_of(budget_object()), true)) do
      all[#all + 1] = p
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

  it("declares the fields of the tables response, problem, protocol, stats and counts give", function()
    local hs = require "httpstatus"
    local checks = {
      { "httpstatus.Response", {
        { what = "response(200)", value = hs.response(200) },
        { what = "response(200, {body, method})", value = hs.response(200, { body = "x", method = "GET" }) },
        { what = "response(200, {version})", value = hs.response(200, { version = "2" }) } } },
      { "httpstatus.Problem", { { what = "problem(404, {detail, instance})",
                                  value = hs.problem(404, { detail = "d", instance = "/x" }) } } },
      { "httpstatus.Protocol", { { what = 'protocol("2")', value = hs.protocol("2") } } },
      { "httpstatus.budget.Stats", { { what = "stats()", value = budget_object():stats("k") } } },
      { "httpstatus.log.Counts", { { what = "counts()", value = scanner():counts() } } },
    }
    local all = {}
    for _, c in ipairs(checks) do
      for _, m in ipairs(class_mismatches(c[1], c[2])) do all[#all + 1] = m end
    end
    assert_none(all)
  end)

  it("reports what it is meant to catch", function()
    -- the checker itself, on a module that differs from the description in every way
    local fake = {}
    for k, v in pairs(require "httpstatus") do fake[k] = v end
    fake.reason, fake.brand_new, fake.VERSION, fake.EXTRA = nil, print, true, "x"
    local text = table.concat(mismatches("httpstatus", fake), "\n")
    assert.matches("describes httpstatus.reason, which is no function", text, 1, true)
    assert.matches("httpstatus.brand_new is a public function that docs/api does not describe",
      text, 1, true)
    assert.matches("types httpstatus.VERSION as string, but the module's is a boolean", text, 1, true)
    assert.matches("field httpstatus.EXTRA (a string) is not in docs/api's fields", text, 1, true)
    local wrong = { reason = function(a, b, c) return a, b, c end }
    if debug.getinfo(wrong.reason, "u").nparams then -- Lua 5.2 and later: 5.1 does not say
      assert.matches("httpstatus.reason takes 3 arguments, docs/api describes 2",
        table.concat(doc_problems("httpstatus", wrong), "\n"), 1, true)
    end
    local missing = class_mismatches("httpstatus.Protocol", { { what = "t", value = { x = 1 } } })
    assert.matches("t has a field x, which the class httpstatus.Protocol does not declare",
      table.concat(missing, "\n"), 1, true)
  end)
end)
