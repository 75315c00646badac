-- Query and classify status codes: what `make demo` shows first.
-- Run: lua examples/lookup.lua   (with httpstatus installed or on the path)
local hs = require "httpstatus"

print(("httpstatus %s, IANA registry of %s: %d codes")
  :format(hs.VERSION, hs.REGISTRY_DATE, #hs.codes()))
print()

local function flags_of(code)
  local flags = {}
  if hs.is_cacheable(code) then flags[#flags + 1] = "cacheable" end
  if hs.is_retryable(code) then flags[#flags + 1] = "retryable" end
  if hs.preserves_method(code) then flags[#flags + 1] = "keeps method" end
  if not hs.allows_body(code) then flags[#flags + 1] = "no body" end
  if hs.is_deprecated(code) then flags[#flags + 1] = "deprecated" end
  local must = hs.required_headers(code)
  if must and #must > 0 then flags[#flags + 1] = "needs " .. table.concat(must, ", ") end
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
