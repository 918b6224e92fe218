#!/usr/bin/env bash
# Feed and sitemap generation time on PostgreSQL at a given size, from the in-process cache and rendered each time.
#   src/bench/feeds.sh 1000000        # or 100000
# Needs what bench.sh needs (PostgreSQL, psql, wrk, curl). Builds the PostgreSQL jar into target/bench-feeds/app,
# loads synthetic articles with generate.sql (one Spanish edition in twenty joined to an English one as its
# translation, for the sitemaps' hreflang alternates), then measures each feed with wrk: once with the response
# cache on (the default), once with gazette.cache.memory.max-bytes=0, so that every request runs the SQL and writes
# the feed. Sitemaps are timed with curl, one request each (they are streamed, never cached in memory).
# SKIP_GENERATE=1 measures the data already loaded, SITEMAPS_ONLY=1 only the sitemaps; DURATION (10s) and CONNECTIONS
# (4) tune wrk. The sitemaps are read from an app with a 128 MB heap (it exits on OutOfMemoryError): a 50,000-URL
# sitemap held in memory would not fit beside the rest.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=lib.sh
source src/bench/lib.sh
ARTICLES=${1:-100000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-4}
PORT=${PORT:-8097}
MGMT_PORT=$((PORT + 1000))
TOKEN=bench
APP=
OUT=target/bench-feeds
mkdir -p "$OUT"
DB_NAME=${DB_NAME:-gazette_feeds}
export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/$DB_NAME}
export DB_USER=${DB_USER:-gazette}
export DB_PASSWORD=${DB_PASSWORD:-gazette}
export GAZETTE_SITE_URL=https://www.bench.example
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PSQL_URL="postgresql://$DB_USER:$DB_PASSWORD@${DB_URL#jdbc:postgresql://}"

if command -v pg_ctlcluster >/dev/null && [[ $DB_URL == *127.0.0.1:5432* ]]; then
  pg_ctlcluster 15 main start 2>/dev/null || true
  su postgres -c "psql -qtc \"select 1 from pg_roles where rolname='$DB_USER'\" | grep -q 1 || psql -qc \"create user $DB_USER password '$DB_PASSWORD'\""
  su postgres -c "psql -qtc \"select 1 from pg_database where datname='$DB_NAME'\" | grep -q 1 || psql -qc \"create database $DB_NAME owner $DB_USER\""
fi

build "$OUT/app" -Dquarkus.profile=pg
trap stop_app EXIT
if [[ ${SKIP_GENERATE:-} != 1 ]]; then
  start_app "$OUT/app" "$OUT/migrate.log"   # Flyway creates the schema
  stop_app
  t0=$SECONDS
  psql -q "$PSQL_URL" -v articles="$ARTICLES" -f src/bench/generate.sql 2>&1 | grep -v WARNING || true
  # bench-<g> is Spanish when g % 20 = 0, and bench-<g-3> is English: a pair (ids need not follow g)
  psql -q "$PSQL_URL" -c "update article set translation_group_id = id where substring(slug from 7)::bigint % 20 = 17" \
    -c "update article es set translation_group_id = en.id from article en where es.language = 'es'
        and en.slug = 'bench-' || (substring(es.slug from 7)::bigint - 3)" -c "vacuum analyze article"
  echo "generated $ARTICLES articles in $((SECONDS - t0)) s" >&2
fi

B="http://127.0.0.1:$PORT"
FEEDS=("language, RSS|/feeds/en/articles.rss" "language, Atom|/feeds/en/articles.atom" "language (ar), JSON Feed|/feeds/ar/articles.json"
  "section, RSS|/feeds/en/sections/analysis/articles.rss" "tag, JSON Feed|/feeds/en/tags/tag-42/articles.json"
  "author, Atom|/feeds/en/authors/author-7/articles.atom" "sitemap index|/sitemap.xml" "News sitemap|/sitemaps/news.xml")

measure() {   # measure <mode> <name> <path>: one wrk run, one table row
  local mode=$1 name=$2 path=$3
  curl -sf -o /dev/null "$B$path" || { echo "$name: $B$path failed" >&2; exit 1; }
  wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$DURATION" --latency "$B$path" > "$OUT/wrk.txt"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$ARTICLES" "$mode" "$name" "$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk.txt")" \
    "$(awk '$1=="50%" {print $2}' "$OUT/wrk.txt")" "$(awk '$1=="99%" {print $2}' "$OUT/wrk.txt")"
}

echo "| articles | cache | path | req/s | p50 | p99 |"
echo "| --- | --- | --- | --- | --- | --- |"
for mode in cached uncached; do
  [[ ${SITEMAPS_ONLY:-} == 1 ]] && break
  if [[ $mode == uncached ]]; then export GAZETTE_CACHE_MEMORY_MAX_BYTES=0; fi
  start_app "$OUT/app" "$OUT/app-$mode.log"
  for feed in "${FEEDS[@]}"; do
    measure "$mode" "${feed%%|*}" "${feed#*|}"
  done
  stop_app
done
unset GAZETTE_CACHE_MEMORY_MAX_BYTES

# Language sitemaps: streamed, one request each (first, last), gzipped as crawlers ask for them
JAVA_OPTS="-Xmx128m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
start_app "$OUT/app" "$OUT/app-sitemaps.log"
last=$(curl -sf "$B/sitemap.xml" | grep -o '/sitemaps/en/[0-9]*\.xml' | sort -t/ -k4 -n | tail -1)
echo
echo "| articles | sitemap | URLs | alternates | bytes (gzip) | bytes | time (first byte) | time (total) | RSS after (MiB) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for path in /sitemaps/en/1.xml "$last" /sitemaps/es/1.xml; do
  curl -sf -H 'Accept-Encoding: gzip' -o "$OUT/sitemap.xml.gz" -w '%{size_download} %{time_starttransfer} %{time_total}\n' "$B$path" > "$OUT/curl.txt"
  read -r bytes first total < "$OUT/curl.txt"
  urls=$(gzip -dc "$OUT/sitemap.xml.gz" | grep -o '<url>' | wc -l)
  alternates=$(gzip -dc "$OUT/sitemap.xml.gz" | grep -o '<xhtml:link' | wc -l)
  plain=$(gzip -dc "$OUT/sitemap.xml.gz" | wc -c)
  kill -0 "$APP" || { echo "the app died reading $path, see $OUT/app-sitemaps.log" >&2; exit 1; }
  printf '| %s | %s | %s | %s | %s | %s | %s s | %s s | %s |\n' "$ARTICLES" "$path" "$urls" "$alternates" "$bytes" "$plain" "$first" "$total" "$(rss_mib)"
done
