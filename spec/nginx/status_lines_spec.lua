-- Every code httpstatus.ngx's exit accepts (200-599) and the five
-- redirects, on the wire of a real nginx (scripts/nginx_test.sh). Over
-- HTTP/1.1: the status line, byte for byte, is hs.status_line(code) where
-- ngx_lua can set our phrase (ngx.resp.set_status), else the one nginx
-- writes for that code itself; HEAD has no body; five requests pipelined
-- on one connection come back framed by their Content-Length. Over h2c:
-- the status, no DATA after HEAD, DATA as long as Content-Length says,
-- no stream reset.
local client = require "nginx.client"
local hs = require "httpstatus"

local REDIRECTS = { 301, 302, 303, 307, 308 }
local PIPELINE = { "GET", "HEAD", "GET", "HEAD", "GET" }

-- the paths of codes first..last at /code/NNN
local function code_paths(first, last, skip)
  local t = {}
  for code = first, last do
    if code ~= skip then t[#t + 1] = { code, "/code/" .. code } end
  end
  return t
end

local function redirect_paths()
  local t = {}
  for i, code in ipairs(REDIRECTS) do t[i] = { code, "/redirect/" .. code } end
  return t
end

local function may_carry_content(code, method)
  return method ~= "HEAD" and code ~= 204 and code ~= 304
end

describe("every status exit sends, on the wire #nginx", function()
  local can_set -- ngx.resp.set_status: our phrase on the status line

  setup(function()
    assert(client.PORT, "run through scripts/nginx_test.sh: HS_NGINX_PORT is not set")
    can_set = client.request("GET", "/capabilities").body == "set_status"
  end)

  -- the status line HTTP/1.1 must carry for code
  local function expected_line(code)
    if can_set then return hs.status_line(code) end
    -- this ngx_lua can only set ngx.status: nginx writes its own line
    local line = client.request("GET", "/nginx-status/" .. code).status_line
    assert(line:sub(1, 13) == "HTTP/1.1 " .. code .. " ", line)
    return line
  end

  -- HTTP/1.1: the problems of each path's pipelined exchange
  local function pipelined_problems(paths, check)
    local problems = {}
    for _, p in ipairs(paths) do
      local code, path = p[1], p[2]
      local requests = {}
      for i, method in ipairs(PIPELINE) do requests[i] = { method, path } end
      local responses, err = client.pipelined(requests)
      if not responses then
        problems[#problems + 1] = path .. ": " .. err
      else
        local want = expected_line(code)
        local get = responses[1]
        for i, r in ipairs(responses) do
          local method = PIPELINE[i]
          if r.status_line ~= want then
            problems[#problems + 1] = ("%s %s: status line %q, expected %q"):format(method, path,
              r.status_line, want)
          elseif may_carry_content(code, method)
              and r.headers["content-length"] ~= tostring(#r.body) then
            problems[#problems + 1] = ("%s %s: Content-Length %s for %d bytes"):format(method,
              path, tostring(r.headers["content-length"]), #r.body)
          elseif method == "HEAD" and r.headers["content-length"] ~= get.headers["content-length"]
          then
            problems[#problems + 1] = ("HEAD %s: Content-Length %s, GET's %s"):format(path,
              tostring(r.headers["content-length"]), tostring(get.headers["content-length"]))
          end
          if check then check(problems, method, path, r) end
        end
      end
    end
    return problems
  end

  -- h2c: the problems of each path's GET and HEAD, as streams of one
  -- connection a method
  local function h2_problems(paths, check)
    local problems, list = {}, {}
    for i, p in ipairs(paths) do list[i] = p[2] end
    for _, method in ipairs { "GET", "HEAD" } do
      local results, err = client.h2_batch(method, list)
      assert(results, err)
      for i, r in ipairs(results) do
        local code, path = paths[i][1], paths[i][2]
        local length = tonumber(r.headers["content-length"] or "")
        if r.reset then
          problems[#problems + 1] = ("%s %s: stream reset: %s"):format(method, path, r.reset)
        elseif r.status ~= code then
          problems[#problems + 1] = ("%s %s: status %s"):format(method, path, tostring(r.status))
        elseif method == "HEAD" and r.data ~= 0 then
          problems[#problems + 1] = ("HEAD %s: %d bytes of DATA"):format(path, r.data)
        elseif may_carry_content(code, method) and length ~= r.data then
          problems[#problems + 1] = ("GET %s: Content-Length %s for %d bytes of DATA")
            :format(path, tostring(length), r.data)
        end
        for _, name in ipairs { "connection", "keep-alive", "proxy-connection",
                                "transfer-encoding", "upgrade" } do
          if r.headers[name] then
            problems[#problems + 1] = ("%s %s: connection-specific field %s"):format(method,
              path, name)
          end
        end
        if check then check(problems, method, path, r) end
      end
    end
    return problems
  end

  local problems_of = client.H2 and h2_problems or pipelined_problems

  for _, class in ipairs { 2, 3, 4, 5 } do
    local first, last = class * 100, class * 100 + 99
    local what = client.H2 and "status, no body after HEAD, DATA as long as Content-Length"
      or "status line byte for byte, no body after HEAD, five pipelined requests framed"
    it(("exit(%d..%d): %s"):format(first, last, what), function()
      -- over HTTP/2 a 426 cannot be sent: http2_spec.lua shows exit refuses it
      local paths = code_paths(first, last, client.H2 and 426 or nil)
      assert.are.same({}, problems_of(paths))
    end)
  end

  it("redirect(location, 301/302/303/307/308): the same, with Location and no content",
    function()
      local function location(problems, method, path, r)
        if r.headers.location ~= "/elsewhere" then
          problems[#problems + 1] = ("%s %s: Location %s"):format(method, path,
            tostring(r.headers.location))
        end
        if r.headers["content-length"] ~= "0" then
          problems[#problems + 1] = ("%s %s: Content-Length %s"):format(method, path,
            tostring(r.headers["content-length"]))
        end
      end
      assert.are.same({}, problems_of(redirect_paths(), location))
    end)
end)
