"""make serve, the production entry point, as an operator starts it."""

import contextlib
import os
import socket
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import requests

from .conftest import PRODUCTION_ENV, ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def make_serve(tmp_path, workers: int = 1, **settings: str):
    """``make serve`` on a free port with the production settings; yields the base URL once it answers."""
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        PRODUCTION_ENV,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        **settings,
    )
    server = subprocess.Popen(
        ["make", "-s", "serve", "HOST=127.0.0.1", f"PORT={port}", f"GUNICORN_WORKERS={workers}"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                requests.get(f"{base}/healthz", timeout=5)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "make serve did not come up"
                try:  # wait on the server itself: an exit ends the wait at once
                    server.wait(timeout=0.2)
                    raise AssertionError(f"make serve exited with {server.returncode}")
                except subprocess.TimeoutExpired:
                    pass
        yield base
    finally:
        if server.poll() is None:
            os.killpg(server.pid, 15)
            server.wait(timeout=30)


def test_gunicorn_does_not_take_x_forwarded_proto_unless_django_is_told_to(tmp_path):
    """With DJANGO_TRUST_X_FORWARDED_PROTO off, a client on the same machine claiming HTTPS
    is still redirected to HTTPS: gunicorn must not turn the header into the request's scheme."""
    with make_serve(tmp_path) as base:
        response = requests.get(f"{base}/", headers={"X-Forwarded-Proto": "https"}, allow_redirects=False, timeout=5)
    assert response.status_code == 301
    assert response.headers["Location"].startswith("https://")


def test_two_workers_let_a_caller_through_exactly_the_rate_between_them(tmp_path):
    """32 calls at once from one address against 10 a minute, on two sync workers that
    each take some: 10 answered and 22 refused, so neither worker lost the other's counts."""
    with make_serve(tmp_path, workers=2, API_ANON_RATE="10/minute", DJANGO_SECURE_SSL_REDIRECT="false") as base:
        with ThreadPoolExecutor(max_workers=16) as pool:
            statuses = list(
                pool.map(lambda _: requests.get(f"{base}/api/v1/sources", timeout=30).status_code, range(32))
            )
    assert sorted(statuses) == [200] * 10 + [429] * 22
