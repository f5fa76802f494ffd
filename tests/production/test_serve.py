"""make serve, the production entry point, as an operator starts it."""

import os
import socket
import subprocess
import time

import requests

from .conftest import PRODUCTION_ENV, ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gunicorn_does_not_take_x_forwarded_proto_unless_django_is_told_to(tmp_path):
    """With DJANGO_TRUST_X_FORWARDED_PROTO off, a client on the same machine claiming HTTPS
    is still redirected to HTTPS: gunicorn must not turn the header into the request's scheme."""
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        PRODUCTION_ENV,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        DJANGO_THROTTLE_CACHE_DIR=str(tmp_path / "throttle"),
    )
    server = subprocess.Popen(
        ["make", "-s", "serve", "HOST=127.0.0.1", f"PORT={port}", "GUNICORN_WORKERS=1"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                response = requests.get(
                    f"http://127.0.0.1:{port}/",
                    headers={"X-Forwarded-Proto": "https"},
                    allow_redirects=False,
                    timeout=5,
                )
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "make serve did not come up"
                try:  # wait on the server itself: an exit ends the wait at once
                    server.wait(timeout=0.2)
                    raise AssertionError(f"make serve exited with {server.returncode}")
                except subprocess.TimeoutExpired:
                    pass
        assert response.status_code == 301
        assert response.headers["Location"].startswith("https://")
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
