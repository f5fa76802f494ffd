"""Security headers on pages and API responses, as a browser receives them."""

import pytest

STRICT_CSP = {
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "frame-ancestors 'none'",
    "form-action 'self'",
}
PAGE_AND_API = ["/", "/api/v1/questionnaire", "/healthz", "/no-such-page"]


def directives(response) -> set[str]:
    return {part.strip() for part in response["Content-Security-Policy"].split(";")}


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGE_AND_API)
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    assert STRICT_CSP <= directives(response)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_the_api_docs_may_style_inline_and_nothing_more(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    assert "style-src 'self' 'unsafe-inline'" in directives(response)
    assert {"script-src 'self'", "frame-ancestors 'none'"} <= directives(response)


@pytest.mark.django_db
def test_hsts_is_sent_over_https_when_configured(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/", headers={"X-Forwarded-Proto": "https"})
    assert response["Strict-Transport-Security"] == "max-age=31536000"
    assert "Strict-Transport-Security" not in client.get("/")


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https_except_the_health_check(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    redirected = client.get("/")
    assert redirected.status_code == 301
    assert redirected["Location"] == "https://testserver/"
    assert client.get("/", headers={"X-Forwarded-Proto": "https"}).status_code == 200
    assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
def test_a_client_cannot_claim_https_without_a_trusted_proxy(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/", headers={"X-Forwarded-Proto": "https"}).status_code == 301


@pytest.mark.django_db
def test_session_and_csrf_cookies_are_secure_and_the_session_cookie_httponly(client, admin_user):
    login_page = client.get("/admin/login/")
    csrf = login_page.cookies["csrftoken"]
    assert csrf["secure"]
    signed_in = client.post("/admin/login/?next=/admin/", {"username": "admin", "password": "password"})
    assert signed_in.status_code == 302
    session = signed_in.cookies["sessionid"]
    assert session["secure"] and session["httponly"]
    assert session["samesite"] == "Lax"
