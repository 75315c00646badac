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
    -- header fields at the level the RFCs give them, with the condition when there is one:
    -- RFC 9110 15.5.14 "If the condition is temporary, the server SHOULD generate a
    -- Retry-After"; 15.4.2 "The server SHOULD generate a Location"; 15.6.4 and RFC 6585, 4:
    -- MAY send (include) a Retry-After
    for code, fields in pairs {
      [413] = "Retry-After SHOULD, when the condition is temporary", [301] = "Location SHOULD",
      [429] = "Retry-After MAY", [503] = "Retry-After MAY", [405] = "Allow MUST",
      [401] = "WWW-Authenticate MUST",
    } do
      local line = out:match("\n" .. code .. "  [^\n]*")
      assert.truthy(line and line:find(fields, 1, true), code .. ": " .. tostring(line))
      assert.is_nil(line:find("needs", 1, true), line)
    end
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
    -- 2 s (Retry-After seconds) + 3 s (a date, measured against the skewed server's Date,
    -- not our clock, by which it is past) + 2 s (backoff on the third attempt)
    assert.matches("Retry-After 2: waiting 2.0 s (retry_after)", out, 1, true)
    assert.matches("GMT: waiting 3.0 s (retry_after)", out, 1, true)
    assert.matches("Retry-After absent: waiting 2.0 s (backoff)", out, 1, true)
    assert.matches("finished with 200 after 4 attempts, 7.0 s of waiting", out, 1, true)
    assert.matches("POST stopped at 503 (method)", out, 1, true)
    assert.matches("GET gave up at 503 after 4 attempts (attempts)", out, 1, true)
    assert.matches("POST finished with 201 after 2 attempts", out, 1, true)
    for _, form in ipairs { '"Sun, 06 Nov 1994 08:50:37 GMT"', '"Sunday, 06-Nov-94 08:50:37 GMT"',
                            '"Sun Nov  6 08:50:37 1994"' } do
      assert.matches("retry_after(" .. form .. ") = 60", out, 1, true)
    end
    assert.matches('retry_after("120") = 120', out, 1, true)
    assert.matches('retry_after("Sun, 06 Nov 1994 08:00:00 GMT") = 0', out, 1, true)
    assert.matches('retry_after("soon") = nil, ', out, 1, true)
    -- the example leans on the library, not on its own parsing
    local f = assert(io.open("examples/retry.lua"))
    local src = f:read("*a")
    f:close()
    for _, call in ipairs { "hs.should_retry(", "hs.retry_delay(", "hs.retry_after(" } do
      assert.matches(call, src, 1, true)
    end
    assert.is_nil(src:find(":match(", 1, true))
    assert.is_nil(src:find(":find(", 1, true))
  end)
end)
