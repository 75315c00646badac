-- Layers only look down: each module requires only modules of a lower
-- layer (the lazy requires of the facade's stubs included), so there is no
-- cycle for a metatable to hide. The library and the command are apart:
-- the command's modules (httpstatus.cmd.*) use only the library's public
-- API, and no library module holds tool code.
local LAYER = {
  ["httpstatus.core"] = 0, ["httpstatus.locale.en"] = 0, ["httpstatus.locale.ko"] = 0,
  ["httpstatus.native"] = 0, -- the core's loader: says so when a core.so is for another Lua
  -- tables that fill themselves on first read: above the core, below everything that uses it
  ["httpstatus.lazy"] = 0.5,
  ["httpstatus.log"] = 2,
  ["httpstatus.memo"] = 1, ["httpstatus.check"] = 1, ["httpstatus.accept"] = 1,
  ["httpstatus.ratelimit"] = 1,
  ["httpstatus.retry"] = 2, ["httpstatus.rules"] = 2, ["httpstatus.locale"] = 2,
  ["httpstatus.protocol"] = 3, ["httpstatus.budget"] = 3,
  ["httpstatus.problem"] = 4, ["httpstatus.response"] = 4, ["httpstatus.wire"] = 4,
  -- the response linter, between the rules it asks and the facade
  ["httpstatus.locale.lint_ko"] = 0, ["httpstatus.lint_raw"] = 6, ["httpstatus.lint_json"] = 1,
  ["httpstatus.lint_grammar"] = 1,
  ["httpstatus.lint_catalog"] = 4, ["httpstatus.lint_message"] = 5,
  ["httpstatus.lint_line"] = 6, ["httpstatus.lint_framing"] = 6,
  ["httpstatus.lint_fields"] = 6, ["httpstatus.lint_codes"] = 6,
  ["httpstatus.lint_content"] = 6, ["httpstatus.lint"] = 7,
  ["httpstatus"] = 8, ["httpstatus.ngx_error_page"] = 8, ["httpstatus.ngx_lint"] = 8,
  ["httpstatus.ngx"] = 9,
}

-- The library the command may use: its public modules.
local PUBLIC = { ["httpstatus"] = true, ["httpstatus.log"] = true, ["httpstatus.check"] = true }

-- The command's own layers, above the library.
local CMD_LAYER = {
  ["httpstatus.cmd.escape"] = 10, ["httpstatus.cmd.page_file"] = 11,
  ["httpstatus.cmd.words"] = 10, ["httpstatus.cmd.sha256"] = 10,
  ["httpstatus.cmd.term"] = 10, ["httpstatus.cmd.html_assets"] = 10,
  ["httpstatus.cmd.log_words"] = 10, ["httpstatus.cmd.html_overview"] = 11,
  ["httpstatus.cmd.search"] = 11,
  ["httpstatus.cmd.json"] = 11, ["httpstatus.cmd.log_count"] = 11,
  ["httpstatus.cmd.wording"] = 11, ["httpstatus.cmd.html_card"] = 12,
  ["httpstatus.cmd.show"] = 12, ["httpstatus.cmd.log_html"] = 12,
  ["httpstatus.cmd.html"] = 13,
  ["httpstatus.cmd.find"] = 13, ["httpstatus.cmd.log"] = 13, ["httpstatus.cmd.lint"] = 13,
  ["httpstatus.cmd.lookup"] = 14,
  ["httpstatus.cmd.main"] = 15,
}

local function file_of(modname)
  if modname == "httpstatus" then return "lua/httpstatus.lua" end
  return "lua/" .. modname:gsub("%.", "/") .. ".lua"
end

-- the code of a module: its lines that are not comments
local function code_of(modname)
  local f = assert(io.open(file_of(modname)))
  local lines = {}
  for line in f:lines() do
    if not line:find("^%s*%-%-") then lines[#lines + 1] = line end
  end
  f:close()
  return table.concat(lines, "\n")
end

-- the modules a module's code names: in require calls, and (for the
-- command's dispatcher, which loads its commands from a table) any string
-- that is the name of one of the command's modules
local function deps_of(modname)
  local code, deps = code_of(modname), {}
  for dep in code:gmatch('require%s*%(?%s*"(httpstatus[%w%._]*[%w_])"') do deps[dep] = true end
  for dep in code:gmatch('"(httpstatus%.cmd%.[%w_]+)"') do deps[dep] = true end
  return deps
end

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end

describe("the library's Lua modules", function()
  for _, modname in ipairs(sorted_keys(LAYER)) do
    local layer = LAYER[modname]
    if modname ~= "httpstatus.core" then
      it(modname .. " requires only lower layers of the library", function()
        for dep in pairs(deps_of(modname)) do
          assert(LAYER[dep], modname .. " requires " .. dep .. ", which is no library module")
          assert(LAYER[dep] < layer, ("%s (layer %g) requires %s (layer %g)"):format(modname,
            layer, dep, LAYER[dep]))
        end
      end)

      it(modname .. " holds no tool code: no terminal, file, process or environment", function()
        local code = code_of(modname)
        for _, pattern in ipairs { "%f[%w_.]io%.", "%f[%w_.]print%s*%(", "os%.exit", "os%.getenv",
                                   "os%.execute", "os%.date", "os%.remove", "os%.tmpname",
                                   "%f[%w_.]arg%f[^%w_]", "httpstatus%.cmd" } do
          assert(not code:find(pattern), modname .. " has " .. pattern)
        end
      end)
    end
  end
end)

describe("the command's modules (httpstatus.cmd.*)", function()
  for _, modname in ipairs(sorted_keys(CMD_LAYER)) do
    local layer = CMD_LAYER[modname]
    it(modname .. " uses only the public API of the library and lower command layers", function()
      for dep in pairs(deps_of(modname)) do
        if CMD_LAYER[dep] then
          assert(CMD_LAYER[dep] < layer, ("%s (layer %d) requires %s (layer %d)"):format(modname,
            layer, dep, CMD_LAYER[dep]))
        else
          assert(PUBLIC[dep], modname .. " requires " .. dep .. ", which is not the public API")
        end
      end
    end)
  end

  it("are what bin/httpstatus runs", function()
    local f = assert(io.open("bin/httpstatus"))
    local text = f:read("*a")
    f:close()
    local deps = {}
    for dep in text:gmatch('require%s*%(?%s*"(httpstatus[%w%._]*[%w_])"') do deps[#deps + 1] = dep end
    assert.are.same({ "httpstatus.cmd.main" }, deps)
  end)
end)

describe("every Lua module", function()
  it("is placed in a layer, of the library or of the command", function()
    local p = io.popen("ls lua/httpstatus/*.lua lua/httpstatus/locale/*.lua lua/httpstatus/cmd/*.lua")
    local n = 0
    for path in p:lines() do
      local modname = path:gsub("^lua/", ""):gsub("%.lua$", ""):gsub("/", ".")
      assert(LAYER[modname] or CMD_LAYER[modname], path .. " has no layer in spec/layers_spec.lua")
      n = n + 1
    end
    p:close()
    assert.is_true(n >= 25)
  end)
end)
