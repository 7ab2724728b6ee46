#!/usr/bin/env bash
# The receptions benchmark (issue 4): a unit's month calendar (receptionCalendar) through the API
# against the same SQL run by pgbench on the same data in the same run. Every unit gets a busy
# month (October 2026) of `sessions` sessions and `entries` register entries.
#   bench/run-receptions.sh [sessions=60] [entries=2000] [seconds=30] [clients="1 4 16"]
# BENCH_PG: host and port of a PostgreSQL the benchmark may create a database on (127.0.0.1 5432),
# as user postgres. It starts the API from platform-api/target on port 18347.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
sessions="${1:-60}"
entries="${2:-2000}"
seconds="${3:-30}"
clients="${4:-1 4 16}"
host=127.0.0.1
port=5432
db="bench_receptions_$RANDOM"
api_port=18347

source "$here/common.sh"
start_api "$api_port"
echo "api: ready on $api_port, database $db"

start=$(date +%s)
psql -h "$host" -p "$port" -U postgres -q -v sessions="$sessions" -v entries="$entries" -v month=2026-10-01 \
  -f "$here/receptions/generate.sql" "$db"
echo "data: $(psql -h "$host" -p "$port" -U postgres -tAc \
  "select count(*) || ' sessions, ' || sum(entry_count) || ' entries' from platform.reception_session_fact" "$db") \
in $(( $(date +%s) - start )) s"

lib="$here/target/lib/*:$here/target/danvan-bench.jar"
for c in $clients; do
  echo "--- pgbench: the calendar's SQL, $c clients, $seconds s"
  pgbench -h "$host" -p "$port" -U postgres -n -c "$c" -j "$(( c < 2 ? 1 : 2 ))" -T "$seconds" \
    -f "$here/receptions/calendar.pgbench" "$db" | grep -E "tps|latency average|number of transactions actually"
  echo "--- API: the month calendar, $c clients, $seconds s"
  "$JAVA_HOME/bin/java" -cp "$lib" vn.hanoi.danvan.bench.LoadBench "http://127.0.0.1:$api_port" calendar "$c" "$seconds" 20
done
