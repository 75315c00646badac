-- The clients of the real-nginx test (spec/nginx/*_spec.lua), on the nginx
-- scripts/nginx_test.sh started at HS_NGINX_PORT. HS_NGINX_HTTP says how
-- requests go: "1" (the default) as raw HTTP/1.1 through LuaSocket, "2" as
-- h2c with prior knowledge through Debian's curl, one process a request
-- (curl 7.88 cannot reuse an h2c connection for a second request), and
-- batches of one method through nghttp, many streams on one connection.
local socket = require "socket"
local hs = require "httpstatus"

local M = {}

M.PORT = tonumber(os.getenv("HS_NGINX_PORT") or "")
-- the ports that 127.0.0.1:8081 ... 8089 stand for in the test's
-- configuration (scripts/nginx.sh): PORTS[8081]
M.PORTS = {}
for n = 8081, 8089 do M.PORTS[n] = tonumber(os.getenv("HS_NGINX_PORT_" .. n) or "") end
M.HTTP = os.getenv("HS_NGINX_HTTP") == "2" and 2 or 1
M.H2 = M.HTTP == 2
M.ERROR_LOG = os.getenv("HS_NGINX_ERROR_LOG")

function M.read_file(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

-- headers of a raw head (after its first line): lower-case names, repeated
-- fields joined by ", "
local function header_table(head)
  local h = {}
  for name, value in head:gmatch("\r\n([^:\r\n]+):[ \t]*([^\r\n]*)") do
    name = name:lower()
    h[name] = h[name] and (h[name] .. ", " .. value) or value
  end
  return h
end

local function unchunk(body)
  local out, rest = {}, body
  while true do
    local size, after = rest:match("^(%x+)[^\r\n]*\r\n()")
    size = tonumber(size, 16)
    if not size or size == 0 then break end
    out[#out + 1] = rest:sub(after, after + size - 1)
    rest = rest:sub(after + size + 2)
  end
  return table.concat(out)
end

-- What comes back for the bytes `raw` sent to port on a fresh
-- connection, read until nginx closes it.
local function exchange(raw, port)
  local c = assert(socket.connect("127.0.0.1", port or M.PORT))
  c:settimeout(5)
  assert(c:send(raw))
  local got, err, partial = c:receive("*a")
  c:close()
  -- nginx may reset a connection whose request it did not read to the end
  return got or (err and partial ~= "" and partial) or assert(got, err)
end

-- One HTTP/1.1 request on a fresh connection, read until nginx closes it.
local function request_h1(method, path, headers, opts)
  local lines = { method .. " " .. path .. " HTTP/1.1", "Host: localhost", "Connection: close" }
  for k, v in pairs(headers or {}) do lines[#lines + 1] = k .. ": " .. v end
  local body = opts and opts.body
  if body then lines[#lines + 1] = "Content-Length: " .. #body end
  local raw = exchange(table.concat(lines, "\r\n") .. "\r\n\r\n" .. (body or ""),
    opts and opts.port)
  return M.parse(raw)
end

--- A raw HTTP/1.1 response (to Connection: close) as request() returns it.
function M.parse(raw)
  local head, body = raw:match("^(.-\r\n)\r\n(.*)$")
  assert(head, "no end of head in: " .. raw)
  local status_line = head:match("^(.-)\r\n")
  local code, reason = hs.parse_status_line(status_line, { lenient = true })
  assert(code, "bad status line: " .. status_line)
  local h = header_table(head)
  if h["transfer-encoding"] == "chunked" then body = unchunk(body) end
  return { status = code, reason = reason, status_line = status_line, headers = h, body = body,
           head = head }
end

local function quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- One request over h2c through curl; raises with curl's own message when
-- curl fails (a malformed response is a PROTOCOL_ERROR there).
local function request_h2(method, path, headers, opts)
  local args = { "curl", "--http2-prior-knowledge", "-sS", "-i", "--max-time", "10" }
  if method == "HEAD" then
    args[#args + 1] = "-I"
  elseif method ~= "GET" then
    args[#args + 1] = "-X " .. quote(method)
  end
  if opts and opts.body then args[#args + 1] = "--data-binary " .. quote(opts.body) end
  for k, v in pairs(headers or {}) do args[#args + 1] = "-H " .. quote(k .. ": " .. v) end
  args[#args + 1] = quote(("http://127.0.0.1:%d%s"):format(opts and opts.port or M.PORT, path))
  local p = assert(io.popen(table.concat(args, " ") .. " 2>&1; echo \"@@curl exit $?\""))
  local out = p:read("*a")
  p:close()
  local text, status = out:match("^(.*)@@curl exit (%d+)\n$")
  assert(status == "0", ("curl %s %s failed: %s"):format(method, path, out))
  local head, body = text:match("^(.-\r\n)\r\n(.*)$")
  assert(head, "no end of head in: " .. text)
  local code = tonumber(head:match("^HTTP/2 (%d%d%d)"))
  assert(code, "not an HTTP/2 answer: " .. head)
  return { status = code, headers = header_table(head), body = body, head = head }
end

--- One request: status, reason (HTTP/1.1 only: HTTP/2 has none), the
-- status line (HTTP/1.1), headers (lower-case names; repeated ones joined
-- by ", "), body (unchunked), and the raw head. opts: port (another than
-- HS_NGINX_PORT), body (sent with its Content-Length).
function M.request(method, path, headers, opts)
  if M.H2 then return request_h2(method, path, headers, opts) end
  return request_h1(method, path, headers, opts)
end

--- HTTP/1.1: the bytes raw sent as they are to port, the response parsed
-- as request() parses it (nginx must close the connection after it).
function M.raw(raw, port)
  return M.parse(exchange(raw, port))
end

--- HTTP/1.1: one response from connection c to a request with `method`,
-- framed the way a client frames it (RFC 9112 6.3): no content after HEAD,
-- 1xx, 204 and 304, else exactly Content-Length bytes (chunked is not
-- expected). nil, message when the bytes do not frame.
function M.read_response(c, method)
  local status_line, err = c:receive("*l")
  if not status_line then return nil, "no status line: " .. err end
  local code = tonumber(status_line:match("^HTTP/1%.1 (%d%d%d) "))
  if not code then return nil, "bad status line " .. ("%q"):format(status_line) end
  local lines = { status_line }
  repeat
    local line
    line, err = c:receive("*l")
    if not line then return nil, "head ends early: " .. err end
    lines[#lines + 1] = line
  until line == ""
  local head = table.concat(lines, "\r\n")
  local h = header_table(head)
  local body = ""
  if method ~= "HEAD" and code >= 200 and code ~= 204 and code ~= 304 then
    local length = tonumber(h["content-length"] or "")
    if not length then return nil, ("%d without Content-Length: %s"):format(code, head) end
    if length > 0 then
      body, err = c:receive(length)
      if not body then return nil, "body ends early: " .. err end
    end
  end
  return { status = code, status_line = status_line, headers = h, body = body, head = head }
end

--- HTTP/1.1: the requests ({method, path}, each with Host) in one write on
-- one connection, the last with Connection: close; their responses read
-- back in order, then nothing more may come. nil, message when something
-- does not frame.
function M.pipelined(requests, extra)
  local c = assert(socket.connect("127.0.0.1", M.PORT))
  c:settimeout(5)
  local out = {}
  for i, r in ipairs(requests) do
    out[#out + 1] = ("%s %s HTTP/1.1\r\nHost: localhost\r\n%s%s\r\n"):format(r[1], r[2],
      extra or "", i == #requests and "Connection: close\r\n" or "")
  end
  assert(c:send(table.concat(out)))
  local responses = {}
  for i, r in ipairs(requests) do
    local response, err = M.read_response(c, r[1])
    if not response then
      c:close()
      return nil, ("response %d of %d (%s %s): %s"):format(i, #requests, r[1], r[2], err)
    end
    responses[i] = response
  end
  -- "closed" with nothing read: the end, as nginx closes after the last
  local rest, err, partial = c:receive("*a")
  c:close()
  rest = rest or partial
  if rest ~= "" then return nil, ("%d bytes after the last response: %q"):format(#rest, rest) end
  if err and err ~= "closed" then return nil, "reading to the end: " .. err end
  return responses
end

--- h2c: one request per path (method for all, headers for all) as streams
-- of one connection, through nghttp. For each path, in order: status,
-- headers (lower-case names, repeated ones joined by ", "), data (the
-- number of DATA bytes), reset (RST_STREAM's error, when the stream was
-- reset) or nil, message when nghttp fails. opts: port (another than
-- HS_NGINX_PORT), data (a file whose bytes each request sends as content).
function M.h2_batch(method, paths, headers, opts)
  local args = { "nghttp", "-nv", "-t", "10", "-H", quote(":method: " .. method) }
  if opts and opts.data then args[#args + 1] = "-d " .. quote(opts.data) end
  for k, v in pairs(headers or {}) do
    args[#args + 1] = "-H " .. quote(k:lower() .. ": " .. v)
  end
  for _, path in ipairs(paths) do
    args[#args + 1] = quote(("http://127.0.0.1:%d%s"):format(opts and opts.port or M.PORT, path))
  end
  local p = assert(io.popen(table.concat(args, " ") .. " 2>&1; echo \"@@nghttp exit $?\""))
  local out = p:read("*a")
  p:close()
  local streams, by_path, sending = {}, {}, nil
  for line in out:gmatch("[^\n]+") do
    local id = line:match("send HEADERS frame <.*stream_id=(%d+)>")
    if id then sending = { headers = {}, data = 0 }; streams[tonumber(id)] = sending end
    local path = line:match("^%s+:path: (.*)$")
    if path and sending then by_path[path] = sending; sending = nil end
    local sid, name, value = line:match("recv %(stream_id=(%d+)%) (:?[^:]+): (.*)$")
    if sid and streams[tonumber(sid)] then
      local s = streams[tonumber(sid)]
      if name == ":status" then
        s.status = tonumber(value)
      else
        s.headers[name] = s.headers[name] and (s.headers[name] .. ", " .. value) or value
      end
    end
    local length, did = line:match("recv DATA frame <length=(%d+), flags=0x%x+, stream_id=(%d+)>")
    if did and streams[tonumber(did)] then
      local s = streams[tonumber(did)]
      s.data = s.data + tonumber(length)
    end
    local rid = line:match("recv RST_STREAM frame <.*stream_id=(%d+)>")
    if rid and streams[tonumber(rid)] then streams[tonumber(rid)].reset = line end
  end
  local results = {}
  for i, path in ipairs(paths) do
    results[i] = by_path[path]
    if not results[i] then return nil, "nghttp sent no request for " .. path .. ": " .. out end
  end
  return results
end

return M
