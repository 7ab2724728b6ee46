#!/usr/bin/env bash
# The petitions benchmark (issue 3): the officer inbox through the API against the same SQL run
# by pgbench on the same data in the same run, and receivePetition's sustained rate.
#   bench/run-petitions.sh [per_unit=2000] [clients=16] [seconds=30]
# BENCH_WARMUP: seconds of inbox load before measuring (120).
# BENCH_PG: host and port of a PostgreSQL the benchmark may create a database on (127.0.0.1 5432),
# as user postgres. It starts the API from platform-api/target on port 18080.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
per_unit="${1:-2000}"
clients="${2:-16}"
seconds="${3:-30}"
host=127.0.0.1
port=5432
db="bench_petitions_$RANDOM"
api_port=18080

source "$here/common.sh"
start_api "$api_port"
echo "api: ready on $api_port, database $db"

start=$(date +%s)
psql -h "$host" -p "$port" -U postgres -q -v per_unit="$per_unit" -f "$here/petitions/generate.sql" "$db"
echo "data: $(psql -h "$host" -p "$port" -U postgres -tAc 'select count(*) from platform.petition_fact' "$db") petitions in $(( $(date +%s) - start )) s"

lib="$here/target/lib/*:$here/target/danvan-bench.jar"
tokens="$here/target/tokens-$db.txt"
"$JAVA_HOME/bin/java" -cp "$lib" vn.hanoi.danvan.bench.LoadBench "http://127.0.0.1:$api_port" tokens > "$tokens"

# Warm the API up first, so that the measurements below follow each other closely: a server runs
# for days, and its compiler keeps improving the inbox's code for about two minutes of this load
# (throughput still rose 50 % between the first and the fourth 15 s round: bench/RESULTS.md).
warmup="${BENCH_WARMUP:-120}"
"$JAVA_HOME/bin/java" -cp "$lib" vn.hanoi.danvan.bench.LoadBench "http://127.0.0.1:$api_port" inbox "$clients" 1 "$warmup" >/dev/null
for script in inbox inbox-audited; do
  echo "--- pgbench: $script.pgbench, $clients clients, $seconds s"
  rm -f "$here/target/pgbench-$script".*
  pgbench -h "$host" -p "$port" -U postgres -n -c "$clients" -j 2 -T "$seconds" -f "$here/petitions/$script.pgbench" \
    -l --log-prefix="$here/target/pgbench-$script" "$db" \
    | grep -E "^tps|latency average|number of transactions actually"
  # Each logged transaction's latency in microseconds is the third field: the SQL's own p95.
  cat "$here/target/pgbench-$script".* | awk '{ print $3 }' | sort -n \
    | awk '{ l[NR] = $1 } END { printf "latency p95 = %.1f ms (pgbench log, %d transactions)\n", l[int(NR * 0.95)] / 1000, NR }'
done
echo "--- API: the inbox, $clients clients, $seconds s"
if command -v wrk >/dev/null; then
  # A load generator written in C, like pgbench, leaves the two cores to the API and PostgreSQL.
  wrk -t2 -c"$clients" -d"${seconds}s" -s "$here/petitions/inbox.lua" "http://127.0.0.1:$api_port/graphql" -- "$tokens" \
    | grep RESULT
fi
"$JAVA_HOME/bin/java" -cp "$lib" vn.hanoi.danvan.bench.LoadBench "http://127.0.0.1:$api_port" inbox "$clients" "$seconds" 5
echo "--- API: receivePetition, $clients clients, $seconds s"
"$JAVA_HOME/bin/java" -cp "$lib" vn.hanoi.danvan.bench.LoadBench "http://127.0.0.1:$api_port" receive "$clients" "$seconds" 20
if command -v wrk >/dev/null; then
  # After LoadBench's warm-up; like the inbox's, leaves the cores to the API and PostgreSQL.
  wrk -t2 -c"$clients" -d"${seconds}s" -s "$here/petitions/receive.lua" "http://127.0.0.1:$api_port/graphql" -- "$tokens" \
    | grep RESULT
fi
