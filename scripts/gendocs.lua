-- Writes the generated parts of the docs from the one description of the
-- API (docs/api.lua and docs/api/*.lua) and of the command
-- (lua/httpstatus/cmd/main.lua: OPTIONS, COMMANDS):
--   README.md                  the API tables, between <!-- api:ID begin/end -->
--   types/httpstatus.lua       the whole file (LuaLS definitions)
--   doc/httpstatus.1           the OPTIONS entries, between roff comments
--   completion/httpstatus.bash and completion/_httpstatus: the lists and
--                              cases between "# generated ... begin/end"
-- Run from the repository's root with any lua5.x once `make` has built
-- core.so for it: `lua5.4 scripts/gendocs.lua` (writes what changed, names
-- it). spec/generated_spec.lua runs generate() in memory and fails when a
-- file differs. The library is required: the constants come from its table.
local M = {}

local concat, format = table.concat, string.format

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- one line of text from a description written over several
local function flat(s) return (s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")) end

-- text as lines of at most width bytes, each behind prefix
local function wrap(text, width, prefix)
  local lines, line = {}, nil
  for word in flat(text):gmatch("%S+") do
    if line and #prefix + #line + 1 + #word > width then
      lines[#lines + 1] = prefix .. line
      line = word
    else
      line = line and line .. " " .. word or word
    end
  end
  if line then lines[#lines + 1] = prefix .. line end
  return lines
end

-- a ---@tag line of at most WIDTH bytes, its description going on in "--- " lines
local function tag_lines(line, width)
  local first = wrap(line, width, "")[1]
  local lines = { first }
  local rest = line:sub(#first + 2)
  if rest ~= "" then
    for _, l in ipairs(wrap(rest, width, "--- ")) do lines[#lines + 1] = l end
  end
  return lines
end

local function push_all(out, list)
  for _, l in ipairs(list) do out[#out + 1] = l end
end

-- text with the lines between the line holding `first` and the line
-- holding `last` replaced by lines; raises when a marker is missing
local function replace_between(text, first, last, lines, path)
  local s, e = text:find(first, 1, true)
  assert(s, path .. ": no marker " .. first)
  local head_end = text:find("\n", e, true)
  local ts = text:find(last, head_end, true)
  assert(ts, path .. ": no marker " .. last .. " after " .. first)
  local tail_start = ts
  while tail_start > 1 and text:sub(tail_start - 1, tail_start - 1) ~= "\n" do
    tail_start = tail_start - 1
  end
  local body = #lines > 0 and concat(lines, "\n") .. "\n" or ""
  return text:sub(1, head_end) .. body .. text:sub(tail_start)
end

---------------------------------------------------------------- the API

-- name, optional from "name?" (params and fields)
local function param_name(p) return (p[1]:gsub("%?$", "")), p[1]:sub(-1) == "?" end

-- the README's form of a call: hs.status_line(code [, reason [, version]])
local function call_of(mod, row)
  if row.call then return row.call end
  local prefix = row.method and mod.object.self .. ":" or mod.var .. "."
  local parts, closing = {}, ""
  for i, p in ipairs(row.params) do
    local name, optional = param_name(p)
    if optional then
      parts[#parts + 1] = (i == 1 and "[" or " [, ") .. name
      closing = closing .. "]"
    else
      parts[#parts + 1] = (i == 1 and "" or ", ") .. name
    end
  end
  return prefix .. row.name .. "(" .. concat(parts) .. closing .. ")"
end

local function field_of(mod, name)
  for _, f in ipairs(mod.fields) do
    if f[1] == name then return f end
  end
  error(mod.module .. ": no field " .. name)
end

local function cell(s) return (flat(s):gsub("|", "\\|")) end

-- { [id] = lines } of every README table
local function readme_tables(api)
  local tables = {}
  for _, mod in ipairs(api) do
    for _, sec in ipairs(mod.sections) do
      local lines = { "| " .. concat(sec.head, " | ") .. " |", "| --- | --- |" }
      for _, row in ipairs(sec.rows) do
        if row.field then
          lines[#lines + 1] = format("| `%s.%s` | %s |", mod.var, row.field,
            cell(field_of(mod, row.field)[3]))
        else
          lines[#lines + 1] = format("| `%s` | %s |", call_of(mod, row), cell(row.doc))
        end
      end
      tables[sec.id] = lines
    end
    for _, t in ipairs(mod.types) do
      if t.options then
        local lines = { "| option | default | meaning |", "| --- | --- | --- |" }
        for _, f in ipairs(t.fields) do
          lines[#lines + 1] = format("| `%s` | %s | %s |", (param_name(f)), f.default, cell(f[3]))
        end
        tables[t.options] = lines
      end
    end
  end
  return tables
end

function M.readme(text, api)
  for id, lines in pairs(readme_tables(api)) do
    text = replace_between(text, "<!-- api:" .. id .. " begin -->", "<!-- api:" .. id .. " end -->",
      lines, "README.md")
  end
  return text
end

local WIDTH = 100 -- .luacheckrc's max_line_length

local function banner(title)
  return string.rep("-", 74 - #title) .. " " .. title
end

local function doc_lines(out, text)
  push_all(out, wrap(text, WIDTH, "--- "))
end

local function field_line(f)
  local doc = f[3] or ""
  if f.default then doc = flat(doc .. " (default " .. f.default:gsub("`", "") .. ")") end
  return flat(format("---@field %s %s %s", f[1], f[2], doc))
end

local function type_lines(out, t)
  out[#out + 1] = ""
  if t.doc then doc_lines(out, t.doc) end
  if t.alias then
    out[#out + 1] = "---@alias " .. t.alias .. ((t.type or "") ~= "" and " " .. t.type or "")
    for _, v in ipairs(t.values or {}) do out[#out + 1] = "---| " .. v[1] .. " # " .. v[2] end
  else
    out[#out + 1] = "---@class " .. t.class .. (t.parent and ": " .. t.parent or "")
    for _, f in ipairs(t.fields) do push_all(out, tag_lines(field_line(f), WIDTH)) end
  end
end

-- the doc of a function: its row's, then those of its `also` rows
local function function_doc(mod, row)
  local parts = { row.doc }
  for _, sec in ipairs(mod.sections) do
    for _, r in ipairs(sec.rows) do
      if r.also == row.name then parts[#parts + 1] = r.doc end
    end
  end
  return parts
end

local function function_lines(out, mod, row, owner)
  out[#out + 1] = ""
  for i, d in ipairs(function_doc(mod, row)) do
    if i > 1 then out[#out + 1] = "---" end
    doc_lines(out, d)
  end
  local names = {}
  for _, p in ipairs(row.params) do
    names[#names + 1] = (param_name(p))
    local line = "---@param " .. p[1] .. " " .. p[2] .. (p[3] and " " .. p[3] or "")
    push_all(out, tag_lines(line, WIDTH))
  end
  for _, r in ipairs(row.returns) do
    local line = "---@return " .. r[1]
    if r[2] then line = line .. " " .. r[2] end
    if r[3] then line = line .. (r[2] and " " or " # ") .. r[3] end
    push_all(out, tag_lines(line, WIDTH))
  end
  out[#out + 1] = format("function %s%s%s(%s) end", owner, row.method and ":" or ".", row.name,
    concat(names, ", "))
end

local function constant_lines(out, hs)
  out[#out + 1] = ""
  out[#out + 1] = banner("constants")
  out[#out + 1] = "-- One per registered code and one per old name, from the library's own table."
  for _, code in ipairs(hs.codes()) do
    local info = hs.info(code)
    local names = { { info.name } }
    local aliases = {}
    for _, a in ipairs(info.aliases) do aliases[#aliases + 1] = a end
    table.sort(aliases, function(a, b) return a.name < b.name end)
    for _, a in ipairs(aliases) do names[#names + 1] = { a.name, a.phrase } end
    for _, n in ipairs(names) do
      out[#out + 1] = ""
      out[#out + 1] = format("--- %d %s%s", code, info.reason,
        n[2] and format(', by its old name "%s"', n[2]) or "")
      out[#out + 1] = "---@type integer"
      out[#out + 1] = format("hs.%s = %d", n[1], code)
    end
  end
end

function M.types(api, hs)
  local out = {
    "---@meta httpstatus",
    "-- LuaLS definitions of the library's public modules: add this folder to",
    '-- `workspace.library` (e.g. in .luarc.json: `{ "workspace.library":',
    '-- ["path/to/httpstatus/types"] }`). Read by editors only, never run.',
    "-- Written by scripts/gendocs.lua from docs/api/*.lua: edit those, not this file.",
    "-- luacheck: no unused",
  }
  for _, mod in ipairs(api) do
    out[#out + 1] = ""
    out[#out + 1] = banner(mod.module)
    for _, t in ipairs(mod.types) do type_lines(out, t) end
    out[#out + 1] = ""
    doc_lines(out, mod.doc)
    out[#out + 1] = "---@class " .. mod.module
    for _, f in ipairs(mod.fields) do push_all(out, tag_lines(field_line(f), WIDTH)) end
    out[#out + 1] = format("local %s = {}", mod.var)
    for _, sec in ipairs(mod.sections) do
      for _, row in ipairs(sec.rows) do
        if row.name and not row.method then function_lines(out, mod, row, mod.var) end
      end
    end
    if mod.object then
      out[#out + 1] = ""
      doc_lines(out, mod.object.doc)
      out[#out + 1] = "---@class " .. mod.object.class
      out[#out + 1] = format("local %s = {}", mod.object.var)
      for _, sec in ipairs(mod.sections) do
        for _, row in ipairs(sec.rows) do
          if row.method then function_lines(out, mod, row, mod.object.var) end
        end
      end
    end
    if mod.module == "httpstatus" then constant_lines(out, hs) end
  end
  out[#out + 1] = ""
  out[#out + 1] = "return hs"
  return concat(out, "\n") .. "\n"
end

------------------------------------------------------------ the command

-- a man page paragraph: `literal` in bold, <VARIABLE> in italics
local function roff(text)
  local s = flat(text):gsub("\\", "\\e"):gsub("%-", "\\-")
  s = s:gsub("`([^`]*)`", "\\fB%1\\fR"):gsub("<([%u_]+)>", "\\fI%1\\fR")
  local lines = wrap(s, 78, "")
  for i, l in ipairs(lines) do
    if l:find("^[.']") then lines[i] = "\\&" .. l end
  end
  return lines
end

local MAN_BEGIN = '.\\" generated by scripts/gendocs.lua from lua/httpstatus/cmd/main.lua: begin'
local MAN_END = '.\\" generated by scripts/gendocs.lua: end'

function M.man(text, cmd)
  local lines = {}
  for _, o in ipairs(cmd.OPTIONS) do
    local names = {}
    for _, n in ipairs(o.names) do
      names[#names + 1] = "\\fB" .. n:gsub("%-", "\\-") .. "\\fR"
        .. (o.value and " \\fI" .. o.value .. "\\fR" or "")
    end
    lines[#lines + 1] = ".TP"
    lines[#lines + 1] = concat(names, ", ")
    push_all(lines, roff(o.man))
  end
  return replace_between(text, MAN_BEGIN, MAN_END, lines, "doc/httpstatus.1")
end

local SH_BEGIN = "# generated by scripts/gendocs.lua from lua/httpstatus/cmd/main.lua: begin"
local SH_END = "# generated by scripts/gendocs.lua: end"

local function all_names(cmd)
  local names = {}
  for _, o in ipairs(cmd.OPTIONS) do push_all(names, o.names) end
  return names
end

local function command_names(cmd, only_files)
  local names = {}
  for _, c in ipairs(cmd.COMMANDS) do
    if not only_files or c.words == "files" then names[#names + 1] = c.name end
  end
  return names
end

function M.bash(text, cmd)
  local lines = {
    format('_httpstatus_options="%s"', concat(all_names(cmd), " ")),
    format('_httpstatus_commands="%s"', concat(command_names(cmd), " ")),
    format('_httpstatus_file_commands="%s"', concat(command_names(cmd, true), " ")),
    "# the values of an option that takes one (\"files\": file names); fails for any other",
    "_httpstatus_values() {",
    "  case $1 in",
  }
  for _, o in ipairs(cmd.OPTIONS) do
    if o.value then
      local values = type(o.complete) == "table" and concat(o.complete, " ") or o.complete or ""
      lines[#lines + 1] = format('    %s) echo "%s" ;;', concat(o.names, "|"), values)
    end
  end
  push_all(lines, { "    *) return 1 ;;", "  esac", "}" })
  return replace_between(text, SH_BEGIN, SH_END, lines, "completion/httpstatus.bash")
end

local function zsh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

function M.zsh(text, cmd)
  local lines = {
    "# the specs _arguments reads, into the caller's commands and options arrays",
    "_httpstatus_specs() {",
    "  commands=(",
  }
  for _, c in ipairs(cmd.COMMANDS) do
    lines[#lines + 1] = "    " .. zsh_quote(c.name .. ":" .. c.help)
  end
  push_all(lines, { "  )", "  options=(" })
  for _, o in ipairs(cmd.OPTIONS) do
    for _, n in ipairs(o.names) do
      local spec = (o.excludes and "(" .. o.excludes .. ")" or "") .. n
        .. (o.value and n:find("^%-%-") and "=" or "") .. "[" .. o.help .. "]"
      if o.value then
        local action = o.complete == "files" and "_files"
          or type(o.complete) == "table" and "(" .. concat(o.complete, " ") .. ")" or " "
        spec = spec .. ":" .. o.key .. ":" .. action
      end
      lines[#lines + 1] = "    " .. zsh_quote(spec)
    end
  end
  push_all(lines, { "  )", "}", "",
    "# what follows a command's name: files, a hint, or nothing; fails for no command",
    "_httpstatus_words() {", "  case $1 in" })
  for _, c in ipairs(cmd.COMMANDS) do
    local action = c.words == "files" and "_files" or c.words and "_message " .. zsh_quote(c.words)
      or ":"
    lines[#lines + 1] = format("    %s) %s ;;", c.name, action)
  end
  push_all(lines, { "    *) return 1 ;;", "  esac", "}" })
  return replace_between(text, SH_BEGIN, SH_END, lines, "completion/_httpstatus")
end

------------------------------------------------------------------ files

--- The description: { api = {module tables, in docs/api.lua's order}, cmd =
-- the command's dispatcher (OPTIONS, COMMANDS) }, read from root.
function M.load(root)
  root = root or "."
  local api = {}
  for i, name in ipairs(dofile(root .. "/docs/api.lua")) do
    api[i] = dofile(root .. "/docs/api/" .. name .. ".lua")
  end
  return { api = api, cmd = require "httpstatus.cmd.main", hs = require "httpstatus" }
end

--- { [path] = text } of every generated file, as it should be now.
function M.generate(root)
  root = root or "."
  local d = M.load(root)
  local function from(path, fn, ...) return fn(read(root .. "/" .. path), ...) end
  return {
    ["README.md"] = from("README.md", M.readme, d.api),
    ["types/httpstatus.lua"] = M.types(d.api, d.hs),
    ["doc/httpstatus.1"] = from("doc/httpstatus.1", M.man, d.cmd),
    ["completion/httpstatus.bash"] = from("completion/httpstatus.bash", M.bash, d.cmd),
    ["completion/_httpstatus"] = from("completion/_httpstatus", M.zsh, d.cmd),
  }
end

M.read = read

-- run as a script: write what changed
if arg and arg[0] and arg[0]:find("gendocs%.lua$") and not package.loaded["scripts.gendocs"] then
  local version = _VERSION:match("%d+%.%d+")
  package.path = "lua/?.lua;" .. package.path
  package.cpath = "build/" .. version .. "/?.so;" .. package.cpath
  local paths = {}
  local files = M.generate(".")
  for path in pairs(files) do paths[#paths + 1] = path end
  table.sort(paths)
  for _, path in ipairs(paths) do
    if read(path) ~= files[path] then
      local f = assert(io.open(path, "wb"))
      f:write(files[path])
      f:close()
      print("written: " .. path)
    end
  end
end

return M
