"""Bodies over the limit are refused with a 413 before anything reads them."""

import json

import pytest

LIMIT = 256 * 1024


def oversized_json() -> str:
    return json.dumps({"answers": {"distribution": "focal"}, "padding": "x" * LIMIT})


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/evaluate", "/api/v1/assessments", "/cds-services/myoclonus-ddx"])
def test_an_oversized_api_body_is_a_json_413(client, path):
    response = client.post(path, oversized_json(), content_type="application/json")
    assert response.status_code == 413
    assert response.json() == {"detail": f"Request body too large: the limit is {LIMIT} bytes.", "errors": {}}


@pytest.mark.django_db
def test_an_oversized_form_is_a_413_page(client):
    response = client.post("/admin/login/", {"username": "x" * LIMIT, "password": "y"})
    assert response.status_code == 413
    page = response.content.decode()
    assert "more data than we accept" in page and "256.0\xa0KB" in page


@pytest.mark.django_db
def test_a_body_within_the_limit_is_served(client):
    body = json.dumps({"answers": {"distribution": "diaphragmatic"}})
    assert client.post("/api/v1/evaluate", body, content_type="application/json").status_code == 200


@pytest.mark.django_db
def test_the_limit_is_the_setting(client, settings):
    settings.MAX_REQUEST_BYTES = 50
    body = json.dumps({"answers": {"distribution": "diaphragmatic", "rhythm": "rhythmic", "frequency": "occasional"}})
    assert client.post("/api/v1/evaluate", body, content_type="application/json").status_code == 413
