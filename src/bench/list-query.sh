#!/usr/bin/env bash
# One-connection cost of the default list (20 cards) and of one article by slug, for two builds of the
# PostgreSQL jar on the same database, interleaved so that both see the same machine:
#   cp -r target/quarkus-app /tmp/before   # build A (./mvnw -B package -DskipTests -Dquarkus.profile=pg)
#   cp -r target/quarkus-app /tmp/after    # build B
#   src/bench/list-query.sh /tmp/before /tmp/after
# The database must hold generate.sql's data (bench.sh loads it). Besides wrk's req/s and latency, it
# prints CPU milliseconds per request of the JVM and of its PostgreSQL backends (from /proc), which
# other load on a shared machine disturbs much less than wall-clock figures. RUNS (3), PORT (8391).
set -euo pipefail
DB_NAME=${DB_NAME:-gazette_bench}
export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/$DB_NAME}
export DB_USER=${DB_USER:-gazette}
export DB_PASSWORD=${DB_PASSWORD:-gazette}
PSQL_URL="postgresql://$DB_USER:$DB_PASSWORD@${DB_URL#jdbc:postgresql://}"
PORT=${PORT:-8391}
B="http://127.0.0.1:$PORT/api/v1"
SLUG=${SLUG:-bench-5001}
tick=$(getconf CLK_TCK)

cpu() { local t=0 p; for p in "$@"; do [[ -r /proc/$p/stat ]] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }

start_app() {
  QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$((PORT + 1000)) GAZETTE_ADMIN_TOKEN=bench GAZETTE_DATA_DIR=$(mktemp -d) \
    java -Xmx512m -jar "$1/quarkus-run.jar" > "target/list-query-$(basename "$1").log" 2>&1 &
  APP=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$((PORT + 1000))/q/health/ready" >/dev/null && return; sleep 1; done
  echo "app did not start" >&2; exit 1
}

cd "$(dirname "$0")/../.."
mkdir -p target
for run in $(seq 1 "${RUNS:-3}"); do
  for build in "$@"; do
    start_app "$build"
    wrk -t1 -c1 -d10s "$B/articles?size=20" >/dev/null   # warm-up: JIT, statement caches
    wrk -t1 -c1 -d10s "$B/articles/$SLUG" >/dev/null
    for path in "articles?size=20" "articles/$SLUG"; do
      backends=$(psql -Atq "$PSQL_URL" -c "select string_agg(pid::text, ' ') from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")
      a0=$(cpu $APP); g0=$(cpu $backends)
      out=$(wrk -t1 -c1 -d15s --latency "$B/$path")
      a1=$(cpu $APP); g1=$(cpu $backends)
      n=$(echo "$out" | awk '/requests in/ {print $1}')
      printf '%s run %s %-22s load %s  %s  app CPU ms/req %s  pg CPU ms/req %s\n' "$(basename "$build")" "$run" "$path" \
        "$(cut -d' ' -f1 /proc/loadavg)" "$(echo "$out" | grep -E 'Requests/sec|50%|99%' | tr -s ' ' | tr '\n' ' ')" \
        "$(echo "scale=2; ($a1 - $a0) * 1000 / $tick / $n" | bc)" "$(echo "scale=2; ($g1 - $g0) * 1000 / $tick / $n" | bc)"
    done
    kill $APP; wait $APP 2>/dev/null || true
  done
done
