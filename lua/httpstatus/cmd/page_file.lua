--- Where the command may write a page (`log --html FILE`, `html -o FILE`):
-- a new file, an empty one, or one that already holds an HTML page (the
-- last run's). Anything else is most likely an input named where the
-- page's name was meant (`httpstatus log --html access.log`), and writing
-- would destroy it, so the command refuses before it reads anything.
-- @module httpstatus.cmd.page_file

local escape = require "httpstatus.cmd.escape"

local stdio_open = io.open

local M = {}

-- how the start of an HTML page may look, after a BOM and white space
local function looks_like_page(head)
  head = head:gsub("^\239\187\191", ""):gsub("^%s+", ""):lower()
  return head:find("^<!doctype html") ~= nil or head:find("^<html") ~= nil
end

--- Why the page may not go to path, or nil. open is io.open or a stand-in.
-- A file that cannot be read (a folder, no permission) is left to the write,
-- which says why it fails.
function M.problem(path, open)
  local f = (open or stdio_open)(path, "rb")
  if not f then return nil end
  local head = f:read(512)
  f:close()
  if type(head) ~= "string" or head == "" or looks_like_page(head) then return nil end
  return escape.quote(path) .. " holds no HTML page: not written over (the page needs a "
    .. "name of its own, e.g. report.html)"
end

return M
