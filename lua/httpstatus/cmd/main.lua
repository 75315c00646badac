--- The `httpstatus` command's dispatcher: the one place that reads the
-- command line, decides the output (text, --json, --markdown; colour and
-- width from the environment), answers usage errors (in JSON too with
-- --json) and returns the exit status. bin/httpstatus calls main with the
-- process's arguments; the specs call it with captured output.
--
-- The command's modules use only the public API of httpstatus:
--   httpstatus.cmd.lookup  codes, texts, Nxx, --all, search, parse
--   httpstatus.cmd.log     access logs (httpstatus.cmd.log_html: the page)
--   httpstatus.cmd.html    the reference page
-- and, shared: cmd.escape (every untrusted text), cmd.json, cmd.term
-- (width, wrapping, colour), cmd.words (labels in each language).
-- @module httpstatus.cmd.main

local hs = require "httpstatus"
local escape = require "httpstatus.cmd.escape"
local json = require "httpstatus.cmd.json"
local term = require "httpstatus.cmd.term"

local ipairs, require = ipairs, require

local quote = escape.quote

local M = {}

M.USAGE = [[
usage: httpstatus [options] CODE|TEXT|Nxx...
       httpstatus [options] --all
       httpstatus [options] search WORD
       httpstatus [options] parse LINE
       httpstatus [options] log [--html FILE] [--format F] [FILE...]
       httpstatus [options] html [-o FILE]
       httpstatus [options] lint [--method M] [FILE...]

  CODE         a status code: 404; several at once: 404 503
  TEXT         a reason phrase, constant, old name or vendor phrase:
               not found, PAYLOAD_TOO_LARGE, client closed request
  Nxx          every registered code of a class: 1xx .. 5xx
  --all        every registered code
  search WORD  codes whose phrase, name, alias or description mentions WORD
               (case, spaces, '-' and '_' do not matter: time out, TIME_OUT)
  parse LINE   read a status line and describe its code
  log FILE...  count the status codes of nginx/Apache access logs (standard
               input when none; .gz through gzip): classes, codes, error ratio;
               --html FILE also writes a report page; --format combined,
               common or any (default: both)
  html         write the reference page, one self-contained HTML file
               (-o FILE, default standard output)
  lint FILE... check HTTP responses (what curl prints with the headers
               included) against what HTTP demands (standard input when none);
               --method M names the request's method; exit status 1
               when a finding is an error

options (before or after the command; -- ends them):
  --lang LANG  en (default) or ko, for texts and labels (also --lang=LANG)
  --json       JSON on stdout; errors too: {"error": ...}; no match: []
  --markdown   a Markdown table: code | phrase | class | constant | reference
  --color      colour even when stdout is no terminal
  --no-color   no colour (nor with NO_COLOR set or TERM=dumb)
  --lenient    with parse: also accept "HTTP/1.1 200" and "HTTP/2 200"
  -h, --help   this text (after log or html: theirs)
  --version    the version

environment: COLUMNS (width to wrap to, default 80), NO_COLOR, TERM
exit status: 0 all found, 1 something not found, 2 bad usage
]]

-- The commands: the lookup's own (search, parse, and codes when no command
-- is named) and the two with modules of their own.
local COMMANDS = { search = "lookup", parse = "lookup", log = "log", html = "html", lint = "lint" }
local MODULES = { lookup = "httpstatus.cmd.lookup", log = "httpstatus.cmd.log",
                  html = "httpstatus.cmd.html", lint = "httpstatus.cmd.lint" }

-- Every option: the field it sets, whether it takes a value, and the
-- commands it is for (nil: every command).
local LOOKUP = { lookup = true, owner = "code lookups, search and parse" }
local LOG, HTML = { log = true, owner = "log" }, { html = true, owner = "html" }
local LINT = { lint = true, owner = "lint" }
local OPTIONS = {
  ["--lang"] = { key = "lang", value = true },
  ["--json"] = { key = "json" },
  ["--markdown"] = { key = "markdown", only = LOOKUP },
  ["--color"] = { key = "color", set = true },
  ["--no-color"] = { key = "color", set = false },
  ["--lenient"] = { key = "lenient", only = LOOKUP },
  ["--all"] = { key = "all", only = LOOKUP },
  ["-h"] = { key = "help" },
  ["--help"] = { key = "help" },
  ["--version"] = { key = "version" },
  ["--html"] = { key = "html", value = true, only = LOG },
  ["--format"] = { key = "format", value = true, only = LOG },
  ["--bucket"] = { key = "bucket", value = true, only = LOG },
  ["-o"] = { key = "output", value = true, only = HTML },
  ["--output"] = { key = "output", value = true, only = HTML },
  ["--method"] = { key = "method", value = true, only = LINT },
}

