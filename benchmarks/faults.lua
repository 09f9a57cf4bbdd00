-- wrk script of the fault drill (hejnal/ops/fault_drill.py, benchmarks/faults.py).
--
-- Run with an even number of threads: odd threads send cached traffic, even
-- threads uncached traffic, so the connections are split half and half.
--
-- HEJNAL_FAULT_CACHED: paths, one a line, warmed in the cache beforehand; the
--   cached threads go round them.
-- HEJNAL_FAULT_UNCACHED: paths, one a line; the uncached threads go round them,
--   each request with a query parameter of its own (HEJNAL_FAULT_RUN, the
--   thread and a counter), so it misses the cache and reaches the app.
--
-- Every answer that is not 2xx/3xx is counted by kind (cached/uncached),
-- status and origin: "varnish" when the body is Varnish's built-in error page
-- ("Guru Meditation") or the answer has no X-Cache header (made in Varnish,
-- not delivered from the app), "app" otherwise. At the end one line
-- "HEJNAL_RESULT {json}" carries the counts, the socket errors and the
-- latency percentiles (microseconds).

local function lines(text)
  local found = {}
  for line in string.gmatch(text or "", "[^\n]+") do
    found[#found + 1] = line
  end
  return found
end

local run = os.getenv("HEJNAL_FAULT_RUN") or "0"
local threads = {}
local thread_count = 0

setup = function(thread)
  thread_count = thread_count + 1
  thread:set("number", thread_count)
  if thread_count % 2 == 1 then
    thread:set("kind", "cached")
  else
    thread:set("kind", "uncached")
  end
  threads[#threads + 1] = thread
end

local paths, turn, counter
answers = 0
errors = {}

init = function(args)
  if kind == "cached" then
    paths = lines(os.getenv("HEJNAL_FAULT_CACHED"))
  else
    paths = lines(os.getenv("HEJNAL_FAULT_UNCACHED"))
  end
  turn, counter = 0, 0
end

request = function()
  turn = turn % #paths + 1
  local path = paths[turn]
  if kind == "uncached" then
    counter = counter + 1
    local sep = "?"
    if string.find(path, "?", 1, true) then
      sep = "&"
    end
    path = path .. sep .. "drill=" .. run .. "-" .. number .. "-" .. counter
  end
  return wrk.format("GET", path)
end

response = function(status, headers, body)
  answers = answers + 1
  if status >= 200 and status < 400 then
    return
  end
  -- Varnish's own answers skip vcl_deliver, which sets X-Cache on every
  -- object it delivers (an app's error page included).
  local origin = "app"
  if not (headers["X-Cache"] or headers["x-cache"])
    or (body and string.find(body, "Guru Meditation", 1, true)) then
    origin = "varnish"
  end
  local key = kind .. " " .. status .. " " .. origin
  errors[key] = (errors[key] or 0) + 1
end

done = function(summary, latency, requests)
  local parts, by_kind = {}, { cached = 0, uncached = 0 }
  local merged = {}
  for _, thread in ipairs(threads) do
    local own = thread:get("errors") or {}
    for key, count in pairs(own) do
      merged[key] = (merged[key] or 0) + count
    end
    local k = thread:get("kind")
    by_kind[k] = by_kind[k] + (thread:get("answers") or 0)
  end
  for key, count in pairs(merged) do
    parts[#parts + 1] = string.format('"%s": %d', key, count)
  end
  local e = summary.errors
  io.write(string.format(
    'HEJNAL_RESULT {"requests": %d, "duration_us": %d, '
      .. '"cached": %d, "uncached": %d, "errors": {%s}, '
      .. '"connect": %d, "read": %d, "write": %d, "timeout": %d, '
      .. '"p50_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, by_kind.cached, by_kind.uncached,
    table.concat(parts, ", "),
    e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max
  ))
end
