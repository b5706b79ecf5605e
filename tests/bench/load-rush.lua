-- wrk script for tests/bench/load-rush.mjs: one request kind per wrk process. BENCH_REQS
-- names a file of requests, one per line: METHOD <TAB> PATH <TAB> TOKEN <TAB> JSON-BODY
-- (token and body may be empty). Each thread starts at its own offset and cycles, so many
-- accounts and pages are hit. One-line JSON summary at the end (status = responses >= 400).
local reqs = {}
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

init = function(args)
  for line in io.lines(os.getenv("BENCH_REQS")) do
    local method, path, token, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local headers = {}
    if token ~= "" then headers["Authorization"] = token end
    if body ~= "" then headers["Content-Type"] = "application/json" else body = nil end
    reqs[#reqs + 1] = wrk.format(method, path, headers, body)
  end
  i = offset or 0
end

request = function()
  i = i + 1
  return reqs[(i % #reqs) + 1]
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,' ..
    '"status":%d,"timeout":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
