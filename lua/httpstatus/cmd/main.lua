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
--   httpstatus.cmd.lint    HTTP responses checked with hs.lint
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
       httpstatus [options] html [-o|--output FILE]
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
               common, vhost_combined, json, an nginx log_format, or any
               (default: each line in any of them); --bucket T the
               timeline's step (1m, 5m, 1h, 1d)
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
  -h, --help   this text (after log, html or lint: theirs)
  --version    the version

environment: COLUMNS (width to wrap to, default 80), NO_COLOR, TERM
exit status: 0 all found, 1 something not found, 2 bad usage
]]

-- The commands, in the order the docs list them: the lookup's own (search,
-- parse, and codes when no command is named) and those with modules of
-- their own. help: one line for the zsh completion; words: what the words
-- after it are, for the completions ("files", or a hint; nil: nothing to
-- offer). scripts/gendocs.lua writes the completions from this table and
-- OPTIONS below, and the man page's OPTIONS section from OPTIONS.
M.COMMANDS = {
  { name = "search", kind = "lookup", words = "a word (quote several)",
    help = "codes whose phrase, name, alias or description mentions a word" },
  { name = "parse", kind = "lookup", words = "a status line, quoted",
    help = "read a status line and describe its code" },
  { name = "log", kind = "log", words = "files", help = "count the status codes of access logs" },
  { name = "html", kind = "html", help = "write the reference page" },
  { name = "lint", kind = "lint", words = "files",
    help = "check HTTP responses (curl output with headers) against what HTTP demands" },
}
local COMMANDS = {}
for _, c in ipairs(M.COMMANDS) do COMMANDS[c.name] = c.kind end
local MODULES = { lookup = "httpstatus.cmd.lookup", log = "httpstatus.cmd.log",
                  html = "httpstatus.cmd.html", lint = "httpstatus.cmd.lint" }

