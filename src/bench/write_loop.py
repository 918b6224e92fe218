#!/usr/bin/env python3
"""Write loop and probes for src/bench/pg-outage.sh (Python 3 standard library only).

  write_loop.py check-down --base URL --mgmt URL --token T --out F
      the app runs without its database: liveness UP, readiness DOWN, a read and a create are 503 problems
      with Retry-After. Prints a table; exit status 1 if one check fails.
  write_loop.py late-start --base URL --mgmt URL --token T --prefix P --out F --events E [--timeout 120]
      polls readiness, a read and one create (one Idempotency-Key, retried) every 0.1 s while the database
      arrives, until all three succeed; records every answer (a 500 while the schema is migrating shows here).
  write_loop.py run --base URL --mgmt URL --token T --prefix P --threads N --stop-file F --out F
      N writer threads create tags and articles (alternately, --kind tags|articles|both), each create with
      its own Idempotency-Key, retrying the SAME key and body on 5xx, a 409 with Retry-After (still in
      progress), connection errors and timeouts until it gets a 201 (waiting Retry-After, at most
      --max-wait 0.2 s, so that recovery is measured to the tenth of a second); a probe thread polls readiness,
      liveness and a read. Stops taking new creates when the stop file appears and finishes the ones under
      way (at most --drain seconds). Every request is written to the --out JSON file.
  write_loop.py report --psql-url URL --events E --prefix P RESULTS...
      summary table, recovery per database event, and the database check: every acknowledged create is
      there exactly once (rows counted by name), with the id its 201 (first or replayed) named. Exit status 1
      if it finds a defect. --phase late reports the check-down and late-start files instead.

Times are wall-clock seconds (time.time()), the same clock as `date +%s.%N` in the shell script.
"""
import argparse
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

PROBLEM = "application/problem+json"


def request(url, method="GET", body=None, headers=None, timeout=10.0):
    """One request on a fresh connection; never raises. Returns a dict describing the answer."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    data = json.dumps(body).encode() if body is not None else None
    all_headers = {"Accept": "application/json"}
    if data is not None:
        all_headers["Content-Type"] = "application/json"
    all_headers.update(headers or {})
    out = {"t0": time.time(), "method": method, "path": parts.path}
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request(method, path, body=data, headers=all_headers)
        response = conn.getresponse()
        raw = response.read()
        out["status"] = response.status
        out["ctype"] = (response.getheader("Content-Type") or "").split(";")[0].strip()
        out["retry_after"] = response.getheader("Retry-After")
        out["replayed"] = response.getheader("Idempotent-Replayed") == "true"
        text = raw.decode("utf-8", "replace")
        try:
            out["json"] = json.loads(text) if text else None
        except ValueError:
            out["json"] = None
        if response.status >= 300:
            out["body"] = text[:1000]
    except (socket.timeout, TimeoutError):
        out["status"] = "timeout"
    except (OSError, http.client.HTTPException) as e:
        out["status"] = "conn:" + type(e).__name__
    finally:
        conn.close()
    out["t1"] = time.time()
    return out


def is_problem(answer):
    """An error answer with an RFC 9457 body whose status matches the response's."""
    j = answer.get("json")
    return (answer.get("ctype") == PROBLEM and isinstance(j, dict) and j.get("status") == answer.get("status")
            and bool(j.get("type")) and bool(j.get("title")))


def create_body(kind, name):
    if kind == "tag":
        return "/tags", {"name": name, "description": "pg-outage bench"}
    return "/articles", {"title": name, "section": "news", "body": "<p>pg-outage bench</p>"}


def slim(answer):
    """What the results file keeps of an answer (the JSON of a 201 is dropped, a problem is kept)."""
    kept = {k: v for k, v in answer.items() if k != "json"}
    if isinstance(answer.get("status"), int) and answer["status"] >= 300:
        kept["problem"] = is_problem(answer)
    if answer.get("status") == 201 and isinstance(answer.get("json"), dict):
        kept["id"] = answer["json"].get("id")
        kept["slug"] = answer["json"].get("slug")
    return kept


def retry_wait(answer, cap):
    """How long to wait before sending the same create again; None when the answer is final."""
    status = answer["status"]
    if status == 201:
        return None
    if isinstance(status, str):                       # connection refused or reset, timeout
        return cap
    if status >= 500 or (status == 409 and answer.get("retry_after")):
        try:
            return min(float(answer.get("retry_after") or cap), cap)
        except ValueError:
            return cap
    return None                                       # another 4xx: this create cannot succeed


