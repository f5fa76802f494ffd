"""Under an ASGI server (uvicorn), evaluations borrow the process's engines too: never
more built than requests were ever in flight at once (and at most the pool's size), so none
per request, and none run by two requests at once.

Django's ASGI handler gives each request a thread of its own for sync views, so how many
engines a burst needs depends on how the requests overlap: the test counts the overlap
rather than assume it."""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from rules.engine import POOL_SIZE
from rules.reference_answers import REFERENCE_ANSWERS
from tests.production.conftest import ROOT
from tests.production.test_serve import free_port

from .test_engine_pool import evaluate

CONCURRENT = 16
REQUESTS = 80
# Runs in the server's own process: every engine of the pool is watched, and what was seen
# is printed as the server shuts down.
SERVER = """
import contextlib, json, sys, threading, time
import django
django.setup()
import uvicorn
import rules.engine

builds, overlaps, lending = [], [], threading.Lock()
in_flight = peak = 0

class WatchedEngine(rules.engine.MyoclonusEngine):
    def __init__(self):
        super().__init__()
        builds.append(time.time())
        self._running = threading.Lock()

    def evaluate(self, answers):
        if not self._running.acquire(blocking=False):
            overlaps.append(time.time())
            self._running.acquire()
        try:
            return super().evaluate(answers)
        finally:
            self._running.release()

class WatchedPool(rules.engine.EnginePool):
    @contextlib.contextmanager
    def lend(self):
        global in_flight, peak
        with lending:
            in_flight += 1
            peak = max(peak, in_flight)
        try:
            with super().lend() as engine:
                yield engine
        finally:
            with lending:
                in_flight -= 1

rules.engine.ENGINES = WatchedPool(WatchedEngine, rules.engine.POOL_SIZE)
from decisionaid.asgi import application
try:
    uvicorn.Server(uvicorn.Config(application, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")).run()
except KeyboardInterrupt:  # uvicorn re-raises the SIGINT it shut down on
    pass
print(json.dumps({"builds": len(builds), "overlaps": len(overlaps), "peak": peak}))
"""


def wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=5)
            return
        except OSError:
            assert server.poll() is None, server.communicate()[1]
            assert time.monotonic() < deadline, "uvicorn did not come up"
            try:
                server.wait(timeout=0.2)  # wait on the server: an exit ends the wait at once
            except subprocess.TimeoutExpired:
                pass


def test_uvicorn_builds_no_more_engines_than_requests_in_flight_and_lends_each_to_one(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decisionaid.test_settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'asgi.sqlite3'}",
        "API_ANON_RATE": "100000/minute",
    }
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(port)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    cases = list(REFERENCE_ANSWERS.values())
    try:
        wait_until_up(base, server)
        with ThreadPoolExecutor(max_workers=CONCURRENT) as clients:
            served = list(clients.map(lambda n: evaluate(base, cases[n % len(cases)]), range(REQUESTS)))
    finally:
        server.send_signal(signal.SIGINT)
        stdout, stderr = server.communicate(timeout=60)
    assert all(result["causes"] for result in served)  # real assessments came back
    seen = json.loads(stdout.strip().splitlines()[-1])
    assert seen["overlaps"] == 0
    # One engine built as the process started (decisionaid.serving), then only when every
    # engine was lent: never more than the requests that ever overlapped, nor than the pool holds.
    assert 1 <= seen["builds"] <= max(1, min(seen["peak"], POOL_SIZE)), seen
