--- The C core through LuaJIT's FFI: calls the JIT compiles into the trace
-- of the code around them, where a call through the Lua C API stops it.
-- For the hot path of httpstatus.ngx. The module is false on PUC Lua, and
-- wherever core.so cannot be found on package.cpath by name.
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.ffi

local ok, ffi = pcall(require, "ffi")
if not ok then return false end
local searchpath = rawget(package, "searchpath") -- 5.2+ and LuaJIT
local path = searchpath and searchpath("httpstatus.core", package.cpath)
if not path then return false end

-- a declaration another copy of this module made already is fine
pcall(ffi.cdef, [[
size_t httpstatus_problem_write(char *out, size_t cap, int code,
                                const char *type, size_t type_len,
                                const char *title, size_t title_len,
                                const char *detail, size_t detail_len,
                                const char *instance, size_t instance_len);
]])
local loaded, lib = pcall(ffi.load, path)
if not loaded then return false end

local new, string_ = ffi.new, ffi.string
local tonumber = tonumber

local M = {}

-- Scratch space for one document at a time: written and copied into a
-- Lua string within one call, never handed out.
local CAP = 2048
local scratch = new("char[?]", CAP)

local function len(s) return s and #s or 0 end

--- The RFC 9457 document for a valid code and string (or nil) members, as
-- httpstatus_problem_write writes it; nil for an invalid code.
function M.problem_json(code, type, title, detail, instance)
  local n = tonumber(lib.httpstatus_problem_write(scratch, CAP, code, type, len(type),
    title, len(title), detail, len(detail), instance, len(instance)))
  if n == 0 then return nil end
  if n <= CAP then return string_(scratch, n) end
  local room = new("char[?]", n)
  lib.httpstatus_problem_write(room, n, code, type, len(type), title, len(title), detail,
    len(detail), instance, len(instance))
  return string_(room, n)
end

return M
