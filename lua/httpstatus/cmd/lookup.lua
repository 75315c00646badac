--- `httpstatus CODE|TEXT|Nxx...`, `--all`, `search WORD`, `parse LINE`:
-- codes looked up and printed as text, JSON or a Markdown table. The
-- dispatcher (httpstatus.cmd.main) has read the options into o; here the
-- words become results (httpstatus.cmd.find) and the results output
-- (httpstatus.cmd.show).
-- @module httpstatus.cmd.lookup

local hs = require "httpstatus"
local find = require "httpstatus.cmd.find"
local show = require "httpstatus.cmd.show"
local json = require "httpstatus.cmd.json"
local quote = require("httpstatus.cmd.escape").quote

local ipairs = ipairs
local concat = table.concat
local format = string.format

local M = {}

local function error_json(r)
  local t = { error = r.error }
  if r.suggestions and #r.suggestions > 0 then
    t.suggestions = {}
    for i, s in ipairs(r.suggestions) do
      t.suggestions[i] = { code = s.code, text = s.text, note = s.note }
    end
  end
  t.hint = r.hint
  return t
end

local function report_error(o, r)
  local lines = { "httpstatus: " .. r.error }
  if #r.suggestions > 0 then
    lines[1] = lines[1] .. "; did you mean:"
    for _, s in ipairs(r.suggestions) do
      lines[#lines + 1] = format("  %d  %s%s", s.code, s.text,
        s.note and (" (" .. s.note .. ")") or "")
    end
    if r.more > 0 then
      lines[#lines + 1] = format("  (%d more; %s)", r.more, r.hint)
    end
  elseif r.hint then
    lines[1] = lines[1] .. " (" .. r.hint .. ")"
  end
  o.err(concat(lines, "\n") .. "\n")
end

local function emit_json(o, results)
  local values = {}
  for i, r in ipairs(results) do
    if r.error then values[i] = error_json(r)
    elseif r.code then values[i] = show.json_value(o, r.code)
    else
      local list = json.array()
      for k, code in ipairs(r.list) do
        list[k] = show.json_value(o, code)
        if r.described then -- a search: where the word was found
          list[k].found_in = r.described[code] and "description" or "name"
        end
      end
      values[i] = list
    end
  end
  if #values == 1 then return o.json_out(values[1]) end
  local flat = json.array() -- several: one array, the lists spread into it
  for i, r in ipairs(results) do
    if r.list then
      for _, v in ipairs(values[i]) do flat[#flat + 1] = v end
    else
      flat[#flat + 1] = values[i]
    end
  end
  o.json_out(flat)
end

-- print the results in o's format; 0 when each found something, else 1
local function emit(o, results)
  local status = 0
  for _, r in ipairs(results) do if r.error then status = 1 end end
  if o.json then
    emit_json(o, results)
    return status
  end
  if o.markdown then
    local codes = {}
    for _, r in ipairs(results) do
      if r.error then report_error(o, r)
      elseif r.code then codes[#codes + 1] = r.code
      else for _, code in ipairs(r.list) do codes[#codes + 1] = code end
      end
    end
    if #codes > 0 then show.markdown_table(o, codes) end
    return status
  end
  local shown = false
  for _, r in ipairs(results) do
    if r.error then
      report_error(o, r)
    else
      if shown then o.out("\n") end
      shown = true
      if r.code then
        show.entry(o, r.code)
      else
        for _, code in ipairs(r.list) do
          o.out(show.list_line(o, code, r.described and r.described[code]))
        end
      end
    end
  end
  return status
end

local function parse(o, line)
  local code, reason, version = hs.parse_status_line(line, { lenient = o.lenient })
  if not code then
    local r = find.not_found("not a status line: " .. reason)
    if not o.lenient and hs.parse_status_line(line, { lenient = true }) then
      r.hint = "--lenient accepts it: httpstatus --lenient parse LINE"
    end
    return emit(o, { r })
  end
  if o.json then
    o.json_out({ code = code, reason = reason, version = version })
    return 0
  end
  local T = show.TEXTS[o.lang]
  o.out(format(T.parsed, version, code, quote(reason)) .. "\n")
  if find.known(code) then
    o.out("\n")
    show.entry(o, code)
  else
    o.out(format(T.parsed_unknown, show.class_word(o.lang, hs.class(code))) .. "\n")
  end
  return 0
end

local function search(o, word)
  local r, problem = find.search(word)
  if r == nil then return o.usage(problem) end
  if o.json and r.error then -- no match is an empty list
    o.json_out(json.array())
    return 1
  end
  return emit(o, { r })
end

--- Run a lookup: command is "search", "parse" or nil (codes and texts),
-- words what follows it. Returns the exit status.
function M.command(o, command, words)
  if o.all then
    if command or #words > 0 then return o.usage("--all takes no other words") end
    return emit(o, { { list = hs.codes() } })
  end
  if command == "search" or command == "parse" then
    if #words ~= 1 then return o.usage(command .. " takes one argument (quote it)") end
    if command == "parse" then
      if o.markdown then return o.usage("--markdown is for codes, lists and search") end
      return parse(o, words[1])
    end
    return search(o, words[1])
  end
  -- each argument's words: "404 503" quoted as one is two codes too
  local split = {}
  for _, w in ipairs(words) do
    for part in w:gmatch("%S+") do split[#split + 1] = part end
  end
  if #split == 0 then return o.usage("what code?") end
  return emit(o, find.results(split))
end

return M
