"""A read-only stub LRS for measuring `scamdrill report --source lrs` at scale.

    python stub_lrs.py --seed-db DATA/scamdrill-records.sqlite3 --count 100000 --port 8200

Ralph's file backend scans its whole file for every page (a 100,000-statement
read takes minutes there), so the scale figure in docs/PERFORMANCE.md is
measured against this stub on 127.0.0.1 instead. It multiplies the real
statements queued in a records database (the outbox of a few recorded runs)
into ``--count`` statements: copy k gets fresh UUIDs (registration, session,
statement id, random kiosk account) and trainee ids ``<id>-<k mod 1000>``.
GET /xAPI/statements serves them by ``verb`` (and ``activity`` for the kiosk
session activity), ``limit`` per page, with ``more`` links; ``since`` and
``until`` are accepted and not applied (every statement is inside the
window). Prints "stub: listening N statement(s)" when ready.
"""

import argparse
import json
import re
import sqlite3
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TRAINEE_RE = re.compile(r'"name":"(T-[^"]*)"')


def load(seed_db, count):
    con = sqlite3.connect(seed_db)
    seeds = [json.loads(b) for (b,) in con.execute("SELECT body FROM outbox ORDER BY seq")]
    seeds = [json.dumps(s, separators=(",", ":")) for s in seeds]
    by_verb = {}
    total, k = 0, 0
    while total < count:
        ns = uuid.UUID(int=k + 1)
        for text in seeds:
            if total >= count:
                break
            text = UUID_RE.sub(lambda m: str(uuid.uuid5(ns, m.group(0))), text)
            text = TRAINEE_RE.sub(lambda m: '"name":"%s-%d"' % (m.group(1), k % 1000), text)
            verb = json.loads(text)["verb"]["id"]
            by_verb.setdefault(verb, []).append(text.encode())
            total += 1
        k += 1
    return by_verb, total


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--seed-db", required=True)
    p.add_argument("--count", type=int, default=100000)
    p.add_argument("--port", type=int, required=True)
    args = p.parse_args()
    by_verb, total = load(args.seed_db, args.count)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def do_GET(self):
            url = urlparse(self.path)
            q = {k: v[0] for k, v in parse_qs(url.query).items()}
            items = by_verb.get(q.get("verb"), [])
            limit = int(q.get("limit", "100"))
            start = int(q.get("after", "0"))
            page = items[start:start + limit]
            body = b'{"statements":[' + b",".join(page) + b"]"
            if start + limit < len(items):
                q["after"] = str(start + limit)
                body += b',"more":' + json.dumps(url.path + "?" + urlencode(q)).encode()
            body += b"}"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print("stub: listening %d statement(s)" % total, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
