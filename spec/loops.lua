-- How long the specs' long loops run: n rounds times HS_LOOP_SCALE (1 when
-- unset), never fewer than `least` (what the loop needs to mean anything:
-- a cache's bound passed, each kind of input met). make test's valgrind run
-- sets it low (scripts/test.sh): valgrind looks for memory errors, which
-- the first rounds of a loop meet as well as the last, and every runtime
-- and ASan run the same loops in full.
local SCALE = tonumber(os.getenv("HS_LOOP_SCALE") or "") or 1

return function(n, least)
  local m = math.floor(n * SCALE + 0.5)
  if least and m < least then m = least end
  return m
end