--- The command line read: { command = "log" or nil, kind = "lookup", "log"
-- or "html", words = {...}, opts = { json = true, lang = "ko", ... },
-- problem = the first usage error or nil }. Options may stand anywhere
-- before "--"; the first word that names a command is the command.
function M.parse(args)
  local r = { words = {}, opts = {}, used = {} }
  local function problem(message) r.problem = r.problem or message end
  local i = 1
  while args[i] ~= nil do
    local a = args[i]
    if a == "--" then
      for j = i + 1, #args do r.words[#r.words + 1] = args[j] end
      break
    end
    if a:find("^%-%-?%a") then
      local name, inline = a:match("^(%-%-[^=]+)=(.*)$")
      name = name or a
      local spec = OPTIONS[name]
      if spec == nil then
        problem("unknown option " .. quote(a))
      elseif spec.value then
        local v = inline
        if v == nil then
          i = i + 1
          v = args[i]
        end
        if v == nil then problem(name .. " needs a value") break end
        r.opts[spec.key] = v
        r.used[#r.used + 1] = name
      elseif inline then
        problem(name .. " takes no value")
      else
        if spec.set ~= nil then r.opts[spec.key] = spec.set else r.opts[spec.key] = true end
        r.used[#r.used + 1] = name
      end
    elseif r.command == nil and #r.words == 0 and COMMANDS[a] then
      r.command = a
    else
      r.words[#r.words + 1] = a
    end
    i = i + 1
  end
  r.kind = r.command and COMMANDS[r.command] or "lookup"
  for _, name in ipairs(r.used) do
    local only = OPTIONS[name].only
    if only and not only[r.kind] then
      problem(name .. " is for " .. only.owner .. " only")
    end
  end
  local lang = r.opts.lang
  if lang ~= nil and lang ~= "en" and lang ~= "ko" then
    problem("unknown language " .. quote(lang) .. " (en or ko)")
  end
  if r.opts.json and r.opts.markdown then problem("--json or --markdown, not both") end
  return r
end

--- Run the command with the words in args (like `arg`). io: out(s) and
-- err(s) write; tty says whether out is a terminal; columns (optional) is
-- the terminal's width, used when COLUMNS is not set; getenv reads the
-- environment; open, popen, stdin and gzip (optional) stand in for the
-- files and programs `log` and `html` use. Returns the exit status: 0 all
-- found, 1 something not found or not read or written, 2 bad usage.
function M.main(args, io)
  local r = M.parse(args)
  local getenv = io.getenv or function() return nil end
  local opts = r.opts
  local o = {
    out = io.out, err = io.err, io = io, command = r.command,
    json = opts.json or false, markdown = opts.markdown or false, lang = opts.lang or "en",
    lenient = opts.lenient or false, all = opts.all or false,
    html = opts.html, format = opts.format, output = opts.output, bucket = opts.bucket,
    method = opts.method,
  }
  o.color = term.wants_color(opts.color, io.tty, getenv) and not o.json and not o.markdown
  o.width = term.width(getenv, io.columns)
  local name = "httpstatus" .. (r.kind == "lookup" and "" or " " .. r.command)

  --- Write a value as JSON, one line.
  function o.json_out(value) o.out(json.encode(value) .. "\n") end

  --- A usage error: {"error": ...} on stdout with --json, else a line on
  -- stderr and where to find help. Returns 2, the exit status.
  function o.usage(message)
    if o.json then
      o.json_out({ error = message })
    else
      o.err(name .. ": " .. message .. "\nTry '" .. name .. " --help'.\n")
    end
    return 2
  end

  --- A failure that is no usage error (exit status 1): a line on stderr.
  function o.fail(message) o.err(name .. ": " .. message .. "\n") end

  if opts.help then
    local usage = r.kind == "lookup" and M.USAGE or require(MODULES[r.kind]).USAGE
    if o.json then o.json_out({ usage = usage }) else o.out(usage) end
    return 0
  end
  if opts.version then
    if o.json then o.json_out({ version = hs.VERSION })
    else o.out("httpstatus " .. hs.VERSION .. "\n") end
    return 0
  end
  if r.problem then return o.usage(r.problem) end
  return require(MODULES[r.kind]).command(o, r.command, r.words)
end

return M
