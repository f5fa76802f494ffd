"""Server-Timing: the engine's CPU time on every response that ran it, on no other."""

import re

from rules.reference_answers import HICCUPS

ENGINE = re.compile(r"^engine;dur=(\d+\.\d{3})$")


def engine_ms(response) -> float:
    match = ENGINE.match(response["Server-Timing"])
    assert match, response["Server-Timing"]
    return float(match.group(1))


def test_an_evaluation_says_how_long_the_engine_took(anonymous):
    response = anonymous.post("/api/v1/evaluate", {"answers": HICCUPS}, format="json")
    assert response.status_code == 200
    assert engine_ms(response) > 0


def test_a_stored_assessment_and_a_cds_call_say_so_too(alice, anonymous):
    created = alice.post("/api/v1/assessments", {"answers": HICCUPS}, format="json")
    assert created.status_code == 201
    assert engine_ms(created) > 0
    hook = {
        "hook": "patient-view",
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "context": {"userId": "Practitioner/1", "patientId": "1", "answers": HICCUPS},
    }
    assert engine_ms(anonymous.post("/cds-services/myoclonus-ddx", hook, format="json")) > 0


def test_a_call_that_runs_no_engine_has_no_header(anonymous):
    for path in ("/healthz", "/api/v1/questionnaire", "/api/v1/sources"):
        assert "Server-Timing" not in anonymous.get(path), path
