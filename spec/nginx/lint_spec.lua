-- hs.lint against the real nginx: hsngx.lint in log_by_lua_block logs the
-- warning for a handler that sends a 405 without Allow and nothing for
-- correct handlers (over HTTP/1.1 and h2c, on both stacks); `httpstatus
-- lint` on what curl prints of nginx's own responses (static files, a
-- directory listing, error pages, redirects, return directives, a proxy
-- error, HEAD, 304) finds no error, and only the warnings nginx earns
-- (spec/data/lint/README.md says which and why).
local client = require "nginx.client"

local function log_lines(pattern)
  local out = {}
  for line in client.read_file(client.ERROR_LOG):gmatch("[^\n]+") do
    if line:find(pattern) then out[#out + 1] = line end
  end
  return out
end

-- the log phase runs after the response went out: wait for its line
local function wait_for(pattern)
  for _ = 1, 50 do
    local lines = log_lines(pattern)
    if #lines > 0 then return lines end
    os.execute("sleep 0.1")
  end
  return {}
end

local function sh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- curl's output for a request, then `httpstatus lint --json` on it
local function curl_lint(path, curl_args)
  local url = ("http://127.0.0.1:%d%s"):format(client.PORT, path)
  local curl = "curl -s -i --max-time 10 " .. (client.H2 and "--http2-prior-knowledge " or "")
    .. (curl_args or "") .. " " .. sh_quote(url)
  local p = assert(io.popen(curl))
  local capture = p:read("*a")
  p:close()
  local cmd = "LUA_PATH='lua/?.lua;;' LUA_CPATH='build/luajit/?.so;;' luajit bin/httpstatus lint "
    .. "--json < "
  local tmp = os.tmpname()
  local f = assert(io.open(tmp, "wb"))
  f:write(capture)
  f:close()
  p = assert(io.popen(cmd .. tmp .. "; echo \"@@exit $?\""))
  local out = p:read("*a")
  p:close()
  os.remove(tmp)
  local json, status = out:match("^(.*)@@exit (%d+)\n$")
  return require("cjson").decode(json), tonumber(status), capture
end

-- warnings nginx earns on its own responses (see spec/data/lint/README.md)
local EARNED = { ["unframed-without-close"] = true }

describe("hs.lint on the real nginx #nginx", function()
  it("hsngx.lint logs a 405 without Allow, once, as an error of missing-allow", function()
    local r = client.request("GET", "/lint/bad-405")
    assert.are.equal(405, r.status)
    local lines = wait_for("httpstatus lint: 405 /lint/bad%-405: error missing%-allow")
    assert.are.equal(1, #lines)
    assert.truthy(lines[1]:find("[warn]", 1, true))
    assert.truthy(lines[1]:find("RFC 9110, Section 15.5.6", 1, true))
  end)

  it("hsngx.lint logs nothing for correct handlers", function()
    for _, path in ipairs { "/lint/good-405", "/lint/good-200", "/lint/good-301" } do
      local r = client.request("GET", path)
      assert.truthy(r.status)
      r = client.request("HEAD", path)
      assert.truthy(r.status)
    end
    client.request("GET", "/lint/bad-405") -- logged after the good ones: they are done
    assert.is_true(#wait_for("/lint/bad%-405: error") >= 2)
    assert.are.same({}, log_lines("httpstatus lint: %d+ /lint/good"))
    assert.are.same({}, log_lines("httpstatus lint failed"))
  end)

  local CASES = {
    { "/lint-static/hello.txt" }, { "/lint-static/hello.txt", "-I" }, { "/lint-static/" },
    { "/lint-static/dir" }, { "/lint-static/missing" }, { "/lint-return/204" },
    { "/lint-return/301" }, { "/lint-return/301", "-L" }, { "/lint-return/text" },
    { "/lint-return/403" }, { "/lint-proxy/down" }, { "/lint/good-405" }, { "/lint/good-301", "-L" },
  }
  for _, case in ipairs(CASES) do
    it("httpstatus lint finds no error in curl -si " .. (case[2] or "") .. " " .. case[1], function()
      local findings, status, capture = curl_lint(case[1], case[2])
      assert.truthy(capture:find("^HTTP/"), capture)
      for _, f in ipairs(findings) do
        assert(f.level ~= "error", f.rule .. ": " .. f.message .. "\n" .. capture)
        assert(f.level == "info" or EARNED[f.rule], f.rule .. ": " .. f.message .. "\n" .. capture)
      end
      assert.are.equal(0, status)
    end)
  end

  it("httpstatus lint finds the 304 to If-None-Match clean, and the missing Allow", function()
    local _, _, capture = curl_lint("/lint-static/hello.txt")
    local etag = capture:match("\n[Ee][Tt]ag: ([^\r\n]+)")
    assert.truthy(etag)
    local findings, status, c304 = curl_lint("/lint-static/hello.txt",
      "-H " .. sh_quote("If-None-Match: " .. etag))
    assert.truthy(c304:find("^HTTP/[%d.]+ 304"), c304)
    assert.are.equal(0, status)
    for _, f in ipairs(findings) do assert.are.equal("info", f.level) end
    findings, status = curl_lint("/lint/bad-405")
    assert.are.equal(1, status)
    assert.are.equal("missing-allow", findings[1].rule)
    -- nginx's own 405 (POST to a static file) has no Allow either: an error
    -- nginx earns (spec/data/lint/README.md)
    findings, status = curl_lint("/lint-static/hello.txt", "-X POST")
    assert.are.equal(1, status)
    assert.are.same({ "missing-allow", "error", 405 },
      { findings[1].rule, findings[1].level, findings[1].status })
  end)
end)
