"""Throughput of POST /api/v1/evaluate beside GET /healthz, in one load test.

Starts gunicorn (2 workers) on a free loopback port with a throwaway SQLite database,
then drives it with 16 concurrent clients, first on /healthz (the baseline: routing,
middleware and one query), then on /api/v1/evaluate with a mix of teaching cases
(throttle, validation, the rule engine and a large JSON body). Prints requests per
second, p50/p99 latency and errors for each, and the ratio evaluate/healthz; the target
is a ratio of at least 0.3 with no errors. Traffic never leaves 127.0.0.1; the server
and the database are removed at the end.

    .venv/bin/python bench/api.py
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
WORKERS = 2
CLIENTS = 16
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


@dataclass
class Request:
    method: str
    path: str
    bodies: list[bytes] = field(default_factory=lambda: [b""])


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, q: int) -> float:
        return statistics.quantiles(self.latencies, n=100)[q - 1] * 1000

    def line(self) -> str:
        return (f"{self.name:<22} {self.throughput:8.1f} req/s   p50 {self.percentile(50):6.1f} ms   "
                f"p99 {self.percentile(99):6.1f} ms   errors {self.errors}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def send(port: int, request: Request, body: bytes) -> int:
    """One request on its own connection (gunicorn's sync workers close after each)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        headers = {"Content-Type": "application/json"} if body else {}
        connection.request(request.method, request.path, body=body or None, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def load(port: int, request: Request, name: str, seconds: float) -> Phase:
    """CLIENTS threads sending back to back until the time is up."""
    phase = Phase(name)
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(offset: int) -> None:
        latencies, errors, n = [], 0, offset
        while time.perf_counter() < deadline:
            body = request.bodies[n % len(request.bodies)]
            n += 1
            started = time.perf_counter()
            try:
                ok = send(port, request, body) == 200
            except OSError:
                ok = False
            latencies.append(time.perf_counter() - started)
            errors += not ok
        with lock:
            phase.latencies += latencies
            phase.errors += errors

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    phase.seconds = time.perf_counter() - started
    return phase


def wait_until_up(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}")
        try:
            if send(port, Request("GET", "/healthz"), b"") == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer /healthz within 60 s")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-api-") as workdir:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{Path(workdir) / 'bench.sqlite3'}",
            "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-any-deployment",
            "DJANGO_DEBUG": "false",
            "DJANGO_ALLOWED_HOSTS": HOST,
            "DJANGO_LOG_LEVEL": "WARNING",
            # High, per-second rates: the throttle still runs (its cost is measured) but never refuses,
            # and its history holds one second of requests, not a minute's.
            "API_ANON_RATE": "100000/second",
            "API_USER_RATE": "100000/second",
        }
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "decisionaid.wsgi:application", "--workers", str(WORKERS),
             "--bind", f"{HOST}:{port}", "--log-level", "warning"],
            cwd=ROOT, env=env,
        )
        try:
            wait_until_up(port, server)
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
        finally:
            server.terminate()
            server.wait(timeout=30)
    ratio = measured.throughput / baseline.throughput
    errors = baseline.errors + measured.errors
    verdict = "meets" if ratio >= TARGET_RATIO and not errors else "MISSES"
    print(f"ratio evaluate/healthz {ratio:.2f} (target >= {TARGET_RATIO}, no errors): {verdict} the target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
