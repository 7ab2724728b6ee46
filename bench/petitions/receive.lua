-- wrk script for receivePetition: POSTs a one-person reflection as an officer of a random unit,
-- with tokens read from the file given after `--`, each request with its own subject, and prints
-- one RESULT line like LoadBench's. An answer without a tracking code counts as an error.
--   wrk -t2 -c16 -d30s -s bench/petitions/receive.lua http://127.0.0.1:18080/graphql -- tokens.txt
local tokens = {}
local counter = 0
failed = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  for line in io.lines(args[1]) do
    tokens[#tokens + 1] = line
  end
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  counter = counter + 1
  local n = (counter * 10 + id) * 1000 + math.random(999)
  wrk.headers["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]
  wrk.body = string.format(
    '{"query":"mutation($i: ReceivePetitionInput!) { receivePetition(input: $i) { receipts { trackingCode } } }",'
      .. '"variables":{"i":{"kinds":["REFLECTION"],"channel":"ONLINE","subject":"Đèn chiếu sáng ngõ %d hỏng",'
      .. '"matter":"Đèn chiếu sáng ngõ %d hỏng đã hai tuần, đề nghị sửa chữa.",'
      .. '"petitioners":[{"fullName":"Nguyễn Văn Thử %d","address":"Số %d ngõ %d"}]}}}',
    n, n, n, n % 200, n % 97)
  return wrk.format()
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, "trackingCode", 1, true) then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("failed")
  end
  io.write(string.format(
    "RESULT mode=receive-wrk requests=%d errors=%d throughput=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
