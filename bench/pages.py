"""Server CPU per request for every page and endpoint, as a ratio to /healthz in the same run,
under gunicorn (2 sync workers, as `make serve`) and under Django's development server (as
`make run`: debug on, a thread per request).

The figure is the CPU the server's processes used (user and system, from the kernel's own
accounting in /proc) while one client sent the same request back to back, divided by the
requests sent: it leaves out the client and whatever else the machine is doing. Each
endpoint is measured in turns with healthz, and the quietest of the turns is kept for each.
Beside evaluate it prints healthz plus one rules.assess(), the floor an evaluation cannot go
below, twice: with the assessment's CPU time as the server reported it for the same evaluate
requests (Server-Timing: the engine as it really runs inside a request, with the processor's
caches full of the request's other work), and with a tight loop of assess() in this process
(caches warm with the engine alone, about 1.6 times faster), measured in the same turns.
Also the median latency of evaluate and healthz under the development server. No timing is
asserted; throttles are set out of reach.

    .venv/bin/python bench/pages.py
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from serving import Request, cpu_seconds, environment, exchange, gunicorn, manage, process_tree, runserver

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import rules
from rules.reference_answers import REFERENCE_ANSWERS

TURNS = 3
MIN_CPU_SECONDS = 0.5  # per turn: fifty clock ticks, so a tick's rounding stays under 2 %
MAX_REQUESTS = 400
ENGINE_TIMING = re.compile(r"\bengine;dur=([0-9.]+)")
RATES = {f"{scope}_RATE": "100000000/minute" for scope in ("API_ANON", "API_USER", "WEB_ANON", "WEB_USER")}
CASE = next(answers for name, answers in REFERENCE_ANSWERS.items() if name != "nothing_known")
SETUP = """
from django.contrib.auth import get_user_model
from decisionaid.assessments import services
user = get_user_model().objects.create_user("bench-tool")
assessment = services.assessment_create(answers={answers}, owner=user)
services.assessment_share(assessment=assessment)
assessment.refresh_from_db()
print(assessment.share_id)
"""


def requests(share_id: str, token: str) -> dict[str, Request]:
    evaluate = json.dumps({"answers": CASE}).encode()
    hook = {"hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea"}
    cds = json.dumps({**hook, "context": {"userId": "Practitioner/teacher", "patientId": "case", "answers": CASE}})
    return {
        "healthz": Request("GET", "/healthz"),
        "evaluate": Request("POST", "/api/v1/evaluate", [evaluate]),
        "stored create": Request(
            "POST", "/api/v1/assessments", [evaluate], {"Authorization": f"Token {token}"}, expected=201
        ),
        "interview": Request("POST", "/api/v1/interview", [evaluate]),
        "CDS service": Request("POST", "/cds-services/myoclonus-ddx", [cds.encode()]),
        "questionnaire": Request("GET", "/api/v1/questionnaire"),
        "OpenAPI schema": Request("GET", "/api/schema/?format=json"),
        "wizard start": Request("GET", "/assess/"),
        "result page": Request("GET", f"/assess/shared/{share_id}/"),
        "knowledge": Request("GET", "/knowledge/"),
        "cases": Request("GET", "/cases/"),
        "progress": Request("GET", "/cases/progress/"),
    }


def engine_ms(headers) -> float:
    """The engine's CPU time the server reported for one request (Server-Timing), or 0."""
    match = ENGINE_TIMING.search(headers.get("Server-Timing", ""))
    return float(match.group(1)) if match else 0.0


def cpu_per_request(port: int, pids: list[int], request: Request) -> tuple[float, float]:
    """Server CPU per request (ms) over back-to-back requests, until enough CPU was used to
    measure; and the engine's share of it, as the server reported it."""
    used, sent, engine, start = 0.0, 0, 0.0, cpu_seconds(pids)
    while used < MIN_CPU_SECONDS and sent < MAX_REQUESTS:
        status, _, headers = exchange(port, request, request.bodies[0])
        if status != request.expected:
            raise SystemExit(f"{request.method} {request.path} answered {status}, not {request.expected}")
        sent += 1
        engine += engine_ms(headers)
        used = cpu_seconds(pids) - start
    return used / sent * 1000, engine / sent


def measure(port: int, server, endpoints: dict[str, Request]) -> dict[str, float]:
    """The quietest turn of each endpoint; also "assess() in the server" (the engine's CPU
    time inside the quietest evaluate turn) and "assess() here" (a tight loop in this
    process, measured in the same turns)."""
    pids = process_tree(server.pid)
    for request in endpoints.values():  # warm up: engines, templates, caches
        for _ in range(5):
            exchange(port, request, request.bodies[0])
    turns: dict[str, list[tuple[float, float]]] = {name: [] for name in [*endpoints, "assess() here"]}
    for _ in range(TURNS):
        for name, request in endpoints.items():
            turns[name].append(cpu_per_request(port, pids, request))
        turns["assess() here"].append((assess_ms(), 0.0))
    quietest = {name: min(figures) for name, figures in turns.items()}
    return {
        **{name: cpu for name, (cpu, _) in quietest.items()},
        "assess() in the server": quietest["evaluate"][1],
    }


def latency_ms(port: int, request: Request, count: int = 40) -> float:
    timings = []
    for _ in range(count):
        started = time.perf_counter()
        exchange(port, request, request.bodies[0])
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def assess_ms(count: int = 200) -> float:
    """CPU per rules.assess() in a tight loop here, the processor's caches warm with it."""
    rules.assess(CASE).as_dict()
    started = time.process_time()
    for _ in range(count):
        rules.assess(CASE).as_dict()
    return (time.process_time() - started) / count * 1000


def prepared(database: Path) -> tuple[str, str]:
    """Demo data, a user with a token, and one shared completed result; (share id, token)."""
    env = environment(database)
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "seed_demo")
    share_id = manage(env, "shell", "-v", "0", "-c", SETUP.format(answers=repr(CASE))).strip()
    token = manage(env, "issue_token", "bench-tool").strip()
    return share_id, token


def report(title: str, figures: dict[str, float]) -> None:
    healthz, evaluate = figures["healthz"], figures["evaluate"]
    print(title)
    for name, ms in figures.items():
        if not name.startswith("assess()"):
            print(
                f"  {name:<16} {ms:7.2f} ms CPU/request  {ms / healthz:6.2f}x healthz  {ms / evaluate:5.2f}x evaluate"
            )
    for where in ("in the server", "here"):
        floor = healthz + figures[f"assess() {where}"]
        print(
            f"  evaluate / (healthz + one assess() {where}, {figures[f'assess() {where}']:.2f} ms = {floor:.2f} ms):"
            f" {evaluate / floor:.2f}x"
        )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as workdir:
        database = Path(workdir) / "pages.sqlite3"
        share_id, token = prepared(database)
        endpoints = requests(share_id, token)
        with gunicorn(2, database, **RATES) as (port, server):
            report("gunicorn, 2 sync workers", measure(port, server, endpoints))
        with runserver(database, **RATES) as (port, server):
            report("development server (make run)", measure(port, server, endpoints))
            healthz, evaluate = latency_ms(port, endpoints["healthz"]), latency_ms(port, endpoints["evaluate"])
            print(
                f"  latency under the development server: healthz {healthz:.1f} ms, evaluate {evaluate:.1f} ms"
                f" ({evaluate / healthz:.1f}x)"
            )


if __name__ == "__main__":
    main()
