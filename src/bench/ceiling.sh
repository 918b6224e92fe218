#!/usr/bin/env bash
# How close Gazette's public reads come to nginx serving the same bytes from files (issue 13, item 8).
#   src/bench/ceiling.sh                 # H2, then PostgreSQL when the local Debian cluster exists
#   DBS=h2 DURATION=10s src/bench/ceiling.sh
# For each database: starts the packaged jar on a fresh ARTICLES-article dataset (H2: generate-h2.sql through
# H2's RunScript; PostgreSQL: generate.sql through psql, database gazette_ceiling, dropped and recreated),
# saves Gazette's own answers to list20 (/api/v1/articles?size=20), one article by slug and a tag page
# (/api/v1/articles?tag=tag-42&size=20) into files, serves exactly those bytes from nginx with the same
# Content-Type and caching headers (nginx's own ETag), and measures both in the same run: wrk -t THREADS
# -c CONNECTIONS -d DURATION after a warm-up (WARMUP per endpoint for Gazette, 3 s for nginx), RUNS interleaved
# runs, median. Prints req/s, p50/p99 and errors per endpoint and system, and Gazette / nginx. Then:
#   - revalidation: the same with If-None-Match carrying the current ETag (304s), both systems;
#   - mixed: Gazette alone, the three reads round-robin for MIXED_DURATION, without and then with one write per
#     second (a PATCH of the title of one of list20's articles in turn, as admin, If-Match with its current ETag:
#     every write changes list20, and in turn the article read by slug); afterwards the last written article's
#     public page must show its new title;
#   - the Gazette process's RSS (ps -o rss) after its runs.
# Cache modes (MODES, default "on off"): "on" is the service as configured; "off" restarts it with
# -Dgazette.cache.memory.max-bytes=0 (the in-process response cache's size) and repeats the main table. A jar
# without that setting refuses to start with it (SRCFG00050: an unknown key under the gazette.cache mapping),
# and the script then says so and skips the mode.
# GZIP=1 compares gzipped bodies (wrk sends Accept-Encoding: gzip; nginx serves Gazette's gzipped bytes with
# Content-Encoding: gzip); the default compares identity bodies (no compression on either side).
#
# Settings (environment): ARTICLES (10000), DURATION (5s), WARMUP (45s: two cores compile for longer than 15 s), RUNS (3), CONNECTIONS (64), THREADS (2),
# MIXED_DURATION (15s), TIMEOUT (10s: wrk's; an answer slower than that counts as an error), DBS ("h2 pg", pg
# only when pg_ctlcluster exists), MODES, GZIP (0), WAIT_LOAD (2) and WAIT_MAX (600): first wait up to WAIT_MAX
# seconds for a 1-minute load under WAIT_LOAD (a shared machine), JAVA_OPTS (-Xmx512m), PORT (8491; management
# PORT+1000), NGINX_PORT (8492), BUILD (1 rebuilds the jars), JARS (target/ceiling: the jars are JARS-h2 and JARS-pg;
# another prefix measures jars built elsewhere, e.g. an older commit's, which are then never rebuilt), ONLY_200S (1 skips
# the 304s and the mixed runs: a jar from before ETags).
# Jars: target/ceiling-h2 and target/ceiling-pg (copies of target/quarkus-app); built with
# ./mvnw -B -o package -DskipTests [-Dquarkus.profile=pg] when missing (the pg build leaves the pg jar in
# target/quarkus-app). Needs wrk, nginx (Debian packages: apt-get install -y nginx wrk), curl, python3, and
# for PostgreSQL the local Debian cluster 15/main (started if stopped, stopped again at the end).
# Defaults take ~7 min per database on 2 cores, plus ~4 min per database for MODES=off.
# Output: the tables on stdout, raw wrk outputs and logs in target/ceiling/. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${ARTICLES:-10000}
DURATION=${DURATION:-5s}
WARMUP=${WARMUP:-45s}
RUNS=${RUNS:-3}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
MIXED_DURATION=${MIXED_DURATION:-15s}
TIMEOUT=${TIMEOUT:-10s}
GZIP=${GZIP:-0}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PORT=${PORT:-8491}
MGMT_PORT=$((PORT + 1000))
NGINX_PORT=${NGINX_PORT:-8492}
TOKEN=ceiling
DB_NAME=gazette_ceiling
CACHE_OFF_PROPERTY=gazette.cache.memory.max-bytes
if [[ -z ${DBS:-} ]]; then DBS=h2; command -v pg_ctlcluster >/dev/null && DBS="h2 pg"; fi
OUT=target/ceiling
G="http://127.0.0.1:$PORT"
N="http://127.0.0.1:$NGINX_PORT"
# name and Gazette path of each endpoint; nginx serves the saved bytes at /<name>
ENDPOINTS=(list20 slug tag)
declare -A PATHS=([list20]="/api/v1/articles?size=20" [tag]="/api/v1/articles?tag=tag-42&size=20")
ACCEPT=()
[[ $GZIP == 1 ]] && ACCEPT=(-H "Accept-Encoding: gzip")

