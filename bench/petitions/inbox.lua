-- wrk script for the officer inbox: POSTs the inbox query as an officer of a random unit, with
-- tokens read from the file given after `--`, and prints one RESULT line like LoadBench's.
--   wrk -t2 -c16 -d30s -s bench/petitions/inbox.lua http://127.0.0.1:18080/graphql -- tokens.txt
local tokens = {}

function init(args)
  for line in io.lines(args[1]) do
    tokens[#tokens + 1] = line
  end
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"query { petitions(first: 50, filter: { open: true }) { totalCount edges { node '
  .. '{ id kind state daysLeft overdue petitioners { fullName } } } } }"}'

function request()
  wrk.headers["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]
  return wrk.format()
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format(
    "RESULT mode=inbox-wrk requests=%d errors=%d throughput=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
