-- The public API of `require "httpstatus.check"`, as data (docs/api.lua says how it is read).
return {
  module = "httpstatus.check",
  var = "check",
  doc = [[
    Argument checks with the library's own wording, for functions of yours that take codes and
    options. The checks never raise: each returns a message, or `nil` when the value is fine, and
    your function raises with it, `error(check.bad("fname", n, problem), 2)`, so the error names
    its caller's line. For LuaLS, annotate the local:
    `local check = require "httpstatus.check" ---@type httpstatus.check`.]],
  fields = {},
  types = {},
  sections = {
    { id = "check", banner = "httpstatus.check", head = { "call", "answer" }, rows = {
      { name = "code",
        doc = [[
          the status code as an integer (404 for `404.0`), or `nil` when `code` is no status code
          (integral, 100..599), as for 99 and for `"404"`.]],
        params = { { "code", "any" } },
        returns = { { "integer?" } } },
      { name = "code_problem",
        doc = [[
          why `code` is no status code (`status code 100..599 expected`, then what it got, as
          `show` writes it), or `nil`.]],
        params = { { "code", "any" } },
        returns = { { "string?" } } },
      { name = "opt_problem",
        doc = [[
          why `v` is neither `nil` nor of the Lua type `tname` (default `"table"`), or `nil`: `table
          or nil expected` (`string or nil expected` for `"string"`...), then what it got.]],
        params = { { "v", "any" }, { "tname?", "string" } },
        returns = { { "string?" } } },
      { name = "opt_table_problem",
        doc = "`check.opt_problem` under an older name: the same function.",
        params = { { "v", "any" }, { "tname?", "string" } },
        returns = { { "string?" } } },
      { name = "options_problem",
        doc = [[
          why `opts` is no options table whose names are all keys of `allowed` (name -> true), or
          `nil`: `table or nil expected` (then what it got), or `unknown option "header"` for a
          name `allowed` lacks; `noun` replaces "option" (`"field"` for a response table). Walked
          with `next`: a metatable on `opts` runs no code.]],
        params = { { "opts", "any" }, { "allowed", "table<string, any>" }, { "noun?", "string" } },
        returns = { { "string?" } } },
      { name = "expected",
        doc = [[
          the one wording of a refused value: `what`, then the words "expected, got" and `v` as `show` writes
          it.]],
        params = { { "what", "string" }, { "v", "any" } },
        returns = { { "string" } } },
      { name = "must_be",
        doc = [[
          the wording of a value refused for its kind or range: `what`, "must be", `wanted`, then
          ", got" and `v` as `show` writes it (`opts.base must be a finite number >= 0, got inf`);
          raises when `what` or `wanted` is no string.]],
        params = { { "what", "string" }, { "wanted", "string" }, { "v", "any" } },
        returns = { { "string" } } },
      { name = "got",
        doc = [[
          `message`, then ", got" and `v` as `show` writes it: a refusal worded otherwise
          (`allow must list methods, got string "(HEAD)"`); raises when `message` is no string.]],
        params = { { "message", "string" }, { "v", "any" } },
        returns = { { "string" } } },
      { name = "bad",
        doc = [[
          the text of an argument error, Lua's own wording: `bad argument #n to 'fname'
          (message)`; raise it with level 2.]],
        params = { { "fname", "string" }, { "n", "integer" }, { "message", "string" } },
        returns = { { "string" } } },
      { name = "show",
        doc = [[
          what a value is, for a message: numbers as written, strings quoted as `quote` does and cut
          at 40 bytes, other values by their type: `string "404"` for `"404"`.]],
        params = { { "v", "any" } },
        returns = { { "string" } } },
      { name = "quote",
        doc = [[
          `s` written safely for a context, by the C core's one text-safety routine: `"terminal"`
          (default: printable ASCII in double quotes, every other byte as `\ddd`), `"json"` (a JSON
          string literal, valid UTF-8 whatever the bytes) or `"html"` (element content or a quoted
          attribute value). Raises for anything but a string or one of those contexts.]],
        params = { { "s", "string" }, { "context?", '"terminal"|"json"|"html"' } },
        returns = { { "string" } } },
      { name = "plain_text",
        doc = [[
          whether `s` is text a person reads as it is written: valid UTF-8 without a control
          character (C0, DEL, C1), a bidi control or a line or paragraph separator, as the C core's
          text-safety routine judges for JSON. `true`; or `false` and why: `"control"` (an ASCII
          control), `"invisible"` (the others) or `"utf8"` (no valid UTF-8 string).]],
        params = { { "s", "any" } },
        returns = { { "boolean" }, { '"control"|"invisible"|"utf8"?' } } },
      { name = "on_first_read",
        doc = [[
          for the library's own modules: a stand-in for one of the C core's lookup tables, built on
          first use; its first read hands the real table to `rebind` and answers.]],
        params = { { "name", "string" }, { "rebind", "fun(t: table)" } },
        returns = { { "table" } } },
    } },
  },
}
