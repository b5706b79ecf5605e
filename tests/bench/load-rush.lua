-- wrk script for tests/bench/load-rush.mjs: one request kind per wrk process. BENCH_REQS
-- names a file of requests, one per line: METHOD <TAB> PATH <TAB> TOKEN <TAB> JSON-BODY
-- (token and body may be empty). Each thread starts at its own offset and cycles, so many
-- accounts and pages are hit. One-line JSON summary at the end (status = responses >= 400).
local reqs = {}
local counter = 0
local threads = {}

setup = function(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
  threads[#threads + 1] = thread
end

init = function(args)
  for line in io.lines(os.getenv("BENCH_REQS")) do
    local method, path, token, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local headers = {}
    if token ~= "" then headers["Authorization"] = token end
    if body ~= "" then headers["Content-Type"] = "application/json" else body = nil end
    reqs[#reqs + 1] = wrk.format(method, path, headers, body)
  end
  -- Each round of connections starts in its own part of the file (BENCH_PART = k/n), so a
  -- later round never repeats a write of an earlier one (a second reaction is refused).
  local part = tonumber(os.getenv("BENCH_PART") or "0")
  i = math.floor(part * #reqs) + (offset or 0) % math.max(1, math.floor(#reqs / 4))
end

request = function()
  i = i + 1
  return reqs[(i % #reqs) + 1]
end

-- With BENCH_ERRORS set (the writes), the first refusal is kept to be printed, with a
-- count per status: a failed write says why. Not for reads: a response callback costs.
if os.getenv("BENCH_ERRORS") then
  response = function(status, headers, body)
    if status >= 400 then
      codes = (codes or "") .. status .. " "
      if not first_error then first_error = status .. " " .. (body or ""):sub(1, 300) end
    end
  end
end

done = function(summary, latency, requests)
  for _, thread in ipairs(threads) do
    local first = thread:get("first_error")
    if first then
      local tally = {}
      for code in (thread:get("codes") or ""):gmatch("%d+") do tally[code] = (tally[code] or 0) + 1 end
      local parts = {}
      for code, n in pairs(tally) do parts[#parts + 1] = code .. "×" .. n end
      io.stderr:write("BENCH_ERRORS " .. table.concat(parts, " ") .. "; eerste: " .. first:gsub("\n", " ") .. "\n")
    end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,' ..
    '"status":%d,"timeout":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
