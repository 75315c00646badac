-- The command's documentation against the command. The man page's OPTIONS
-- and the completions' lists are written from the dispatcher's option table
-- (spec/generated_spec.lua checks they are current); here: `--help` and the
-- man page's hand-written commands name exactly the table's options and
-- commands, the man page renders, and the completions parse and complete.
local cli = require "httpstatus.cmd.main"

local MAN, BASH, ZSH = "doc/httpstatus.1", "completion/httpstatus.bash", "completion/_httpstatus"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local function usage()
  local out = {}
  assert.are.equal(0, cli.main({ "--help" }, { out = function(s) out[#out + 1] = s end,
    err = function() end, tty = false, getenv = function() end }))
  return table.concat(out)
end

-- the option names in a text: -h, --no-color (not the "-out" of "time-out")
local function options_in(text)
  local set = {}
  for name in (" " .. text):gmatch("[^%w%-](%-%-?%a[%w%-]*)") do set[name] = true end
  return set
end

local function keys(set)
  local t = {}
  for k in pairs(set) do t[#t + 1] = k end
  table.sort(t)
  return t
end

-- a shell command's status and its output (stdout and stderr together)
local function sh(cmd)
  -- LD_PRELOAD cleared: the sanitizer run preloads libasan, which man and groff are not built for
  local p = assert(io.popen("LD_PRELOAD= " .. cmd .. " 2>&1; echo \"status=$?\""))
  local out = p:read("*a")
  p:close()
  local status = tonumber(out:match("status=(%d+)\n?$"))
  return status, (out:gsub("status=%d+\n?$", ""))
end

local function have(program)
  return (sh("command -v " .. program .. " >/dev/null")) == 0
end

-- The checks of the files alone (man, bash, zsh, no Lua in them): once per
-- make test is enough, so only Lua 5.4 runs them, as with iana_diff_spec.
local it_once = _VERSION == "Lua 5.4" and it or function() end

-- what --help lists: its options, and its commands (httpstatus [options] search ...)
local USAGE_OPTIONS = options_in(usage())
local USAGE_COMMANDS = {}
for name in usage():gmatch("httpstatus %[options%] (%l+) ") do USAGE_COMMANDS[name] = true end

-- what the table holds
local TABLE_OPTIONS, TABLE_COMMANDS = {}, {}
for _, o in ipairs(cli.OPTIONS) do
  for _, name in ipairs(o.names) do TABLE_OPTIONS[name] = true end
end
for _, c in ipairs(cli.COMMANDS) do TABLE_COMMANDS[c.name] = true end

-- the man page's commands: the .TP tags that are a lower-case word (".B search \c")
local function man_commands()
  local commands, after_tp = {}, false
  for line in read(MAN):gmatch("[^\n]+") do
    if after_tp then
      local name = line:match("^%.B (%l+)")
      if name then commands[name] = true end
    end
    after_tp = line == ".TP"
  end
  return commands
end

describe("the command's documentation (#13)", function()
  it("--help and the man page name every option and command of the table, and no other", function()
    assert.are.same(keys(TABLE_OPTIONS), keys(USAGE_OPTIONS))
    assert.are.same({ "html", "lint", "log", "parse", "search" }, keys(TABLE_COMMANDS))
    assert.are.same(keys(TABLE_COMMANDS), keys(USAGE_COMMANDS))
    assert.are.same(keys(TABLE_COMMANDS), keys(man_commands()))
  end)

  it_once("the man page renders without warnings", function()
    if have("man") then
      local status, out = sh("MANWIDTH=80 man --warnings -l " .. MAN .. " >/dev/null")
      assert.are.equal(0, status)
      assert.are.equal("", out)
    elseif have("groff") then
      local status, out = sh("groff -ww -z -man " .. MAN)
      assert.are.equal(0, status)
      assert.are.equal("", out)
    else
      pending("neither man nor groff here")
    end
  end)

  it("the man page starts as a man page and has the usual sections", function()
    local text = read(MAN)
    assert.matches('\n%.TH HTTPSTATUS 1 "', text)
    for _, section in ipairs { "NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ENVIRONMENT",
                               '"EXIT STATUS"', "EXAMPLES", '"SEE ALSO"' } do
      assert.matches("\n.SH " .. section .. "\n", text, 1, true)
    end
    -- the environment the command reads
    for _, name in ipairs { "COLUMNS", "NO_COLOR", "TERM" } do
      assert.matches("\n.B " .. name .. "\n", text, 1, true)
    end
  end)

  it_once("the bash completion passes bash -n and completes", function()
    if not have("bash") then pending("no bash here") return end
    local status, out = sh("bash -n " .. BASH)
    assert.are.equal(0, status, out)
    -- run it against a stand-in command that lists two codes
    local script = [[
      source ]] .. BASH .. [[

      fake() { printf '404  Not Found\n503  Service Unavailable\n'; }
      t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _httpstatus
            echo "${COMPREPLY[*]}"; }
      t fake --l; t fake --lang ""; t fake --lang = k; t fake s; t fake 4; t fake search ""
      t fake 404 5; t fake 4x; t fake -- --j; t fake --all --j
    ]]
    status, out = sh("bash -c '" .. script:gsub("'", "'\\''") .. "'")
    assert.are.equal(0, status, out)
    assert.are.equal("--lang --lenient\nen ko\nko\nsearch\n404 4xx\n\n503 5xx\n4xx\n\n--json\n", out)
  end)

  it_once("the bash completion keeps a file name with spaces one word (#18 4.11)", function()
    if not have("bash") then pending("no bash here") return end
    local dir = os.tmpname()
    os.remove(dir)
    assert.are.equal(0, (sh("mkdir " .. dir .. " && cd " .. dir
      .. " && touch 'a b.log' 'a  c*.log' other.txt")))
    local script = [[
      source ]] .. BASH .. [[

      cd ]] .. dir .. [[ || exit 1
      t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _httpstatus
            printf '%s|' "${#COMPREPLY[@]}"
            printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | tr '\n' '|'; echo; }
      t httpstatus log a; t httpstatus --no-color log 'a b'; t httpstatus log --html a
      t httpstatus html -o a; t httpstatus --format any log o; t httpstatus log x.log a
    ]]
    local status, out = sh("bash -c '" .. script:gsub("'", "'\\''") .. "'")
    sh("rm -rf " .. dir)
    assert.are.equal(0, status, out)
    assert.are.equal("2|a  c*.log|a b.log|\n1|a b.log|\n2|a  c*.log|a b.log|\n"
      .. "2|a  c*.log|a b.log|\n1|other.txt|\n2|a  c*.log|a b.log|\n", out)
  end)

  it_once("the zsh completion passes zsh -n", function()
    if not have("zsh") then pending("no zsh here") return end
    local status, out = sh("zsh -n " .. ZSH)
    assert.are.equal(0, status, out)
    assert.matches("^#compdef httpstatus\n", read(ZSH))
  end)
end)
