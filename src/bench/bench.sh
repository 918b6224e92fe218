#!/usr/bin/env bash
# Benchmark of the article read paths on PostgreSQL at a given size.
#   src/bench/bench.sh 10000        # or 1000000
# Needs: a PostgreSQL server (DB_URL/DB_USER/DB_PASSWORD, default the local Debian cluster, which it
# starts), psql, wrk and curl. Builds the PostgreSQL jar, loads synthetic data with generate.sql, starts
# the app, and measures with wrk: page 1 of the default list, a tag filter, cursor page 500, one article
# by slug, and two searches. Prints requests/s and p50/p99 latency per path. Takes ~2 min at 10k,
# ~9 min at 1M on 2 cores (3.5 min of it loading data). SKIP_GENERATE=1 measures the data already
# loaded; DURATION (20s) and CONNECTIONS (8) tune wrk. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-10000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8}
PORT=${PORT:-8089}
DB_NAME=${DB_NAME:-gazette_bench}
export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/$DB_NAME}
export DB_USER=${DB_USER:-gazette}
export DB_PASSWORD=${DB_PASSWORD:-gazette}
PSQL_URL="postgresql://$DB_USER:$DB_PASSWORD@${DB_URL#jdbc:postgresql://}"

if command -v pg_ctlcluster >/dev/null && [[ $DB_URL == *127.0.0.1:5432* ]]; then
  pg_ctlcluster 15 main start 2>/dev/null || true
  su postgres -c "psql -qtc \"select 1 from pg_roles where rolname='$DB_USER'\" | grep -q 1 || psql -qc \"create user $DB_USER password '$DB_PASSWORD'\""
  su postgres -c "psql -qtc \"select 1 from pg_database where datname='$DB_NAME'\" | grep -q 1 || psql -qc \"create database $DB_NAME owner $DB_USER\""
fi

./mvnw -q -B package -DskipTests -Dquarkus.profile=pg
start_app() {
  QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$((PORT + 1000)) GAZETTE_ADMIN_TOKEN=bench java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
  APP=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$((PORT + 1000))/q/health/ready" >/dev/null && return; sleep 1; done
  echo "app did not start, see target/bench-app.log" >&2; exit 1
}
if [[ ${SKIP_GENERATE:-} != 1 ]]; then
  start_app   # runs the Flyway migrations on an empty database
  echo "generating $ARTICLES articles..."
  time psql -q "$PSQL_URL" -v articles="$ARTICLES" -f src/bench/generate.sql 2>&1 | grep -v WARNING || true
  kill $APP; wait $APP 2>/dev/null || true
fi
start_app
trap 'kill $APP 2>/dev/null || true' EXIT

B="http://127.0.0.1:$PORT/api/v1"
# 500 pages of 20 need 10,000 published articles; smaller sets walk pages of 10.
CURSOR_SIZE=$(( ARTICLES >= 100000 ? 20 : 10 ))
cursor=""
for _ in $(seq 1 499); do
  cursor=$(curl -sf "$B/articles?size=$CURSOR_SIZE&cursor=$cursor" | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["nextCursor"])')
done
slug=$(curl -sf "$B/articles?size=1&fields=slug" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')

measure() {
  local name=$1 url=$2
  curl -sf -o /dev/null "$url" || { echo "$name: $url failed" >&2; exit 1; }
  wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" > target/bench-wrk.txt
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' target/bench-wrk.txt)
  p50=$(awk '$1=="50%" {print $2}' target/bench-wrk.txt)
  p99=$(awk '$1=="99%" {print $2}' target/bench-wrk.txt)
  printf '| %s | %s | %s | %s | %s |\n' "$ARTICLES" "$name" "$rps" "$p50" "$p99"
}
echo "| articles | path | req/s | p50 | p99 |"
echo "| --- | --- | --- | --- | --- |"
measure "default list, page 1 (with totals)" "$B/articles"
measure "default list, cursor page 1 (size $CURSOR_SIZE)" "$B/articles?size=$CURSOR_SIZE&cursor="
measure "default list, cursor page 500 (size $CURSOR_SIZE)" "$B/articles?size=$CURSOR_SIZE&cursor=$cursor"
measure "tag filter, page 1" "$B/articles?tag=tag-42"
measure "article by slug" "$B/articles/$slug"
measure "search, one word (q=w2500)" "$B/articles?q=w2500"
measure "search, two words (q=w2500 w1200)" "$B/articles?q=w2500+w1200"
