#!/usr/bin/env bash
# Start time and memory of the packaged H2 jar (issue 13, item 7).
#   src/bench/memory-start.sh                       # the README's flags, with a trained AppCDS archive
#   JAVA_OPTS=-Xmx512m APPCDS=0 MINUTES=3 src/bench/memory-start.sh
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java APPCDS=aot src/bench/memory-start.sh   # JDK 25 AOT cache
# 1. Builds the jar into target/memory-start-app (with -Dquarkus.package.jar.appcds.enabled=true, which writes
#    Quarkus's app-cds.jsa) when missing, and an ARTICLES-article data directory (as ceiling.sh). APPCDS chooses the
#    archive: "trained" (default) replaces Quarkus's with one written at the exit of a real run that answered the
#    three ceiling.sh reads (README: Memory and start), "quarkus" keeps Quarkus's, 0 uses none; "aot" builds the
#    aot-jar packaging into target/memory-start-aot and trains a JDK 25 AOT cache (app.aot) the same way: JAVA must
#    then be a JDK 24 or newer.
# 2. Start: STARTS starts on that existing data directory, each timed from launching java to the first 200 on
#    /api/v1/articles (polled every 10 ms), with the CPU time the process had used by then and Quarkus's own
#    "started in"; prints each and the medians. The load average is printed before and after: on a shared machine
#    a start that waited for the CPU says so in wall time >> CPU time / 2.
# 3. Memory: one more start, then wrk -c CONNECTIONS for MINUTES on a mix of reads that fills the in-process
#    response cache: a third the three ceiling.sh endpoints (list20, the newest article by slug, tag-42's page),
#    the rest random article pages, tag pages and list pages of random page and size (thousands of distinct
#    answers, more than the cache's default size holds). Samples the RSS every 30 s; afterwards prints the RSS,
#    the cache's bytes (gazette_response_cache_bytes), wrk's figures and, with NMT=1 (which costs memory itself),
#    the JVM's native memory summary.
# Settings (environment): JAVA (java), JAVA_OPTS (the flags README "Memory and start" recommends), APPCDS (trained), STARTS (5),
# MINUTES (10), CONNECTIONS (64), THREADS (2), ARTICLES (10000), NMT (0), SKIP_START / SKIP_LOAD (0), PORT (8591),
# BUILD (1 rebuilds), RESPONSE_CACHE (gazette.cache.memory.max-bytes, e.g. 8M; unset: the default), H2_CACHE_SIZE
# (H2's CACHE_SIZE in KB, put into application.properties' JDBC URL; unset: that URL's), EXTRA_PROPS (more -D
# settings, e.g. -Dquarkus.thread-pool.max-threads=16). Output: target/memory-start/ (logs, rss.txt with
# RSS/RssAnon/RssFile/RssShmem every 30 s, wrk.txt, gc.log of the memory run). Needs wrk, curl, python3.
set -euo pipefail
shopt -s extglob
cd "$(dirname "$0")/../.."
RECOMMENDED="-XX:+UseSerialGC -Xmx160m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -XX:Tier4InvocationThreshold=50000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=400000 -XX:+ExitOnOutOfMemoryError"
JAVA_OPTS=${JAVA_OPTS:-$RECOMMENDED}
APPCDS=${APPCDS:-trained}
STARTS=${STARTS:-5}
MINUTES=${MINUTES:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
ARTICLES=${ARTICLES:-10000}
PORT=${PORT:-8591}
MGMT_PORT=$((PORT + 1000))
TOKEN=memory-start
OUT=target/memory-start
G="http://127.0.0.1:$PORT"
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-2}
[[ -n $MALLOC_ARENA_MAX ]] && export MALLOC_ARENA_MAX
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk curl python3)" >&2; exit 1; }
done
mkdir -p "$OUT"
rm -rf "$OUT"/h2-data.*
APP=
# shellcheck source=lib.sh
source src/bench/lib.sh
trap stop_app EXIT
trap 'exit 130' INT TERM

if [[ $APPCDS == aot ]]; then
  # Leyden's AOT cache (JDK 24+) only holds classes of the JVM's own class loaders: the aot-jar packaging puts every
  # jar on quarkus-run.jar's Class-Path instead of Quarkus's fast-jar class loader.
  dir=target/memory-start-aot
  build "$dir" -Dquarkus.package.jar.type=aot-jar
  rm -f "$dir/app.aot"
else
  dir=target/memory-start-app
  build "$dir" -Dquarkus.package.jar.appcds.enabled=true
  [[ -f $dir/quarkus-app-cds.jsa ]] || mv "$dir/app-cds.jsa" "$dir/quarkus-app-cds.jsa"
  rm -f "$dir/app-cds.jsa"
