"""Every API error is JSON with one body shape, whatever fails and wherever."""

import pytest

from decisionaid.api import views
from rules.reference_answers import HICCUPS


@pytest.mark.parametrize("path", ["/api/v2/evaluate", "/api/v1/nothing-here", "/api/v1/evaluate/", "/api/"])
@pytest.mark.parametrize("method", ["get", "post", "delete"])
def test_an_unknown_api_path_is_a_json_404(anonymous, path, method):
    response = getattr(anonymous, method)(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": f"No API endpoint at {path}.", "errors": {}}


def test_an_unexpected_failure_is_a_json_500_without_a_trace(anonymous, monkeypatch, caplog):
    def broken(**kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(views.services, "evaluate", broken)
    response = anonymous.post("/api/v1/evaluate", {"answers": HICCUPS}, format="json")
    assert response.status_code == 500
    assert response.json() == {"detail": "Internal server error.", "errors": {}}
    assert "secret internals" not in response.content.decode()
    assert "Unhandled API error" in caplog.text


def test_a_non_api_path_keeps_the_sites_own_404(anonymous):
    response = anonymous.get("/no-such-page/")
    assert response.status_code == 404
    assert not response["Content-Type"].startswith("application/json")


def test_an_accept_header_the_api_cannot_serve_is_a_json_406(anonymous):
    response = anonymous.get("/api/v1/sources", HTTP_ACCEPT="text/html")
    assert response.status_code == 406
    assert response.json() == {"detail": "Could not satisfy the request Accept header.", "errors": {}}
