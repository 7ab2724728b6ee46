#!/usr/bin/env bash
# Builds what the fleet benchmark needs and runs it.
#   bench/run-fleet.sh [--parallel N] [--check-runs N] [--changelog resource] [--keep] <units>...
#   e.g. bench/run-fleet.sh 126 1000 3300
# BENCH_POSTGRES_URL: admin JDBC URL (default jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres).
# BENCH_SKIP_BUILD=1: run what was built last time.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

# The major version of the JDK at $1, or 0.
java_major() {
  local java="$1/bin/java" version
  [[ -x "$java" && -x "$1/bin/javac" ]] || { echo 0; return; }
  version="$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  version="${version#1.}"
  version="${version%%[.+-]*}"
  [[ "$version" =~ ^[0-9]+$ ]] && echo "$version" || echo 0
}

pick_jdk() {
  if [[ -n "${JAVA_HOME:-}" && "$(java_major "$JAVA_HOME")" -ge 21 ]]; then
    echo "$JAVA_HOME"
    return
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*/; do
    dir="${dir%/}"
    major="$(java_major "$dir")"
    if (( major >= 21 && major > best_major )); then
      best="$dir"
      best_major="$major"
    fi
  done
  if [[ -z "$best" ]]; then
    echo "run-fleet: no JDK 21 or newer: set JAVA_HOME to one" >&2
    exit 2
  fi
  echo "$best"
}

JAVA_HOME="$(pick_jdk)"
export JAVA_HOME
cd "$root"

if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  # The library the bench drives, into the local Maven repository (formatting of other modules is not this script's gate).
  ./mvnw -q -pl tenant-admin -am install -DskipTests -Dspotless.check.skip=true
  rm -rf bench/target/lib
  ./mvnw -q -f bench/pom.xml package -DskipTests
  # What the figures were measured on.
  echo "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- schema tenant-admin 2>/dev/null \
    || echo ' with uncommitted changes in schema/ or tenant-admin/')" > bench/target/built-from.txt
fi

echo "run-fleet: built from $(cat bench/target/built-from.txt 2>/dev/null || echo unknown), JDK $(java_major "$JAVA_HOME")"
exec "$JAVA_HOME/bin/java" -Xshare:auto -cp "bench/target/danvan-bench.jar:bench/target/lib/*" \
  vn.hanoi.danvan.bench.FleetBench "$@"
