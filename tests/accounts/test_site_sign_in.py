"""Learners and educators sign in on the site itself: attempts then follow them, and
a wrong password is limited exactly as the admin's sign-in is."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from decisionaid.cases.models import Attempt
from tests.accessibility import serious_violations
from tests.conftest import JME

PASSWORD = "a-long-learner-password"


@pytest.fixture
def learner(db):
    return get_user_model().objects.create_user("learner", password=PASSWORD)


def sign_in(client, password=PASSWORD, username="learner", **extra):
    return client.post("/accounts/sign-in/", {"username": username, "password": password, **extra})


def test_signing_in_through_the_site_brings_the_anonymous_attempt_along(client, learner, jme):
    started = client.post(f"/cases/{JME}/")
    assert started.status_code == 302
    response = sign_in(client)
    assert response.status_code == 302 and response["Location"] == "/cases/progress/"
    assert Attempt.objects.get().user == learner
    assert jme.title in client.get("/cases/progress/").content.decode()


def test_a_wrong_password_says_so_and_signs_nobody_in(client, learner):
    response = sign_in(client, password="wrong")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_repeated_failures_lock_the_sign_in_even_for_the_right_password(client, learner, settings):
    settings.ADMIN_LOGIN_MAX_FAILURES = 3
    assert [sign_in(client, password="wrong").status_code for _ in range(3)] == [200, 200, 200]
    locked = sign_in(client)
    assert locked.status_code == 429 and locked["Retry-After"]
    assert "_auth_user_id" not in client.session


def test_a_locked_account_stays_locked_under_another_spelling_of_its_name(client, learner, settings):
    """``ｌｅａｒｎｅｒ`` (fullwidth) and ``ℓearner`` sign in as learner (Django reads the name
    NFKC-normalised), so they must not bring fresh guesses."""
    settings.ADMIN_LOGIN_MAX_FAILURES = 3
    for spelling in ("ｌｅａｒｎｅｒ", "ℓearner", "Learner"):
        assert sign_in(client, password="wrong", username=spelling).status_code == 200
    for spelling in ("learner", "ｌｅａｒｎｅｒ", "ℓearner"):
        assert sign_in(client, username=spelling).status_code == 429
    assert "_auth_user_id" not in client.session


def test_signing_out_needs_a_post(client, learner):
    sign_in(client)
    assert client.get("/accounts/sign-out/").status_code == 405
    assert client.post("/accounts/sign-out/")["Location"] == "/"
    assert "_auth_user_id" not in client.session


def test_a_signed_in_page_names_the_account_and_offers_sign_out(client, learner):
    sign_in(client)
    page = client.get("/").content.decode()
    assert "Sign out" in page and "(learner)" in page and ">Sign in<" not in page


@pytest.mark.django_db(transaction=True)
def test_sign_in_and_out_from_the_navigation_in_a_browser(live_server, page):
    get_user_model().objects.create_user("learner", password=PASSWORD)
    page.goto(live_server.url + "/knowledge/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    assert serious_violations(page) == []
    page.get_by_label("Username").fill("learner")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("progress")
    page.get_by_role("button", name="Sign out (learner)").click()
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Sign in")).to_be_visible()
