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
from collections import Counter
from collections.abc import Callable, Iterator
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
    headers: dict[str, str] = field(default_factory=dict)
    expected: int = 200


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    # Responses by (method path, status); a failed connection counts under status 0.
    outcomes: Counter = field(default_factory=Counter)

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, q: int) -> float:
        return statistics.quantiles(self.latencies, n=100)[q - 1] * 1000

    def line(self) -> str:
        return (
            f"{self.name:<22} {self.throughput:8.1f} req/s   p50 {self.percentile(50):6.1f} ms   "
            f"p99 {self.percentile(99):6.1f} ms   errors {self.errors}"
        )


def combined(name: str, phases: list[Phase]) -> Phase:
    """Several runs of one request as a single phase (their requests, errors and time summed)."""
    return Phase(
        name, [t for p in phases for t in p.latencies], sum(p.errors for p in phases), sum(p.seconds for p in phases)
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def exchange(port: int, request: Request, body: bytes) -> tuple[int, bytes, http.client.HTTPMessage]:
    """One request on its own connection (gunicorn's sync workers close after each):
    the status, the response body and its headers."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        headers = {**({"Content-Type": "application/json"} if body else {}), **request.headers}
        connection.request(request.method, request.path, body=body or None, headers=headers)
        response = connection.getresponse()
        return response.status, response.read(), response.headers
    finally:
        connection.close()


def send(port: int, request: Request, body: bytes) -> int:
    return exchange(port, request, body)[0]


def load(
    port: int,
    requests: Request | list[Request],
    name: str,
    seconds: float,
    clients: int = CLIENTS,
    on_response: Callable[[Request, int, bytes], None] | None = None,
) -> Phase:
    """CLIENTS threads sending back to back until the time is up; with several requests,
    each client cycles through them (starting at a different one). A response other
    than the request's expected status, or a failed connection, is an error;
    ``on_response`` sees every answered request."""
    mix = requests if isinstance(requests, list) else [requests]
    phase = Phase(name)
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(offset: int) -> None:
        latencies, outcomes, errors, n = [], Counter(), 0, offset
        while time.perf_counter() < deadline:
            request = mix[n % len(mix)]
            body = request.bodies[(n // len(mix)) % len(request.bodies)]
            n += 1
            started = time.perf_counter()
            try:
                status, content, _ = exchange(port, request, body)
            except (OSError, http.client.HTTPException):
                status, content = 0, b""
            latencies.append(time.perf_counter() - started)
            outcomes[(f"{request.method} {request.path}", status)] += 1
            errors += status != request.expected
            if status and on_response:
                on_response(request, status, content)
        with lock:
            phase.latencies += latencies
            phase.outcomes += outcomes
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
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            if send(port, Request("GET", "/healthz"), b"") == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer /healthz within 60 s")


def environment(database: Path, **settings: str) -> dict[str, str]:
    """Production settings on a throwaway SQLite database; keyword arguments are extra
    environment settings (e.g. throttle rates)."""
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-any-deployment",
        "DJANGO_DEBUG": "false",
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_LOG_LEVEL": "WARNING",
        # Plain HTTP on loopback: no redirect to HTTPS.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        **settings,
    }


def manage(env: dict[str, str], *args: str) -> str:
    """``manage.py ARGS`` with the server's environment; its standard output."""
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


@contextlib.contextmanager
def gunicorn(workers: int, database: Path | None = None, **settings: str) -> Iterator[tuple[int, subprocess.Popen]]:
    """A migrated throwaway database and gunicorn serving it; yields (port, server process).

    ``database`` is the SQLite file to use (default: one in a temporary directory), so a
    caller can prepare it and read it back with ``manage(environment(database, ...))``;
    keyword arguments are extra environment settings.
    """
    command = ["-m", "gunicorn", "decisionaid.wsgi:application", "--workers", str(workers), "--log-level", "warning"]
    with serving(lambda port: [*command, "--bind", f"{HOST}:{port}"], database, **settings) as served:
        yield served


@contextlib.contextmanager
def runserver(database: Path | None = None, **settings: str) -> Iterator[tuple[int, subprocess.Popen]]:
    """As ``gunicorn``, with Django's development server as ``make run`` starts it (debug on,
    a new thread for every request)."""
    with serving(
        lambda port: ["manage.py", "runserver", "--noreload", f"{HOST}:{port}"],
        database,
        quiet=True,  # it logs every request to the terminal
        DJANGO_DEBUG="true",
        **settings,
    ) as served:
        yield served


@contextlib.contextmanager
def serving(
    command: Callable[[int], list[str]], database: Path | None = None, quiet: bool = False, **settings: str
) -> Iterator[tuple[int, subprocess.Popen]]:
    """A migrated throwaway database and ``python COMMAND(port)`` serving it on a free port."""
    with tempfile.TemporaryDirectory(prefix="bench-") as workdir:
        env = environment(
            database or Path(workdir) / "bench.sqlite3", DJANGO_STATIC_ROOT=str(Path(workdir) / "static"), **settings
        )
        # As `make serve` does: hashed static files for whitenoise, then the schema.
        manage(env, "collectstatic", "--noinput", "-v", "0")
        manage(env, "migrate", "--noinput", "-v", "0")
        port = free_port()
        output = subprocess.DEVNULL if quiet else None
        server = subprocess.Popen([sys.executable, *command(port)], cwd=ROOT, env=env, stdout=output, stderr=output)
        try:
            wait_until_up(port, server)
            yield port, server
        finally:
            server.terminate()
            server.wait(timeout=30)


def process_tree(master: int) -> list[int]:
    """A server's master process and its children (gunicorn's workers), by parent pid from /proc."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master:
            children.append(int(stat.parent.name))
    return [master, *children]


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU the processes have used so far, from the kernel's own accounting."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / CLOCK_TICKS
