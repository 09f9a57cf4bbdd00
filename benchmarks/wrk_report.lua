-- wrk script used by benchmarks/load.py.
--
-- HEJNAL_WRK_PATHS (optional): paths separated by newlines; requests go round
-- them in turn (the search run uses several queries). Without it wrk sends its
-- one prebuilt request, the fastest way it has.
--
-- At the end one line "HEJNAL_RESULT {json}" carries the counts and the
-- latency percentiles (microseconds) for load.py to read.

local list = os.getenv("HEJNAL_WRK_PATHS")
if list and list ~= "" then
  local paths = {}
  for path in string.gmatch(list, "[^\n]+") do
    paths[#paths + 1] = path
  end
  local turn = 0
  request = function()
    turn = turn % #paths + 1
    return wrk.format("GET", paths[turn])
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'HEJNAL_RESULT {"requests": %d, "duration_us": %d, "bytes": %d, '
      .. '"connect": %d, "read": %d, "write": %d, "timeout": %d, "status": %d, '
      .. '"p50_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect, errors.read, errors.write, errors.timeout, errors.status,
    latency:percentile(50), latency:percentile(99), latency.max
  ))
end