fi
[[ ${NMT:-0} == 1 ]] && JAVA_OPTS="$JAVA_OPTS -XX:NativeMemoryTracking=summary"
# Settings as system properties, so that the training run and the measured runs share them
[[ -n ${RESPONSE_CACHE:-} ]] && JAVA_OPTS="$JAVA_OPTS -Dgazette.cache.memory.max-bytes=$RESPONSE_CACHE"
if [[ -n ${H2_CACHE_SIZE:-} ]]; then
  url=$(sed -n 's/^quarkus\.datasource\.jdbc\.url=//p' src/main/resources/application.properties)
  [[ $url == *CACHE_SIZE=* ]] || { echo "no CACHE_SIZE in application.properties' JDBC URL" >&2; exit 1; }
  JAVA_OPTS="$JAVA_OPTS -Dquarkus.datasource.jdbc.url=${url/CACHE_SIZE=+([0-9])/CACHE_SIZE=$H2_CACHE_SIZE}"
fi
[[ -n ${EXTRA_PROPS:-} ]] && JAVA_OPTS="$JAVA_OPTS $EXTRA_PROPS"
load_h2 "$dir"
case $APPCDS in
  quarkus) cp "$dir/quarkus-app-cds.jsa" "$dir/app-cds.jsa" ;;
  trained|aot)
    # The README's training run: the classes a start and the first reads load, written as the JVM exits. The JDK 25
    # AOT cache also keeps the methods' profiles; MaxMetaspaceSize is left out of its training run, where it makes
    # the cache's assembly fail ("Unable to allocate from 'ro' region").
    if [[ $APPCDS == aot ]]; then train=(-XX:AOTCacheOutput=app.aot); made=app.aot; else train=(-XX:ArchiveClassesAtExit=app-cds.jsa); made=app-cds.jsa; fi
    # shellcheck disable=SC2086
    (cd "$dir" && exec env QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" GAZETTE_DEMO_CONTENT=false \
      "${JAVA:-java}" "${train[@]}" ${JAVA_OPTS/-XX:MaxMetaspaceSize=+([0-9])m/} -jar quarkus-run.jar) > "$OUT/train.log" 2>&1 &
    APP=$!
    until curl -sf "$G/api/v1/articles?size=20" >/dev/null; do kill -0 "$APP" || { tail "$OUT/train.log"; exit 1; }; sleep 0.2; done
    first=$(curl -sf "$G/api/v1/articles?size=1&fields=slug" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
    for _ in 1 2 3; do
      curl -sf -o /dev/null "$G/api/v1/articles/$first"; curl -sf -o /dev/null "$G/api/v1/articles?tag=tag-42&size=20"
      curl -sf -o /dev/null "$G/api/v1/articles?size=20"
    done
    stop_app
    [[ -f $dir/$made ]] || { echo "the training run wrote no archive, see $OUT/train.log" >&2; exit 1; } ;;
  0) ;;
  *) echo "APPCDS is trained, quarkus, aot or 0" >&2; exit 1 ;;
esac

echo "# memory-start.sh, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main || echo ' (src/main modified)')"
case $APPCDS in aot) archive=" -XX:AOTCache=app.aot (trained)" ;; 0) archive= ;; *) archive=" -XX:SharedArchiveFile=app-cds.jsa ($APPCDS archive)" ;; esac
echo "$ARTICLES articles (H2); $("${JAVA:-java}" -version 2>&1 | head -1); JVM: $JAVA_OPTS$archive; MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}; $(nproc) cores"

# ---- start time ----
cpu_ms() {   # CPU time (user + system) the process has used so far
  python3 -c "import os,sys; f=open(f'/proc/{sys.argv[1]}/stat').read().rsplit(')',1)[1].split(); print(int((int(f[11])+int(f[12]))*1000/os.sysconf('SC_CLK_TCK')))" "$1"
}
if [[ ${SKIP_START:-0} != 1 ]]; then
  echo
  echo "load before the starts: $(load_average)"
  : > "$OUT/starts.txt"
  for i in $(seq 1 "$STARTS"); do
    t0=$(date +%s%N)
    launch_app "$dir" "$OUT/start-$i.log"
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$G/api/v1/articles") == 200 ]]; do
      kill -0 "$APP" 2>/dev/null || { echo "Gazette did not start, see $OUT/start-$i.log" >&2; tail -20 "$OUT/start-$i.log" >&2; exit 1; }
      sleep 0.01
    done
    t1=$(date +%s%N)
    cpu=$(cpu_ms "$APP")
    started=$(grep -o 'started in [0-9.]*s' "$OUT/start-$i.log" | grep -o '[0-9.]*' || echo '?')
    stop_app
    echo "$(( (t1 - t0) / 1000000 )) $cpu $started" >> "$OUT/starts.txt"
    echo "start $i: first 200 after $(( (t1 - t0) / 1000000 )) ms, CPU $cpu ms, Quarkus \"started in\" ${started}s, load $(cut -d' ' -f1 /proc/loadavg)"
  done
  python3 - "$OUT/starts.txt" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = lambda i: statistics.median(float(r[i]) for r in rows if r[i] != '?')
print(f"median of {len(rows)}: first 200 after {med(0):.0f} ms, CPU {med(1):.0f} ms, Quarkus \"started in\" {med(2):.3f} s")
PY
  echo "load after the starts: $(load_average)"
fi

