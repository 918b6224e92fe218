#!/usr/bin/env python3
"""Figures for webhooks and the change feed (src/bench/webhooks.sh; Python 3 standard library only).

  webhooks.py writes  --base URL --token T --threads N --seconds S
      N writers create tags (each create is one write that fires one event) for S seconds: writes/s, p50/p99 ms.
  webhooks.py latency --base URL --token T --events E [--rate R]
      registers a webhook to a receiver on 127.0.0.1 in this process, creates E tags (R a second, one at a time) and
      reports when each webhook arrived after the create's 201 and after its request was sent (the commit lies between).
  webhooks.py feed    --base URL --token T --events E --size Z
      takes the present's token, creates E tags, then reads the change feed from that token to the end, Z a page:
      changes/s read (the writes are not timed).
"""
import argparse
import http.client
import http.server
import json
import statistics
import threading
import time
import urllib.parse


def call(base, method, path, token=None, body=None):
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def writes(args):
    stop = time.time() + args.seconds
    durations = []
    lock = threading.Lock()

    def writer(n):
        i = 0
        while time.time() < stop:
            i += 1
            started = time.perf_counter()
            status, body = call(args.base, "POST", "/api/v1/tags", args.token, {"name": f"bench {n}-{i}-{time.time_ns()}"})
            if status != 201:
                raise SystemExit(f"create answered {status}: {body[:200]}")
            with lock:
                durations.append(time.perf_counter() - started)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(args.threads)]
    began = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - began
    print(f"writes: {args.threads} writers, {len(durations)} creates in {elapsed:.1f} s = {len(durations) / elapsed:.0f} writes/s, "
          f"p50 {percentile(durations, 0.5) * 1000:.1f} ms, p99 {percentile(durations, 0.99) * 1000:.1f} ms")


def latency(args):
    arrivals = {}

    class Receiver(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            arrivals[json.loads(body)["data"]["slug"]] = time.perf_counter()
            self.send_response(204)
            self.end_headers()

        def log_message(self, *ignored):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    status, body = call(args.base, "POST", "/api/v1/webhooks", args.token,
                        {"url": f"http://127.0.0.1:{server.server_address[1]}/hooks", "events": ["tag.updated"]})
    assert status == 201, body
    hook = json.loads(body)["id"]
    sent, answered = {}, {}
    for i in range(args.events):
        slug = f"latency-{time.time_ns()}"
        sent[slug] = time.perf_counter()
        status, body = call(args.base, "POST", "/api/v1/tags", args.token, {"slug": slug, "name": "Latency " + slug})
        assert status == 201, body
        answered[slug] = time.perf_counter()
        time.sleep(1.0 / args.rate)
    deadline = time.time() + 30
    while len(arrivals) < args.events and time.time() < deadline:
        time.sleep(0.05)
    call(args.base, "DELETE", f"/api/v1/webhooks/{hook}", args.token)
    server.shutdown()
    after_answer = [(arrivals[s] - answered[s]) * 1000 for s in sent if s in arrivals]
    after_request = [(arrivals[s] - sent[s]) * 1000 for s in sent if s in arrivals]
    print(f"latency: {len(arrivals)} of {args.events} delivered; after the 201: p50 {percentile(after_answer, 0.5):.1f} ms, "
          f"p99 {percentile(after_answer, 0.99):.1f} ms; after the request: p50 {percentile(after_request, 0.5):.1f} ms, "
          f"p99 {percentile(after_request, 0.99):.1f} ms")


def feed(args):
    status, body = call(args.base, "GET", "/api/v1/changes")
    token = json.loads(body)["nextToken"]
    for i in range(args.events):
        status, body = call(args.base, "POST", "/api/v1/tags", args.token, {"name": f"feed {i} {time.time_ns()}"})
        assert status == 201, body
    read, pages = 0, 0
    began = time.perf_counter()
    while True:
        status, body = call(args.base, "GET", f"/api/v1/changes?since={token}&size={args.size}")
        assert status == 200, body
        page = json.loads(body)
        read += len(page["items"])
        pages += 1
        token = page["nextToken"]
        if not page["hasMore"]:
            break
    elapsed = time.perf_counter() - began
    print(f"feed: {read} changes in {pages} pages of {args.size} in {elapsed:.2f} s = {read / elapsed:.0f} changes/s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["writes", "latency", "feed"])
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--rate", type=float, default=20)
    parser.add_argument("--size", type=int, default=1000)
    args = parser.parse_args()
    {"writes": writes, "latency": latency, "feed": feed}[args.command](args)


if __name__ == "__main__":
    main()
