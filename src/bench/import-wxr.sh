#!/usr/bin/env bash
# Benchmark of the WordPress import from the command line, on the embedded H2 database.
#   src/bench/import-wxr.sh            # 10,000 posts and 50,000 comments
#   src/bench/import-wxr.sh 1000 5000
# Generates the export with generate-wxr.py (once per size, into target/bench-wxr/), builds the jar when it is
# missing, then imports the file into a fresh data directory, and the same file again (everything unchanged);
# DRY_RUN=1 first runs a dry run too (one transaction for the whole file, rolled back: on H2 the slowest of the three). Each run has -Xmx256m (HEAP) and a GC log; prints total time, items/s and the
# heap in use at its highest (the largest "before" of any collection in the GC log; a JFR recording of the import
# run, target/bench-wxr/import.jfr, has the same in jdk.GCHeapSummary). Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
POSTS=${1:-10000}
COMMENTS=${2:-50000}
HEAP=${HEAP:-256m}
WORK=target/bench-wxr
FILE=$WORK/wordpress-$POSTS-$COMMENTS.xml
mkdir -p "$WORK"
[[ -f $FILE ]] || python3 src/bench/generate-wxr.py "$POSTS" "$COMMENTS" "$FILE"
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -q -B package -DskipTests
rm -rf "$WORK/data"
echo "file: $FILE ($(du -m "$FILE" | cut -f1) MB), heap limit $HEAP, $(nproc) cores"

run() {   # name, extra arguments
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  DRY=${DRY:-} GAZETTE_DATA_DIR=$PWD/$WORK/data java -Xmx"$HEAP" -Xlog:gc:file="$WORK/$name-gc.log" "$@" \
    -jar target/quarkus-app/quarkus-run.jar import wordpress "$FILE" ${DRY:+--dry-run} > "$WORK/$name.out" 2> "$WORK/$name.err" || {
      echo "$name failed (exit $?), see $WORK/$name.err" >&2; exit 1; }
  end=$(date +%s.%N)
  local before after
  before=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/$name-gc.log" | cut -dM -f1 | sort -n | tail -1)
  after=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/$name-gc.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1)
  printf '%-8s %6.1f s in all (JVM start included); %s; heap: at most %s MB in use, at most %s MB live after a GC\n' \
    "$name" "$(echo "$end - $start" | bc)" "$(grep -o '[0-9]* items in [0-9.]* s ([0-9]* items/s)' "$WORK/$name.out")" \
    "${before:-?}" "${after:-?}"
}
if [[ ${DRY_RUN:-} == 1 ]]; then DRY=1 run dry-run; fi
run import -XX:StartFlightRecording=filename="$WORK/import.jfr",settings=default
run again
echo
cat "$WORK/import.out"
