--- The reference page's overview: every registered code and its phrase,
-- grouped by class, each a link to its card, then the vendor codes; small
-- enough that a reader on a phone finds a code without scrolling through
-- the cards (httpstatus.cmd.html puts it above them).
-- @module httpstatus.cmd.html_overview

local hs = require "httpstatus"

local ipairs = ipairs
local concat = table.concat
local format = string.format
local floor = math.floor

local M = {}

--- The overview's HTML. both(texts) writes {en =, ko =} as the page's
-- two-language spans; label(key) one of the page's own labels.
function M.html(both, label)
  local by_class = { {}, {}, {}, {}, {} }
  for _, code in ipairs(hs.codes()) do
    local list = by_class[floor(code / 100)]
    list[#list + 1] = format('<li><a href="#%d"><b>%d</b> %s</a></li>', code, code,
      both { en = hs.reason(code), ko = hs.reason(code, { lang = "ko" }) })
  end
  local out = { '<nav id="overview" aria-labelledby="h-ov"><h2 id="h-ov">' .. label("overview")
    .. "</h2>" }
  for digit = 1, 5 do
    out[#out + 1] = format('<div class="ovc" data-class="%d"><h3><a href="#class-%dxx">%dxx %s'
      .. '</a></h3><ul>%s</ul></div>', digit, digit, digit, label("class" .. digit),
      concat(by_class[digit]))
  end
  local vendor = {}
  for code = 100, 599 do
    if hs.unofficial(code) and not hs.is_registered(code) then
      vendor[#vendor + 1] = format('<li><a href="#%d"><b>%d</b></a></li>', code, code)
    end
  end
  out[#out + 1] = format('<div class="ovc"><h3><a href="#vendor">%s</a></h3><ul class="ovv">%s'
    .. "</ul></div></nav>", label("vendor"), concat(vendor))
  return concat(out)
end

return M
