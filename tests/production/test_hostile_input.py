"""Hostile input against the API and the HTML forms (hypothesis): oversized bodies,
wrong types, nested junk, markup and script in every field. Whatever arrives, the
answer is never a server error and never echoes the markup unescaped.

FORM_ENDPOINTS holds every page that takes input; `{assessment}` and `{attempt}` stand
for a wizard session and a case attempt that the test client itself started.
"""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from django.core.management import call_command
from rest_framework.authtoken.models import Token

import rules

LIMIT = 256 * 1024
# (method, path) of every HTML endpoint that takes input; query strings for GET, form fields for POST.
FORM_ENDPOINTS = [
    ("GET", "/"),
    ("POST", "/admin/login/"),
    ("POST", "/assess/"),
    ("POST", "/assess/{assessment}/step/pattern/"),
    ("POST", "/assess/{assessment}/step/timing/"),
    ("POST", "/assess/{assessment}/preview/history/"),
    ("POST", "/assess/{assessment}/review/"),
    ("GET", "/knowledge/"),
    ("GET", "/cases/"),
    ("POST", "/cases/attempts/{attempt}/stages/1/"),
    ("POST", "/cases/attempts/{attempt}/commit"),
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
keys = st.sampled_from([*rules.QUESTIONS, "answers", "hook", "hookInstance", "context", "prefetch"]) | hostile_text
junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | hostile_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=20,
)
answers = st.dictionaries(st.sampled_from(list(rules.QUESTIONS)) | hostile_text, junk, max_size=8)
cds_requests = st.fixed_dictionaries(
    {"hook": st.just("patient-view") | hostile_text, "hookInstance": hostile_text,
     "context": st.dictionaries(keys, junk, max_size=3)},
    optional={"prefetch": st.dictionaries(keys, junk, max_size=3)},
)
json_documents = st.one_of(st.builds(lambda a: {"answers": a}, answers), cds_requests, junk,
                           st.builds(lambda t: {"answers": {"distribution": t}}, oversized_text))
bodies = st.one_of(json_documents.map(json.dumps), st.binary(max_size=300).map(lambda b: b.decode("latin-1")))
content_types = st.sampled_from(["application/json", "application/json; charset=utf-8", "text/plain",
                                 "application/x-www-form-urlencoded", "application/fhir+json"])
form_fields = st.dictionaries(keys, hostile_text | st.lists(hostile_text, max_size=3) | oversized_text, max_size=6)

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
def started(client):
    """A wizard session and a case attempt begun by this client, as a learner would."""
    call_command("seed_demo", stdout=io.StringIO())
    assessment = client.post("/assess/", {"acknowledge": "on"})["Location"].split("/")[2]
    attempt = client.post(f"/cases/{CASE}/")["Location"].split("/")[3]
    return {"assessment": assessment, "attempt": attempt}


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "path"), FORM_ENDPOINTS)
@FUZZ
@given(fields=form_fields)
def test_html_forms_survive_hostile_fields(client, started, method, path, fields):
    send = client.get if method == "GET" else client.post
    assert_handled_safely(send(path.format(**started), fields))
