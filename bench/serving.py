"""Serve the project under gunicorn on loopback and drive it with concurrent clients.

Shared by the bench/ scripts so every load figure is measured the same way: a
throwaway SQLite database, production settings, gunicorn sync workers, and clients
that each open a connection per request (as gunicorn's sync workers close them).
"""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
CLIENTS = 16


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


def combined(name: str, phases: list[Phase]) -> Phase:
    """Several runs of one request as a single phase (their requests, errors and time summed)."""
    return Phase(name, [t for p in phases for t in p.latencies], sum(p.errors for p in phases),
                 sum(p.seconds for p in phases))


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


def load(port: int, request: Request, name: str, seconds: float, clients: int = CLIENTS) -> Phase:
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

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
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


@contextlib.contextmanager
def gunicorn(workers: int, **settings: str) -> Iterator[tuple[int, subprocess.Popen]]:
    """A migrated throwaway database and gunicorn serving it; yields (port, server process).

    Keyword arguments are extra environment settings (e.g. throttle rates).
    """
    with tempfile.TemporaryDirectory(prefix="bench-") as workdir:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{Path(workdir) / 'bench.sqlite3'}",
            "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-any-deployment",
            "DJANGO_DEBUG": "false",
            "DJANGO_ALLOWED_HOSTS": HOST,
            "DJANGO_LOG_LEVEL": "WARNING",
            **settings,
        }
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "decisionaid.wsgi:application", "--workers", str(workers),
             "--bind", f"{HOST}:{port}", "--log-level", "warning"],
            cwd=ROOT, env=env,
        )
        try:
            wait_until_up(port, server)
            yield port, server
        finally:
            server.terminate()
            server.wait(timeout=30)
