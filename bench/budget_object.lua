-- make bench: the budget the benchmark's handlers share in a worker, made
-- once (require caches it), as a user makes it at module level.
return require("httpstatus.budget").new("bench_budget")
