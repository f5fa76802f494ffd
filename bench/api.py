"""Throughput of POST /api/v1/evaluate beside GET /healthz, in one load test.

Starts gunicorn (2 workers) on a free loopback port with a throwaway SQLite database,
then drives it with 16 concurrent clients on /healthz (the baseline: routing,
middleware and one query) and on /api/v1/evaluate with a mix of teaching cases
(throttle, validation, the rule engine and a large JSON body), in alternating rounds so
that a change in the machine's other load during the run falls on both alike. Every
request is evaluated afresh: nothing caches results. Prints requests per second,
p50/p99 latency and errors for each, and the ratio evaluate/healthz; the target is a
ratio of at least 0.3 with no errors. Traffic never leaves 127.0.0.1; the server and
the database are removed at the end.

    .venv/bin/python bench/api.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from serving import CLIENTS, Request, combined, gunicorn, load, send

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rules.reference_answers import REFERENCE_ANSWERS

WORKERS = 2
ROUNDS = 4
ROUND_SECONDS = 3
WARMUP_REQUESTS = 200
TARGET_RATIO = 0.3

# The reference teaching cases that have findings (the empty one would measure validation only).
CASES = [answers for name, answers in REFERENCE_ANSWERS.items() if name != "nothing_known"]
BODIES = [json.dumps({"answers": answers}).encode() for answers in CASES]


def main() -> int:
    # High, per-second rates: the throttle still runs (its cost is measured) but never refuses,
    # and its history holds one second of requests, not a minute's.
    with gunicorn(WORKERS, API_ANON_RATE="100000/second", API_USER_RATE="100000/second") as (port, _server):
        healthz = Request("GET", "/healthz")
        evaluate = Request("POST", "/api/v1/evaluate", BODIES)
        # Warm up: every worker builds its rule engine on its first evaluation.
        for n in range(WARMUP_REQUESTS):
            send(port, healthz if n % 2 else evaluate, b"" if n % 2 else BODIES[n % len(BODIES)])
        print(
            f"gunicorn {WORKERS} workers, {CLIENTS} concurrent clients, {ROUNDS} rounds of {ROUND_SECONDS} s "
            f"per endpoint, {len(CASES)} answer sets"
        )
        rounds = [
            (load(port, healthz, "", ROUND_SECONDS), load(port, evaluate, "", ROUND_SECONDS)) for _ in range(ROUNDS)
        ]
    baseline = combined("GET /healthz", [b for b, _ in rounds])
    measured = combined("POST /api/v1/evaluate", [m for _, m in rounds])
    print(baseline.line())
    print(measured.line())
    ratio = measured.throughput / baseline.throughput
    errors = baseline.errors + measured.errors
    verdict = "meets" if ratio >= TARGET_RATIO and not errors else "MISSES"
    print(f"ratio evaluate/healthz {ratio:.2f} (target >= {TARGET_RATIO}, no errors): {verdict} the target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
