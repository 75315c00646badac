-- A stand-in core.so for the specs of a build made for another Lua: a
-- luaopen_httpstatus_core that needs `symbol`, so that loading it fails in
-- the dynamic loader exactly as a real mismatch does ("undefined symbol:
-- lua_tointeger" for a 5.1 build on Lua 5.2-5.4). Written to
-- DIR/httpstatus/core.so, with the system's cc; returns that path.
return function(dir, symbol)
  assert(os.execute("mkdir -p '" .. dir .. "/httpstatus'"))
  local c = dir .. "/stand_in.c"
  local f = assert(io.open(c, "w"))
  f:write("extern int ", symbol, "(void *);\n",
          "int luaopen_httpstatus_core(void *L);\n",
          "int luaopen_httpstatus_core(void *L) { return ", symbol, "(L); }\n")
  f:close()
  local so = dir .. "/httpstatus/core.so"
  assert(os.execute("cc -shared -fPIC -o '" .. so .. "' '" .. c .. "'"))
  os.remove(c)
  return so
end
