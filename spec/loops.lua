-- How long the specs' long loops run: n rounds times HS_LOOP_SCALE (1 when
-- unset), never fewer than `least` (what the loop needs to mean anything:
-- a cache's bound passed, each kind of input met). make test's valgrind run
-- sets it low (scripts/test.sh): valgrind looks for memory errors, which
-- the first rounds of a loop meet as well as the last, and every runtime
-- and ASan run the same loops in full.
local SCALE = tonumber(os.getenv("HS_LOOP_SCALE") or "") or 1

local loops = {}

-- the number of rounds
function loops.n(n, least)
  local m = math.floor(n * SCALE + 0.5)
  if least and m < least then m = least end
  return m
end

-- For a walk over a list or grid of `total` items: take every step-th, about
-- loops.n(total, least) of them. The step has no factor under 11, so that
-- it meets every item of any cycle of 2 to 10 (a date's 3 forms and 7 days,
-- a grid's sides). 1 when the scale is 1.
function loops.step(total, least)
  local step = math.max(1, math.floor(total / loops.n(total, least)))
  while step > 1 and (step % 2 == 0 or step % 3 == 0 or step % 5 == 0 or step % 7 == 0) do
    step = step + 1
  end
  return step
end

return loops