class Create:
    """One logical create: one name, one Idempotency-Key, one body, sent until it is acknowledged."""

    def __init__(self, kind, name):
        self.kind, self.name, self.key = kind, name, str(uuid.uuid4())
        self.path, self.body = create_body(kind, name)
        self.attempts = []
        self.outcome = None                           # "acknowledged", "refused" or "abandoned"

    def send(self, args, deadline=lambda: None):
        """deadline() is None, or the time after which a create still failing is given up."""
        headers = {"Authorization": "Bearer " + args.token, "Idempotency-Key": self.key}
        while True:
            answer = request(args.base + self.path, "POST", self.body, headers, args.timeout)
            answer["key"] = self.key
            self.attempts.append(slim(answer))
            wait = retry_wait(answer, args.max_wait)
            if wait is None:
                self.outcome = "acknowledged" if answer["status"] == 201 else "refused"
                return answer
            if deadline() is not None and time.time() + wait > deadline():
                self.outcome = "abandoned"
                return answer
            time.sleep(wait)

    def record(self, thread):
        return {"thread": thread, "kind": self.kind, "name": self.name, "key": self.key,
                "outcome": self.outcome, "attempts": self.attempts}


def probe_loop(args, stop, probes, interval=0.1):
    """Readiness and a public read every interval, liveness every 5th time."""
    n = 0
    while not stop.is_set():
        probes.append(dict(slim(request(args.mgmt + "/q/health/ready", timeout=args.timeout)), what="ready"))
        probes.append(dict(slim(request(args.base + "/tags?size=1", timeout=args.timeout)), what="read"))
        if n % 5 == 0:
            probes.append(dict(slim(request(args.mgmt + "/q/health/live", timeout=args.timeout)), what="live"))
        n += 1
        stop.wait(interval)


def cmd_run(args):
    kinds = {"tags": ["tag"], "articles": ["article"], "both": ["tag", "article"]}[args.kind]
    creates, probes = [], []
    lock = threading.Lock()
    stop_probes = threading.Event()
    stop = {"deadline": None}                        # set when the stop file appears

    def writer(thread):
        n = 0
        while stop["deadline"] is None:
            c = Create(kinds[(thread + n) % len(kinds)], f"{args.prefix}-w{thread}-{n}")
            c.send(args, deadline=lambda: stop["deadline"])
            with lock:
                creates.append(c.record(thread))
            n += 1

    def drain_guard(threads):
        """Creates still failing --drain seconds after the stop file appeared are abandoned (a hang)."""
        while not os.path.exists(args.stop_file):
            time.sleep(0.1)
        stop["deadline"] = time.time() + args.drain
        for t in threads:
            t.join(args.drain + args.timeout + 1)

    threads = [threading.Thread(target=writer, args=(i,), daemon=True) for i in range(args.threads)]
    prober = threading.Thread(target=probe_loop, args=(args, stop_probes, probes), daemon=True)
    prober.start()
    for t in threads:
        t.start()
    drain_guard(threads)
    stop_probes.set()
    prober.join(args.timeout + 1)
    hung = [i for i, t in enumerate(threads) if t.is_alive()]
    with lock:
        result = {"phase": "loop", "creates": list(creates), "probes": list(probes), "hung_threads": hung}
    with open(args.out, "w") as f:
        json.dump(result, f)
    print(f"write loop: {len(result['creates'])} creates by {args.threads} threads"
          + (f", threads still retrying after {args.drain}s: {hung}" if hung else ""))


