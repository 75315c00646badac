-- Values that are not status codes, shared by the specs that try them.
-- Each has a label, so a failure says which one.
local huge = string.rep("4", 1024 * 1024)

return {
  { "nil", nil },
  { "true", true },
  { "false", false },
  { "table", {} },
  { "function", print },
  { "coroutine", coroutine.create(function() end) },
  { "userdata", io.stdout },
  { "NaN", 0 / 0 },
  { "+inf", math.huge },
  { "-inf", -math.huge },
  { "-0.0", -0.0 },
  { "404.5", 404.5 },
  { "2^53", 2 ^ 53 },
  { "-2^63", -2 ^ 63 },
  { "0", 0 },
  { "99", 99 },
  { "600", 600 },
  { "1000", 1000 },
  { "-404", -404 },
  { "'404'", "404" },
  { "' 404'", " 404" },
  { "'4O4'", "4O4" },
  { "''", "" },
  { "1 MB string", huge },
  { "NUL string", "404\0" },
  { "CR LF string", "404\r\n" },
  { "invalid UTF-8", "\255\254" },
}
