# Shared by ceiling.sh and memory-start.sh (sourced, not run): building the jar, starting and stopping it, and a
# 10k-article H2 data directory. Callers set OUT, PORT, MGMT_PORT, TOKEN, JAVA_OPTS and ARTICLES, and APP= .

build() {   # build <dir> [maven args]: target/quarkus-app copied to <dir> (cp -a: an AppCDS archive checks jar times)
  local dir=$1; shift
  if [[ ${BUILD:-0} == 1 || ! -f $dir/quarkus-run.jar ]]; then
    echo "building $dir ..." >&2
    ./mvnw -B -o -q package -DskipTests "$@" >&2
    rm -rf "$dir" && cp -a target/quarkus-app "$dir"
  fi
}

stop_app() {
  if [[ -n $APP ]]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
}

# launch_app <jar dir> <log> [extra JVM args]: starts the jar from its directory (where an AppCDS archive must be
# used from) on $JAVA (default java), with app.aot (JDK 25 AOT cache) or app-cds.jsa when the directory has one;
# APP is its pid.
launch_app() {
  local dir=$1 log=$2; shift 2
  local cds=()
  if [[ -f $dir/app.aot ]]; then cds=(-XX:AOTCache=app.aot)
  elif [[ -f $dir/app-cds.jsa ]]; then cds=(-XX:SharedArchiveFile=app-cds.jsa); fi
  log=$(realpath -m "$log")
  # shellcheck disable=SC2086
  (cd "$dir" && exec env QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" GAZETTE_ADMIN_TOKEN=$TOKEN \
    GAZETTE_DEMO_CONTENT=false "${JAVA:-java}" "${cds[@]}" $JAVA_OPTS "$@" -jar quarkus-run.jar) > "$log" 2>&1 &
  APP=$!
}

start_app() {   # start_app <jar dir> <log> [extra JVM args]: until ready; exits unless TRY=1, which returns 1 instead
  local log=$2
  launch_app "$@"
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$MGMT_PORT/q/health/ready" >/dev/null && return
    kill -0 "$APP" 2>/dev/null || break
    sleep 0.5
  done
  stop_app
  [[ ${TRY:-0} == 1 ]] && return 1
  echo "Gazette did not start, see $log:" >&2; tail -20 "$log" >&2; exit 1
}

load_h2() {   # a fresh data directory, migrated by a first start, then filled by H2's RunScript with Gazette stopped
  local dir=$1
  DATA_DIR=$(mktemp -d "$PWD/$OUT/h2-data.XXXXXX")
  export GAZETTE_DATA_DIR=$DATA_DIR
  start_app "$dir" "$OUT/h2-migrate.log"
  stop_app
  sed "s/:articles/$ARTICLES/g" src/bench/generate-h2.sql > "$OUT/generate-h2.sql"
  local t0=$SECONDS
  java -cp "$(ls "$dir"/lib/main/com.h2database.h2-*.jar)" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$DATA_DIR/gazette" -user gazette -password '' -script "$OUT/generate-h2.sql"
  echo "H2: $ARTICLES articles generated in $((SECONDS - t0)) s" >&2
}

rss_mib() { echo "$(( $(ps -o rss= -p "$APP") / 1024 ))"; }
rss_kinds() { awk '/^Rss(Anon|File|Shmem):/ {printf "%s%d", (n++ ? " " : ""), $2 / 1024}' "/proc/$APP/status"; }   # MiB

load_average() { uptime | sed 's/.*load average: //'; }
