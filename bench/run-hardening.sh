#!/usr/bin/env bash
# What the API's limits and rate limiting cost the inbox (issue 7): two api instances on the same
# data and the same Redis, one as shipped, one with danvan.limits.enabled=false and
# danvan.rate-limit.enabled=false; the inbox load alternates between them, rounds times.
#   bench/run-hardening.sh [per_unit=500] [clients=16] [seconds=20] [rounds=3]
# BENCH_WARMUP: seconds of inbox load on each instance before the rounds (90).
# BENCH_PG: PostgreSQL on 127.0.0.1:5432 as user postgres (a database is created and dropped);
# BENCH_REDIS_URL: redis://127.0.0.1:6379 unless given. Ports 18731 (limited), 18732 (not).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
per_unit="${1:-500}"
clients="${2:-16}"
seconds="${3:-20}"
rounds="${4:-3}"
host=127.0.0.1
port=5432
db="bench_hardening_$RANDOM"
redis="${BENCH_REDIS_URL:-redis://127.0.0.1:6379}"
prefix="bench-hardening-$RANDOM:"

source "$here/common.sh"
api() { # port, extra arguments...
  local api_port="$1"; shift
  start_api "$api_port" --spring.datasource.hikari.maximum-pool-size=10 \
    --danvan.redis.url="$redis" --danvan.redis.key-prefix="$prefix" "$@"
}
# One after the other: the first migrates the fresh database.
api 18731
api 18732 --danvan.limits.enabled=false --danvan.rate-limit.enabled=false
echo "api: limited on 18731, unlimited on 18732, database $db"

start=$(date +%s)
psql -h "$host" -p "$port" -U postgres -q -v per_unit="$per_unit" -f "$here/petitions/generate.sql" "$db"
echo "data: $(psql -h "$host" -p "$port" -U postgres -tAc 'select count(*) from platform.petition_fact' "$db") petitions in $(( $(date +%s) - start )) s"

lib="$here/target/lib/*:$here/target/danvan-bench.jar"
# Each instance signs its own demo tokens; wrk (C) leaves the cores to the APIs and PostgreSQL.
inbox() { # port, seconds, warm-up seconds
  if command -v wrk >/dev/null; then
    local tokens="$here/target/tokens-$db-$1.txt"
    [[ -s "$tokens" ]] || "$JAVA_HOME/bin/java" -cp "$lib" vn.hanoi.danvan.bench.LoadBench "http://127.0.0.1:$1" tokens > "$tokens"
    (( $3 > 0 )) && wrk -t2 -c"$clients" -d"$3s" -s "$here/petitions/inbox.lua" "http://127.0.0.1:$1/graphql" -- "$tokens" >/dev/null
    wrk -t2 -c"$clients" -d"$2s" -s "$here/petitions/inbox.lua" "http://127.0.0.1:$1/graphql" -- "$tokens" | grep RESULT
  else
    "$JAVA_HOME/bin/java" -cp "$lib" vn.hanoi.danvan.bench.LoadBench "http://127.0.0.1:$1" inbox "$clients" "$2" "$3"
  fi
}
# The compiler keeps improving the inbox's code for minutes under load (bench/RESULTS.md): both
# instances are warmed before any round counts.
warmup="${BENCH_WARMUP:-90}"
inbox 18731 "$warmup" 0 >/dev/null
inbox 18732 "$warmup" 0 >/dev/null
for round in $(seq 1 "$rounds"); do
  # Which instance goes first alternates, so neither always meets the other's after-effects.
  order="18731 18732"; (( round % 2 == 0 )) && order="18732 18731"
  for api_port in $order; do
    echo "--- round $round, inbox on $api_port ($([[ $api_port == 18731 ]] && echo limited || echo unlimited))"
    inbox "$api_port" "$seconds" 5
  done
done
