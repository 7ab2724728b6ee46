-- Token buckets, taken together or not at all: one token from every bucket in KEYS, or none
-- and the milliseconds until all of them would have one. ARGV holds, for each key, its
-- capacity and its refill rate in tokens per second. Redis's own clock, so that api instances
-- with skewed clocks share one bucket fairly.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local wait = 0
local tokens = {}
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[2 * i - 1])
  local rate = tonumber(ARGV[2 * i])
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local held = tonumber(state[1]) or capacity
  local at = tonumber(state[2]) or now
  held = math.min(capacity, held + math.max(0, now - at) * rate / 1000)
  tokens[i] = held
  if held < 1 then
    wait = math.max(wait, math.ceil((1 - held) * 1000 / rate))
  end
end
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[2 * i - 1])
  local rate = tonumber(ARGV[2 * i])
  local held = tokens[i]
  if wait == 0 then
    held = held - 1
  end
  redis.call('HSET', key, 'tokens', tostring(held), 'at', now)
  redis.call('PEXPIRE', key, math.ceil(capacity * 1000 / rate) + 1000)
end
return wait
