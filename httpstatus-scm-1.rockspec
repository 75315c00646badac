rockspec_format = "3.0"
package = "httpstatus"
version = "scm-1"
source = {
  url = "git+https://github.com/httpstatus/httpstatus.git",
}
description = {
  summary = "HTTP status codes for Lua and OpenResty: phrases, classes, RFC facts",
  detailed = [[
Every value of the IANA HTTP Status Code Registry with its RFC 9110 phrase,
reference and semantics (cacheable, retryable, redirect kind, required
header fields), old names as aliases, vendor codes kept apart, in a small
C core with a Lua face for Lua 5.1-5.4 and LuaJIT.
]],
  license = "MIT",
}
dependencies = {
  "lua >= 5.1, < 5.5",
}
build = {
  -- The Makefile builds core.so into build/luarocks, out of the source tree
  -- (a builtin build would leave csrc/*.o and ./httpstatus/core.so in a
  -- checkout, where Lua's default ./?.so picks them up); LuaRocks installs
  -- the files listed below. Only `make install` puts the man page and the
  -- completions where man and the shells look: here they stay in the rock.
  type = "make",
  build_variables = {
    CFLAGS = "$(CFLAGS)", LIBFLAG = "$(LIBFLAG)", LUA_INCDIR = "$(LUA_INCDIR)", LUA = "$(LUA)",
    BUILD_DIR = "build/luarocks",
  },
  install_pass = false,
  install = {
    lua = {
      httpstatus = "lua/httpstatus.lua",
      ["httpstatus.accept"] = "lua/httpstatus/accept.lua",
      ["httpstatus.budget"] = "lua/httpstatus/budget.lua",
      ["httpstatus.check"] = "lua/httpstatus/check.lua",
      ["httpstatus.locale"] = "lua/httpstatus/locale.lua",
      ["httpstatus.locale.en"] = "lua/httpstatus/locale/en.lua",
      ["httpstatus.locale.ko"] = "lua/httpstatus/locale/ko.lua",
      ["httpstatus.log"] = "lua/httpstatus/log.lua",
      ["httpstatus.lint"] = "lua/httpstatus/lint.lua",
      ["httpstatus.lint_catalog"] = "lua/httpstatus/lint_catalog.lua",
      ["httpstatus.lint_codes"] = "lua/httpstatus/lint_codes.lua",
      ["httpstatus.lint_content"] = "lua/httpstatus/lint_content.lua",
      ["httpstatus.lint_fields"] = "lua/httpstatus/lint_fields.lua",
      ["httpstatus.lint_framing"] = "lua/httpstatus/lint_framing.lua",
      ["httpstatus.lint_json"] = "lua/httpstatus/lint_json.lua",
      ["httpstatus.lint_grammar"] = "lua/httpstatus/lint_grammar.lua",
      ["httpstatus.lint_line"] = "lua/httpstatus/lint_line.lua",
      ["httpstatus.lint_message"] = "lua/httpstatus/lint_message.lua",
      ["httpstatus.lint_raw"] = "lua/httpstatus/lint_raw.lua",
      ["httpstatus.locale.lint_ko"] = "lua/httpstatus/locale/lint_ko.lua",
      ["httpstatus.ngx_lint"] = "lua/httpstatus/ngx_lint.lua",
      ["httpstatus.cmd.lint"] = "lua/httpstatus/cmd/lint.lua",
      ["httpstatus.lazy"] = "lua/httpstatus/lazy.lua",
      ["httpstatus.memo"] = "lua/httpstatus/memo.lua",
      ["httpstatus.native"] = "lua/httpstatus/native.lua",
      ["httpstatus.ngx"] = "lua/httpstatus/ngx.lua",
      ["httpstatus.ngx_error_page"] = "lua/httpstatus/ngx_error_page.lua",
      ["httpstatus.problem"] = "lua/httpstatus/problem.lua",
      ["httpstatus.protocol"] = "lua/httpstatus/protocol.lua",
      ["httpstatus.ratelimit"] = "lua/httpstatus/ratelimit.lua",
      ["httpstatus.response"] = "lua/httpstatus/response.lua",
      ["httpstatus.retry"] = "lua/httpstatus/retry.lua",
      ["httpstatus.rules"] = "lua/httpstatus/rules.lua",
      ["httpstatus.wire"] = "lua/httpstatus/wire.lua",
      -- the httpstatus command (bin/httpstatus); the library does not load these
      ["httpstatus.cmd.escape"] = "lua/httpstatus/cmd/escape.lua",
      ["httpstatus.cmd.find"] = "lua/httpstatus/cmd/find.lua",
      ["httpstatus.cmd.html"] = "lua/httpstatus/cmd/html.lua",
      ["httpstatus.cmd.html_assets"] = "lua/httpstatus/cmd/html_assets.lua",
      ["httpstatus.cmd.html_card"] = "lua/httpstatus/cmd/html_card.lua",
      ["httpstatus.cmd.html_overview"] = "lua/httpstatus/cmd/html_overview.lua",
      ["httpstatus.cmd.json"] = "lua/httpstatus/cmd/json.lua",
      ["httpstatus.cmd.log"] = "lua/httpstatus/cmd/log.lua",
      ["httpstatus.cmd.log_count"] = "lua/httpstatus/cmd/log_count.lua",
      ["httpstatus.cmd.log_html"] = "lua/httpstatus/cmd/log_html.lua",
      ["httpstatus.cmd.log_words"] = "lua/httpstatus/cmd/log_words.lua",
      ["httpstatus.cmd.lookup"] = "lua/httpstatus/cmd/lookup.lua",
      ["httpstatus.cmd.main"] = "lua/httpstatus/cmd/main.lua",
      ["httpstatus.cmd.page_file"] = "lua/httpstatus/cmd/page_file.lua",
      ["httpstatus.cmd.search"] = "lua/httpstatus/cmd/search.lua",
      ["httpstatus.cmd.sha256"] = "lua/httpstatus/cmd/sha256.lua",
      ["httpstatus.cmd.show"] = "lua/httpstatus/cmd/show.lua",
      ["httpstatus.cmd.term"] = "lua/httpstatus/cmd/term.lua",
      ["httpstatus.cmd.words"] = "lua/httpstatus/cmd/words.lua",
      ["httpstatus.cmd.wording"] = "lua/httpstatus/cmd/wording.lua",
    },
    lib = { ["httpstatus.core"] = "build/luarocks/httpstatus/core.so" },
    bin = { httpstatus = "bin/httpstatus" },
  },
  copy_directories = { "doc", "completion", "types" },
}
