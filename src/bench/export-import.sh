#!/usr/bin/env bash
# NDJSON export and import times at a given size, H2 -> PostgreSQL -> H2:
#   src/bench/export-import.sh 10000
# Loads ARTICLES synthetic articles (generate-h2.sql: 2 tags and 1 author each, a comment on every tenth) into a fresh
# embedded H2, exports them through the H2 jar (GET /api/v1/export), imports the file into an empty PostgreSQL database
# (gazette_transfer on the local Debian cluster, dropped and recreated), exports that through the PostgreSQL jar,
# imports it into a fresh H2, exports again, and checks the three files are the same bytes but for the header.
# The imports run NdjsonImporter over JDBC in a JVM of their own (TransferBench, from the test classes) with the
# app stopped: the packaged jar has no import entry point yet. Each JVM gets -Xmx$HEAP (256m) and a GC log: the
# largest heap before a collection and the largest left after one (the live data) are reported. Needs the Debian PostgreSQL 15 cluster, psql, curl.
# Writes target/export-import/. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-10000}
OUT=target/export-import
PORT=${PORT:-8097}
MGMT_PORT=$((PORT + 1000))
TOKEN=bench
DB_NAME=gazette_transfer
HEAP=${HEAP:-256m}
rm -rf "$OUT" && mkdir -p "$OUT"
[[ ${SKIP_BUILD:-0} == 1 ]] || ./mvnw -B -o -q package -DskipTests >&2
CP="target/test-classes:target/classes:target/quarkus-app/lib/boot/*:target/quarkus-app/lib/main/*"
APP=

start_app() {   # start_app <jar dir> <log> [JVM args...]
  local dir=$1 log=$2; shift 2
  env QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" GAZETTE_ADMIN_TOKEN=$TOKEN GAZETTE_DEMO_CONTENT=false \
    java -Xmx"$HEAP" "$@" -jar "$dir/quarkus-run.jar" > "$log" 2>&1 &
  APP=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$MGMT_PORT/q/health/ready" >/dev/null && return
    kill -0 "$APP" 2>/dev/null || break
    sleep 0.5
  done
  echo "Gazette did not start, see $log" >&2; exit 1
}
stop_app() {
  if [[ -n $APP ]]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
}
trap stop_app EXIT
peak_heap() {   # "<largest heap before a collection>/<largest left after one (live data)>" in MB, from a -Xlog:gc file
  local before after
  before=$(grep -o '[0-9]*M->' "$1" | sed 's/M->//' | sort -n | tail -1)
  after=$(grep -o -- '->[0-9]*M' "$1" | sed 's/->//; s/M//' | sort -n | tail -1)
  echo "${before:-?}/${after:-?}"
}
export_from() {   # export_from <name>: GET /api/v1/export into $OUT/<name>.ndjson; prints seconds
  curl -sf -H "Authorization: Bearer $TOKEN" -o "$OUT/$1.ndjson" -w '%{time_total}' "http://127.0.0.1:$PORT/api/v1/export"
}
import_into() {   # import_into <name> <jdbc url> <user> <password> <file>
  local name=$1; shift
  java -Xmx"$HEAP" -Xlog:gc:file="$OUT/$name-gc.log" -cp "$CP" io.gazette.transfer.ndjson.TransferBench "$@" > "$OUT/$name.txt"
  cat "$OUT/$name.txt" >&2
}
fresh_h2() {   # fresh_h2 <dir>: migrated by a first start of the H2 jar
  export GAZETTE_DATA_DIR=$PWD/$1
  start_app target/quarkus-app "$OUT/$(basename "$1")-migrate.log"
  stop_app
}

echo "H2: generating $ARTICLES articles" >&2
fresh_h2 "$OUT/h2-source"
sed "s/:articles/$ARTICLES/g" src/bench/generate-h2.sql > "$OUT/generate-h2.sql"
java -cp "$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)" org.h2.tools.RunScript \
  -url "jdbc:h2:file:$GAZETTE_DATA_DIR/gazette" -user gazette -password '' -script "$OUT/generate-h2.sql"
start_app target/quarkus-app "$OUT/h2-export.log" -Xlog:gc:file="$OUT/h2-export-gc.log"
H2_EXPORT=$(export_from from-h2)
stop_app

echo "PostgreSQL: importing" >&2
if pg_isready -q -h 127.0.0.1 -p 5432; then PG_WAS_UP=1; else PG_WAS_UP=0; pg_ctlcluster 15 main start; fi
for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
su postgres -c "psql -qtc \"select 1 from pg_roles where rolname='gazette'\" | grep -q 1 || psql -qc \"create user gazette password 'gazette'\""
su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -qc 'drop database if exists $DB_NAME' -qc 'create database $DB_NAME owner gazette'"
export DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB_NAME DB_USER=gazette DB_PASSWORD=gazette
start_app target/quarkus-app-pg "$OUT/pg-migrate.log"
stop_app
import_into pg-import "$DB_URL" gazette gazette "$OUT/from-h2.ndjson"
start_app target/quarkus-app-pg "$OUT/pg-export.log" -Xlog:gc:file="$OUT/pg-export-gc.log"
PG_EXPORT=$(export_from from-pg)
stop_app
[[ $PG_WAS_UP == 1 ]] || pg_ctlcluster 15 main stop

echo "H2: importing" >&2
fresh_h2 "$OUT/h2-back"
import_into h2-import "jdbc:h2:file:$GAZETTE_DATA_DIR/gazette" gazette '' "$OUT/from-pg.ndjson"
start_app target/quarkus-app "$OUT/h2-back-export.log"
BACK_EXPORT=$(export_from back-in-h2)
stop_app

same=yes
for f in from-pg back-in-h2; do
  cmp -s <(tail -n +2 "$OUT/from-h2.ndjson") <(tail -n +2 "$OUT/$f.ndjson") || same=no
done
value() { grep "^$1 " "$OUT/$2.txt" | cut -d' ' -f2; }
cat <<REPORT
articles: $ARTICLES, file: $(wc -l < "$OUT/from-h2.ndjson") lines, $(du -k "$OUT/from-h2.ndjson" | cut -f1) KB; identical but for the header: $same
| step | seconds | records/s | heap MB before/after GC, max (-Xmx$HEAP) |
| --- | --- | --- | --- |
| export from H2 (curl, app just started) | $H2_EXPORT | | $(peak_heap "$OUT/h2-export-gc.log") (the app's, startup included) |
| check the file (countItems) | $(value check_seconds pg-import) | | |
| import into empty PostgreSQL | $(value import_seconds pg-import) | $(value records_per_second pg-import) | $(peak_heap "$OUT/pg-import-gc.log") |
| export from PostgreSQL | $PG_EXPORT | | $(peak_heap "$OUT/pg-export-gc.log") (the app's, startup included) |
| import into empty H2 | $(value import_seconds h2-import) | $(value records_per_second h2-import) | $(peak_heap "$OUT/h2-import-gc.log") |
| export from H2 again | $BACK_EXPORT | | |
REPORT
