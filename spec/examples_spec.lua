-- The examples users copy must keep working: run each with print captured.
local function run_example(path)
  local lines = {}
  local env = setmetatable({
    print = function(...)
      local parts = {}
      for i = 1, select("#", ...) do parts[i] = tostring((select(i, ...))) end
      lines[#lines + 1] = table.concat(parts, "\t")
    end,
  }, { __index = _G })
  local chunk
  if rawget(_G, "setfenv") then -- Lua 5.1, LuaJIT
    chunk = assert(loadfile(path))
    rawget(_G, "setfenv")(chunk, env)
  else
    chunk = assert(loadfile(path, "t", env))
  end
  chunk()
  return table.concat(lines, "\n")
end

describe("examples", function()
  it("lookup.lua classifies and reverse-looks-up", function()
    local out = run_example("examples/lookup.lua")
    assert.matches("404  Not Found%s+client_error", out)
    assert.matches('"Payload Too Large"%s+%-> 413 Content Too Large', out)
    assert.matches("nginx: Client Closed Request", out, 1, true)
  end)

  it("build_response.lua builds responses and catches every mistake", function()
    local out = run_example("examples/build_response.lua")
    assert.matches("HTTP/1.1 201 Created\\r\\n", out, 1, true)
    assert.matches("Content-Length: 9\\r\\n", out, 1, true)
    assert.matches("application/problem+json", out, 1, true)
    assert.is_nil(out:find("accepted?!", 1, true))
    local _, caught = out:gsub("bad argument #", "")
    assert.are.equal(5, caught)
  end)

  it("retry.lua retries what may be retried, and no more", function()
    local out = run_example("examples/retry.lua")
    assert.matches("finished with 200 after 4 attempts, 5.0 s of waiting", out, 1, true)
    assert.matches("POST stopped at 503", out, 1, true)
  end)
end)
