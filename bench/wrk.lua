-- wrk.lua - the request script of bench/bench.sh: headers from the environment, paths rotated, one result line.
-- BENCH_PATHS: one path, or several separated by '|' (each connection takes the next in turn);
-- BENCH_HEADER: one "Name: value" header (a session cookie or an API token), optional.
local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "[^|]+") do
	paths[#paths + 1] = p
end
local header = os.getenv("BENCH_HEADER")
local i = 0

init = function(args)
	if header ~= nil and header ~= "" then
		local name, value = string.match(header, "^([^:]+):%s*(.*)$")
		wrk.headers[name] = value
	end
end

request = function()
	i = i % #paths + 1
	return wrk.format("GET", paths[i])
end

-- Non-2xx answers count as errors: a benchmark of 404 or 503 pages measures nothing.
done = function(summary, latency, requests)
	local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write +
		summary.errors.timeout
	io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d bytes=%d\n",
		summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
		summary.requests, errors, summary.bytes))
end
