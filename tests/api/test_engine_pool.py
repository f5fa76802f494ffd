"""Under a server that runs each request on a thread of its own (runserver, which `make run`
uses, and Django's live server are both threaded WSGI servers), evaluations reuse the
engines already built instead of building one per request."""

import json
import urllib.request

import pytest

import rules.engine
from rules.reference_answers import REFERENCE_ANSWERS


@pytest.fixture
def built_engines(monkeypatch):
    built = []

    def build():
        built.append(rules.engine.MyoclonusEngine())
        return built[-1]

    monkeypatch.setattr(rules.engine, "ENGINES", rules.engine.EnginePool(build, size=rules.engine.POOL_SIZE))
    return built


def evaluate(base_url: str, answers: dict) -> dict:
    request = urllib.request.Request(
        f"{base_url}/api/v1/evaluate",
        data=json.dumps({"answers": answers}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200
        return json.load(response)


def test_requests_on_new_threads_reuse_the_engine_built_for_the_first(live_server, built_engines):
    cases = list(REFERENCE_ANSWERS.values())
    for n in range(12):
        result = evaluate(live_server.url, cases[n % len(cases)])
        assert result["causes"]  # a real assessment came back
    assert len(built_engines) == 1
