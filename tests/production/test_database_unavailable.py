"""Database down: a 503 the caller can act on, JSON for the API, a page for people,
never a traceback."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.db import InterfaceError, OperationalError
from django.test import RequestFactory
from rest_framework.authtoken.models import Token

from decisionaid.pages.errors import server_error

from .conftest import database_unreachable

CASE = {"answers": {"distribution": "diaphragmatic", "rhythm": "rhythmic"}}
CDS_REQUEST = {
    "hook": "patient-view",
    "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
    "context": {"userId": "Practitioner/1", "patientId": "1", "answers": CASE["answers"]},
    "prefetch": {},
}


def assert_json_503(response):
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "detail": "The service is temporarily unavailable. Please try again in a minute.",
        "errors": {},
    }
    assert response["Retry-After"] == "30"
    assert response["X-Request-ID"]


@pytest.mark.django_db
def test_stateless_calls_keep_answering_while_the_database_is_down(client, database_down):
    """evaluate and the CDS service store nothing, and their throttle counts live apart
    from the application database (settings, CACHES): they answer as usual, on SQLite
    and on PostgreSQL alike."""
    responses = [
        client.post("/api/v1/evaluate", CASE, content_type="application/json"),
        client.post("/cds-services/myoclonus-ddx", json.dumps(CDS_REQUEST), content_type="application/json"),
    ]
    for response in responses:
        assert response.status_code == 200, response.content[:300]


@pytest.mark.django_db
def test_api_stored_assessments_are_a_json_503(client):
    user = get_user_model().objects.create_user("carol")
    token = Token.objects.create(user=user).key
    with database_unreachable():
        response = client.post(
            "/api/v1/assessments", CASE, content_type="application/json", headers={"Authorization": f"Token {token}"}
        )
    assert_json_503(response)


@pytest.mark.django_db
def test_a_page_needing_the_database_is_a_friendly_503_page(client, database_down):
    response = client.post("/admin/login/", {"username": "admin", "password": "secret"})
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert "Temporarily unavailable" in page
    assert "Educational use only" in page
    assert "Traceback" not in page and "OperationalError" not in page


@pytest.mark.django_db
def test_a_signed_in_page_whose_session_cannot_be_read_is_a_503_page(client, database_down):
    client.cookies["sessionid"] = "x" * 32
    response = client.get("/admin/")
    assert response.status_code == 503
    assert "Temporarily unavailable" in response.content.decode()


@pytest.mark.parametrize("failure", [OperationalError, InterfaceError])
def test_a_database_failure_outside_any_view_reaches_the_500_handler_as_a_503(failure):
    """E.g. the session store saving after the view: Django calls the 500 handler."""
    request = RequestFactory().get("/assess/")
    try:
        raise failure("server closed the connection unexpectedly")
    except failure:
        response = server_error(request)
    assert response.status_code == 503
    assert "Temporarily unavailable" in response.content.decode()


def test_any_other_failure_is_the_sites_500_page_with_a_reference():
    request = RequestFactory().get("/assess/")
    request.request_id = "ref-123"
    try:
        raise RuntimeError("engine exploded")
    except RuntimeError:
        response = server_error(request)
    page = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in page and "ref-123" in page
    assert "engine exploded" not in page


@pytest.mark.django_db
def test_pages_that_need_no_database_still_work(client, database_down):
    assert client.get("/").status_code == 200


@pytest.mark.django_db
def test_the_health_check_reports_the_database(client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
