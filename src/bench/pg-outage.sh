#!/usr/bin/env bash
# Database outages under a write load: does every acknowledged create survive exactly once, is every
# failure a 503 problem with Retry-After (never a 500), and how long until the service recovers?
#   src/bench/pg-outage.sh
# Needs: the local Debian PostgreSQL 15 cluster (it starts, restarts, stops and SIGKILLs it, so nothing
# else may be using it), psql, pg_isready, curl and python3. Drops and recreates the database
# gazette_outage. Builds the PostgreSQL jar (copied to target/pg-outage-app; SKIP_BUILD=1 reuses it).
# Phase 0: stops PostgreSQL, starts the app (-Xmx256m): liveness UP, readiness DOWN, a read and a create
#   are 503 problems; waits LATE_START_WAIT (20 s), starts PostgreSQL and measures how long until
#   readiness is UP, a read answers and the create (retried with its Idempotency-Key) is a 201.
# Phase 1: src/bench/write_loop.py runs THREADS (6) writers creating tags and articles, each create with
#   its own Idempotency-Key and retried with the same key and body until a 201; meanwhile PostgreSQL is
#   (a) restarted, (b) stopped for 10 s then started, (c) SIGKILLed (postmaster) then started (crash
#   recovery), with SETTLE (15 s) of load after each. Then counts the rows by name in the database and
#   prints the summary and the recovery after each event. TIMEOUT (10 s) is the writers' client
#   timeout: TIMEOUT=1 makes them give up on slow answers and send the create again while the first
#   attempt is still running.
# Exit status 1 if it finds a defect (a 500, a non-problem error, a lost or duplicated create, a hang,
# the app exiting). The app log is target/pg-outage-app.log, the PostgreSQL log of the run
# target/pg-outage-postgresql.log, every request target/pg-outage/*.json. Not part of the test suite;
# ~3 min plus the build. Leaves PostgreSQL running or stopped as it found it.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8097}
MGMT_PORT=${MGMT_PORT:-$((PORT + 1000))}
THREADS=${THREADS:-6}
TIMEOUT=${TIMEOUT:-10}
SETTLE=${SETTLE:-15}
LATE_START_WAIT=${LATE_START_WAIT:-20}
DB_NAME=gazette_outage
PGDATA=/var/lib/postgresql/15/main
PGLOG=/var/log/postgresql/postgresql-15-main.log
export DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB_NAME
export DB_USER=${DB_USER:-gazette}
export DB_PASSWORD=${DB_PASSWORD:-gazette}
PSQL_URL="postgresql://$DB_USER:$DB_PASSWORD@127.0.0.1:5432/$DB_NAME"
TOKEN=pg-outage
RUN=po-$(date +%H%M%S)
B="http://127.0.0.1:$PORT/api/v1"
M="http://127.0.0.1:$MGMT_PORT"
OUT=target/pg-outage
LOOP=(python3 src/bench/write_loop.py --base "$B" --mgmt "$M" --token "$TOKEN" --prefix "$RUN")
mkdir -p "$OUT"
rm -f "$OUT"/*

now() { date +%s.%N; }
pg_up() { pg_isready -q -h 127.0.0.1 -p 5432; }
wait_pg_up() { for _ in $(seq 1 600); do pg_up && return; sleep 0.05; done; echo "PostgreSQL did not come back" >&2; exit 1; }
# When PostgreSQL accepted connections again, from its log (pg_ctlcluster returns ~2 s later)
pg_ready_time() {
  local line t
  line=$(tail -c +"$PGLOG_FROM" "$PGLOG" | grep 'ready to accept connections' | tail -1 | cut -c1-27)
  t=$(date -d "$line" +%s.%N 2>/dev/null || now)
  awk -v t="$t" -v f="$1" -v n="$(now)" 'BEGIN { print (t > f ? t : n) }'
}
event() {
  local back; back=$(pg_ready_time "$2")
  echo "$1 $2 $back" >> "$OUT/$3"
  awk -v f="$2" -v b="$back" -v e="$1" -v t="$(date +%T)" 'BEGIN { printf "  %s %s: PostgreSQL accepted connections again %.1f s after the fault\n", t, e, b - f }'
  app_alive
}
app_alive() {
  kill -0 "$APP" 2>/dev/null && return
  local rc=0; wait "$APP" || rc=$?; APP=
  echo "DEFECT: the app exited with status $rc ($( ((rc > 128)) && kill -l $((rc - 128)) )) at $(date +%T);" \
    "last lines of target/pg-outage-app.log:" >&2
  tail -20 target/pg-outage-app.log >&2; exit 1
}

for port in "$PORT" "$MGMT_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use (PORT=...)" >&2; exit 1; fi
done
PG_WAS_UP=0; pg_up && PG_WAS_UP=1
APP= LOOP_PID=
cleanup() {
  [[ -n $LOOP_PID ]] && kill "$LOOP_PID" 2>/dev/null || true
  [[ -n $APP ]] && { kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; } || true
  if [[ $PG_WAS_UP == 1 ]]; then pg_up || pg_ctlcluster 15 main start || true
  else pg_ctlcluster 15 main stop 2>/dev/null || true; fi
  [[ -n ${PGLOG_FROM:-} ]] && tail -c +"$PGLOG_FROM" "$PGLOG" > target/pg-outage-postgresql.log 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_ctlcluster 15 main start 2>/dev/null || true
wait_pg_up
su postgres -c "psql -qtc \"select 1 from pg_roles where rolname='$DB_USER'\" | grep -q 1 || psql -qc \"create user $DB_USER password '$DB_PASSWORD'\""
su postgres -c "psql -qc 'drop database if exists $DB_NAME' -qc 'create database $DB_NAME owner $DB_USER'"
others=$(su postgres -c "psql -Atc \"select count(*) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()\"")
[[ $others == 0 ]] || echo "warning: $others other sessions use this PostgreSQL cluster; they will see its outages" >&2
PGLOG_FROM=$(( $(stat -c %s "$PGLOG" 2>/dev/null || echo 0) + 1 ))

if [[ ${SKIP_BUILD:-} != 1 || ! -f target/pg-outage-app/quarkus-run.jar ]]; then
  ./mvnw -q -B package -DskipTests -Dquarkus.profile=pg
  rm -rf target/pg-outage-app && cp -r target/quarkus-app target/pg-outage-app
fi

echo "== phase 0: the app starts before its database"
pg_ctlcluster 15 main stop
QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MGMT_PORT GAZETTE_ADMIN_TOKEN=$TOKEN \
  java -Xmx256m -jar target/pg-outage-app/quarkus-run.jar > target/pg-outage-app.log 2>&1 &
APP=$!
app_started=$(now)
for _ in $(seq 1 120); do curl -sf "$M/q/health/live" >/dev/null && break; sleep 0.5; done
curl -sf "$M/q/health/live" >/dev/null || { echo "app did not start, see target/pg-outage-app.log" >&2; exit 1; }
awk -v a="$app_started" -v b="$(now)" 'BEGIN { printf "  app live %.1f s after its start, PostgreSQL stopped\n", b - a }'
status=0
"${LOOP[@]}" check-down --out "$OUT/down.json" || status=1
sleep "$LATE_START_WAIT"
"${LOOP[@]}" late-start --out "$OUT/late.json" &
LOOP_PID=$!
fault=$(now)
pg_ctlcluster 15 main start
wait_pg_up
event late-start "$fault" late-events.txt
wait "$LOOP_PID"; LOOP_PID=
"${LOOP[@]}" report --phase late --title "phase 0: app started $LATE_START_WAIT s before PostgreSQL" \
  --events "$OUT/late-events.txt" --psql-url "$PSQL_URL" "$OUT/down.json" "$OUT/late.json" || status=1

echo "== phase 1: $THREADS writers while PostgreSQL restarts, stops 10 s, crashes"
"${LOOP[@]}" run --threads "$THREADS" --timeout "$TIMEOUT" --stop-file "$OUT/stop" --out "$OUT/loop.json" &
LOOP_PID=$!
sleep "$SETTLE"
echo "  $(date +%T) (a) pg_ctlcluster 15 main restart"
fault=$(now); pg_ctlcluster 15 main restart; wait_pg_up; event restart "$fault" events.txt
sleep "$SETTLE"
echo "  $(date +%T) (b) pg_ctlcluster 15 main stop; sleep 10; start"
fault=$(now); pg_ctlcluster 15 main stop; sleep 10; pg_ctlcluster 15 main start; wait_pg_up; event stop-10s "$fault" events.txt
sleep "$SETTLE"
postmaster=$(head -1 "$PGDATA/postmaster.pid")
children=$(pgrep -P "$postmaster" | tr '\n' ' ')
echo "  $(date +%T) (c) kill -KILL $postmaster (postmaster); start once its children have exited"
fault=$(now); kill -KILL "$postmaster"
for _ in $(seq 1 200); do
  alive=0; for pid in $children; do kill -0 "$pid" 2>/dev/null && alive=1; done
  [[ $alive == 0 ]] && break; sleep 0.05
done
pg_ctlcluster 15 main start; wait_pg_up; event sigkill "$fault" events.txt
sleep "$SETTLE"
touch "$OUT/stop"
wait "$LOOP_PID"; LOOP_PID=
app_alive
echo
"${LOOP[@]}" report --title "phase 1: $THREADS writers, run $RUN" --timeout "$TIMEOUT" --events "$OUT/events.txt" \
  --psql-url "$PSQL_URL" "$OUT/loop.json" || status=1
echo
echo "app log: target/pg-outage-app.log ($(grep -c 'Database unavailable' target/pg-outage-app.log || true) 'Database unavailable' lines, \
$(grep -c 'Unexpected failure' target/pg-outage-app.log || true) 'Unexpected failure' lines); PostgreSQL log: target/pg-outage-postgresql.log"
exit $status
