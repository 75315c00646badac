--- The `httpstatus` command: look codes up from a shell.
-- bin/httpstatus is a two-line wrapper; everything is here so that the
-- specs can run it with captured output.
-- @module httpstatus.cli

local hs = require "httpstatus"
local core = require "httpstatus.core"
local check = require "httpstatus.check"

local ipairs, tonumber, tostring = ipairs, tonumber, tostring
local concat, sort = table.concat, table.sort
local format = string.format

local M = {}

-- User text is echoed only through quote: printable ASCII, so no escape
-- sequence from an argument or a parsed line ever reaches the terminal.
local quote = check.quote

local USAGE = [[
usage: httpstatus [options] CODE | TEXT... | Nxx | --all
       httpstatus [options] search WORD
       httpstatus [options] parse "HTTP/1.1 404 Not Found"

  CODE        a status code: 404
  TEXT...     a reason phrase, constant or old name: not found, PAYLOAD_TOO_LARGE
  Nxx         every registered code of a class: 1xx .. 5xx
  --all       every registered code
  search WORD codes whose phrase, name, alias or description mentions WORD
  parse LINE  read a status line and describe its code

options:
  --lang LANG   en (default) or ko
  --json        machine-readable output
  --color / --no-color   colour (default: only on a terminal, not with NO_COLOR)
  --lenient     with parse: also accept "HTTP/1.1 200" and "HTTP/2 200"
  -h, --help    this text;   --version   the version

exit status: 0 found, 1 no such code, 2 bad usage
]]

local CLASS_COLOR = { informational = "36", success = "32", redirection = "36",
                      client_error = "33", server_error = "31" }

-- an output context: o.out(s) writes, o.color says whether to colour
local function paint(o, code, s)
  if not o.color then return s end
  return "\27[" .. code .. "m" .. s .. "\27[0m"
end

-- columns a UTF-8 text takes: three-byte characters (Hangul, CJK) are
-- drawn two columns wide, every other character one
local function columns(s)
  local _, chars = s:gsub("[^\128-\191]", "")
  local _, wide = s:gsub("[\224-\239]", "")
  return chars + wide
end

