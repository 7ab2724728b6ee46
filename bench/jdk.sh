# Sourced by the bench scripts: sets JAVA_HOME to a JDK 21 or newer.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ { split($2, v, "."); print v[1] }'
}
if [[ -z "${JAVA_HOME:-}" || "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ]]; then
  for candidate in /usr/lib/jvm/*; do
    if [[ -x "$candidate/bin/javac" && "$(java_major "$candidate")" -ge 21 ]]; then
      JAVA_HOME="$candidate"
      break
    fi
  done
fi
[[ -n "${JAVA_HOME:-}" ]] || { echo "bench: no JDK 21 or newer found" >&2; exit 2; }
export JAVA_HOME
