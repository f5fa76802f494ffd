"""Fault test of the multi-host deployment: 32 clients for 60 s through nginx to two app
hosts (started by .ci/with-cluster), with host A killed (SIGKILL, master and workers) at
20 s and PostgreSQL crashed and restarted (immediate stop, then start) at 40 s.

The mix: stateless evaluations, stored assessments created with a token, and page views.
It must show zero accepted writes lost (rows in the database = 201s received), and that
every failed request is either a 503 with Retry-After (the database was down) or was in
flight at the kill (sent before host A's processes were gone, answered after the first
SIGKILL, with nginx's 502 or a dropped connection: nginx does not resend a POST that a host
may have started on).
Figures are printed as counts and as ratios of the run's own requests.

    API_ANON_RATE=1000000/minute API_USER_RATE=1000000/minute .ci/with-cluster .venv/bin/python bench/cluster.py
"""

from __future__ import annotations

import http.client
import json
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from serving import process_tree

ROOT = Path(__file__).resolve().parent.parent
CLIENTS, SECONDS, KILL_AT, RESTART_AT = 32, 60.0, 20.0, 40.0
IN_FLIGHT_GRACE = 35.0  # nginx's read timeout (30 s) and a margin: what was sent before the kill
HICCUPS = {"distribution": "diaphragmatic", "rhythm": "rhythmic", "frequency": "occasional"}
PAGES = ["/", "/knowledge/", "/cases/", "/assess/"]


def manage(*args: str) -> str:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()


def alive(pid: int) -> bool:
    """Whether the process still runs: a killed one is gone, or a zombie whose sockets are closed."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def main() -> None:
    proxy = urlsplit(os.environ["CLUSTER_URL"])
    manage(
        "shell",
        "-v",
        "0",
        "-c",
        "from django.contrib.auth import get_user_model; get_user_model().objects.get_or_create(username='bench-tool')",
    )
    token = manage("issue_token", "bench-tool")
    requests = [
        ("evaluate", "POST", "/api/v1/evaluate", json.dumps({"answers": HICCUPS}), {}),
        (
            "create",
            "POST",
            "/api/v1/assessments",
            json.dumps({"answers": HICCUPS}),
            {"Authorization": f"Token {token}"},
        ),
        *[("page", "GET", page, None, {}) for page in PAGES],
    ]
    weights = [requests[0]] * 3 + [requests[1]] * 2 + requests[2:]
    records, lock = [], threading.Lock()
    started = time.monotonic()
    deadline = started + SECONDS
    events = {}

    def client(offset: int) -> None:
        n = offset
        mine = []
        while time.monotonic() < deadline:
            kind, method, path, body, headers = weights[n % len(weights)]
            n += 1
            sent = time.monotonic() - started
            status, retry_after = 0, None
            connection = http.client.HTTPConnection(proxy.hostname, proxy.port, timeout=60)
            try:
                connection.request(
                    method,
                    path,
                    body=body,
                    headers={**headers, **({"Content-Type": "application/json"} if body else {})},
                )
                response = connection.getresponse()
                response.read()
                status, retry_after = response.status, response.getheader("Retry-After")
            except (OSError, http.client.HTTPException):
                pass
            finally:
                connection.close()
            mine.append((kind, status, retry_after, sent, time.monotonic() - started))
        with lock:
            records.extend(mine)

    def faults() -> None:
        time.sleep(KILL_AT)
        doomed = process_tree(int(os.environ["CLUSTER_HOST_A_PID"]))
        events["kill"] = time.monotonic() - started
        for pid in doomed:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        while any(alive(pid) for pid in doomed):
            time.sleep(0.01)
        events["dead"] = time.monotonic() - started
        time.sleep(RESTART_AT - KILL_AT)
        control = shlex.split(os.environ["CLUSTER_PG_CTL"])
        events["pg_down"] = time.monotonic() - started
        subprocess.run([*control, "-m", "immediate", "stop"], check=True, capture_output=True)
        subprocess.run([*control, "start"], check=True, capture_output=True)
        events["pg_up"] = time.monotonic() - started

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    saboteur = threading.Thread(target=faults)
    for thread in [*threads, saboteur]:
        thread.start()
    for thread in [*threads, saboteur]:
        thread.join()

    acknowledged = sum(1 for kind, status, *_ in records if kind == "create" and status == 201)
    rows = int(
        manage(
            "shell",
            "-v",
            "0",
            "-c",
            "from decisionaid.assessments.models import Assessment; print(Assessment.objects.count())",
        )
    )
    kill, dead = events["kill"], events["dead"]
    ok = {"evaluate": 200, "create": 201, "page": 200}
    failures = Counter()
    for kind, status, retry_after, sent, answered in records:
        if status == ok[kind]:
            continue
        if status == 503 and retry_after:
            failures["503 with Retry-After"] += 1
        elif status in (0, 502) and sent <= dead and kill <= answered and sent >= kill - IN_FLIGHT_GRACE:
            failures["in flight at the kill"] += 1
        else:
            failures[f"other: {kind} {status}"] += 1
    total = len(records)
    print(
        f"{CLIENTS} clients, {SECONDS:.0f} s through nginx to 2 hosts; host A killed at {kill:.1f} s "
        f"(gone {1000 * (dead - kill):.0f} ms later), "
        f"PostgreSQL down {events['pg_down']:.1f}-{events['pg_up']:.1f} s"
    )
    print(
        f"requests {total} ({total / SECONDS:.1f}/s): "
        + ", ".join(f"{kind} {count}" for kind, count in sorted(Counter(r[0] for r in records).items()))
    )
    for label, count in sorted(failures.items()):
        print(f"  {label:<32} {count:6d}  ({count / total:.4f} of all requests)")
    lost = acknowledged - rows if rows < acknowledged else 0
    print(
        f"creates acknowledged (201) {acknowledged}, rows stored {rows}, accepted writes lost {lost}, "
        f"stored without acknowledgement {max(0, rows - acknowledged)}"
    )
    unexplained = sum(count for label, count in failures.items() if label.startswith("other"))
    if lost or unexplained:
        raise SystemExit(f"FAILED: {lost} accepted writes lost, {unexplained} unexplained errors")


if __name__ == "__main__":
    main()
