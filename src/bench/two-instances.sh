#!/usr/bin/env bash
# Two instances of Gazette on one PostgreSQL database, both running the schedule job every second:
# schedules N articles (default 300) to go up in 40 s and down 30 s later, waits, and counts with SQL
# how often each article was published and taken down (each must be exactly once). Also posts comments
# with one email to both instances in turn: the shared rate limit (5 per email) must refuse the 6th.
# And the response caches' coherence: an article edited on one instance, its page polled on the other
# (served from that one's memory until content_change purges it), the delay printed in ms per edit.
#   src/bench/two-instances.sh [N]
# Needs the local Debian PostgreSQL cluster (or DB_URL/DB_USER/DB_PASSWORD), psql and python3.
# Drops and recreates the database gazette_two. Not part of the test suite; takes ~2 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-300}
DB_NAME=gazette_two
export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/$DB_NAME}
export DB_USER=${DB_USER:-gazette}
export DB_PASSWORD=${DB_PASSWORD:-gazette}
PSQL_URL="postgresql://$DB_USER:$DB_PASSWORD@${DB_URL#jdbc:postgresql://}"

STOP_POSTGRES=
if command -v pg_ctlcluster >/dev/null && [[ $DB_URL == *127.0.0.1:5432* ]]; then
  if ! pg_ctlcluster 15 main status >/dev/null 2>&1; then
    pg_ctlcluster 15 main start
    STOP_POSTGRES=yes
  fi
  su postgres -c "psql -qtc \"select 1 from pg_roles where rolname='$DB_USER'\" | grep -q 1 || psql -qc \"create user $DB_USER password '$DB_PASSWORD'\""
  su postgres -c "psql -qc 'drop database if exists $DB_NAME' -qc 'create database $DB_NAME owner $DB_USER'"
fi

./mvnw -q -B package -DskipTests -Dquarkus.profile=pg
for port in 8181 8182; do
  QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) GAZETTE_ADMIN_TOKEN=two GAZETTE_SCHEDULE_EVERY=1s GAZETTE_COMMENTS_ADDRESS_KEY=two-instances java -Xmx256m -jar target/quarkus-app/quarkus-run.jar \
    > "target/two-instances-$port.log" 2>&1 &
done
trap 'kill $(jobs -p) 2>/dev/null || true; wait; [[ -z $STOP_POSTGRES ]] || pg_ctlcluster 15 main stop' EXIT
for port in 8181 8182; do
  until curl -sf "http://localhost:$((port + 1000))/q/health/ready" >/dev/null; do sleep 1; done
done

curl -sf -X POST -H 'Authorization: Bearer two' -H 'Content-Type: application/json' http://localhost:8181/api/v1/articles \
  -d '{"slug": "comments-here", "title": "Comments here", "section": "news", "body": "<p>x</p>"}' >/dev/null
curl -sf -X POST -H 'Authorization: Bearer two' http://localhost:8181/api/v1/articles/comments-here/publish >/dev/null
printf 'comment answers, alternating instances, one email:'
for i in 1 2 3 4 5 6 7 8; do
  printf ' %s' "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    "http://localhost:$(( 8181 + i % 2 ))/api/v1/articles/comments-here/comments" \
    -d "{\"name\": \"Reader\", \"email\": \"same@readers.example\", \"body\": \"Comment $i\"}")"
done
echo

python3 - <<'PY'
import json, statistics, time, urllib.request
def call(port, method, path, body=None, headers=None, staff=False):
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    if staff:
        all_headers["Authorization"] = "Bearer two"
    request = urllib.request.Request(f"http://localhost:{port}/api/v1{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(), headers=all_headers)
    with urllib.request.urlopen(request) as response:
        return response.headers, json.loads(response.read() or b"null")
call(8181, "POST", "/articles", {"slug": "coherence", "title": "Coherence 0", "section": "news", "body": "<p>x</p>"}, staff=True)
call(8181, "POST", "/articles/coherence/publish", staff=True)
delays = []
for edit in range(1, 11):
    for _ in range(3):  # the page on B, kept in B's memory
        assert call(8182, "GET", "/articles/coherence")[1]["title"] == f"Coherence {edit - 1}"
    etag = call(8181, "GET", "/articles/coherence", staff=True)[0]["ETag"]
    call(8181, "PATCH", "/articles/coherence", {"title": f"Coherence {edit}"}, {"If-Match": etag}, staff=True)
    written = time.monotonic()
    while call(8182, "GET", "/articles/coherence")[1]["title"] != f"Coherence {edit}":
        if time.monotonic() - written > 5:
            raise SystemExit(f"edit {edit}: instance 8182 still served the old page after 5 s")
        time.sleep(0.005)
    delays.append((time.monotonic() - written) * 1000)
print("edit on 8181 visible on 8182 after (ms):", " ".join(f"{d:.0f}" for d in delays),
      f"| median {statistics.median(delays):.0f}, max {max(delays):.0f}")
PY

PUBLISH_AT=$(date -u -d '+40 seconds' +%Y-%m-%dT%H:%M:%SZ)
UNPUBLISH_AT=$(date -u -d '+70 seconds' +%Y-%m-%dT%H:%M:%SZ)
python3 - "$ARTICLES" "$PUBLISH_AT" "$UNPUBLISH_AT" <<'PY'
import concurrent.futures, json, sys, urllib.request
count, publish_at, unpublish_at = int(sys.argv[1]), sys.argv[2], sys.argv[3]
def send(port, path, body):
    request = urllib.request.Request(f"http://localhost:{port}/api/v1{path}", method="POST", data=json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer two", "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return response.status
def schedule(i):
    port = 8181 + i % 2
    send(port, "/articles", {"slug": f"two-{i}", "title": f"Two {i}", "section": "news", "body": "<p>x</p>"})
    return send(port, f"/articles/two-{i}/status", {"status": "scheduled", "publishAt": publish_at, "unpublishAt": unpublish_at})
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    print("scheduled:", list(pool.map(schedule, range(count))).count(200))
PY
sleep 80
psql -q "$PSQL_URL" \
  -c "select action, count(*) as revisions, count(distinct article_id) as articles from article_revision where actor = 'scheduler' group by action" \
  -c "select count(*) as done_twice from (select article_id, action from article_revision where actor = 'scheduler' group by 1, 2 having count(*) > 1) d" \
  -c "select max(published_at) - min(published_at) as publication_spread from article where slug like 'two-%'" \
  -c "select count(*) as rate_limit_buckets, count(*) filter (where id like '%@%' or id like '%127.0.0.1%') as naming_an_address_or_email from comment_rate_limit"
for port in 8181 8182; do
  echo "instance $port:"; grep 'Schedule run' "target/two-instances-$port.log" | sed 's/.*(\(.*\)) /  /' || echo "  no runs"
done
