--- `httpstatus lint [--method M] [FILE...]`: hs.lint over what `curl -si`,
-- `curl -sIi` or a raw capture holds (standard input when no FILE), the
-- findings grouped per response, as text or JSON, in English or Korean
-- (the text's every word; JSON keeps its level and reference as data, the
-- message in the language).
-- Exit status 1 when any finding is an error (or a file cannot be read, or
-- is empty: curl -s prints nothing when it gets no answer).
-- Uses the public API only: everything it says comes from hs.lint.
-- @module httpstatus.cmd.lint

local hs = require "httpstatus"
local json = require "httpstatus.cmd.json"
local quote = require("httpstatus.cmd.escape").quote
local wording = require "httpstatus.cmd.wording"

local stdio = io
local ipairs, pcall = ipairs, pcall
local format = string.format

local M = {}

M.USAGE = [[
usage: httpstatus lint [--method M] [--json] [--lang ko] [FILE...]

  Check HTTP responses against what HTTP demands of them: what `curl -si`,
  `curl -sIi` or `curl -siL` printed, or any raw HTTP/1.x capture, one or
  several responses per file (standard input when no FILE is given).

  --method M   the request's method (default GET; HEAD, CONNECT and QUERY
               change the rules; case-sensitive: head is refused); without
               it a head with a length and no content after it (curl -sIi)
               is read as an answer to HEAD
  --json       the findings as a JSON array, one object per finding
  --lang ko    messages in Korean

exit status: 0 no error found, 1 an error found or a file not read (or empty),
2 bad usage
]]

-- the words of the text report; a level's label takes seven columns (a
-- Hangul syllable takes two), so the references line up under the messages
local LABEL = {
  en = { clean = "no findings", response = "response %d (%s)", none = "no status",
         error = "error  ", warning = "warning", info = "info   " },
  ko = { clean = "발견한 문제가 없습니다", response = "응답 %d (%s)", none = "상태 없음",
         error = "오류   ", warning = "경고   ", info = "정보   " },
}
M.LABEL = LABEL -- (for the glossary's spec)

-- why a read failed, for "cannot read PATH: why": io's "path: reason" said
-- without the path (the caller quotes it once), in printable ASCII
local function reason_of(err, path)
  err = tostring(err or "read failed")
  if err:sub(1, #path + 2) == path .. ": " then err = err:sub(#path + 3) end
  return quote(err):sub(2, -2)
end

local function read(path, io)
  local f, err
  if path == "-" then
    f = io.stdin or stdio.stdin
  else
    f, err = (io.open or stdio.open)(path, "rb")
    if not f then return nil, reason_of(err, path) end
  end
  local text
  text, err = f:read("*a")
  if path ~= "-" then f:close() end
  if not text then return nil, reason_of(err, path) end
  return text
end

-- the text report of one input's findings
local function text_of(findings, label, name, lang)
  local lines = {}
  if name then lines[1] = name .. ":" end
  if #findings == 0 then lines[#lines + 1] = "  " .. label.clean end
  -- grouped per response, in the order the responses came
  local by, order = {}, {}
  for _, f in ipairs(findings) do
    local r = f.response or 1
    if not by[r] then
      by[r] = {}
      order[#order + 1] = r
    end
    by[r][#by[r] + 1] = f
  end
  table.sort(order)
  for _, r in ipairs(order) do
    local list = by[r]
    lines[#lines + 1] = "  " .. format(label.response, r, list[1].status or label.none)
    for _, f in ipairs(list) do
      lines[#lines + 1] = format("    %s %s: %s", label[f.level], f.rule, f.message)
      -- "RFC 9110 15.5.6절" in Korean, as the other commands write it
      lines[#lines + 1] = "            " .. wording.reference(lang, f.reference)
    end
  end
  return table.concat(lines, "\n") .. "\n"
end

--- `httpstatus lint`, from the dispatcher: o holds the options read.
function M.command(o, _, words)
  local inputs = {}
  for i, w in ipairs(words) do inputs[i] = w end
  if #inputs == 0 then inputs[1] = "-" end
  local opts = { method = o.method, lang = o.lang ~= "en" and o.lang or nil }
  local ok, why = pcall(hs.lint, "", opts)
  if not ok then return o.usage((why:match("%((.*)%)$") or why)) end
  local lang = LABEL[o.lang] and o.lang or "en"
  local label = LABEL[lang]
  local status, all = 0, {}
  for _, path in ipairs(inputs) do
    local text, err = read(path, o.io)
    local name = path == "-" and "standard input" or quote(path)
    if not text then
      o.fail("cannot read " .. quote(path) .. ": " .. err)
      status = 1
    elseif text == "" then -- curl -s that got no answer prints nothing: say so, not "status line"
      o.fail("nothing to check: " .. name .. " is empty (did curl get an answer? without -s "
        .. "it says why not)")
      status = 1
    else
      -- a body alone (curl -s without -i): the finding says the line is no
      -- status line; this says what was missing
      if not text:find("^[\r\n]*HTTP/") then
        o.fail(name .. " does not begin with a status line: curl prints the head with -i "
          .. "(curl -si URL | httpstatus lint)")
      end
      local findings = hs.lint(text, opts)
      for _, f in ipairs(findings) do
        if f.level == "error" then status = 1 end
        if o.json then
          f.file = path ~= "-" and path or nil
          all[#all + 1] = f
        end
      end
      if not o.json then
        o.out(text_of(findings, label, #inputs > 1 and name or nil, lang))
      end
    end
  end
  if o.json then o.json_out(json.array(all)) end
  return status
end

return M
