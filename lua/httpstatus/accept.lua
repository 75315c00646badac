--- Choosing a media type from an Accept header value (RFC 9110, 12.5.1).
-- @internal: not part of the API (docs/design.md, "Public and internal modules"); its
-- functions reach users through the public modules, specs through spec/internal.lua.
-- @module httpstatus.accept

local tonumber, type = tonumber, type

local M = {}

-- "type/subtype;params" -> type, subtype, q (nil when malformed)
local function parse_range(range)
  local mtype, subtype, params = range:match("^%s*([^%s/;]+)/([^%s/;]+)%s*(.*)$")
  if not mtype then return nil end
  local q = 1
  for name, value in params:gmatch(";%s*([^%s=;]+)%s*=%s*([^%s;]*)") do
    if name:lower() == "q" then
      -- qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
      if not (value:find("^0%.?%d?%d?%d?$") or value:find("^1%.?0?0?0?$")) then
        return nil
      end
      q = tonumber(value) or 0
    end
  end
  return mtype:lower(), subtype:lower(), q
end

--- The offer the client prefers, from `offers` (lower-case media types in
-- the server's order of preference, the first being the default). A range's
-- q-value applies through its most specific match (type/subtype over type/*
-- over */*); a tie in q goes to the more specific match, then to the
-- range listed first, then to the server's order.
-- Malformed ranges are skipped. When nothing is acceptable, or accept is
-- not a string, the default (offers[1]) is chosen.
function M.negotiate(accept, offers)
  if type(accept) ~= "string" then return offers[1] end
  local otypes, osubs = {}, {}
  for i = 1, #offers do otypes[i], osubs[i] = offers[i]:match("^([^/]+)/(.+)$") end
  local best = {} -- per offer: q, specificity, index of the range
  local index = 0
  for range in accept:gmatch("[^,]+") do
    index = index + 1
    local mtype, subtype, q = parse_range(range)
    if mtype then
      for i = 1, #offers do
        local otype, osub = otypes[i], osubs[i]
        local spec
        if mtype == otype and subtype == osub then
          spec = 2
        elseif mtype == otype and subtype == "*" then
          spec = 1
        elseif mtype == "*" and subtype == "*" then
          spec = 0
        end
        local b = best[i]
        if spec and (b == nil or spec > b.spec) then
          best[i] = { q = q, spec = spec, index = index }
        end
      end
    end
  end
  local choice, cb
  for i = 1, #offers do
    local b = best[i]
    if b and b.q > 0 and (cb == nil or b.q > cb.q
        or (b.q == cb.q and (b.spec > cb.spec
          or (b.spec == cb.spec and b.index < cb.index)))) then
      choice, cb = offers[i], b
    end
  end
  return choice or offers[1]
end

return M