-- Every option: its names, the field it sets (set: the value a flag sets,
-- default true; value: the name of the value it takes), the commands it is
-- for (only; nil: every command), and for the docs: the values it
-- completes to (complete: a list, or "files"), the options zsh no longer
-- offers after it (excludes), one line (help) and the man page's
-- paragraph (man: `literal`, <VARIABLE>).
local LOOKUP = { lookup = true, owner = "code lookups, search and parse" }
local LOG, HTML = { log = true, owner = "log" }, { html = true, owner = "html" }
local LINT = { lint = true, owner = "lint" }
M.OPTIONS = {
  { names = { "--lang" }, key = "lang", value = "LANG", complete = { "en", "ko" },
    help = "language of texts and labels", man = [[
The language of descriptions, phrases and labels: `en` (the default) or `ko`; also
`--lang=`<LANG>. Messages on standard error stay in English.]] },
  { names = { "--json" }, key = "json", excludes = "--markdown",
    help = "JSON on stdout, errors too",
    man = [[
Print JSON on standard output: an object for one code, an array for a list or for several
results, an empty array `[]` when `search` finds nothing, and an object `{"error": "..."}` for an
error, with `suggestions` and a `hint` where there are any. Usage errors are answered the same
way, wherever `--json` stands before `--`, those of `log` and `html` too. Nothing is written to
standard error, and the exit status is the one the command has without `--json`.]] },
  { names = { "--markdown" }, key = "markdown", only = LOOKUP, excludes = "--json",
    help = "a Markdown table of code, phrase, class, constant, reference", man = [[
Print a Markdown table with the columns code, phrase, class, constant and reference, for codes,
classes, `--all` and `search`; several results make one table. Not with `parse` nor with
`--json`.]] },
  { names = { "--color" }, key = "color", set = true, excludes = "--no-color",
    help = "colour even when stdout is no terminal", man = [[
Colour the output even when standard output is no terminal, whatever `NO_COLOR` and `TERM`
say.]] },
  { names = { "--no-color" }, key = "color", set = false, excludes = "--color", help = "no colour",
    man = [[
Never colour the output. Of `--color` and `--no-color`, the last one given wins.]] },
  { names = { "--lenient" }, key = "lenient", only = LOOKUP,
    help = 'with parse: also accept "HTTP/1.1 200" and "HTTP/2 200"', man = [[
With `parse`, also accept a status line without a reason phrase (`"HTTP/1.1 200"`) and a
one-digit version (`"HTTP/2 200"`).]] },
  { names = { "--all" }, key = "all", only = LOOKUP, excludes = "1 *",
    help = "every registered code",
    man = "List every registered code." },
  { names = { "--html" }, key = "html", value = "FILE", only = LOG, complete = "files",
    help = "with log: also write a report page", man = [[
With `log`: also write the report as a self-contained HTML page with charts to <FILE>: a new
file, an empty one or an HTML page; any other file (a log named there by mistake) is left as it
is (exit status 2).]] },
  { names = { "--format" }, key = "format", value = "F", only = LOG,
    complete = { "combined", "common", "vhost_combined", "json", "any" },
    help = "with log: the log format", man = [[
With `log`: the format of the lines, `combined`, `common`, `vhost_combined`, `json` (nginx's
JSON lines) or `any` (the default: each line in any of them), or an nginx `log_format` string
holding `$status`, as nginx.conf has it.]] },
  { names = { "--bucket" }, key = "bucket", value = "T", only = LOG,
    help = "with log: the timeline's step", man = [[
With `log`: the timeline's step, in whole minutes: `1m`, `5m`, `1h`, `1d` (by default the
step that fits the log in at most 48 rows).]] },
  { names = { "-o", "--output" }, key = "output", value = "FILE", only = HTML, complete = "files",
    help = "with html: the file to write", man = [[
With `html`: write the page to <FILE> (by default to standard output; with `--json` a <FILE> is
needed). As with `--html`, a file that holds something else than an HTML page is not written
over (exit status 2).]] },
  { names = { "--method" }, key = "method", value = "M", only = LINT,
    complete = { "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "QUERY" },
    help = "with lint: the request method", man = [[
With `lint`: the request's method (`GET` by default; `HEAD`, `CONNECT` and `QUERY` change what
is allowed); without it, a head with a length and no content after it is read as an answer to
`HEAD`. Methods are case-sensitive: `head` is refused (exit status 2), not read as `HEAD`.]] },
  { names = { "-h", "--help" }, key = "help", excludes = "- *", help = "print the usage text",
    man = "Print the usage text and exit (after `log`, `html` or `lint`: theirs)." },
  { names = { "--version" }, key = "version", excludes = "- *", help = "print the version",
    man = "Print the version and exit." },
}
local OPTIONS = {}
for _, o in ipairs(M.OPTIONS) do
  for _, name in ipairs(o.names) do OPTIONS[name] = o end
end

--- The command line read: { command = "log" or nil, kind = "lookup", "log",
-- "html" or "lint", words = {...}, opts = { json = true, lang = "ko", ... },
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
          -- `--html --json`: the value forgotten, not a file called --json
          -- (which --html=--json still names)
          if v ~= nil and OPTIONS[v:match("^(%-%-[^=]+)=") or v] then
            problem(name .. " needs a value: " .. quote(v) .. " is an option")
            break
          end
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
-- the terminal's width, used when COLUMNS is not set (each may be a
-- function that answers it, called only when a lookup needs the answer);
-- getenv reads the environment; open, popen, stdin and gzip (optional)
-- stand in for the files and programs `log` and `html` use. Returns the
-- exit status: 0 all found, 1 something not found or not read or written,
-- 2 bad usage.
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
  -- only lookups colour and wrap for a terminal: the other commands never
  -- ask whether stdout is one (bin/httpstatus may start a process for it)
  if r.kind == "lookup" then
    o.color = term.wants_color(opts.color, io.tty, getenv) and not o.json and not o.markdown
    o.width = term.width(getenv, io.columns)
  else
    o.color, o.width = false, term.width(getenv)
  end
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
