-- The 1.0.0 release. `make dist` (scripts/dist.sh) writes the tarball this
-- names, build/dist/httpstatus-1.0.0.tar.gz (unpacking into httpstatus-1.0.0/),
-- and build/dist/httpstatus-1.0.0-1.src.rock (this file and that tarball).
-- To publish: tag v1.0.0, run `make dist` from a clean checkout of the tag,
-- attach the tarball to the v1.0.0 release so that source.url below serves
-- it, then `luarocks upload httpstatus-1.0.0-1.rockspec` (or upload the
-- .src.rock). The build table is the scm rockspec's.
rockspec_format = "3.0"
package = "httpstatus"
version = "1.0.0-1"
source = {
  url = "https://github.com/httpstatus/httpstatus/releases/download/v1.0.0/httpstatus-1.0.0.tar.gz",
  dir = "httpstatus-1.0.0",
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
  type = "builtin",
  modules = {
    httpstatus = "lua/httpstatus.lua",
    ["httpstatus.accept"] = "lua/httpstatus/accept.lua",
    ["httpstatus.check"] = "lua/httpstatus/check.lua",
    ["httpstatus.locale"] = "lua/httpstatus/locale.lua",
    ["httpstatus.locale.en"] = "lua/httpstatus/locale/en.lua",
    ["httpstatus.locale.ko"] = "lua/httpstatus/locale/ko.lua",
    ["httpstatus.ffi"] = "lua/httpstatus/ffi.lua",
    ["httpstatus.lint"] = "lua/httpstatus/lint.lua",
    ["httpstatus.lint_catalog"] = "lua/httpstatus/lint_catalog.lua",
    ["httpstatus.lint_codes"] = "lua/httpstatus/lint_codes.lua",
    ["httpstatus.lint_content"] = "lua/httpstatus/lint_content.lua",
    ["httpstatus.lint_fields"] = "lua/httpstatus/lint_fields.lua",
    ["httpstatus.lint_framing"] = "lua/httpstatus/lint_framing.lua",
    ["httpstatus.lint_json"] = "lua/httpstatus/lint_json.lua",
    ["httpstatus.lint_line"] = "lua/httpstatus/lint_line.lua",
    ["httpstatus.lint_message"] = "lua/httpstatus/lint_message.lua",
    ["httpstatus.lint_raw"] = "lua/httpstatus/lint_raw.lua",
    ["httpstatus.locale.lint_ko"] = "lua/httpstatus/locale/lint_ko.lua",
    ["httpstatus.log"] = "lua/httpstatus/log.lua",
    ["httpstatus.memo"] = "lua/httpstatus/memo.lua",
    ["httpstatus.ngx"] = "lua/httpstatus/ngx.lua",
    ["httpstatus.ngx_lint"] = "lua/httpstatus/ngx_lint.lua",
    ["httpstatus.problem"] = "lua/httpstatus/problem.lua",
    ["httpstatus.response"] = "lua/httpstatus/response.lua",
    ["httpstatus.retry"] = "lua/httpstatus/retry.lua",
    ["httpstatus.rules"] = "lua/httpstatus/rules.lua",
    ["httpstatus.wire"] = "lua/httpstatus/wire.lua",
    -- the httpstatus command (bin/httpstatus); the library does not load these
    ["httpstatus.cmd.escape"] = "lua/httpstatus/cmd/escape.lua",
    ["httpstatus.cmd.find"] = "lua/httpstatus/cmd/find.lua",
    ["httpstatus.cmd.html"] = "lua/httpstatus/cmd/html.lua",
    ["httpstatus.cmd.html_assets"] = "lua/httpstatus/cmd/html_assets.lua",
    ["httpstatus.cmd.json"] = "lua/httpstatus/cmd/json.lua",
    ["httpstatus.cmd.lint"] = "lua/httpstatus/cmd/lint.lua",
    ["httpstatus.cmd.log"] = "lua/httpstatus/cmd/log.lua",
    ["httpstatus.cmd.log_count"] = "lua/httpstatus/cmd/log_count.lua",
    ["httpstatus.cmd.log_html"] = "lua/httpstatus/cmd/log_html.lua",
    ["httpstatus.cmd.lookup"] = "lua/httpstatus/cmd/lookup.lua",
    ["httpstatus.cmd.main"] = "lua/httpstatus/cmd/main.lua",
    ["httpstatus.cmd.sha256"] = "lua/httpstatus/cmd/sha256.lua",
    ["httpstatus.cmd.show"] = "lua/httpstatus/cmd/show.lua",
    ["httpstatus.cmd.term"] = "lua/httpstatus/cmd/term.lua",
    ["httpstatus.cmd.words"] = "lua/httpstatus/cmd/words.lua",
    ["httpstatus.core"] = {
      sources = {
        "csrc/httpstatus.c", "csrc/httpstatus_line.c", "csrc/httpstatus_json.c",
        "csrc/httpstatus_date.c", "csrc/httpstatus_log.c",
        "csrc/lhttpstatus.c", "csrc/lhttpstatus_wire.c", "csrc/lhttpstatus_json.c",
        "csrc/lhttpstatus_date.c", "csrc/lhttpstatus_log.c",
      },
      incdirs = { "csrc" },
    },
  },
  install = {
    bin = { httpstatus = "bin/httpstatus" },
  },
  copy_directories = { "doc", "completion", "types" },
}
