-- Query and classify status codes: what `make demo` shows first.
-- Run: lua examples/lookup.lua   (with httpstatus installed or on the path)
local hs = require "httpstatus"

print(("httpstatus %s, IANA registry of %s: %d codes")
  :format(hs.VERSION, hs.REGISTRY_DATE, #hs.codes()))
print()

-- The header fields a response with this code carries, as the library
-- words them: the level RFC 9110 (or 6585, ...) gives each, and the
-- condition when it holds only then ("Retry-After SHOULD, when the
-- condition is temporary" for 413; "Retry-After MAY" for 429 and 503).
local function fields_of(code)
  local fields = {}
  for _, h in ipairs(hs.info(code).headers) do
    local text = h.name .. " " .. h.level:upper()
    local condition = hs.condition(code, h.name)
    if condition then text = text .. ", when " .. condition end
    fields[#fields + 1] = text
  end
  return fields
end

local function flags_of(code)
  local flags = {}
  if hs.is_cacheable(code) then flags[#flags + 1] = "cacheable" end
  if hs.is_retryable(code) then flags[#flags + 1] = "retryable" end
  if hs.preserves_method(code) then flags[#flags + 1] = "keeps method" end
  if not hs.allows_body(code) then flags[#flags + 1] = "no body" end
  if hs.is_deprecated(code) then flags[#flags + 1] = "deprecated" end
  for _, field in ipairs(fields_of(code)) do flags[#flags + 1] = field end
  return table.concat(flags, "; ")
end

local function describe(code)
  if hs.is_registered(code) then return hs.reason(code), flags_of(code) end
  local vendors = {}
  for _, u in ipairs(hs.unofficial(code) or {}) do
    vendors[#vendors + 1] = u.vendor .. ": " .. u.reason
  end
  return "(not registered)", table.concat(vendors, " / ")
end

for _, code in ipairs { 200, 204, 301, 307, 401, 404, 405, 413, 422, 429, 499, 503, 599 } do
  local reason, notes = describe(code)
  print(("%d  %-30s %-13s %s"):format(code, reason, hs.class(code), notes))
end

print()
for _, text in ipairs { "Payload Too Large", "unprocessable entity", "REQUEST_URI_TOO_LONG",
                        "Moved Temporarily", "no such phrase" } do
  local code = hs.code(text)
  local answer = code and (code .. " " .. hs.reason(code)) or "nil"
  print(("%-24s -> %s"):format('"' .. text .. '"', answer))
end
