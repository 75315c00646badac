--- The facts of one registered code on the reference page: the rows of
-- its card (constant, reference, registry, HTTP versions, nginx's line,
-- header fields, old names, the lint rules about it) and its badges, in
-- both languages; and the section of lint rules the cards link to. The page
-- (httpstatus.cmd.html) hands its helpers in as `page`: both (texts by
-- language), label (a word of the page's table), ui_format, UI and escape.
-- The words are httpstatus.cmd.wording's, as in the lookup.
-- @module httpstatus.cmd.html_card

local hs = require "httpstatus"
local wording = require "httpstatus.cmd.wording"

local ipairs, pairs = ipairs, pairs
local concat = table.concat
local format = string.format

local M = {}

-- a fact in both languages, worded by fn(lang, ...)
local function in_both(page, fn, ...)
  return page.both { en = fn("en", ...), ko = fn("ko", ...) }
end

-- "RFC 9110, Section 15.5.5" as a link to rfc-editor.org, its text as each
-- language writes it ("RFC 9110 15.5.5절"); drafts and other documents as
-- text. Parts are separated by "; ".
local function reference_html(page, ref)
  local parts, escape = {}, page.escape
  for part in (ref .. "; "):gmatch("(.-); ") do
    local rfc, section = part:match("^RFC (%d+), Section ([%d%.]+)$")
    rfc = rfc or part:match("^RFC (%d+)$")
    if rfc then
      local url = "https://www.rfc-editor.org/rfc/rfc" .. rfc .. ".html"
      if section then url = url .. "#section-" .. section end
      parts[#parts + 1] = format('<a href="%s">%s</a>', escape(url),
        in_both(page, wording.reference, part))
    else
      parts[#parts + 1] = escape(part)
    end
  end
  return concat(parts, "; ")
end

local function status_html(page, info, today)
  local key, UI = info.status, page.UI
  local texts
  if key == "temporary" and info.expires then
    texts = page.ui_format("temporary", info.expires)
    if wording.expiry_state(info, today) ~= "listed" then
      key = "expired"
      for lang, text in pairs(texts) do
        texts[lang] = text .. "; " .. wording.expiry(lang, info, today)
      end
    end
  else
    texts = { en = UI.en[key] or key, ko = UI.ko[key] or key }
  end
  return format('<span data-status="%s">%s</span>', page.escape(key), page.both(texts))
end

local function headers_html(page, info)
  local items, escape = {}, page.escape
  for _, h in ipairs(info.headers) do
    local level = page.UI.en[h.level] and page.label(h.level) or escape(h.level)
    local item = format('<li><code>%s</code> <span class="lvl" data-level="%s">%s</span>',
      escape(h.name), escape(h.level), level)
    if h.condition ~= nil then
      item = item .. ' <span class="cond">' .. in_both(page, wording.condition, info.code, h)
        .. "</span>"
    end
    if h.draft then item = item .. ' <small class="draft">' .. page.label("draft") .. "</small>" end
    items[#items + 1] = item .. "</li>"
  end
  return "<ul>" .. concat(items) .. "</ul>"
end

local function aliases_html(page, aliases)
  local items, escape = {}, page.escape
  for _, a in ipairs(aliases) do
    items[#items + 1] = format("<li>%s <code>hs.%s</code> <small>· %s</small></li>",
      escape(a.phrase), escape(a.name), escape(a.source))
  end
  return "<ul>" .. concat(items) .. "</ul>"
end

-- The rules hs.lint holds a response of this code to (hs.lint_rules),
-- each linked to its entry in the page's section of rules.
local function rules_html(page, rules, code)
  local items, escape = {}, page.escape
  local ko = hs.lint_rules(code, { lang = "ko" })
  for i, r in ipairs(rules) do
    items[#items + 1] = format('<li><a href="#rule-%s"><code>%s</code></a> '
      .. '<span class="lvl" data-lint="%s">%s</span> %s <small>%s</small></li>',
      escape(r.rule), escape(r.rule), escape(r.level), page.label("lint_" .. r.level),
      page.both { en = r.message, ko = ko[i].message }, reference_html(page, r.reference))
  end
  return "<ul>" .. concat(items) .. "</ul>"
end

--- The page's section of lint rules: each rule that is about some code of
-- `codes`, with links back to those codes' cards.
function M.rules_section(page, codes)
  local by_rule, ids = {}, {}
  for _, code in ipairs(codes) do
    for _, r in ipairs(hs.lint_rules(code)) do
      if not by_rule[r.rule] then
        by_rule[r.rule] = {}
        ids[#ids + 1] = r.rule
      end
      local list = by_rule[r.rule]
      list[#list + 1] = format('<a href="#%d">%d</a>', code, code)
    end
  end
  table.sort(ids)
  local items, escape = {}, page.escape
  for _, id in ipairs(ids) do
    items[#items + 1] = format('<dt id="rule-%s"><code>%s</code></dt><dd>%s</dd>', escape(id),
      escape(id), concat(by_rule[id], " "))
  end
  return concat({
    '<section id="lint-rules" aria-labelledby="h-lint">',
    '<h2 id="h-lint">' .. page.label("lint_rules") .. "</h2><p>" .. page.label("lint_note")
      .. "</p>",
    '<dl class="rules">' .. concat(items) .. "</dl>",
    "</section>",
  }, "\n")
end

--- The <dt>/<dd> rows of a code's card, as a list of strings.
function M.rows(page, info, today)
  local function row(key, value_html)
    return "<dt>" .. page.label(key) .. "</dt><dd>" .. value_html .. "</dd>"
  end
  local out = {
    row("constant", format("<code>hs.%s</code>", page.escape(info.name))),
    row("reference", reference_html(page, info.reference)),
    row("registry", status_html(page, info, today)),
    row("versions", in_both(page, wording.versions, info)),
    row("nginx", in_both(page, wording.nginx, info)),
  }
  if #info.headers > 0 then out[#out + 1] = row("headers", headers_html(page, info)) end
  if #info.aliases > 0 then out[#out + 1] = row("old", aliases_html(page, info.aliases)) end
  local rules = hs.lint_rules(info.code)
  if #rules > 0 then out[#out + 1] = row("lint", rules_html(page, rules, info.code)) end
  return out
end

--- The facts as badges: { {data-fact, label key}, ... }.
function M.facts(info)
  local facts = {}
  local function add(fact, key) facts[#facts + 1] = { fact, key or fact } end
  if info.cacheable then add "cacheable" end
  if info.must_not_store then add "must_not_store" end
  if info.retryable then add "retryable" end
  if info.retry_after then add "retry_after" end
  if info.redirect then add("redirect-" .. info.redirect, "redirect_" .. info.redirect) end
  if info.method then add("method-" .. info.method, "method_" .. info.method) end
  if info.allows_body then add("body", "content") else add("no-body", "no_content") end
  if info.deprecated then add "deprecated" end
  return facts
end

return M
