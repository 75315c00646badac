--- The HTML page of `httpstatus log --html FILE`: the summary, a bar chart
-- of the classes and of the most frequent codes (inline SVG), and a table of
-- every code. Self-contained: no script at all, no link, nothing loaded from
-- anywhere (its Content-Security-Policy says so to the browser too). Every
-- text goes through escape.html: a file name or a locale's text cannot add
-- markup.
-- @module httpstatus.cmd.log_html

local hs = require "httpstatus"
local count = require "httpstatus.cmd.log_count"

local ipairs = ipairs
local concat = table.concat
local format = string.format
local floor, max = math.floor, math.max
local os_date = os.date

local CLASSES, share, percent, bar_width = count.CLASSES, count.share, count.percent,
  count.bar_width

local M = {}

local CLASS_COLOR = { "#0969da", "#1a7f37", "#9a6700", "#cf222e", "#8250df" }
local esc = require("httpstatus.cmd.escape").html

-- at most n characters of a UTF-8 text, "..." marking a cut
local function clip(s, n)
  local chars = 0
  for at in s:gmatch("()[^\128-\191]") do
    chars = chars + 1
    if chars > n then return s:sub(1, at - 1) .. "..." end
  end
  return s
end

-- a horizontal bar chart: rows of {label, value, text, color}
local function svg_chart(id, title, rows)
  local row_h, label_w, bar_w = 24, 260, 300
  local largest = 0
  for _, row in ipairs(rows) do largest = max(largest, row[2]) end
  local h = row_h * #rows + 8
  local out = { format('<svg role="img" aria-labelledby="%s" viewBox="0 0 %d %d" width="100%%" '
    .. 'style="max-width:%dpx" xmlns="http://www.w3.org/2000/svg"><title id="%s">%s</title>',
    id, label_w + bar_w + 110, h, label_w + bar_w + 110, id, esc(title)) }
  for i, row in ipairs(rows) do
    local y = (i - 1) * row_h + 4
    local w = bar_width(row[2], largest, bar_w)
    out[#out + 1] = format('<text x="%d" y="%d" text-anchor="end">%s</text>'
      .. '<rect x="%d" y="%d" width="%d" height="%d" rx="3" fill="%s"/>'
      .. '<text x="%d" y="%d">%s</text>', label_w - 6, y + 16, esc(row[1]), label_w, y + 3, w,
      row_h - 6, row[4], label_w + w + 6, y + 16, esc(row[3]))
  end
  out[#out + 1] = "</svg>"
  return concat(out)
end

local REPORT_CSS = [=[
:root{--bg:#fff;--fg:#1b1f23;--mut:#57606a;--line:#d0d7de;--card:#f6f8fa;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--mut:#9198a1;
--line:#30363d;--card:#161b22}}
body{margin:0 auto;max-width:60rem;padding:0 1rem 2rem;background:var(--bg);color:var(--fg);
font:16px/1.5 system-ui,sans-serif}
.meta{color:var(--mut)}svg text{fill:var(--fg);font:13px system-ui,sans-serif}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left}
.n{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0;background:var(--card);border:1px solid var(--line);border-radius:6px;
padding:.5rem}
@media (max-width:40rem){dl{grid-template-columns:1fr}th,td{padding:.2rem}}
@media print{body{background:#fff;color:#000}svg text{fill:#000}figure{break-inside:avoid}}
]=]

--- The report as a self-contained HTML page: the summary, a bar chart of the
-- classes and of the most frequent codes (inline SVG), and a table of every
-- code. inputs: the names read, shown escaped.
function M.html(r, inputs, date)
  local names = {}
  for i, name in ipairs(inputs) do names[i] = name == "-" and "standard input" or name end
  local out = {
    "<!DOCTYPE html>", '<html lang="en">', '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
      .. "style-src 'unsafe-inline'; img-src data:\">",
    "<title>Access log report</title><style>" .. REPORT_CSS .. "</style></head>",
    "<body><header><h1>Access log report</h1>",
    format('<p class="meta">%s · %s · IANA registry %s · httpstatus %s</p></header>',
      esc(concat(names, ", ")), esc(date or os_date("!%Y-%m-%d")), esc(hs.REGISTRY_DATE),
      esc(hs.VERSION)),
    '<main><section aria-labelledby="h-sum"><h2 id="h-sum">Summary</h2><dl>',
    format("<dt>Lines</dt><dd>%d</dd><dt>Valid</dt><dd>%d</dd>", r.lines, r.valid),
    format("<dt>Malformed</dt><dd>%d (%s)</dd>", r.malformed, percent(share(r.malformed,
      r.lines))),
    format("<dt>Error ratio (4xx + 5xx)</dt><dd>%s (%d of %d valid lines)</dd>",
      percent(r.error_ratio), r.errors, r.valid),
    format("<dt>Retryable failures</dt><dd>%s of 4xx + 5xx (%d of %d lines)</dd>",
      percent(r.retryable_share), r.retryable, r.errors),
    format("<dt>Outside the registry</dt><dd>%s of valid lines (%d lines, %d codes)</dd>",
      percent(r.unregistered_share), r.unregistered, r.unregistered_codes),
    "</dl></section>",
  }
  local rows, trs = {}, {}
  for digit, class in ipairs(CLASSES) do
    local c = r.classes[class]
    rows[digit] = { digit .. "xx " .. class, c.count, format("%d (%s)", c.count,
      percent(c.share)), CLASS_COLOR[digit] }
    trs[digit] = format('<tr><td>%dxx %s</td><td class="n">%d</td><td class="n">%s</td></tr>',
      digit, class, c.count, percent(c.share))
  end
  out[#out + 1] = '<section aria-labelledby="h-class"><h2 id="h-class">By class</h2><figure>'
    .. svg_chart("chart-class", "Valid lines by class", rows) .. "</figure>"
    .. '<table><thead><tr><th>Class</th><th class="n">Lines</th><th class="n">Share</th></tr>'
    .. "</thead><tbody>"
    .. concat(trs) .. "</tbody></table></section>"
  rows, trs = {}, {}
  for i, c in ipairs(r.codes) do
    if i <= 15 then
      local name = c.meaning:gsub(" %(not registered.*$", "") -- the details are in the table
      rows[i] = { c.code .. " " .. clip(name, 32), c.count,
                  format("%d (%s)", c.count, percent(c.share)), CLASS_COLOR[floor(c.code / 100)] }
    end
    trs[i] = format('<tr><td>%d</td><td>%s</td><td class="n">%d</td><td class="n">%s</td>'
      .. "<td>%s</td></tr>", c.code, esc(c.meaning), c.count, percent(c.share),
      c.registered and "registered" or "outside the registry")
  end
  out[#out + 1] = '<section aria-labelledby="h-code"><h2 id="h-code">By code</h2>'
  if #rows > 0 then
    out[#out + 1] = "<figure>" .. svg_chart("chart-code", "The most frequent codes", rows)
      .. "</figure>"
  end
  out[#out + 1] = '<table><thead><tr><th>Code</th><th>Meaning</th><th class="n">Lines</th>'
    .. '<th class="n">Share</th>'
    .. "<th>Registry</th></tr></thead><tbody>" .. concat(trs) .. "</tbody></table></section>"
  out[#out + 1] = "</main></body></html>\n"
  return concat(out, "\n")
end

return M
