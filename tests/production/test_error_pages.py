"""The site's own error pages: in the site's layout, with the disclaimer, no internals."""

import pytest
from django.test import Client


@pytest.mark.django_db
def test_a_missing_page_is_the_sites_404(client):
    response = client.get("/no-such-page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in page and "Educational use only" in page
    assert 'href="/"' in page


@pytest.mark.django_db
def test_a_form_without_its_csrf_token_is_the_sites_403():
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "a", "password": "b"})
    page = response.content.decode()
    assert response.status_code == 403
    assert "reload the page you came from" in page
    assert "CSRF" not in page


@pytest.mark.django_db
def test_a_bad_host_is_the_sites_400(client):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "could not be understood" in response.content.decode()
