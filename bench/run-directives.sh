#!/usr/bin/env bash
# The directive-tasks benchmark (issue 5): a task assigned to all 126 units (one transaction
# across their schemas), timed for each of a directive's tasks; then the city's progress view of
# that directive (tasks x 126 units), by one client in a row and by several at once.
#   bench/run-directives.sh [tasks=20] [views=300] [clients=4] [seconds=20]
# It creates a database on 127.0.0.1:5432 (BENCH_PG_PORT) as user postgres and starts the API from
# platform-api/target on port 18555 (BENCH_API_PORT); both are removed when it ends.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
tasks="${1:-20}"
views="${2:-300}"
clients="${3:-4}"
seconds="${4:-20}"
host=127.0.0.1
port="${BENCH_PG_PORT:-5432}"
db="bench_directives_$RANDOM"
api_port="${BENCH_API_PORT:-18555}"

source "$here/common.sh"
start_api "$api_port" || { echo "bench: set BENCH_API_PORT for another port" >&2; exit 2; }
echo "api: ready on $api_port, database $db; load average $(cut -d' ' -f1-3 /proc/loadavg)"

lib="$here/target/lib/*:$here/target/danvan-bench.jar"
"$JAVA_HOME/bin/java" -cp "$lib" vn.hanoi.danvan.bench.DirectiveBench "http://127.0.0.1:$api_port" \
  "$tasks" "$views" "$clients" "$seconds"
echo "--- the progress view's fact query alone (EXPLAIN ANALYZE, server time)"
psql -h "$host" -p "$port" -U postgres -qAt "$db" <<'SQL' | grep -E "Execution Time|Planning Time"
explain analyze
select f.task_id, f.unit_code, coalesce(u.name, f.unit_code) as unit_name,
    (f.accepted_on is not null or f.reports > 0) as started, f.percent, f.next_due_on,
    f.returned_reports, f.last_report_on, f.done_on, f.open_due_on::text as open_due_on
from platform.directive_assignment_fact f
left join platform.unit u on u.code = f.unit_code and u.status <> 'ARCHIVED'
where f.directive_id = (select max(id) from platform.directive)
order by f.task_id, f.unit_code;
SQL
echo "facts: $(psql -h "$host" -p "$port" -U postgres -tAc 'select count(*) from platform.directive_assignment_fact' "$db") rows; load average $(cut -d' ' -f1-3 /proc/loadavg)"
