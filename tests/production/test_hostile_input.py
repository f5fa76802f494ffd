"""Hostile input against the API and the HTML forms (hypothesis): oversized bodies,
wrong types, nested junk, markup and script in every field. Whatever arrives, the
answer is never a server error and never echoes the markup unescaped.

FORM_ENDPOINTS holds every page that takes input; `{assessment}` stands for a wizard
session that the test client itself started. The case walkthrough's forms are fuzzed
apart: each example starts a fresh attempt and brings it to the form under test (the
open stage, or the commitment before the last stage), so every example reaches the form
instead of a redirect.
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token

import rules
from decisionaid.cases import selectors as case_selectors
from decisionaid.cases import services as case_services
from decisionaid.cases import vocabulary
from decisionaid.cases.forms import CommitmentForm
from decisionaid.cases.models import Attempt

LIMIT = 256 * 1024
# (method, path) of every HTML endpoint that takes input; query strings for GET, form fields for POST.
FORM_ENDPOINTS = [
    ("GET", "/"),
    ("POST", "/admin/login/"),
    ("POST", "/accounts/sign-in/"),
    ("POST", "/assess/"),
    ("POST", "/assess/{assessment}/step/pattern/"),
    ("POST", "/assess/{assessment}/step/timing/"),
    ("POST", "/assess/{assessment}/preview/history/"),
    ("POST", "/assess/{assessment}/review/"),
    ("GET", "/knowledge/"),
    ("GET", "/cases/"),
]
CASE = "hiccups-after-a-meal"
JSON_ENDPOINTS = ["/api/v1/evaluate", "/api/v1/assessments", "/cds-services/myoclonus-ddx"]

# Each payload carries a marker that must never come back as live markup.
PAYLOADS = [
    "<script>alert('xss-probe')</script>",
    '"><script>alert("xss-probe")</script>',
    "<img src=x onerror=alert('xss-probe')>",
    "</textarea><svg onload=alert('xss-probe')>",
    "javascript:alert('xss-probe')",
    "{{ 7|add:7 }}{% now 'Y' %}",
    "'; DROP TABLE assessments_assessment; --",
    "\u202e\u0000\ufeff",
]
UNESCAPED = [b"<script>alert(", b"<img src=x onerror", b"<svg onload"]

hostile_text = st.one_of(
    st.sampled_from(PAYLOADS),
    st.builds("".join, st.lists(st.sampled_from(PAYLOADS) | st.text(max_size=8), min_size=1, max_size=4)),
    st.text(max_size=40),
)
oversized_text = st.integers(min_value=LIMIT + 1, max_value=LIMIT + 4096).map(lambda n: "<script>" * (n // 8))
COMMIT_FIELDS = [name for name, _ in CommitmentForm.RANKS] + ["origin", "offered", "avoided"]
keys = (
    st.sampled_from([*rules.QUESTIONS, *COMMIT_FIELDS, "answers", "hook", "hookInstance", "context", "prefetch"])
    | hostile_text
)
junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | hostile_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=20,
)
answers = st.dictionaries(st.sampled_from(list(rules.QUESTIONS)) | hostile_text, junk, max_size=8)
cds_requests = st.fixed_dictionaries(
    {
        "hook": st.just("patient-view") | hostile_text,
        "hookInstance": hostile_text,
        "context": st.dictionaries(keys, junk, max_size=3),
    },
    optional={"prefetch": st.dictionaries(keys, junk, max_size=3)},
)
json_documents = st.one_of(
    st.builds(lambda a: {"answers": a}, answers),
    cds_requests,
    junk,
    st.builds(lambda t: {"answers": {"distribution": t}}, oversized_text),
)
bodies = st.one_of(json_documents.map(json.dumps), st.binary(max_size=300).map(lambda b: b.decode("latin-1")))
content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/fhir+json",
    ]
)
# Real ids among the junk, so some examples get past the field checks to the service's own.
known_ids = st.sampled_from(
    sorted(
        {
            *(i for part in ("causes", "origins", "treatments") for i in vocabulary.ids(part)),
            *(c for q in rules.QUESTIONS.values() for c in q.choice_ids),
        }
    )
)
form_values = hostile_text | known_ids
form_fields = st.dictionaries(keys, form_values | st.lists(form_values, max_size=3) | oversized_text, max_size=6)

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_handled_safely(response):
    assert response.status_code < 500, response.content[:500]
    body = response.content.lower()
    for markup in UNESCAPED:
        assert markup not in body, f"unescaped {markup!r} in a {response.status_code} response"


@pytest.fixture
def no_throttling(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None}}


@pytest.fixture
def token(django_user_model):
    return Token.objects.create(user=django_user_model.objects.create_user("fuzzer")).key


@pytest.mark.django_db
@pytest.mark.parametrize("path", JSON_ENDPOINTS)
@FUZZ
@given(body=bodies, content_type=content_types)
def test_the_api_survives_hostile_bodies(client, no_throttling, token, path, body, content_type):
    response = client.post(path, body, content_type=content_type, headers={"Authorization": f"Token {token}"})
    assert_handled_safely(response)


@pytest.fixture
def seeded(db):
    call_command("seed_demo", stdout=io.StringIO())


@pytest.fixture
def started(client, seeded):
    """A wizard session begun by this client, as a learner would."""
    return {"assessment": client.post("/assess/", {"acknowledge": "on"})["Location"].split("/")[2]}


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "path"), FORM_ENDPOINTS)
@FUZZ
@given(fields=form_fields)
def test_html_forms_survive_hostile_fields(client, started, method, path, fields):
    send = client.get if method == "GET" else client.post
    assert_handled_safely(send(path.format(**started), fields))


def attempt_at(client, step: str) -> Attempt:
    """A fresh attempt of this client's session at the open first stage, or at the commitment."""
    client.post(f"/cases/{CASE}/")
    attempt = Attempt.objects.latest("started_at")
    if step == "commit":
        for stage in attempt.case.stages.order_by("order")[: case_selectors.last_stage_order(attempt.case) - 1]:
            case_services.attempt_record_stage(attempt=attempt, stage=stage, findings={})
    return attempt


@pytest.mark.django_db
@FUZZ
@given(fields=form_fields)
def test_the_commitment_form_answers_hostile_fields_itself(client, seeded, fields):
    attempt = attempt_at(client, "commit")
    response = client.post(f"/cases/attempts/{attempt.pk}/commit", fields)
    assert_handled_safely(response)
    attempt.refresh_from_db()
    if response.status_code == 302:
        assert attempt.is_committed, "a redirect without a commitment: the fuzz did not reach the form"
    else:
        assert response.status_code in (400, 413) and not attempt.is_committed


@pytest.mark.django_db
@FUZZ
@given(fields=form_fields)
def test_the_open_stage_answers_hostile_fields_itself(client, seeded, fields):
    attempt = attempt_at(client, "stage")
    response = client.post(f"/cases/attempts/{attempt.pk}/stages/1/", fields)
    assert_handled_safely(response)
    attempt.refresh_from_db()
    if response.status_code == 302:
        assert response["Location"].endswith("/stages/1/result") and attempt.current_stage == 2
    else:
        assert response.status_code in (400, 413) and attempt.current_stage == 1
