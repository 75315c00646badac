-- Writes examples/data/access.log: one day (14 March 2026) of a made-up site behind
-- nginx, in "combined" format, with 16 malformed lines (the MALFORMED table) mixed in.
-- Its own PRNG makes the output identical on every Lua version and on LuaJIT:
--   lua5.4 examples/data/make_access_log.lua > examples/data/access.log
-- Addresses are documentation ranges only: 192.0.2.0/24, 198.51.100.0/24,
-- 203.0.113.0/24 and 2001:db8::/32; the site is www.example.com.

local LINES = 3000

-- Park-Miller "minimal standard" generator: products stay below 2^53, so doubles
-- (Lua 5.1, LuaJIT) and integers (5.3, 5.4) give the same sequence.
local seed = 20260314
local function rand(n) -- 1..n
  seed = seed * 16807 % 2147483647
  return seed % n + 1
end
local function pick(list) return list[rand(#list)] end
local function between(lo, hi) return lo + rand(hi - lo + 1) - 1 end

-- Clients: each keeps its address and user agent for the whole day.
local BROWSERS = {
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    .. "Chrome/134.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    .. "Version/18.3 Safari/605.1.15",
  "Mozilla/5.0 (X11; Linux x86_64; rv:136.0) Gecko/20100101 Firefox/136.0",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:136.0) Gecko/20100101 Firefox/136.0",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 "
    .. "(KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    .. "Chrome/134.0.0.0 Mobile Safari/537.36",
}
local BOTS = {
  { "198.51.100.66", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" },
  { "198.51.100.67", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" },
  { "198.51.100.91", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)" },
  { "2001:db8:4860::1a", "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)" },
}
local API_AGENTS = { "python-requests/2.32.3", "curl/8.12.1", "Go-http-client/2.0",
                     "okhttp/4.12.0", "ExampleShop/3.4.1 (iOS 18.3)" }
local SCANNERS = {
  { "203.0.113.250", "Mozilla/5.0 zgrab/0.x" },
  { "203.0.113.251", "-" },
  { "2001:db8:bad::7", "python-requests/2.25.1" },
  { "203.0.113.199", "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)" },
}

local function ipv4(net, n) return net .. "." .. n end
local browsers, apis = {}, {}
for i = 1, 70 do
  local ip
  local r = rand(10)
  if r <= 4 then ip = ipv4("192.0.2", between(2, 254))
  elseif r <= 7 then ip = ipv4("198.51.100", between(2, 60))
  elseif r <= 8 then ip = ipv4("203.0.113", between(2, 180))
  else ip = ("2001:db8:%x:%x::%x"):format(between(1, 4095), between(1, 255), i) end
  browsers[i] = { ip, pick(BROWSERS) }
end
for i = 1, 12 do apis[i] = { ipv4("203.0.113", between(10, 60)), pick(API_AGENTS) } end

local SITE = "https://www.example.com"
local PAGES = { "/", "/about", "/blog/", "/blog/2026/03/http-status-codes-explained",
  "/blog/2026/02/migrating-to-http3", "/docs/", "/docs/getting-started",
  "/docs/api/reference", "/pricing", "/contact", "/products/widget-42", "/products/gadget-7" }
local ASSETS = { -- path, size
  { "/static/css/main.3f9a1c.css", 48213 }, { "/static/js/app.8b2e4d.js", 182734 },
  { "/static/js/vendor.1c7f0a.js", 391022 }, { "/static/img/logo.svg", 3411 },
  { "/static/img/hero-1600.webp", 121877 }, { "/favicon.ico", 15086 },
  { "/static/fonts/inter-var.woff2", 98452 } }
local MISSING = { "/apple-touch-icon.png", "/apple-touch-icon-precomposed.png",
  "/blog/2019/old-post", "/docs/v1/install", "/static/js/app.5d1e0b.js", "/robots.txt.bak" }
local PROBES = { "/wp-login.php", "/.env", "/.git/config", "/phpmyadmin/index.php",
  "/xmlrpc.php", "/cgi-bin/luci/;stok=/locale", "/vendor/phpunit/phpunit/src/Util/PHP/"
  .. "eval-stdin.php", "/boaform/admin/formLogin", "/.aws/credentials", "/admin/config.php" }
local SEARCHES = { "status+codes", "http%2F3", "\\x22exact+phrase\\x22", "widget", "499" }
local REFERERS = { "-", "-", "https://www.google.com/", "https://duckduckgo.com/",
                   "https://news.ycombinator.com/" }

local function page_referer() return pick(REFERERS) end
local function internal_referer() return SITE .. pick(PAGES) end
local function browser() return pick(browsers) end
local function api() return pick(apis) end
local function scanner() return pick(SCANNERS) end
local function crawler() return pick(BOTS) end
local function proto() return rand(3) == 1 and "HTTP/1.1" or "HTTP/2.0" end

-- Each kind of request: weight, status, and a function giving
-- client, user, request, bytes, referer.
local KINDS = {
  { 180, 200, function() return browser(), "-", "GET " .. pick(PAGES) .. " " .. proto(),
      between(8000, 60000), page_referer() end },
  { 170, 200, function() local a = pick(ASSETS)
      return browser(), "-", "GET " .. a[1] .. " " .. proto(), a[2], internal_referer() end },
  { 160, 200, function() return api(), "-", "GET /api/v1/products?page=" .. between(1, 30)
      .. " HTTP/1.1", between(900, 9000), "-" end },
  { 20, 200, function() return browser(), "-", "GET /search?q=" .. pick(SEARCHES) .. " "
      .. proto(), between(6000, 20000), internal_referer() end },
  { 75, 200, function() return crawler(), "-", "GET " .. pick(PAGES) .. " HTTP/1.1",
      between(8000, 60000), "-" end },
  { 10, 200, function() return browser(), "alice", "GET /admin/ HTTP/1.1",
      between(4000, 9000), "-" end },
  { 15, 200, function() return browser(), "-", "POST /api/v1/cart HTTP/2.0",
      between(300, 1200), SITE .. "/products/widget-42" end },
  { 110, 304, function() return browser(), "-", "GET " .. pick(ASSETS)[1] .. " " .. proto(),
      0, internal_referer() end },
  { 35, 301, function() return browser(), "-", "GET " .. pick { "/blog", "/docs", "/shop" }
      .. " HTTP/1.1", 169, page_referer() end },
  { 40, 302, function() return browser(), "-", pick { "GET /account", "POST /login" }
      .. " HTTP/2.0", 0, SITE .. "/login" end },
  { 45, 404, function() local c = scanner()
      return c, "-", "GET " .. pick(PROBES) .. " HTTP/1.1", 153, "-" end },
  { 40, 404, function() return browser(), "-", "GET " .. pick(MISSING) .. " " .. proto(),
      4212, internal_referer() end },
  { 15, 206, function() return browser(), "-", "GET /media/video/intro-1080p.mp4 HTTP/2.0",
      between(65536, 1048576), SITE .. "/" end },
  { 10, 201, function() return api(), "-", "POST /api/v1/orders HTTP/1.1",
      between(300, 700), "-" end },
  { 15, 204, function() return browser(), "-", pick { "OPTIONS /api/v1/cart",
      "POST /api/v1/beacon" } .. " HTTP/2.0", 0, internal_referer() end },
  { 4, 400, function() return scanner(), "-", "\\x16\\x03\\x01\\x00\\xF1\\x01\\x00\\x00"
      .. "\\xED\\x03\\x03", 157, "-" end },
  { 3, 400, function() return api(), "-", "POST /api/v1/orders HTTP/1.1", 87, "-" end },
  { 10, 401, function() return pick { api(), browser() }, "-",
      pick { "GET /api/v1/orders", "GET /admin/" } .. " HTTP/1.1", 179, "-" end },
  { 10, 403, function() return scanner(), "-", "GET " .. pick { "/server-status",
      "/admin/", "/.htaccess" } .. " HTTP/1.1", 153, "-" end },
  { 4, 405, function() return scanner(), "-", "PUT / HTTP/1.1", 157, "-" end },
  { 2, 413, function() return browser(), "-", "POST /api/v1/uploads HTTP/2.0", 183,
      SITE .. "/account" end },
  { 10, 429, function() return api(), "-", "GET /api/v1/search?q=" .. pick(SEARCHES)
      .. " HTTP/1.1", 169, "-" end },
  { 12, 499, function() return browser(), "-", "GET /api/v1/search?q=" .. pick(SEARCHES)
      .. " HTTP/2.0", 0, SITE .. "/search" end },
  { 5, 500, function() return api(), "-", "POST /api/v1/orders HTTP/1.1", 177, "-" end },
  { 5, 502, function() return browser(), "-", "GET /api/v1/products/" .. between(1, 400)
      .. " HTTP/2.0", 157, internal_referer() end },
  { 5, 503, function() return api(), "-", "GET /api/v1/products?page=" .. between(1, 30)
      .. " HTTP/1.1", 197, "-" end },
  { 4, 504, function() return browser(), "-", "GET /api/v1/search?q=" .. pick(SEARCHES)
      .. " HTTP/2.0", 167, SITE .. "/search" end },
  { 3, 444, function() return scanner(), "-", "GET " .. pick(PROBES) .. " HTTP/1.1",
      0, "-" end },
  { 1, 418, function() return browser(), "-", "BREW /coffee HTTP/1.1", 38, "-" end },
}
local total_weight = 0
for _, k in ipairs(KINDS) do total_weight = total_weight + k[1] end

-- Timestamps over the day, busier in the day than at night, in time order.
local HOURLY = { 3, 2, 1, 1, 1, 2, 4, 6, 8, 9, 10, 10, 9, 9, 10, 10, 9, 9, 8, 8, 7, 6, 5, 4 }
local hour_weight = 0
for _, w in ipairs(HOURLY) do hour_weight = hour_weight + w end
local times = {}
for i = 1, LINES do
  local r, hour = rand(hour_weight), 0
  while r > HOURLY[hour + 1] do r = r - HOURLY[hour + 1]; hour = hour + 1 end
  times[i] = hour * 3600 + rand(3600) - 1
end
table.sort(times)
local function stamp(t)
  return ("[14/Mar/2026:%02d:%02d:%02d +0100]")
    :format(math.floor(t / 3600), math.floor(t / 60) % 60, t % 60)
end

local function good_line(t)
  local r, kind = rand(total_weight), 1
  while r > KINDS[kind][1] do r = r - KINDS[kind][1]; kind = kind + 1 end
  local client, user, request, bytes, referer = KINDS[kind][3]()
  return ('%s - %s %s "%s" %d %d "%s" "%s"'):format(client[1], user, stamp(t), request,
    KINDS[kind][2], bytes, referer, client[2])
end

-- The malformed lines, by line number: exactly 16, each a way logs really break.
local MALFORMED = {
  [97] = function(t) return good_line(t):sub(1, 70) end,          -- cut in the request
  [311] = function(t) return good_line(t):match('^(.-" %d+)') end, -- cut after the status
  [502] = function(t) return good_line(t):sub(1, -12) end,        -- cut in the agent
  [733] = function() return "" end,
  [980] = function(t) return (good_line(t):gsub('" %d%d%d ', '" 2OO ', 1)) end,
  [1204] = function(t) return (good_line(t):gsub('" %d%d%d ', '" 000 ', 1)) end,
  [1377] = function(t) return (good_line(t):gsub('" %d%d%d ', '" 20 ', 1)) end,
  [1610] = function() return "2026/03/14 09:41:07 [error] 2231#2231: *88123 upstream timed"
    .. " out (110: Connection timed out) while reading response header from upstream" end,
  [1841] = function(t) return ('198.51.100.23 - - %s "GET /search?q="status codes" HTTP/1.1"'
    .. ' 200 9120 "-" "curl/8.12.1"'):format(stamp(t)) end,     -- bare quotes
  [2050] = function(t) return good_line(t):sub(1, 60) .. good_line(t) end, -- two writes
  [2233] = function(t) return good_line(t):match('^(.-" %d+ %d+)') end, -- common format
  [2391] = function() return "-- MARK --" end,
  [2568] = function(t) return (good_line(t):gsub('" %d%d%d ', '" 4O4 ', 1)) end,
  [2702] = function(t) return (good_line(t):gsub('" "[^"]*"$', '" "Mozilla/5.0 (X11; ')) end,
  [2874] = function() return "" end,
  [2999] = function(t) return ('203.0.113.77 - - %s "GET / HTTP/1.1" 200 512'
    .. ' "https://www.example.com/?utm="spring"" "curl/8.12.1"'):format(stamp(t)) end,
}

local out, malformed = {}, 0
for i = 1, LINES do
  if MALFORMED[i] then
    out[i] = (MALFORMED[i](times[i]))
    malformed = malformed + 1
  else
    out[i] = good_line(times[i])
  end
end
io.write(table.concat(out, "\n"), "\n")
io.stderr:write(("%d lines, %d malformed\n"):format(LINES, malformed))
