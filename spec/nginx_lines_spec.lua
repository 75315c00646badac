-- What nginx writes on its own status lines: csrc/httpstatus_nginx.h is
-- generated from nginx's source by scripts/nginx_status_lines.lua, and
-- info(code).nginx_phrase reads it. Every phrase nginx writes must resolve
-- to its code through hs.code and parse_status_line.
local hs = require "httpstatus"

local HEADER = "csrc/httpstatus_nginx.h"
local TARBALL_DIR = "../shared/vendor/openresty"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- { [code] = phrase } as the checked-in header lists them
local function listed()
  local rows = {}
  for code, phrase in read(HEADER):gmatch('X%((%d+), "([^"]*)"%)') do
    rows[tonumber(code)] = phrase
  end
  return rows
end

-- the vendored nginx tarball, or nil when ../shared is not there
local function tarball()
  local p = io.popen("ls " .. TARBALL_DIR .. "/nginx-release-*.tar.gz 2>/dev/null")
  local path = p:read("*l")
  p:close()
  return path
end

describe("nginx's own status lines", function()
  local rows = listed()

  it("are read from the generated header: the phrases the issue names", function()
    assert.are.equal("Moved Temporarily", rows[302])
    assert.are.equal("Not Allowed", rows[405])
    assert.are.equal("Request Time-out", rows[408])
    assert.are.equal("Request Entity Too Large", rows[413])
    assert.are.equal("Request-URI Too Large", rows[414])
    assert.are.equal("Requested Range Not Satisfiable", rows[416])
    assert.are.equal("Service Temporarily Unavailable", rows[503])
    assert.are.equal("Gateway Time-out", rows[504])
    -- the 1xx lines nginx writes by itself, outside ngx_http_status_lines[]:
    -- its answer to Expect: 100-continue and (1.29.0 on) early_hints
    assert.are.equal("Continue", rows[100])
    assert.are.equal("Early Hints", rows[103])
    for _, code in ipairs { 101, 102, 104, 203, 205, 207, 208, 226, 300, 305, 407, 417, 418,
                            422, 423, 424, 425, 426, 428, 431, 451, 506, 508, 510, 511 } do
      assert.is_nil(rows[code], code)
    end
  end)

  it("are what info(code).nginx_phrase says, for every registered code", function()
    for _, code in ipairs(hs.codes()) do
      assert.are.equal(rows[code] or "", hs.info(code).nginx_phrase, code)
    end
    for code in pairs(rows) do assert.is_true(hs.is_registered(code), code) end
    assert.are.equal(read(HEADER):match('HTTPSTATUS_NGINX_VERSION "([^"]+)"'), hs.NGINX_VERSION)
  end)

  it("are core.table(\"nginx_phrases\"), which httpstatus.ngx reads, dense and compact", function()
    local core = require("internal").module("httpstatus.core")
    assert.are.same(rows, core.table("nginx_phrases"))
    assert.are.same(rows, core.table("nginx_phrases", true))
    local n = 0
    for _ in pairs(rows) do n = n + 1 end
    assert.are.equal(38, n)
  end)

  it("resolve to their code through hs.code and parse_status_line", function()
    for _, code in ipairs(hs.codes()) do
      local phrase = hs.info(code).nginx_phrase
      local line = ("HTTP/1.1 %d %s"):format(code, phrase)
      assert.are.same({ code, phrase, "1.1" }, { hs.parse_status_line(line) }, line)
      if phrase ~= "" then assert.are.equal(code, hs.code(phrase), phrase) end
    end
  end)

  it("are current with the vendored nginx source (skipped without ../shared)", function()
    local path = tarball()
    if not path then
      pending("no " .. TARBALL_DIR .. "/nginx-release-*.tar.gz here")
      return
    end
    local p = io.popen("lua" .. (_VERSION:match("%d%.%d") or "") .. " scripts/nginx_status_lines.lua "
      .. path .. " 2>&1")
    local generated = p:read("*a")
    p:close()
    assert.are.equal(read(HEADER), generated)
  end)
end)
