#!/usr/bin/env bash
# The oversight benchmark (issue 6): scorecards and statistics through the API, uncached (no Redis
# configured), against the naive UNION ALL over the unit schemas on the same data in the same run.
#   bench/run-oversight.sh [per_unit=10000] [units_large=3300] [per_unit_large=1000] [runs=200]
# 1. 126 units × per_unit petitions in the unit schemas (bench/petitions/generate.sql), facts and
#    summaries with them; API and naive timed.
# 2. units_large units × per_unit_large petitions as facts only (bench/oversight/generate-facts.sql:
#    the synthetic units get no schema), API timed.
# BENCH_PG: PostgreSQL at 127.0.0.1:5432, user postgres. The API runs from platform-api/target on 18086.
# BENCH_FACTS_ONLY=1 runs step 2 alone; BENCH_WARMUP (default 100) untimed requests precede each series.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
per_unit="${1:-10000}"
units_large="${2:-3300}"
per_unit_large="${3:-1000}"
runs="${4:-200}"
# Untimed requests before each timed series: the API compiles its hot paths meanwhile.
warmup="${BENCH_WARMUP:-100}"
host=127.0.0.1
port=5432
db="bench_oversight_$RANDOM"
api_port=18086

source "$here/common.sh"
start_api "$api_port" --danvan.redis.url= --spring.datasource.hikari.maximum-pool-size=4
echo "api: ready on $api_port, database $db (no Redis: every answer computed)"

jdbc="jdbc:postgresql://$host:$port/$db?user=postgres"
lib="$here/target/lib/*:$here/target/danvan-bench.jar"
if [[ "${BENCH_FACTS_ONLY:-}" != 1 ]]; then
  start=$(date +%s)
  psql -h "$host" -p "$port" -U postgres -q -v per_unit="$per_unit" -f "$here/petitions/generate.sql" "$db"
  echo "data: $(psql -h "$host" -p "$port" -U postgres -tAc 'select count(*) from platform.petition_fact' "$db") petitions in 126 units in $(( $(date +%s) - start )) s"
  "$JAVA_HOME/bin/java" -cp "$lib" vn.hanoi.danvan.bench.OversightBench "http://127.0.0.1:$api_port" "$jdbc" \
    "126 x $per_unit" "$runs" 10 "$warmup"
fi

start=$(date +%s)
psql -h "$host" -p "$port" -U postgres -q -v units="$units_large" -v per_unit="$per_unit_large" \
  -f "$here/oversight/generate-facts.sql" "$db"
echo "data: facts for $units_large units in $(( $(date +%s) - start )) s"
"$JAVA_HOME/bin/java" -cp "$lib" vn.hanoi.danvan.bench.OversightBench "http://127.0.0.1:$api_port" "$jdbc" \
  "$units_large x $per_unit_large" "$runs" 0 "$warmup"
