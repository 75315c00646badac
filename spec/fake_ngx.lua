-- A recording stand-in for ngx, for the specs that run httpstatus.ngx
-- outside nginx. load{method =, accept =, set_status = true,
-- nginx_version = 1029002 (ngx.config's)} loads a fresh
-- httpstatus.ngx against a fresh stand-in and returns it, the record of
-- what it sent, and reset(method, accept), which starts a new request
-- (a new, empty record) on the same stand-in, and the stand-in itself. The record: status, reason
-- (through ngx.resp.set_status, when the stand-in offers it), headers
-- (name -> value as set), cleared (names set to nil), headers_sent, body,
-- exit, logged (what ngx.log wrote, one string a call). ngx.headers_sent
-- turns true once print, flush or send_headers ran (as in ngx_lua);
-- load{version = 2} makes ngx.req.http_version() answer 2; load{phase =
-- "header_filter"} makes ngx.get_phase() answer that (else "content").
-- What nginx did before Lua runs, for error_page: load{nginx = {status =,
-- headers =, vars =}} (also reset's fourth argument): the status ngx.status
-- reads until one is set, the response headers already there (names in
-- any case, as ngx.header takes them: headers is then the response's
-- current headers, and ngx.resp.get_headers lists them, lower-case, with
-- nginx's "connection"), and other ngx.var values ($upstream_status, ...).
-- The stand-in's own `logged` lists what ngx.log wrote over every request,
-- { level =, message = }.
local M = {}

local function new_record() return { headers = {}, cleared = {}, logged = {} } end

-- the key of `headers` that is `name` in another case, or nil
local function key_of(headers, name)
  if headers[name] ~= nil then return name end
  local lower = name:lower()
  for k in pairs(headers) do
    if k:lower() == lower then return k end
  end
  return nil
end

function M.load(opts)
  opts = opts or {}
  local request = { method = opts.method or "GET", accept = opts.accept,
                    version = opts.version or 1.1, headers_out = false,
                    phase = opts.phase or "content" }
  local sent = new_record()
  local function seed(nginx)
    request.status, request.vars = nginx and nginx.status, nginx and nginx.vars or {}
    for k, v in pairs(nginx and nginx.headers or {}) do sent.headers[k] = v end
  end
  seed(opts.nginx)
  local logged = {} -- what ngx.log wrote, over every request: { level =, message = }
  local ngx = {
    logged = logged,
    HTTP_OK = 200,
    config = opts.nginx_version and { nginx_version = opts.nginx_version } or nil,
    WARN = 5,
    get_phase = function() return request.phase end,
    req = { get_method = function() return request.method end,
            http_version = function() return request.version end },
    resp = { get_headers = function()
      local out = { connection = "keep-alive" }
      for k, v in pairs(sent.headers) do out[k:lower()] = v end
      return out
    end },
    log = function(level, ...)
      local message = table.concat({ ... })
      logged[#logged + 1] = { level = level, message = message }
      sent.logged[#sent.logged + 1] = level .. " " .. message
    end,
    var = setmetatable({}, { __index = function(_, k)
      if k == "http_accept" then return request.accept end
      return request.vars[k]
    end }),
    header = setmetatable({}, {
      __newindex = function(_, k, v)
        local old = key_of(sent.headers, k)
        if old then sent.headers[old] = nil end
        sent.headers[k] = v
        if v == nil then sent.cleared[k] = true end
      end,
      __index = function(_, k)
        local key = key_of(sent.headers, k)
        return key and sent.headers[key]
      end }),
    send_headers = function() sent.headers_sent, request.headers_out = true, true end,
    flush = function() request.headers_out = true end,
    print = function(s) sent.body, request.headers_out = (sent.body or "") .. s, true end,
    -- ends the request: the next call stands for a new one
    exit = function(code) sent.exit, request.headers_out = code, false return "exited" end,
  }
  setmetatable(ngx, { __newindex = function(t, k, v)
    if k == "status" then sent.status = v else rawset(t, k, v) end
  end, __index = function(_, k)
    if k == "headers_sent" then return request.headers_out end
    if k == "status" then return sent.status or request.status or 0 end
  end })
  local resp = { set_status = function(code, reason)
    assert(type(reason) == "string", "set_status needs a reason string")
    sent.status, sent.reason = code, reason
  end }

  local saved, saved_resp = rawget(_G, "ngx"), package.loaded["ngx.resp"]
  rawset(_G, "ngx", ngx)
  package.loaded["ngx.resp"] = opts.set_status and resp or nil
  package.loaded["httpstatus.ngx"] = nil
  local hsngx = require "httpstatus.ngx"
  rawset(_G, "ngx", saved)
  package.loaded["ngx.resp"] = saved_resp
  package.loaded["httpstatus.ngx"] = nil

  local function reset(method, accept, version, nginx)
    request.method, request.accept = method or "GET", accept
    request.version, request.headers_out = version or 1.1, false
    sent = new_record()
    seed(nginx)
    return sent
  end
  return hsngx, sent, reset, ngx
end

-- A stand-in for one lua_shared_dict, with the semantics of ngx_lua's
-- shdict (lua-nginx-module's ngx_http_lua_shdict.c, the same in 0.10.23 and
-- 0.10.29) that httpstatus.budget relies on, for specs that run outside
-- nginx. M.shared_dict(capacity_bytes, clock) -> dict, where clock() gives
-- ngx.now()'s seconds. What it keeps of the real one:
--   * times to live in whole milliseconds against the same clock; an item
--     is gone when expires - now <= 0; 0 means for ever;
--   * get, set, add, safe_set, safe_add, replace, delete, incr(key, value,
--     init, init_ttl), expire(key, exptime), ttl(key), flush_all, flush_expired,
--     capacity, free_space, with the real answers ("exists", "not found",
--     "not a number", "no memory", and the forcible flag);
--   * incr with init creates (or revives an expired item) with init + value
--     and init_ttl; on a live item it adds and keeps the time to live;
--   * a lookup that finds a live item makes it the most recently used;
--   * every write first frees up to two expired items at the least recently
--     used end; when an item does not fit, set, add and incr with init evict
--     the least recently used items, expired or not, up to 30 (forcible:
--     true), then answer nil, "no memory"; safe_set and safe_add never
--     evict a live item;
--   * flush_all marks every item expired, without freeing it.
-- Sizes are a model: an item costs 64 + #key + the value's bytes (8 for a
-- number or a boolean), rounded up to a power of two, as nginx's slab
-- allocator rounds. dict.entries() counts the items held (expired or not),
-- dict.evicted counts live items evicted by force, and dict.before, when
-- set, is called with the operation's name and key before each operation
-- (a spec runs another worker's call there, to interleave two workers).
function M.shared_dict(capacity, clock)
  local items, count, used = {}, 0, 0
  -- least recently used list: head is the most recent
  local head = { } ; local tail = { }
  head.next, tail.prev = tail, head
  local dict = { evicted = 0 }

  local function now_ms() return math.floor(clock() * 1000) end
  local function size_of(key, value)
    local n = 64 + #key + (type(value) == "string" and #value or 8)
    local s = 64
    while s < n do s = s * 2 end
    return s
  end
  local function unlink(it) it.prev.next, it.next.prev = it.next, it.prev end
  local function to_head(it)
    it.next, it.prev = head.next, head
    head.next.prev = it
    head.next = it
  end
  local function expired(it) return it.expires ~= 0 and it.expires - now_ms() <= 0 end
  local function remove(it)
    unlink(it)
    items[it.key] = nil
    count, used = count - 1, used - it.size
  end
  -- ngx_http_lua_shdict_expire: n == 1 frees up to two expired items at the
  -- tail; n == 0 frees the tail item whatever it is, then up to two expired
  local function expire_tail(n)
    local freed = 0
    while n < 3 do
      local it = tail.prev
      if it == head then return freed end
      if n ~= 0 and not expired(it) then return freed end
      if n == 0 and not expired(it) then dict.evicted = dict.evicted + 1 end
      n = n + 1
      remove(it)
      freed = freed + 1
    end
    return freed
  end
  -- a live item (made the most recent), or nil and whether one expired
  local function lookup(key)
    local it = items[key]
    if not it then return nil, false end
    if expired(it) then return nil, true end
    unlink(it)
    to_head(it)
    return it
  end
  local function ms_of(seconds) return seconds and seconds > 0 and math.floor(seconds * 1000) or 0 end
  -- store key = value (an old item of that key already removed); nil,
  -- "no memory" when it does not fit even after evicting (unless safe)
  local function insert(key, value, ttl_ms, safe)
    local size = size_of(key, value)
    local forcible = false
    if used + size > capacity then
      if safe then return nil, "no memory" end
      for _ = 1, 30 do
        if expire_tail(0) == 0 then break end
        forcible = true
        if used + size <= capacity then break end
      end
      if used + size > capacity then return nil, "no memory", forcible end
    end
    local it = { key = key, value = value, size = size,
                 expires = ttl_ms > 0 and now_ms() + ttl_ms or 0 }
    items[key] = it
    to_head(it)
    count, used = count + 1, used + size
    return true, nil, forcible
  end
  local function before(op, key) if dict.before then dict.before(op, key) end end

  local function store(op, key, value, exptime, safe)
    before(op, key)
    expire_tail(1)
    local it, was_expired = lookup(key)
    if op == "add" and it then return false, "exists", false end
    if op == "replace" and not it then return false, "not found", false end
    local old = it or (was_expired and items[key])
    if old then remove(old) end
    if value == nil then return true, nil, false end
    return insert(key, value, ms_of(exptime), safe)
  end

  function dict.get(_, key)
    before("get", key)
    local it = lookup(key)
    if it then return it.value end
    return nil
  end
  function dict.set(_, key, value, exptime) return store("set", key, value, exptime) end
  function dict.safe_set(_, key, value, exptime) return store("set", key, value, exptime, true) end
  function dict.add(_, key, value, exptime) return store("add", key, value, exptime) end
  function dict.safe_add(_, key, value, exptime) return store("add", key, value, exptime, true) end
  function dict.replace(_, key, value, exptime) return store("replace", key, value, exptime) end
  function dict.delete(_, key) return store("set", key, nil) end
  function dict.incr(_, key, value, init, init_ttl)
    before("incr", key)
    expire_tail(1)
    local it, was_expired = lookup(key)
    if not it then
      if init == nil then return nil, "not found" end
      if was_expired then remove(items[key]) end
      local ok, err, forcible = insert(key, init + value, ms_of(init_ttl))
      if not ok then return nil, err, forcible end
      return init + value, nil, forcible
    end
    if type(it.value) ~= "number" then return nil, "not a number" end
    it.value = it.value + value
    return it.value, nil, false
  end
  function dict.expire(_, key, exptime)
    before("expire", key)
    local it = lookup(key)
    if not it then return nil, "not found" end
    local ms = ms_of(exptime)
    it.expires = ms > 0 and now_ms() + ms or 0
    return true
  end
  function dict.ttl(_, key)
    local it = lookup(key)
    if not it then return nil, "not found" end
    if it.expires == 0 then return 0 end
    return (it.expires - now_ms()) / 1000
  end
  function dict.flush_all()
    for _, it in pairs(items) do it.expires = 1 end
  end
  function dict.flush_expired()
    local n = 0
    for _, it in pairs(items) do
      if expired(it) then remove(it); n = n + 1 end
    end
    return n
  end
  function dict.capacity() return capacity end
  function dict.free_space() return capacity - used end
  function dict.entries() return count end
  return dict
end

--- A clock for ngx.now(): clock() answers, clock.set(t) and
-- clock.advance(seconds) move it (as the worker's cached time moves).
function M.clock(start)
  local t = start or 1773576000
  return setmetatable({
    set = function(v) t = v end,
    advance = function(d) t = t + d end,
  }, { __call = function() return t end })
end

--- Runs fn with a global ngx that has `shared` (name -> dict) and now
-- (clock), as a worker would see it; the previous global is put back.
function M.with_ngx(shared, clock, fn)
  local saved = rawget(_G, "ngx")
  rawset(_G, "ngx", { shared = shared, now = function() return clock() end,
                      update_time = function() end })
  local results = { pcall(fn) }
  rawset(_G, "ngx", saved)
  if not results[1] then error(results[2], 0) end
  local unpack = rawget(table, "unpack") or rawget(_G, "unpack")
  return unpack(results, 2, #results)
end

return M
