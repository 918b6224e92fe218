#!/usr/bin/env bash
# Figures for webhooks and the change feed (results: src/bench/webhooks.md), on the embedded H2 database:
#  1. what the outbox costs a write: tags created per second by 1 and 4 writers, on this commit and on BASE (the
#     commit before the event layer, default 6d90e24), each on a fresh data directory;
#  2. webhook delivery latency after the commit, p50/p99 (one receiver, 20 creates a second);
#  3. change-feed throughput: changes read per second, 1,000 and 100 a page, after 5,000 creates.
# Usage: src/bench/webhooks.sh   (BUILD=1 rebuilds the jars; BASE=<commit>; SECONDS_PER_RUN=20; JARS="current" skips the base)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench-webhooks; mkdir -p "$OUT"
PORT=${PORT:-18080}; MGMT_PORT=${MGMT_PORT:-19000}; TOKEN=bench-token; JAVA_OPTS=${JAVA_OPTS:-"-Xmx512m"}; APP=
BASE=${BASE:-6d90e24}; RUN=${SECONDS_PER_RUN:-20}
source src/bench/lib.sh
trap stop_app EXIT
API=http://127.0.0.1:$PORT

build "$OUT/current"
if [[ ${BUILD:-0} == 1 || ! -f $OUT/base/quarkus-run.jar ]]; then
  rm -rf "$OUT/base-src" && mkdir -p "$OUT/base-src"
  git archive "$BASE" | tar -x -C "$OUT/base-src"
  (cd "$OUT/base-src" && ./mvnw -B -o -q package -DskipTests -DskipITs >&2)
  rm -rf "$OUT/base" && cp -a "$OUT/base-src/target/quarkus-app" "$OUT/base"
fi

for jar in ${JARS:-base current}; do
  for writers in 1 4; do
    export GAZETTE_DATA_DIR; GAZETTE_DATA_DIR=$(mktemp -d "$PWD/$OUT/data.XXXXXX")
    start_app "$OUT/$jar" "$OUT/$jar-$writers.log"
    python3 src/bench/webhooks.py writes --base "$API" --token "$TOKEN" --threads 1 --seconds 5 > /dev/null   # warm-up
    echo "$jar ($(git rev-parse --short "$([[ $jar == base ]] && echo "$BASE" || echo HEAD)")): $(python3 src/bench/webhooks.py writes --base "$API" --token "$TOKEN" --threads "$writers" --seconds "$RUN")"
    stop_app
  done
done

export GAZETTE_DATA_DIR; GAZETTE_DATA_DIR=$(mktemp -d "$PWD/$OUT/data.XXXXXX")
start_app "$OUT/current" "$OUT/current-latency.log" -Dgazette.webhooks.allow-private-targets=true
python3 src/bench/webhooks.py latency --base "$API" --token "$TOKEN" --events 100 --rate 20 > /dev/null   # warm-up
python3 src/bench/webhooks.py latency --base "$API" --token "$TOKEN" --events 1000 --rate 20
python3 src/bench/webhooks.py feed --base "$API" --token "$TOKEN" --events 5000 --size 1000
python3 src/bench/webhooks.py feed --base "$API" --token "$TOKEN" --events 1000 --size 100
stop_app