# ---- memory at saturation ----
[[ ${SKIP_LOAD:-0} == 1 ]] && exit 0
rm -f "$OUT/gc.log"
start_app "$dir" "$OUT/app.log" "-Xlog:gc:file=$(realpath -m "$OUT/gc.log"):uptime"
slug=$(curl -sf "$G/api/v1/articles?size=1&fields=slug" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
cat > "$OUT/fill.lua" <<EOF
-- a third the hot pages of ceiling.sh; the rest spread over thousands of distinct answers, so the cache fills
local hot = { "/api/v1/articles?size=20", "/api/v1/articles/$slug", "/api/v1/articles?tag=tag-42&size=20" }
local n = 0
math.randomseed(42)
request = function()
  n = n + 1
  local r = n % 6
  local path
  if r < 2 then path = hot[n % 3 + 1]
  elseif r == 2 then
    local a = math.random(1, $ARTICLES)
    if a % 50 == 0 then a = a + 1 end  -- every 50th is a draft (404)
    path = "/api/v1/articles/bench-" .. a
  elseif r == 3 then path = "/api/v1/articles?tag=tag-" .. math.random(1, 500) .. "&size=20&page=" .. math.random(1, 2)
  else path = "/api/v1/articles?size=" .. math.random(10, 100) .. "&page=" .. math.random(1, 40)
  end
  return wrk.format(nil, path)
end
EOF
echo
echo "load before the run: $(load_average)"
: > "$OUT/rss.txt"
load_started=$(ps -o etimes= -p "$APP" | tr -d ' ')   # the JVM's uptime when the load begins, for the GC log
(
  for s in $(seq 30 30 $((MINUTES * 60))); do
    sleep 30
    echo "$s $(rss_mib) $(rss_kinds)" >> "$OUT/rss.txt"
  done
) & SAMPLER=$!
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${MINUTES}m" --timeout 10s --latency -s "$OUT/fill.lua" "$G" > "$OUT/wrk.txt"
wait "$SAMPLER" 2>/dev/null || true
echo "load after the run: $(load_average)"
kill -0 "$APP" 2>/dev/null || { echo "Gazette exited during the run, see $OUT/app.log:" >&2; tail -5 "$OUT/app.log" >&2; exit 1; }
metric() { curl -sf "http://127.0.0.1:$MGMT_PORT/q/metrics" | awk -v m="$1" '$1 ~ "^"m {print $2; exit}'; }
cache_bytes=$(metric gazette_response_cache_bytes)
echo "wrk, ${MINUTES} min at $CONNECTIONS connections: $(awk '/Requests\/sec/ {print $2}' "$OUT/wrk.txt") req/s," \
  "p50 $(awk '$1 == "50%" {print $2}' "$OUT/wrk.txt"), p99 $(awk '$1 == "99%" {print $2}' "$OUT/wrk.txt")," \
  "non-2xx/3xx: $(awk '/Non-2xx/ {print $5}' "$OUT/wrk.txt" | grep . || echo 0) (article pages of drafts are 404s by design)," \
  "socket errors: $(grep -o 'Socket errors.*' "$OUT/wrk.txt" || echo none)"
echo "RSS every 30 s (MiB): $(awk '{printf "%s ", $2}' "$OUT/rss.txt")"
echo "RssAnon/RssFile/RssShmem every 30 s (MiB): $(awk '{printf "%s/%s/%s ", $3, $4, $5}' "$OUT/rss.txt")"
echo "end: RSS $(rss_mib) MiB = anon/file/shmem $(rss_kinds | tr ' ' '/') MiB; threads $(ls /proc/"$APP"/task | wc -l)"
python3 - "$OUT/gc.log" "$load_started" "$MINUTES" <<'PY'
import re, sys
since, minutes = float(sys.argv[2]), float(sys.argv[3])
young = full = 0; young_ms = full_ms = 0.0; heap = []
for line in open(sys.argv[1]):
    m = re.match(r'\[([0-9.]+)s\].*Pause (Young|Full).*?(\d+)M->(\d+)M\((\d+)M\) ([0-9.]+)ms', line)
    if not m or float(m[1]) < since: continue
    if m[2] == 'Full': full += 1; full_ms += float(m[6]); heap.append(int(m[4]))
    else: young += 1; young_ms += float(m[6])
total = young_ms + full_ms
print(f"GC during the load: {young} young ({young_ms/1000:.1f} s), {full} full ({full_ms/1000:.1f} s), "
      f"{100 * total / (minutes * 60000):.1f} % of the wall time; heap after the last full GCs: "
      f"{', '.join(f'{h} MB' for h in heap[-3:]) or 'none'}")
PY
echo "RSS after $MINUTES min: $(rss_mib) MiB; peak of the samples: $(sort -k2 -n "$OUT/rss.txt" | tail -1 | cut -d' ' -f2) MiB;" \
  "response cache: $(python3 -c "print(round(float('${cache_bytes:-0}') / 1048576, 1))") MiB held"
if [[ ${NMT:-0} == 1 ]]; then
  jcmd "$APP" VM.native_memory summary | grep -E '^(Total|-)' | sed 's/^/  /'
fi