for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y nginx wrk curl python3)" >&2; exit 1; }
done
for port in "$PORT" "$MGMT_PORT" "$NGINX_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use (PORT=..., NGINX_PORT=...)" >&2; exit 1; fi
done
mkdir -p "$OUT"
rm -rf "$OUT"/*.txt "$OUT"/*.log "$OUT"/h2-data.*

APP= NGINX_PID= WRITER= PG_WAS_UP=
NG=$(mktemp -d /tmp/ceiling-nginx.XXXXXX)
chmod 755 "$NG"
cleanup() {
  [[ -n $WRITER ]] && kill "$WRITER" 2>/dev/null || true
  stop_app
  [[ -n $NGINX_PID ]] && { kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null; } || true
  rm -rf "$NG"
  if [[ $PG_WAS_UP == 0 ]]; then pg_ctlcluster 15 main stop 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# shellcheck source=lib.sh
source src/bench/lib.sh


load_pg() {
  local dir=$1
  if pg_isready -q -h 127.0.0.1 -p 5432; then PG_WAS_UP=1; else PG_WAS_UP=0; pg_ctlcluster 15 main start; fi
  for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
  su postgres -c "psql -qtc \"select 1 from pg_roles where rolname='gazette'\" | grep -q 1 || psql -qc \"create user gazette password 'gazette'\""
  su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -qc 'drop database if exists $DB_NAME' -qc 'create database $DB_NAME owner gazette'"
  export DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB_NAME DB_USER=gazette DB_PASSWORD=gazette
  start_app "$dir" "$OUT/pg-migrate.log"
  stop_app
  local t0=$SECONDS
  PGOPTIONS='-c client_min_messages=warning' psql -q "postgresql://gazette:gazette@127.0.0.1:5432/$DB_NAME" \
    -v articles="$ARTICLES" -f src/bench/generate.sql >&2
  echo "PostgreSQL: $ARTICLES articles generated in $((SECONDS - t0)) s" >&2
}

# ---- nginx on Gazette's bytes ----
save_responses() {   # Gazette's answers into $NG/www/<name>, their headers into $NG/<name>.headers
  mkdir -p "$NG/www"
  local slug
  slug=$(curl -sf "$G/api/v1/articles?size=1&fields=slug" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
  PATHS[slug]="/api/v1/articles/$slug"
  WRITE_SLUG=$slug
  for name in "${ENDPOINTS[@]}"; do
    curl -sf "${ACCEPT[@]}" -D "$NG/$name.headers" -o "$NG/www/$name" "$G${PATHS[$name]}"
  done
  chmod -R a+rX "$NG"
  cp "$NG"/*.headers "$OUT/"
}
nginx_conf() {
  local name line header value
  {
    echo "worker_processes auto; pid $NG/nginx.pid; error_log $NG/error.log; daemon off;"
    echo "events { worker_connections 4096; }"
    echo "http {"
    echo "  access_log off; sendfile on; tcp_nopush on; tcp_nodelay on; keepalive_requests 1000000; gzip off;"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $NG/$t;"; done
    echo "  server {"
    echo "    listen 127.0.0.1:$NGINX_PORT; root $NG/www;"
    for name in "${ENDPOINTS[@]}"; do
      echo "    location = /$name {"
      echo "      types { } default_type \"$(awk -F': ' 'tolower($1) == "content-type" {sub(/\r$/, "", $2); print $2}' "$NG/$name.headers")\";"
      # Gazette's other headers, as they are (not its ETag: nginx computes its own; nor the per-connection ones)
      while IFS= read -r line; do
        line=${line%$'\r'}
        [[ $line == *:* ]] || continue
        header=${line%%:*} value=${line#*: }
        case ${header,,} in
          content-type|content-length|etag|date|connection|transfer-encoding|keep-alive) continue ;;
        esac
        value=${value//\\/\\\\}; value=${value//\"/\\\"}
        echo "      add_header \"$header\" \"$value\" always;"
      done < "$NG/$name.headers"
      echo "    }"
    done
    echo "  }"
    echo "}"
  } > "$NG/nginx.conf"
  cp "$NG/nginx.conf" "$OUT/"
}
start_nginx() {
  nginx_conf
  nginx -c "$NG/nginx.conf" -e "$NG/error.log" > "$OUT/nginx.log" 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 40); do curl -sf -o /dev/null "$N/list20" && break; sleep 0.25; done
  local name
  for name in "${ENDPOINTS[@]}"; do
    curl -sf "${ACCEPT[@]}" -o "$NG/check" "$N/$name"
    cmp -s "$NG/check" "$NG/www/$name" || { echo "nginx does not serve the saved bytes of $name" >&2; exit 1; }
  done
}
stop_nginx() {
  [[ -n $NGINX_PID ]] && { kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null; } || true
  NGINX_PID=
}

# ---- wrk ----
url_of() {   # url_of <system> <name>
  if [[ $1 == nginx ]]; then echo "$N/$2"; else echo "$G${PATHS[$2]}"; fi
}
etag_of() {   # the current ETag of an endpoint on a system
  curl -sf "${ACCEPT[@]}" -D - -o /dev/null "$(url_of "$1" "$2")" | awk -F': ' 'tolower($1) == "etag" {sub(/\r$/, "", $2); print $2}'
}
# wrk_run <label> <url> [wrk args]: appends "<label> <req/s> <p50 ms> <p99 ms> <errors>" to $OUT/results.txt
wrk_run() {
  local label=$1 url=$2; shift 2
  local file="$OUT/wrk-${label//[^a-zA-Z0-9_-]/_}.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency "${ACCEPT[@]}" "$@" "$url" >> "$file"
  tail -n 40 "$file" | python3 -c '
import re, sys
text = sys.stdin.read().split("Running ")[-1]
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s|m)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"\n\s+50%\s+(\S+)", text).group(1))
p99 = ms(re.search(r"\n\s+99%\s+(\S+)", text).group(1))
errors = int((re.search(r"Non-2xx or 3xx responses: (\d+)", text) or [0, 0])[1])
m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
errors += sum(map(int, m.groups())) if m else 0
print(sys.argv[1], rps, p50, p99, errors)' "$label" >> "$OUT/results.txt"
}
warm_up() {   # warm_up <system> <duration>
  local name
  for name in "${ENDPOINTS[@]}"; do wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout "$TIMEOUT" "${ACCEPT[@]}" "$(url_of "$1" "$name")" > /dev/null; done
}
# median of the runs of a label: "<req/s> <p50> <p99> <errors summed>"
median() {
  python3 - "$1" "$OUT/results.txt" <<'PY'
import statistics, sys
rows = [l.split()[1:] for l in open(sys.argv[2]) if l.split()[0] == sys.argv[1]]
col = lambda i: statistics.median(float(r[i]) for r in rows)
print(col(0), col(1), col(2), sum(int(r[3]) for r in rows))
PY
}
table() {   # table <title> <prefix of the labels>: the endpoints, nginx and Gazette side by side
  local title=$1 prefix=$2 name
  echo
  echo "### $title"
  echo
  echo "| endpoint | bytes | nginx req/s | p50 / p99 ms | errors | Gazette req/s | p50 / p99 ms | errors | Gazette ÷ nginx |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for name in "${ENDPOINTS[@]}"; do
    read -r nr n50 n99 ne <<< "$(median "$prefix/nginx/$name")"
    read -r gr g50 g99 ge <<< "$(median "$prefix/gazette/$name")"
    printf '| %s | %s | %.0f | %.2f / %.2f | %s | %.0f | %.2f / %.2f | %s | %.1f %% |\n' "$name" "$(stat -c %s "$NG/www/$name")" \
      "$nr" "$n50" "$n99" "$ne" "$gr" "$g50" "$g99" "$ge" "$(python3 -c "print(100 * $gr / $nr)")"
  done
}
# measure <prefix> [If-None-Match]: RUNS interleaved runs of every endpoint on nginx then Gazette
measure() {
  local prefix=$1 revalidate=${2:-} run name sys args
  for run in $(seq 1 "$RUNS"); do
    for name in "${ENDPOINTS[@]}"; do
      for sys in nginx gazette; do
        args=()
        if [[ -n $revalidate ]]; then
          args=(-H "If-None-Match: $(etag_of "$sys" "$name")")
          [[ $(curl -s "${ACCEPT[@]}" "${args[@]}" -o /dev/null -w '%{http_code}' "$(url_of "$sys" "$name")") == 304 ]] \
            || { echo "$sys $name: If-None-Match gives no 304" >&2; exit 1; }
        fi
        wrk_run "$prefix/$sys/$name" "$(url_of "$sys" "$name")" "${args[@]}"
      done
    done
  done
}
# One write a second, on the clock (each in the background, so slow answers under load do not thin them out):
# write i PATCHes the title of the i-th of list20's articles (round-robin, so one article is written at most every
# 20 s and never by two writes at once), with its current staff ETag in If-Match. Every write changes list20.
write_once() {
  local i=$1 slug=$2 etag
  etag=$(curl -s -H "Authorization: Bearer $TOKEN" -D - -o /dev/null "$G/api/v1/articles/$slug" \
    | awk -F': ' 'tolower($1) == "etag" {sub(/\r$/, "", $2); print $2}')
  curl -s -o /dev/null -w "$i $slug %{http_code} %{time_total}\n" -X PATCH -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -H "If-Match: $etag" -d "{\"title\": \"Ceiling write $i\"}" \
    "$G/api/v1/articles/$slug" >> "$OUT/writes.txt"
}
writer() {
  local i=0 slugs
  mapfile -t slugs < <(curl -sf "$G${PATHS[list20]}" | python3 -c 'import json,sys; [print(a["slug"]) for a in json.load(sys.stdin)["items"]]')
  while :; do
    write_once "$i" "${slugs[i % ${#slugs[@]}]}" &
    i=$((i + 1))
    sleep 1
  done
}
mixed() {   # Gazette alone: the three reads round-robin, without writes then with one a second
  local lua="$OUT/mixed.lua" name
  {
    echo "local paths = {"
    for name in "${ENDPOINTS[@]}"; do echo "  \"${PATHS[$name]}\","; done
    echo "}"
    echo "local i = 0"
    echo "request = function() i = i % #paths + 1; return wrk.format(nil, paths[i]) end"
  } > "$lua"
  DURATION=$MIXED_DURATION wrk_run "$1/mixed/reads" "$G" -s "$lua"
  : > "$OUT/writes.txt"
  writer & WRITER=$!
  DURATION=$MIXED_DURATION wrk_run "$1/mixed/reads+writes" "$G" -s "$lua"
  kill "$WRITER"; wait "$WRITER" 2>/dev/null || true; WRITER=
  sleep 3   # the writes still under way
  local last slug title
  read -r last slug _ < <(sort -n "$OUT/writes.txt" | awk '$3 == 200' | tail -1)
  title=$(curl -sf "$G/api/v1/articles/$slug" | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])')
  echo
  echo "### Mixed reads (list20, slug, tag round-robin), Gazette alone, $MIXED_DURATION each"
  echo
  echo "| run | req/s | p50 / p99 ms | read errors |"
  echo "| --- | ---: | ---: | ---: |"
  for name in reads reads+writes; do
    read -r r p50 p99 e <<< "$(median "$1/mixed/$name")"
    printf '| %s | %.0f | %.2f / %.2f | %s |\n' "$name" "$r" "$p50" "$p99" "$e"
  done
  echo
  echo "Writes: $(wc -l < "$OUT/writes.txt") PATCHes, answers $(awk '{print $3}' "$OUT/writes.txt" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')" \
    "(median $(awk '{print $4 * 1000}' "$OUT/writes.txt" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}') ms each);" \
    "the last written article's public page afterwards: \"$title\" ($( [[ $title == "Ceiling write $last" ]] && echo current || echo STALE))."
}
rss() { echo "$(rss_mib) MiB"; }

# ---- the run ----
echo "# ceiling.sh, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main || echo ' (src/main modified)')"
echo "$ARTICLES articles; wrk -t$THREADS -c$CONNECTIONS -d$DURATION, warm-up $WARMUP, median of $RUNS interleaved runs;" \
  "$([[ $GZIP == 1 ]] && echo 'gzip on both sides' || echo 'no compression on either side'); JVM: $JAVA_OPTS; $(nproc) cores"
# Other builds on a shared machine move the figures: wait up to WAIT_MAX seconds for a 1-minute load under WAIT_LOAD
waited=0
while (( waited < ${WAIT_MAX:-600} )) && python3 -c "import os, sys; sys.exit(os.getloadavg()[0] < ${WAIT_LOAD:-2})"; do
  sleep 10; waited=$((waited + 10))
done
echo "load before: $(uptime | sed 's/.*load average: //') (after waiting $waited s for a load under ${WAIT_LOAD:-2})"
for db in $DBS; do
  dir=${JARS:-target/ceiling}-$db
  if [[ -n ${JARS:-} ]]; then [[ -f $dir/quarkus-run.jar ]] || { echo "no jar in $dir" >&2; exit 1; }
  elif [[ $db == pg ]]; then build "$dir" -Dquarkus.profile=pg; else build "$dir"; fi
  "load_$db" "$dir"
  for mode in ${MODES:-on off}; do
    if [[ $mode == off ]]; then
      if ! TRY=1 start_app "$dir" "$OUT/app-$db-$mode.log" "-D$CACHE_OFF_PROPERTY=0"; then
        grep -q "SRCFG00050: $CACHE_OFF_PROPERTY" "$OUT/app-$db-$mode.log" || { tail -20 "$OUT/app-$db-$mode.log" >&2; exit 1; }
        echo
        echo "## $db, cache off: skipped, this jar has no $CACHE_OFF_PROPERTY (no in-process response cache: \"cache on\" is uncached)"
        continue
      fi
    else
      start_app "$dir" "$OUT/app-$db-$mode.log"
    fi
    # nginx serves the bytes Gazette answers now (the mixed run's writes changed the newest article)
    save_responses; stop_nginx; start_nginx
    echo >&2 "$db, cache $mode: warming up ($(date +%T))"
    warm_up gazette "$WARMUP"; warm_up nginx 3s
    echo
    echo "## $([[ $db == h2 ]] && echo 'H2 (embedded)' || echo 'PostgreSQL 15'), cache $mode$([[ $mode == off ]] && echo " (-D$CACHE_OFF_PROPERTY=0)")"
    measure "$db-$mode"
    table "200s: $ARTICLES articles, $CONNECTIONS connections" "$db-$mode"
    if [[ $mode == on && ${ONLY_200S:-0} == 0 ]]; then
      measure "$db-$mode-304" revalidate
      table "304s: If-None-Match with the current ETag (nginx: its own ETag)" "$db-$mode-304"
      mixed "$db-$mode"
    fi
    echo
    echo "Gazette RSS after these runs: $(rss) ($JAVA_OPTS)"
    stop_app
  done
done
stop_nginx
echo
echo "load after: $(uptime | sed 's/.*load average: //')"
