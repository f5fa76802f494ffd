"""The admin is behind a sign-in that locks out a guesser (the site's limiter)."""

import pytest
from django.core.cache import cache

MAX_FAILURES = 5


@pytest.fixture(autouse=True)
def fresh_counts(db):
    cache.clear()
    yield
    cache.clear()


def sign_in(client, username="admin", password="wrong", address="203.0.113.7"):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password}, REMOTE_ADDR=address)


def test_the_admin_needs_a_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_after_repeated_failures_even_the_right_password_is_refused(client, admin_user):
    for _ in range(MAX_FAILURES):
        assert sign_in(client).status_code == 200
    locked = sign_in(client, password="password")
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    assert int(locked["Retry-After"]) > 0
    assert not client.get("/admin/").status_code == 200


def test_the_lockout_is_per_address_and_username(client, admin_user):
    for _ in range(MAX_FAILURES):
        sign_in(client)
    assert sign_in(client, password="password", address="198.51.100.9").status_code == 302
    assert sign_in(client, username="someone-else").status_code == 200


def test_a_success_clears_the_count(client, admin_user):
    for _ in range(MAX_FAILURES - 1):
        sign_in(client)
    assert sign_in(client, password="password").status_code == 302
    client.logout()
    for _ in range(MAX_FAILURES - 1):
        assert sign_in(client).status_code == 200


def test_a_non_staff_account_counts_as_a_failure(client, django_user_model):
    django_user_model.objects.create_user("student", password="correct-horse")
    for _ in range(MAX_FAILURES):
        assert sign_in(client, username="student", password="correct-horse").status_code == 200
    assert sign_in(client, username="student", password="correct-horse").status_code == 429


def test_a_locked_account_stays_locked_under_another_spelling_of_its_name(client, admin_user):
    """Django signs ``ａｄｍｉｎ`` (fullwidth) in as admin: it must share admin's counter."""
    for _ in range(MAX_FAILURES):
        sign_in(client)
    assert sign_in(client, username="ａｄｍｉｎ", password="password").status_code == 429
    assert sign_in(client, username=" ADMIN ", password="password").status_code == 429
    assert "_auth_user_id" not in client.session