-- wrap text at width columns, each line indented
local function wrap(text, indent, width)
  local lines, line = {}, indent
  for word in text:gmatch("%S+") do
    if #line > #indent and columns(line) + 1 + columns(word) > width then
      lines[#lines + 1] = line
      line = indent .. word
    else
      line = (#line > #indent) and (line .. " " .. word) or (line .. word)
    end
  end
  if #line > #indent then lines[#lines + 1] = line end
  return concat(lines, "\n")
end

local function facts_of(code)
  local facts = {}
  if hs.is_cacheable(code) then facts[#facts + 1] = "cacheable by default" end
  if hs.must_not_store(code) then facts[#facts + 1] = "must not be stored" end
  if hs.is_retryable(code) then facts[#facts + 1] = "retryable" end
  if hs.has_retry_after(code) then facts[#facts + 1] = "Retry-After meaningful" end
  if not hs.allows_body(code) then facts[#facts + 1] = "no content" end
  if hs.preserves_method(code) then facts[#facts + 1] = "keeps method" end
  if hs.is_deprecated(code) then facts[#facts + 1] = "deprecated" end
  return facts
end

local function show_registered(o, code)
  local info = hs.info(code)
  local reason = hs.reason(code, { lang = o.lang })
  local title = reason == info.reason and reason or (reason .. " (" .. info.reason .. ")")
  o.out(paint(o, "1;" .. CLASS_COLOR[info.class], code .. " " .. title) .. "\n")
  o.out(format("  class:      %s\n", info.class))
  o.out(format("  constant:   hs.%s\n", info.name))
  o.out(format("  reference:  %s\n", info.reference))
  local status = info.status
  if info.expires then status = status .. ", expires " .. info.expires end
  if info.registry_phrase ~= info.reason then
    status = status .. ", listed as " .. info.registry_phrase
  end
  o.out(format("  registry:   %s (IANA, %s)\n", status, hs.REGISTRY_DATE))
  local facts = facts_of(code)
  if info.redirect then
    facts[#facts + 1] = info.redirect .. " redirect, method " .. info.method:gsub("_", " ")
  end
  if #facts > 0 then o.out("  facts:      " .. concat(facts, "; ") .. "\n") end
  for _, h in ipairs(info.headers) do
    o.out(format("  header:     %s %s\n", h.level:upper(), h.name))
  end
  for _, a in ipairs(info.aliases) do
    o.out(format("  old name:   %s (hs.%s, %s)\n", a.phrase, a.name, a.source))
  end
  o.out("\n" .. wrap(hs.describe(code, o.lang), "  ", 78) .. "\n")
end

local function show_unofficial(o, code, list)
  local title = code .. " (not registered with IANA)"
  o.out(paint(o, "1;" .. CLASS_COLOR[hs.class(code)], title) .. "\n")
  o.out(format("  class:      %s\n", hs.class(code)))
  for _, u in ipairs(list) do
    o.out(format("\n  %s: %s\n", u.vendor, u.reason))
    o.out(wrap(hs.describe(code, o.lang, u.vendor), "    ", 78) .. "\n")
  end
end

-- the JSON form of one code: info() plus the description, or the vendors
local function json_of(o, code)
  local t = hs.info(code)
  if t then
    if o.lang ~= "en" then t.localized_reason = hs.reason(code, { lang = o.lang }) end
    t.description = hs.describe(code, o.lang)
    if #t.aliases == 0 then t.aliases = nil end
    if #t.headers == 0 then t.headers = nil end
  else
    t = { code = code, class = hs.class(code), registered = false, unofficial = {} }
    for i, u in ipairs(hs.unofficial(code)) do
      t.unofficial[i] = { vendor = u.vendor, reason = u.reason,
                          description = hs.describe(code, o.lang, u.vendor) }
    end
  end
  return t
end

local function encode(value)
  local json = assert(core.json_encode(value))
  return json .. "\n"
end

-- one code: 0 when known (registered or a vendor code), else 1
local function show_code(o, code)
  local list = hs.unofficial(code)
  if not hs.is_registered(code) and not list then
    o.err(format("httpstatus: %d is not a registered status code%s\n", code,
      hs.class(code) and (" (class " .. hs.class(code) .. ")") or " (codes are 100..599)"))
    return 1
  end
  if o.json then
    o.out(encode(json_of(o, code)))
  elseif hs.is_registered(code) then
    show_registered(o, code)
  else
    show_unofficial(o, code, list)
  end
  return 0
end

local function list_codes(o, codes)
  if o.json then
    local all = {}
    for i, code in ipairs(codes) do all[i] = json_of(o, code) end
    o.out(encode(all))
    return 0
  end
  for _, code in ipairs(codes) do
    local name = hs.reason(code, { lang = o.lang })
    if not name then
      local vendors = {}
      for _, u in ipairs(hs.unofficial(code)) do
        vendors[#vendors + 1] = u.vendor .. ": " .. u.reason
      end
      name = "(not registered) " .. concat(vendors, "; ")
    end
    o.out(format("%s  %s\n", paint(o, CLASS_COLOR[hs.class(code)], tostring(code)), name))
  end
  return 0
end

local function class_codes(digit)
  local codes = {}
  for _, code in ipairs(hs.codes()) do
    if code >= digit * 100 and code < digit * 100 + 100 then codes[#codes + 1] = code end
  end
  return codes
end

-- codes whose texts mention word (plain, case-insensitive)
local function search(o, word)
  local needle, found = word:lower(), {}
  local function mentions(s) return s and s:lower():find(needle, 1, true) ~= nil end
  for _, code in ipairs(hs.codes()) do
    local info = hs.info(code)
    local hit = mentions(tostring(code)) or mentions(info.reason) or mentions(info.name)
      or mentions(hs.describe(code)) or mentions(hs.describe(code, o.lang))
      or mentions(hs.reason(code, { lang = o.lang }))
    for _, a in ipairs(info.aliases) do hit = hit or mentions(a.phrase) or mentions(a.name) end
    if hit then found[#found + 1] = code end
  end
  for _, code in ipairs(core.vendor_codes()) do
    for _, u in ipairs(hs.unofficial(code)) do
      if not hs.is_registered(code) and (mentions(u.reason) or mentions(u.vendor)
          or mentions(hs.describe(code, o.lang, u.vendor))) then
        found[#found + 1] = code
        break
      end
    end
  end
  sort(found)
  if #found == 0 then
    o.err(format("httpstatus: nothing mentions %s\n", quote(word)))
    return 1
  end
  return list_codes(o, found)
end

local function parse(o, line)
  local code, reason, version = hs.parse_status_line(line, { lenient = o.lenient })
  if not code then
    o.err(format("httpstatus: not a status line: %s\n", reason))
    return 1
  end
  if o.json then
    o.out(encode({ code = code, reason = reason, version = version }))
    return 0
  end
  o.out(format("HTTP/%s, code %d, reason %s\n\n", version, code, quote(reason)))
  if hs.is_registered(code) or hs.unofficial(code) then return show_code(o, code) end
  return 0
end

local function usage_error(o, message)
  o.err("httpstatus: " .. message .. "\nTry 'httpstatus --help'.\n")
  return 2
end

--- Run the command with the words in args (like `arg`). io: out(s) and
-- err(s) write; tty says whether out is a terminal; getenv reads the
-- environment. Returns the exit status.
function M.main(args, io)
  local o = { out = io.out, err = io.err, lang = "en", json = false, lenient = false }
  local color = io.tty and not io.getenv("NO_COLOR")
  local words, all = {}, false
  local i = 1
  while args[i] ~= nil do
    local a = args[i]
    if a == "--lang" then
      i = i + 1
      if args[i] == nil then return usage_error(o, "--lang needs a language") end
      o.lang = args[i]
    elseif a:find("^%-%-lang=") then
      o.lang = a:sub(8)
    elseif a == "--json" then o.json = true
    elseif a == "--color" then color = true
    elseif a == "--no-color" then color = false
    elseif a == "--lenient" then o.lenient = true
    elseif a == "-h" or a == "--help" then io.out(USAGE) return 0
    elseif a == "--version" then io.out("httpstatus " .. hs.VERSION .. "\n") return 0
    elseif a == "--all" then all = true
    elseif a == "--" then
      for j = i + 1, #args do words[#words + 1] = args[j] end
      break
    elseif a:find("^%-%-?%a") then
      return usage_error(o, "unknown option " .. quote(a))
    else
      words[#words + 1] = a
    end
    i = i + 1
  end
  if o.lang ~= "en" and o.lang ~= "ko" then
    return usage_error(o, "unknown language " .. quote(o.lang) .. " (en or ko)")
  end
  o.color = color and not o.json
  if all then
    if #words > 0 then return usage_error(o, "--all takes no other words") end
    return list_codes(o, hs.codes())
  end
  if #words == 0 then return usage_error(o, "what code?") end
  local first = words[1]
  if first == "search" or first == "parse" then
    if #words ~= 2 then return usage_error(o, first .. " takes one argument (quote it)") end
    if first == "search" then return search(o, words[2]) end
    return parse(o, words[2])
  end
  if #words == 1 and first:find("^%d+$") then
    local code = #first <= 3 and tonumber(first) -- 20 digits are no integer on 5.3+
    if not hs.is_valid(code) then
      o.err(format("httpstatus: %s is not a status code (codes are 100..599)\n", first))
      return 1
    end
    return show_code(o, code)
  end
  local digit = #words == 1 and first:match("^([1-5])[xX][xX]$")
  if digit then return list_codes(o, class_codes(tonumber(digit))) end
  local text = concat(words, " ")
  local code = hs.code(text)
  if code == nil then
    o.err(format("httpstatus: no status code is called %s (try: httpstatus search WORD)\n",
      quote(text)))
    return 1
  end
  return show_code(o, code)
end

return M
