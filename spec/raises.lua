-- raises(fname, argn, fragment, fn): fn() must raise
-- "bad argument #argn to 'fname' (...fragment...)" and blame the spec file
-- line where fn made the call, proving the error has the caller's level.
return function(fname, argn, fragment, fn)
  local ok, err = pcall(fn)
  assert(not ok, fname .. " did not raise")
  assert(type(err) == "string", "error is not a string: " .. tostring(err))
  local where, rest = err:match("^([^:]*_spec%.lua:%d+): (.*)$")
  assert(where, "error does not blame the caller: " .. err)
  local prefix = ("bad argument #%d to '%s' ("):format(argn, fname)
  assert(rest:sub(1, #prefix) == prefix, "expected " .. prefix .. "..., got: " .. rest)
  assert(rest:find(fragment, 1, true), "expected '" .. fragment .. "' in: " .. rest)
  return rest
end
