"""Under an ASGI server (uvicorn), evaluations borrow the process's engines too: built
during the first requests, never after, and never run by two requests at once."""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from rules.reference_answers import REFERENCE_ANSWERS
from tests.production.conftest import ROOT
from tests.production.test_serve import free_port

CONCURRENT = 16
# Runs in the server's own process: every engine of the pool is watched, and what was seen
# is printed as the server shuts down.
SERVER = """
import json, sys, threading, time
import django
django.setup()
import uvicorn
import rules.engine

builds, overlaps = [], []

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

rules.engine.ENGINES = rules.engine.EnginePool(WatchedEngine, rules.engine.POOL_SIZE)
from decisionaid.asgi import application
try:
    uvicorn.Server(uvicorn.Config(application, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")).run()
except KeyboardInterrupt:  # uvicorn re-raises the SIGINT it shut down on
    pass
print(json.dumps({"builds": builds, "overlaps": len(overlaps)}))
"""


def evaluate(base: str, answers: dict) -> dict:
    request = urllib.request.Request(
        f"{base}/api/v1/evaluate",
        data=json.dumps({"answers": answers}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 200
        return json.load(response)


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


def test_uvicorn_lends_built_engines_and_builds_none_after_warm_up(tmp_path):
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
            warm_up = list(clients.map(lambda n: evaluate(base, cases[n % len(cases)]), range(CONCURRENT)))
            warmed = time.time()
            served = list(clients.map(lambda n: evaluate(base, cases[n % len(cases)]), range(4 * CONCURRENT)))
    finally:
        server.send_signal(signal.SIGINT)
        stdout, stderr = server.communicate(timeout=60)
    assert all(result["causes"] for result in warm_up + served)  # real assessments came back
    seen = json.loads(stdout.strip().splitlines()[-1])
    assert seen["overlaps"] == 0
    assert 1 <= len(seen["builds"]) <= CONCURRENT
    assert all(built < warmed for built in seen["builds"]), "an engine was built after warm-up"
