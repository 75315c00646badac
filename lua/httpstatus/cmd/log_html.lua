--- The HTML page of `httpstatus log --html FILE`: the summary, a bar chart
-- of the classes and of the most frequent codes (inline SVG), and a table of
-- every code. Self-contained: no script at all, no link, nothing loaded from
-- anywhere (its Content-Security-Policy says so to the browser too). Every
-- text goes through escape.html: a file name or a locale's text cannot add
-- markup.
-- @module httpstatus.cmd.log_html

local hs = require "httpstatus"
local count = require "httpstatus.cmd.log_count"
local WORDS = require "httpstatus.cmd.log_words"
local CLASS_WORDS = require "httpstatus.cmd.words"

local ipairs, next = ipairs, next
local concat = table.concat
local format = string.format
local floor, max = math.floor, math.max
local os_date = os.date

local CLASSES, share, percent, bar_width = count.CLASSES, count.share, count.percent,
  count.bar_width
local fill, group = count.fill, count.group

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

-- the width of a text in px at 13px: Hangul and other wide letters count
-- about one em, others a little over half
local function text_px(s)
  local px = 0
  for ch in s:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    px = px + ((#ch == 3 and ch:byte(1) >= 0xE1) and 13 or 8)
  end
  return px
end
M.text_px = text_px

-- a horizontal bar chart: rows of {label, value, text, color}; the label
-- column is as wide as its longest label, so none is cut
local function svg_chart(id, title, rows)
  local row_h, bar_w = 24, 300
  local largest, label_w, text_w = 0, 40, 40
  for _, row in ipairs(rows) do
    largest = max(largest, row[2])
    label_w = max(label_w, text_px(row[1]) + 12)
    text_w = max(text_w, text_px(row[3]) + 12)
  end
  local h = row_h * #rows + 8
  local width = label_w + bar_w + text_w
  local out = { format('<svg role="img" aria-labelledby="%s" viewBox="0 0 %d %d" width="100%%" '
    .. 'style="max-width:%dpx" xmlns="http://www.w3.org/2000/svg"><title id="%s">%s</title>',
    id, width, h, width, id, esc(title)) }
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

-- the timeline: one column per row, 4xx stacked on 5xx, as shares of the
-- row's lines; the first, middle and last times under the axis
local function svg_timeline(r, W)
  local tl = r.timeline
  local rows, col, plot_h, left, top = tl.rows, 8, 160, 56, 10
  local highest = 0
  for _, row in ipairs(rows) do
    highest = max(highest, share(row.client_error + row.server_error, row.lines))
  end
  if highest == 0 then highest = 1 end
  local time_text = count.time_text
  local width = max(left + col * #rows + 24, 320)
  local title = fill(W.chart_time, { width = count.width_text(tl.seconds, W),
    offset = count.offset_text(tl.offset) })
  local first_label = time_text(rows[1].start, tl.offset)
  width = max(width, left + text_px(first_label) + 8, 2 * text_px(first_label) + left)
  local out = { format('<svg role="img" aria-labelledby="chart-time" viewBox="0 0 %d %d" '
    .. 'width="100%%" style="max-width:%dpx" xmlns="http://www.w3.org/2000/svg">'
    .. '<title id="chart-time">%s</title>', width, plot_h + top + 40, width, esc(title)) }
  out[#out + 1] = format('<text x="%d" y="%d" text-anchor="end">%s</text>'
    .. '<text x="%d" y="%d" text-anchor="end">0%%</text>'
    .. '<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="currentColor" stroke-opacity=".4"/>',
    left - 6, top + 10, esc(percent(highest)), left - 6, top + plot_h, left, top + plot_h,
    width - 4, top + plot_h)
  for i, row in ipairs(rows) do
    local x = left + (i - 1) * col
    local h5 = floor(plot_h * share(row.server_error, row.lines) / highest + 0.5)
    local h4 = floor(plot_h * share(row.client_error, row.lines) / highest + 0.5)
    local label = format("%s: %s %s, 4xx %s, 5xx %s", time_text(row.start, tl.offset),
      group(row.lines), fill(W.lines_word, { n = row.lines }),
      percent(share(row.client_error, row.lines)), percent(share(row.server_error, row.lines)))
    out[#out + 1] = format('<g><title>%s</title><rect x="%d" y="%d" width="%d" height="%d" '
      .. 'fill="%s"/><rect x="%d" y="%d" width="%d" height="%d" fill="%s"/></g>', esc(label),
      x, top + plot_h - h5, col - 2, h5, CLASS_COLOR[5], x, top + plot_h - h5 - h4, col - 2, h4,
      CLASS_COLOR[4])
  end
  local last = rows[#rows]
  out[#out + 1] = format('<text x="%d" y="%d">%s</text><text x="%d" y="%d" text-anchor="end">'
    .. '%s</text></svg>', left, top + plot_h + 18, esc(first_label), width - 4,
    top + plot_h + 34, esc(time_text(last.start, tl.offset)))
  return concat(out)
end

local REPORT_CSS = [=[
:root{--bg:#fff;--fg:#1b1f23;--mut:#57606a;--line:#d0d7de;--card:#f6f8fa;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--mut:#9198a1;
--line:#30363d;--card:#161b22}}
body{margin:0 auto;max-width:60rem;padding:0 1rem 2rem;background:var(--bg);color:var(--fg);
font:16px/1.5 system-ui,sans-serif}
.meta{color:var(--mut)}.warn{border-left:4px solid #cf222e;padding-left:.5rem}
html[lang=ko] body{word-break:keep-all}code{overflow-wrap:anywhere}
svg text{fill:var(--fg);font:13px system-ui,sans-serif}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left}
.n{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0;background:var(--card);border:1px solid var(--line);border-radius:6px;
padding:.5rem}
@media (max-width:40rem){dl{grid-template-columns:1fr}th,td{padding:.2rem}}
@media print{body{background:#fff;color:#000}svg text{fill:#000}figure{break-inside:avoid}}
]=]

--- The report as a self-contained HTML page in lang ("en" or "ko"): the
-- summary, bar charts of the classes and of the most frequent codes, the
-- timeline (inline SVG), a table of every code, upstreams and the busiest
-- paths. inputs: the names read, shown escaped.
function M.html(r, inputs, date, lang)
  lang = lang or "en"
  local W, names = WORDS[lang], CLASS_WORDS[lang].classes
  local files = {}
  for i, name in ipairs(inputs) do files[i] = name == "-" and W.stdin or name end
  local function dd(key, value) return format("<dt>%s</dt><dd>%s</dd>", esc(W[key]), value) end
  local out = {
    "<!DOCTYPE html>", format('<html lang="%s">', lang), '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
      .. "style-src 'unsafe-inline'; img-src data:\">",
    "<title>" .. esc(W.title) .. "</title><style>" .. REPORT_CSS .. "</style></head>",
    "<body><header><h1>" .. esc(W.title) .. "</h1>",
    format('<p class="meta">%s · %s · %s · httpstatus %s</p></header>',
      esc(concat(files, ", ")), esc(date or os_date("!%Y-%m-%d")),
      esc(fill(W.iana, { date = hs.REGISTRY_DATE })), esc(hs.VERSION)),
  }
  if r.empty then -- one sentence, no zeros
    out[#out + 1] = "<main><p>" .. esc(count.empty_text(inputs, W)) .. "</p></main></body></html>\n"
    return concat(out, "\n")
  end
  local more = {
    '<main><section aria-labelledby="h-sum"><h2 id="h-sum">' .. esc(W.summary) .. "</h2><dl>",
    dd("total", group(r.lines)) .. dd("valid", group(r.valid)),
    dd("malformed", format("%s (%s)", group(r.malformed), percent(share(r.malformed, r.lines)))),
    dd("error_ratio_l", format("%s (%s / %s)", percent(r.error_ratio), group(r.errors),
      group(r.valid))),
    dd("aborts_l", format("%s (%s)", group(r.aborted), esc(fill(W.of_valid,
      { share = percent(r.aborted_share) })))),
    dd("retryable_l", format("%s (%s)", group(r.retryable), esc(fill(W.of_errors,
      { share = percent(r.retryable_share) })))),
    dd("outside_l", format("%s (%s)", group(r.unregistered), esc(fill(W.of_valid,
      { share = percent(r.unregistered_share) })))),
    "</dl>",
  }
  for _, piece in ipairs(more) do out[#out + 1] = piece end
  local rtime = count.request_time_text(r, W)
  if rtime then out[#out + 1] = "<p>" .. esc(rtime) .. "</p>" end
  if r.custom then
    out[#out + 1] = '<p class="warn">' .. esc(count.custom_text(r, W)) .. "</p>"
  end
  out[#out + 1] = "</section>"
  if r.timeline then
    out[#out + 1] = '<section aria-labelledby="h-time"><h2 id="h-time">' .. esc(W.timeline_h)
      .. "</h2><figure>" .. svg_timeline(r, W) .. "</figure></section>"
  end
  local rows, trs = {}, {}
  for digit, class in ipairs(CLASSES) do
    local c = r.classes[class]
    rows[digit] = { digit .. "xx " .. names[class], c.count, format("%s (%s)", group(c.count),
      percent(c.share)), CLASS_COLOR[digit] }
    trs[digit] = format('<tr><td>%dxx %s</td><td class="n">%s</td><td class="n">%s</td></tr>',
      digit, esc(names[class]), group(c.count), percent(c.share))
  end
  out[#out + 1] = '<section aria-labelledby="h-class"><h2 id="h-class">' .. esc(W.class_h)
    .. "</h2><figure>" .. svg_chart("chart-class", W.chart_class, rows) .. "</figure>"
    .. format('<table><thead><tr><th>%s</th><th class="n">%s</th><th class="n">%s</th></tr>',
      esc(W.class), esc(W.count), esc(W.share))
    .. "</thead><tbody>" .. concat(trs) .. "</tbody></table></section>"
  rows, trs = {}, {}
  for i, c in ipairs(r.codes) do
    if i <= 15 then
      local name = c.meaning:gsub(" %(.*$", "") -- the details are in the table
      rows[i] = { c.code .. " " .. clip(name, 40), c.count,
                  format("%s (%s)", group(c.count), percent(c.share)),
                  CLASS_COLOR[floor(c.code / 100)] }
    end
    trs[i] = format('<tr><td>%d</td><td>%s</td><td class="n">%s</td><td class="n">%s</td>'
      .. "<td>%s</td></tr>", c.code, esc(c.meaning), group(c.count), percent(c.share),
      esc(c.registered and W.registered or W.outside_short))
  end
  out[#out + 1] = '<section aria-labelledby="h-code"><h2 id="h-code">' .. esc(W.code_h) .. "</h2>"
  if #rows > 0 then
    out[#out + 1] = "<figure>" .. svg_chart("chart-code", W.chart_code, rows) .. "</figure>"
  end
  out[#out + 1] = format('<table><thead><tr><th>%s</th><th>%s</th><th class="n">%s</th>'
    .. '<th class="n">%s</th><th>%s</th></tr></thead><tbody>', esc(W.code), esc(W.meaning),
    esc(W.count), esc(W.share), esc(W.registry)) .. concat(trs) .. "</tbody></table></section>"
  local u = r.upstream
  if u then
    out[#out + 1] = '<section aria-labelledby="h-up"><h2 id="h-up">' .. esc(W.upstream_h)
      .. "</h2><dl>"
    for _, row in ipairs(count.upstream_rows(u)) do -- the text's order, the same every run
      out[#out + 1] = format("<dt>%s</dt><dd>%s</dd>", esc(W[row[1]]:gsub(": {n}$", "")),
        group(row[2]))
    end
    out[#out + 1] = "</dl></section>"
  end
  if next(r.paths) then
    trs = {}
    for digit, class in ipairs(CLASSES) do
      for _, p in ipairs(r.paths[class] or {}) do
        trs[#trs + 1] = format('<tr><td>%dxx</td><td><code>%s</code></td><td class="n">%s</td>'
          .. '<td class="n">%s</td></tr>', digit, esc(p.path), group(p.count), group(p.error))
      end
    end
    out[#out + 1] = '<section aria-labelledby="h-paths"><h2 id="h-paths">' .. esc(W.paths_h)
      .. format('</h2><p class="meta">%s</p><table><thead><tr><th>%s</th><th>%s</th>'
      .. '<th class="n">%s</th><th class="n">%s</th></tr></thead><tbody>', esc(W.paths),
      esc(W.class), esc(W.path), esc(W.count), esc(W.error)) .. concat(trs)
      .. "</tbody></table></section>"
  end
  out[#out + 1] = "</main></body></html>\n"
  return concat(out, "\n")
end

return M
