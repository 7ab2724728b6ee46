# Sourced by the bench scripts, once they have set here, root, host, port and db: picks the JDK,
# builds the API and this module (BENCH_SKIP_BUILD=1 skips it), creates the database (dropped at
# exit unless BENCH_KEEP=1) and offers start_api; every API it started is stopped at exit.
source "$here/jdk.sh"
cd "$root"
if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -q -B -pl platform-api -am package -DskipTests
  ./mvnw -q -B -Pbench -pl bench -am package -DskipTests
fi
mkdir -p "$here/target"

api_pids=()
bench_cleanup() {
  for pid in "${api_pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  [[ "${BENCH_KEEP:-}" == 1 ]] || psql -h "$host" -p "$port" -U postgres -qc "drop database if exists $db with (force)" || true
}
psql -h "$host" -p "$port" -U postgres -qc "create database $db"
trap bench_cleanup EXIT

# start_api <port> [arguments...]: the API over the database (dev profile, demo data off, logs in
# target/), back once it is ready; fails if the port is taken or the API stops or is not ready.
start_api() {
  local api_port="$1"; shift
  if curl -s -o /dev/null "http://127.0.0.1:$api_port/"; then
    echo "bench: port $api_port is taken" >&2; return 1
  fi
  local log="$here/target/api-$db-$api_port.log"
  "$JAVA_HOME/bin/java" -jar platform-api/target/danvan-platform-api.jar \
    --spring.profiles.active=dev --server.port="$api_port" --danvan.demo.enabled=false \
    --spring.datasource.url="jdbc:postgresql://$host:$port/$db?user=postgres" \
    --logging.level.root=warn "$@" > "$log" 2>&1 &
  local pid=$!
  api_pids+=("$pid")
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || { echo "bench: the API on $api_port stopped; see $log" >&2; return 1; }
    curl -sf "http://127.0.0.1:$api_port/actuator/health/readiness" >/dev/null && return 0
    sleep 1
  done
  echo "bench: the API on $api_port was not ready after 600 s; see $log" >&2; return 1
}
