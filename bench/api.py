"""Throughput of POST /api/v1/evaluate beside GET /healthz, in one load test.

Starts gunicorn (2 workers) on a free loopback port with a throwaway SQLite database,
then drives it with 16 concurrent clients, first on /healthz (the baseline: routing,
middleware and one query), then on /api/v1/evaluate with a mix of teaching cases
(throttle, validation, the rule engine and a large JSON body). Prints requests per
second, p50/p99 latency and errors for each, and the ratio evaluate/healthz; the target
is a ratio of at least 0.3 with no errors. Traffic never leaves 127.0.0.1; the server
and the database are removed at the end.

The server keeps its database connections open between requests (DATABASE_CONN_MAX_AGE,
Django's CONN_MAX_AGE), as a production deployment should: with a connection opened and
closed per request, every evaluation's throttle write made SQLite checkpoint its
write-ahead log on close, which cost more than the evaluation itself. Both phases run on
the same server, so the baseline gets the same setting. Every request is evaluated
afresh: nothing caches results.

    .venv/bin/python bench/api.py
"""

from __future__ import annotations

import json
import sys

from serving import CLIENTS, Request, gunicorn, load, send

WORKERS = 2
PHASE_SECONDS = 12
WARMUP_REQUESTS = 200
TARGET_RATIO = 0.3

CASES = [
    {"distribution": "multifocal", "triggers": ["action", "stimulus"], "hypoxic_event": "yes",
     "onset": "subacute", "age_group": "adult"},
    {"distribution": "generalized", "clustering": "bunches", "epilepsy": "yes", "age_group": "adolescent",
     "onset": "chronic", "childbearing_potential": "yes"},
    {"distribution": "multifocal", "onset": "acute", "encephalopathy": "yes", "drug_exposure": "yes",
     "serotonergic_signs": "yes"},
    {"distribution": "diaphragmatic", "rhythm": "rhythmic", "frequency": "occasional"},
    {"distribution": "multifocal", "dementia": "rapidly_progressive", "triggers": ["stimulus"],
     "visual_disturbance": "yes", "age_group": "older_adult", "onset": "subacute"},
    {"distribution": "segmental", "rhythm": "rhythmic", "during_sleep": "persists", "spinal_cord_signs": "yes",
     "tumour_or_compression": "yes"},
    {"distribution": "focal", "hemifacial": "yes", "age_group": "older_adult", "onset": "chronic"},
    {"distribution": "axial", "distractible": "yes", "onset": "acute", "age_group": "adult"},
]
BODIES = [json.dumps({"answers": answers}).encode() for answers in CASES]


def main() -> int:
    # High, per-second rates: the throttle still runs (its cost is measured) but never refuses,
    # and its history holds one second of requests, not a minute's.
    with gunicorn(WORKERS, API_ANON_RATE="100000/second", API_USER_RATE="100000/second",
                  DATABASE_CONN_MAX_AGE="60") as (port, _server):
        healthz = Request("GET", "/healthz")
        evaluate = Request("POST", "/api/v1/evaluate", BODIES)
        # Warm up: every worker builds its rule engine on its first evaluation.
        for n in range(WARMUP_REQUESTS):
            send(port, healthz if n % 2 else evaluate, b"" if n % 2 else BODIES[n % len(BODIES)])
        print(f"gunicorn {WORKERS} workers, {CLIENTS} concurrent clients, {PHASE_SECONDS} s per phase, "
              f"{len(CASES)} answer sets")
        baseline = load(port, healthz, "GET /healthz", PHASE_SECONDS)
        print(baseline.line())
        measured = load(port, evaluate, "POST /api/v1/evaluate", PHASE_SECONDS)
        print(measured.line())
    ratio = measured.throughput / baseline.throughput
    errors = baseline.errors + measured.errors
    verdict = "meets" if ratio >= TARGET_RATIO and not errors else "MISSES"
    print(f"ratio evaluate/healthz {ratio:.2f} (target >= {TARGET_RATIO}, no errors): {verdict} the target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