def cmd_check_down(args):
    checks = []
    live = request(args.mgmt + "/q/health/live", timeout=args.timeout)
    ready = request(args.mgmt + "/q/health/ready", timeout=args.timeout)
    read = request(args.base + "/articles", timeout=args.timeout)
    c = Create("tag", args.prefix + "-down")
    write = request(args.base + c.path, "POST", c.body,
                    {"Authorization": "Bearer " + args.token, "Idempotency-Key": c.key}, args.timeout)

    def row(what, answer, ok, expected):
        checks.append({"what": what, "status": answer["status"], "ok": ok, "expected": expected,
                       "retry_after": answer.get("retry_after"), "ctype": answer.get("ctype"),
                       "ms": round((answer["t1"] - answer["t0"]) * 1000), "body": (answer.get("body") or "")[:300]})

    row("liveness GET /q/health/live", live, live["status"] == 200, "200 UP")
    ready_state = (ready.get("json") or {}).get("status")
    row("readiness GET /q/health/ready", ready, ready["status"] == 503 and ready_state == "DOWN", "503 DOWN")
    for what, answer in (("read GET /api/v1/articles", read), ("create POST /api/v1/tags", write)):
        row(what, answer, answer["status"] == 503 and is_problem(answer) and answer.get("retry_after") == "5",
            "503 problem, Retry-After: 5")
    print("| check (database down, app just started) | expected | got | Retry-After | Content-Type | ms | ok |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in checks:
        print(f"| {r['what']} | {r['expected']} | {r['status']} | {r['retry_after'] or '-'} | {r['ctype'] or '-'} "
              f"| {r['ms']} | {'yes' if r['ok'] else 'NO'} |")
    for r in checks:
        if not r["ok"]:
            print(f"  DEFECT {r['what']}: {r['status']} {r['body']}")
    with open(args.out, "w") as f:
        json.dump({"phase": "down", "checks": checks, "down_key": c.key}, f)
    return 0 if all(r["ok"] for r in checks) else 1


def cmd_late_start(args):
    """Until readiness is UP, a read is a 200 and the create is acknowledged: everything seen meanwhile."""
    probes, creates = [], []
    c = Create("tag", args.prefix + "-late")
    headers = {"Authorization": "Bearer " + args.token, "Idempotency-Key": c.key}
    start, ready_at, read_at = time.time(), None, None
    while time.time() - start < args.late_timeout:
        ready = dict(slim(request(args.mgmt + "/q/health/ready", timeout=args.timeout)), what="ready")
        read = dict(slim(request(args.base + "/tags?size=1", timeout=args.timeout)), what="read")
        probes += [ready, read]
        if c.outcome is None:
            answer = request(args.base + c.path, "POST", c.body, headers, args.timeout)
            answer["key"] = c.key
            c.attempts.append(slim(answer))
            if answer["status"] == 201:
                c.outcome = "acknowledged"
            elif retry_wait(answer, args.max_wait) is None:
                c.outcome = "refused"
        ready_at = ready_at or (ready["t1"] if ready["status"] == 200 else None)
        read_at = read_at or (read["t1"] if read["status"] == 200 else None)
        if ready_at and read_at and c.outcome:
            break
        time.sleep(0.1)
    if c.outcome is None:
        c.outcome = "abandoned"
    creates.append(c.record("late"))
    with open(args.out, "w") as f:
        json.dump({"phase": "late", "creates": creates, "probes": probes}, f)
    print(f"late start: create {c.outcome} after {len(c.attempts)} attempts")


# ---------------------------------------------------------------- report

def load_events(path):
    events = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                events.append({"name": parts[0], "fault": float(parts[1]), "back": float(parts[2])})
    return events


def code_of(a):
    return a["status"] if isinstance(a["status"], int) else a["status"].split(":")[0]


def psql_rows(psql_url, prefix):
    """(table, name) -> ids of the tags and articles whose name starts with the run's prefix."""
    rows = {}
    for table, column in (("tag", "name"), ("article", "title")):
        sql = f"select {column}, id from {table} where {column} like '{prefix}-%'"
        out = subprocess.run(["psql", psql_url, "-Atc", sql], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            name, i = line.rsplit("|", 1)
            rows.setdefault((table, name), []).append(int(i))
    return rows


def psql_counts(psql_url, prefix):
    """Rows per name among tags and articles whose name starts with the run's prefix."""
    return {k: len(v) for k, v in psql_rows(psql_url, prefix).items()}


def fmt(seconds):
    return "-" if seconds is None else f"{seconds:.1f} s"


def first_after(answers, t, ok):
    times = [a["t1"] for a in answers if a["t1"] >= t and ok(a)]
    return min(times) if times else None


def cmd_report_late(args):
    """Phase 0: the app started without its database; how long after the database arrived was it usable."""
    results = []
    for path in args.results:
        with open(path) as f:
            results.append(json.load(f))
    defects = []
    for r in results:
        for check in r.get("checks", []):
            if not check["ok"]:
                defects.append(f"{check['what']}: expected {check['expected']}, got {check['status']} "
                               f"(Retry-After {check['retry_after']!r}, {check['ctype']!r}) {check['body']}")
    late = [r for r in results if r.get("phase") == "late"]
    events = load_events(args.events)
    back = events[0]["back"] if events else None
    counts = psql_counts(args.psql_url, args.prefix) if args.psql_url else {}
    for r in late:
        probes, c = r["probes"], r["creates"][0]
        reads = [p for p in probes if p["what"] == "read"]
        ready = [p for p in probes if p["what"] == "ready"]
        ready_at = first_after(ready, 0, lambda p: p["status"] == 200)
        read_at = first_after(reads, 0, lambda p: p["status"] == 200)
        write_at = first_after(c["attempts"], 0, lambda a: a["status"] == 201)
        gap = [a for a in reads + c["attempts"] if back is not None and a["t1"] >= back
               and (ready_at is None or a["t0"] <= ready_at)]
        gap_codes = {}
        for a in gap:
            gap_codes[f"{a['method']} {code_of(a)}"] = gap_codes.get(f"{a['method']} {code_of(a)}", 0) + 1
        rows = [
            ("PostgreSQL start command until it accepts connections (its log)", fmt(back - events[0]["fault"]) if back else "-"),
            ("readiness UP after the database accepts connections", fmt(ready_at - back) if ready_at and back else "never"),
            ("first read 200 (GET /api/v1/tags) after that", fmt(read_at - back) if read_at and back else "never"),
            ("the create (one Idempotency-Key, retried every 0.1-0.2 s) 201 after that",
             fmt(write_at - back) if write_at and back else "never"),
            ("answers between the database's arrival and readiness", ", ".join(
                f"{k}: {v}" for k, v in sorted(gap_codes.items())) or "none"),
            ("create attempts / rows in the database for its name",
             f"{len(c['attempts'])} / {counts.get(('tag', c['name']), 0)}"),
        ]
        print(f"| {args.title} | |")
        print("| --- | --- |")
        for k, v in rows:
            print(f"| {k} | {v} |")
        for a in reads + c["attempts"]:
            if isinstance(a["status"], int) and a["status"] >= 400 and (a["status"] != 503 or not a.get("problem")
                                                                        or a.get("retry_after") != "5"):
                defects.append(f"{a['status']} on {a['method']} {a['path']} at "
                               f"{time.strftime('%H:%M:%S', time.localtime(a['t0']))}.{int(a['t0'] * 1000) % 1000:03d}"
                               f" ({(a['t0'] - back):+.2f} s from the database's arrival; Content-Type {a.get('ctype')!r},"
                               f" Retry-After {a.get('retry_after')!r}): {a.get('body', '')[:400]}")
        if c["outcome"] != "acknowledged":
            defects.append(f"the create {c['name']!r} ended {c['outcome']}")
        elif counts and counts.get(("tag", c["name"]), 0) != 1:
            defects.append(f"the create {c['name']!r} has {counts.get(('tag', c['name']), 0)} rows")
    print()
    print_defects(defects)
    return 1 if defects else 0


def print_defects(defects):
    """The same problem is usually repeated many times: each distinct one once, with how often."""
    distinct = {}
    for d in defects:
        k = re.sub(r"\d\d:\d\d:\d\d\.\d+|[+-]\d+\.\d\d s|[0-9a-f-]{36}|'[^']*-w\d+-\d+'|\d+ attempts", "#", d)
        distinct.setdefault(k, []).append(d)
    print("defects: none" if not defects else f"defects ({len(defects)}, {len(distinct)} distinct):")
    for ds in distinct.values():
        print(f"  - {ds[0]}" + (f"  [x{len(ds)}, the last: {ds[-1][:160]}]" if len(ds) > 1 else ""))


def cmd_report(args):
    if args.phase == "late":
        return cmd_report_late(args)
    results = []
    for path in args.results:
        with open(path) as f:
            results.append(json.load(f))
    events = load_events(args.events) if args.events and os.path.exists(args.events) else []
    creates = [c for r in results for c in r.get("creates", [])]
    probes = [p for r in results for p in r.get("probes", [])]
    writes = [a for c in creates for a in c["attempts"]]
    defects = []

    # ---- every answer to a create
    by_code = {}
    for a in writes:
        by_code[code_of(a)] = by_code.get(code_of(a), 0) + 1
    s201 = [a for a in writes if a["status"] == 201]
    s503 = [a for a in writes if a["status"] == 503]
    s409 = [a for a in writes if a["status"] == 409]
    s500 = [a for a in writes + probes if isinstance(a["status"], int) and a["status"] >= 500
            and a["status"] != 503 and a.get("what") not in ("ready", "live")]
    errors = [a for a in writes + [p for p in probes if p["what"] == "read"]
              if isinstance(a["status"], int) and a["status"] >= 400]
    non_problem = [a for a in errors if not a.get("problem")]
    no_retry_after = [a for a in writes + probes if a["status"] == 503 and a.get("what") not in ("ready", "live")
                      and a.get("retry_after") != "5"]
    slow = [a for a in writes if a["t1"] - a["t0"] > 5]
    timeouts = [a for a in writes if a["status"] == "timeout"]
    other = {k: v for k, v in by_code.items() if k not in (201, 503, 500)}

    # ---- the database has every acknowledged create exactly once
    db_rows = psql_rows(args.psql_url, args.prefix) if args.psql_url else {}
    counts = {k: len(v) for k, v in db_rows.items()}
    table_of = {"tag": "tag", "article": "article"}
    acked = [c for c in creates if c["outcome"] == "acknowledged"]
    wrong_id = [(c, a) for c in acked for a in c["attempts"] if a["status"] == 201
                and counts.get((table_of[c["kind"]], c["name"])) == 1 and a.get("id") != db_rows[(table_of[c["kind"]], c["name"])][0]]
    lost = [c for c in acked if counts.get((table_of[c["kind"]], c["name"]), 0) == 0]
    dups = [c for c in creates if counts.get((table_of[c["kind"]], c["name"]), 0) > 1]
    refused = [c for c in creates if c["outcome"] == "refused"]
    abandoned = [c for c in creates if c["outcome"] == "abandoned"]
    stored_unacked = [c for c in refused + abandoned if counts.get((table_of[c["kind"]], c["name"]), 0) > 0]
    known = {(table_of[c["kind"]], c["name"]) for c in creates}
    strays = [k for k in counts if k not in known and k[1].startswith(args.prefix + "-w")]
    replayed = [a for a in s201 if a.get("replayed")]
    keys_two_201 = [c for c in creates if sum(1 for a in c["attempts"] if a["status"] == 201) > 1]
    hung = [t for r in results for t in r.get("hung_threads", [])]

    def ra_values(answers):
        values = sorted({a.get("retry_after") or "none" for a in answers})
        return ", ".join(values) if values else "-"

    rows = [
        ("requests sent (creates, incl. retries)", len(writes)),
        ("creates (distinct Idempotency-Keys)", len(creates)),
        ("201", f"{len(s201)} ({len(replayed)} replayed, Idempotent-Replayed: true)"),
        ("503", f"{len(s503)} (Retry-After: {ra_values(s503)}; problem body: "
                f"{sum(1 for a in s503 if a.get('problem'))}/{len(s503)})"),
        ("409", f"{len(s409)} (Retry-After: {ra_values(s409)})"),
        ("500", len([a for a in writes if a['status'] == 500])),
        ("other codes / connection errors", ", ".join(f"{k}: {v}" for k, v in sorted(other.items(), key=str)) or "none"),
        ("client timeouts (create sent again with the same key)", f"{len(timeouts)} (timeout {args.timeout:g} s)"),
        ("slowest answer to a create", fmt(max((a["t1"] - a["t0"] for a in writes), default=None))),
        ("time to answer a 503: median / max", "{} / {}".format(
            fmt(sorted(a["t1"] - a["t0"] for a in s503)[len(s503) // 2]) if s503 else "-",
            fmt(max((a["t1"] - a["t0"] for a in s503), default=None)))),
        ("acknowledged (201)", len(acked)),
        ("lost (acknowledged, not in the database)", len(lost)),
        ("duplicates (more than one row for a name)", len(dups)),
        ("201s whose id is not the row's id (replays included)", len(wrong_id)),
        ("refused (4xx other than 409 in progress)", len(refused)),
        ("abandoned (still failing at the end)", len(abandoned)),
        ("rows without an acknowledgement", len(stored_unacked) + len(strays)),
        ("read probes: 200 / 503 / other", "{} / {} / {}".format(
            sum(1 for p in probes if p['what'] == 'read' and p['status'] == 200),
            sum(1 for p in probes if p['what'] == 'read' and p['status'] == 503),
            sum(1 for p in probes if p['what'] == 'read' and p['status'] not in (200, 503)))),
        ("liveness probes not UP", sum(1 for p in probes if p["what"] == "live" and p["status"] != 200)),
    ]
    print(f"| {args.title} | |")
    print("| --- | --- |")
    for k, v in rows:
        print(f"| {k} | {v} |")

    # ---- recovery per database event
    if events:
        print()
        print("| event | DB back after | write errors (codes) | first write OK | all writers OK | last write error "
              "| read OK | readiness DOWN seen | ready again |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        longest = None
        for i, e in enumerate(events):
            end = events[i + 1]["fault"] if i + 1 < len(events) else float("inf")
            win = [a for a in writes if e["fault"] <= a["t1"] < end]
            errs = [a for a in win if a["status"] != 201]
            codes = {}
            for a in errs:
                codes[code_of(a)] = codes.get(code_of(a), 0) + 1
            back = e["back"]
            threads = {c["thread"] for c in creates if c["thread"] != "late"}
            per_thread = []
            for t in threads:
                tw = [a for c in creates if c["thread"] == t for a in c["attempts"]]
                ok = first_after(tw, back, lambda a: a["status"] == 201)
                if ok is not None and ok < end:
                    per_thread.append(ok - back)
            first_ok = min(per_thread) if per_thread else None
            all_ok = max(per_thread) if per_thread and len(per_thread) == len(threads) else None
            last_err = max((a["t1"] for a in errs), default=None)
            wprobe = [p for p in probes if e["fault"] <= p["t1"] < end]
            read_down = [p["t1"] for p in wprobe if p["what"] == "read" and p["status"] != 200]
            read_ok = first_after([p for p in wprobe if p["what"] == "read"], max(read_down + [back]),
                                  lambda p: p["status"] == 200)
            ready_down = [p["t1"] for p in wprobe if p["what"] == "ready" and p["status"] != 200]
            ready_ok = first_after([p for p in wprobe if p["what"] == "ready"], max(ready_down + [back]),
                                   lambda p: p["status"] == 200)
            rec = max([x for x in (all_ok, (last_err - back) if last_err and last_err > back else 0,
                                   (read_ok - back) if read_ok else None) if x is not None], default=None)
            if all_ok is None and threads:
                defects.append(f"{e['name']}: not every writer got a 201 after the database came back")
            longest = rec if longest is None or (rec is not None and rec > longest) else longest
            print(f"| {e['name']} | {fmt(back - e['fault'])} | "
                  + (", ".join(f"{k}: {v}" for k, v in sorted(codes.items(), key=str)) or "none") + " | "
                  + f"{fmt(first_ok)} | {fmt(all_ok)} | "
                  + (fmt(last_err - back) if last_err else "-") + " | "
                  + (fmt(read_ok - back) if read_ok else "-") + f" | {'yes' if ready_down else 'no'} | "
                  + (fmt(ready_ok - back) if ready_ok and ready_down else "-") + " |")
        print()
        print(f"longest time to recover after the database came back (all writers 201, reads 200, last error): "
              f"{fmt(longest)}")
        print("(times are from 'DB back': PostgreSQL's log line 'ready to accept connections' after the fault)")

    # ---- defects, with the evidence
    after = {}                                          # what the retries of a create that got a 500 got
    for c in creates:
        for i, a in enumerate(c["attempts"]):
            if a["status"] == 500:
                final, between = c["attempts"][-1], c["attempts"][i + 1:-1]
                only_503 = all(b["status"] == 503 or str(b["status"]).startswith("conn") for b in between)
                after[id(a)] = (f"; its retries: {' '.join(str(b['status']) for b in c['attempts'][i + 1:])}"
                                + ("" if final["status"] != 201 else
                                   ", the 201 was not a replay: the 500'd attempt stored nothing"
                                   if not final.get("replayed") else
                                   ", the 201 was a replay: the create HAD been stored when the 500 went out"
                                   if only_503 else
                                   ", the 201 was a replay: stored by the 500'd attempt or by a timed-out retry"))
    for a in s500:
        defects.append(f"500 on {a['method']} {a['path']} at {time.strftime('%H:%M:%S', time.localtime(a['t0']))}"
                       f".{int(a['t0'] * 1000) % 1000:03d} (key {a.get('key', '-')}): {a.get('body', '')[:400]}"
                       + after.get(id(a), ""))
    for a in non_problem:
        defects.append(f"{a['status']} without a problem body on {a['method']} {a['path']}: "
                       f"Content-Type {a.get('ctype')!r}, body {a.get('body', '')[:300]!r}")
    for a in no_retry_after:
        defects.append(f"503 without Retry-After: 5 on {a['method']} {a['path']} (Retry-After {a.get('retry_after')!r})")
    for c in lost:
        defects.append(f"lost: {c['kind']} {c['name']!r} acknowledged with 201 (key {c['key']}) is not in the database")
    for c in dups:
        defects.append(f"duplicate: {c['kind']} {c['name']!r} has {counts[(table_of[c['kind']], c['name'])]} rows")
    for c in refused:
        last = c["attempts"][-1]
        defects.append(f"refused: {c['kind']} {c['name']!r} (key {c['key']}) ended with {last['status']} "
                       f"after {len(c['attempts'])} attempts "
                       f"({' '.join(str(a['status']) for a in c['attempts'][-6:])}): {last.get('body', '')[:300]}")
    for c in abandoned:
        defects.append(f"hang: {c['kind']} {c['name']!r} (key {c['key']}) had no 201 after {len(c['attempts'])} attempts")
    for t in hung:
        defects.append(f"hang: writer thread {t} still retrying at the end")
    for a in timeouts if args.timeout >= 10 else []:   # a short client timeout is a test of retries, not a hang
        defects.append(f"timeout ({args.timeout:.0f} s) on {a['method']} {a['path']} at "
                       f"{time.strftime('%H:%M:%S', time.localtime(a['t0']))} (key {a.get('key')})")
    for c in keys_two_201:
        defects.append(f"one key, two 201s: {c['name']!r} ({[a.get('id') for a in c['attempts'] if a['status'] == 201]})")
    ids = {}
    for c in acked:
        for a in c["attempts"]:
            if a["status"] == 201:
                ids.setdefault(c["kind"], {}).setdefault(a.get("id"), []).append(c["name"])
    for kind, by_id in ids.items():
        for i, names in by_id.items():
            if len(names) > 1:
                defects.append(f"two creates answered with the same {kind} id {i}: {names}")
    for c, a in wrong_id:
        defects.append(f"{c['kind']} {c['name']!r}: the 201{' (replayed)' if a.get('replayed') else ''} names id {a.get('id')}, "
                       f"the database has id {db_rows[(table_of[c['kind']], c['name'])][0]}")
    for k in strays:
        defects.append(f"row without a create: {k}")
    live_down = [p for p in probes if p["what"] == "live" and p["status"] != 200]
    if live_down:
        defects.append(f"liveness not UP {len(live_down)} times, first: {live_down[0]['status']}")
    print()
    if slow:
        print(f"note: {len(slow)} answers to creates took over 5 s")
    print_defects(defects)
    return 1 if defects else 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=["run", "check-down", "late-start", "report"])
    p.add_argument("results", nargs="*", help="report: the JSON files written by the other commands")
    p.add_argument("--base", help="API root, http://127.0.0.1:8097/api/v1")
    p.add_argument("--mgmt", help="management root, http://127.0.0.1:9097")
    p.add_argument("--token", default=os.environ.get("GAZETTE_ADMIN_TOKEN", ""))
    p.add_argument("--prefix", required=True, help="names of the created tags and articles start with it")
    p.add_argument("--threads", type=int, default=6)
    p.add_argument("--kind", choices=["tags", "articles", "both"], default="both")
    p.add_argument("--timeout", type=float, default=10.0, help="client timeout of one request (s)")
    p.add_argument("--max-wait", type=float, default=0.2,
                   help="longest wait before a retry (s): Retry-After is honoured up to this, so recovery is measured finely")
    p.add_argument("--drain", type=float, default=60.0, help="seconds to finish the creates under way after the stop")
    p.add_argument("--late-timeout", type=float, default=120.0)
    p.add_argument("--stop-file")
    p.add_argument("--out")
    p.add_argument("--events")
    p.add_argument("--psql-url")
    p.add_argument("--title", default="write loop")
    p.add_argument("--phase", choices=["loop", "late"], default="loop", help="report: which phase the results are of")
    args = p.parse_intermixed_args()
    if args.command == "run":
        cmd_run(args)
        return 0
    if args.command == "check-down":
        return cmd_check_down(args)
    if args.command == "late-start":
        cmd_late_start(args)
        return 0
    return cmd_report(args)


if __name__ == "__main__":
    sys.exit(main())
