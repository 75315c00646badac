-- Write each ```lua block of README.md that starts with "-- needs nginx"
-- to DIR/N.lua, and print the nginx location blocks that serve them at
-- /readme/N; write the ```nginx blocks that start with "# needs nginx"
-- (server-level configuration) one after the other to DIR/nginx.conf, which
-- spec/nginx/http.conf's error_page server includes. The one block that
-- starts with "-- needs nginx: balancer_by_lua" goes to DIR/balancer.lua,
-- which spec/nginx/budget.conf runs in a balancer (and its log phase).
-- For scripts/nginx_test.sh. Run: luajit readme_blocks.lua README.md DIR
local readme, dir = assert(arg[1]), assert(arg[2])
local f = assert(io.open(readme))
local text = f:read("*a")
f:close()
local n, balancers = 0, 0
for block in text:gmatch("```lua\n(.-)```") do
  if block:find("^%-%- needs nginx: balancer_by_lua") then
    balancers = balancers + 1
    local out = assert(io.open(dir .. "/balancer.lua", "w"))
    assert(out:write(block))
    out:close()
  elseif block:find("^%-%- needs nginx\n") then
    n = n + 1
    local path = ("%s/%d.lua"):format(dir, n)
    local out = assert(io.open(path, "w"))
    assert(out:write(block))
    out:close()
    io.write(("location = /readme/%d { content_by_lua_file %s; }\n"):format(n, path))
  end
end
assert(n > 0, "no README block is marked -- needs nginx")
assert(balancers == 1, "one README block is marked -- needs nginx: balancer_by_lua, not "
  .. balancers)
local conf = {}
for block in text:gmatch("```nginx\n(.-)```") do
  if block:find("^# needs nginx\n") then conf[#conf + 1] = block end
end
assert(#conf > 0, "no README nginx block is marked # needs nginx")
local out = assert(io.open(dir .. "/nginx.conf", "w"))
assert(out:write(table.concat(conf, "\n")))
out:close()
