"""Every response names its request, so a report can be matched to the log."""

import io
import logging

import pytest

from decisionaid.api import views
from decisionaid.middleware.request_id import RequestIdLogFilter


@pytest.mark.django_db
def test_a_request_id_is_generated_when_none_is_offered(client):
    first, second = client.get("/healthz"), client.get("/healthz")
    assert len(first["X-Request-ID"]) == 32
    assert first["X-Request-ID"] != second["X-Request-ID"]


@pytest.mark.django_db
def test_a_sane_request_id_from_the_proxy_is_kept(client):
    response = client.get("/api/v1/questionnaire", headers={"X-Request-ID": "lb-7f3a.42_x"})
    assert response["X-Request-ID"] == "lb-7f3a.42_x"


@pytest.mark.django_db
@pytest.mark.parametrize("offered", ["", "a" * 101, "has space", "new\\nline", "<script>", "-leading-dash"])
def test_a_hostile_request_id_is_replaced(client, offered):
    response = client.get("/healthz", headers={"X-Request-ID": offered})
    assert response["X-Request-ID"] != offered
    assert len(response["X-Request-ID"]) == 32


@pytest.fixture
def server_log():
    """What the configured console handler writes (format and filter as in production)."""
    handler = next(h for h in logging.getLogger().handlers if any(isinstance(f, RequestIdLogFilter) for f in h.filters))
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@pytest.mark.django_db
def test_an_engine_failure_is_a_500_logged_with_the_request_id_and_no_answers(client, monkeypatch, server_log):
    def broken(**kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(views.services, "evaluate", broken)
    response = client.post(
        "/api/v1/evaluate",
        {"answers": {"distribution": "focal", "hemifacial": "yes"}},
        content_type="application/json",
        headers={"X-Request-ID": "trace-me-1"},
    )
    assert response.status_code == 500
    assert response["X-Request-ID"] == "trace-me-1"
    log = server_log.getvalue()
    assert "[trace-me-1] Unhandled API error" in log
    assert "[trace-me-1] POST /api/v1/evaluate 500" in log
    assert "hemifacial" not in log


@pytest.mark.django_db
def test_the_access_log_names_method_path_status_and_id_but_not_the_query(client, server_log):
    client.get("/api/v1/questionnaire?patient=Jane+Doe", headers={"X-Request-ID": "q-1"})
    log = server_log.getvalue()
    assert "[q-1] GET /api/v1/questionnaire 200" in log
    assert "Jane" not in log


@pytest.mark.django_db
def test_a_newline_in_the_path_cannot_forge_a_log_line(client, server_log):
    client.get(
        "/knowledge/x%0A2026-01-01 00:00:00,000 INFO decisionaid.access [-] GET /admin/ 200%0D%1B[2J",
        headers={"X-Request-ID": "forge-1"},
    )
    lines = [line for line in server_log.getvalue().splitlines() if line]
    [line] = [line for line in lines if "forge-1" in line]
    assert len(lines) == 1
    assert (
        "/knowledge/x\\x0a2026-01-01 00:00:00,000 INFO decisionaid.access [-] GET /admin/ 200\\x0d\\x1b[2J 404" in line
    )


@pytest.mark.django_db
def test_an_assessment_id_in_a_path_is_logged_as_a_short_keyed_hash(client, server_log):
    from decisionaid.assessments import services
    from decisionaid.log_lines import id_hash

    assessment = services.assessment_start()
    for _ in range(2):
        client.get(f"/assess/{assessment.pk}/", headers={"X-Request-ID": "ids-1"})
    log = server_log.getvalue()
    assert str(assessment.pk) not in log
    assert log.count(f"GET /assess/{id_hash(str(assessment.pk))}/ 302") == 2
    assert len(id_hash(str(assessment.pk))) == len("id:") + 12
