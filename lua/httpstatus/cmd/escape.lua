--- The command's escaping: every text it did not write itself (an argument,
-- a file name, a parsed reason phrase, a system message) reaches its output
-- through one of these, one per kind of output. Each is the library's
-- public httpstatus.check.quote (the C core's one text-safety routine) in
-- one of its contexts; nothing is escaped here.
--   quote(s)        for a terminal: printable ASCII in double quotes
--   json_string(s)  a JSON string a terminal cannot obey
--   html(s)         HTML element content and quoted attribute values
--   show(v)         what a value is, for an argument error
-- @module httpstatus.cmd.escape

local check = require "httpstatus.check"

local tostring = tostring
local quote = check.quote

local M = { quote = quote, show = check.show }

--- s as a JSON string literal, quotes included.
function M.json_string(s) return quote(s, "json") end

--- Text (or a number) as HTML, safe in element content and quoted attributes.
function M.html(s) return quote(tostring(s), "html") end

return M
