"""The pages meet the Content-Security-Policy in a real browser: nothing blocked,
Swagger UI still works, error pages are accessible."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from decisionaid.assessments import services
from tests.accessibility import serious_violations

pytestmark = pytest.mark.django_db(transaction=True)

# Every page of the site that needs no stored state; the wizard, result and case stage pages follow below.
PAGES = [
    "/",
    "/assess/",
    "/knowledge/",
    "/knowledge/rules/origin.cortical.action/",
    "/knowledge/sources/",
    "/cases/",
    "/accounts/sign-in/",
    "/api/docs/",
    "/admin/login/",
    "/no-such-page",
]


def csp_violations(page, url: str) -> list[str]:
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return [text for text in messages if "Content Security Policy" in text]


@pytest.mark.parametrize("path", PAGES)
def test_no_page_breaks_the_content_security_policy(live_server, page, path):
    assert csp_violations(page, live_server.url + path) == []


def test_wizard_result_and_case_pages_meet_the_policy(live_server, page):
    """The pages with scripts of their own: the live differential and the case commitment form."""
    call_command("seed_demo", stdout=io.StringIO())
    started = services.assessment_start()
    done = services.assessment_create(answers={"distribution": "diaphragmatic"}, channel="web")
    page.goto(live_server.url + "/cases/hiccups-after-a-meal/")
    page.get_by_role("button", name="Start").first.click()
    stage_url = page.url
    paths = [f"/assess/{started.pk}/step/pattern/", f"/assess/{done.pk}/"]
    violations = {path: csp_violations(page, live_server.url + path) for path in paths}
    violations[stage_url] = csp_violations(page, stage_url)
    assert violations == {path: [] for path in violations}


def test_swagger_ui_renders_the_api_under_its_policy(live_server, page):
    page.goto(live_server.url + "/api/docs/")
    expect(page.locator(".opblock-summary-path", has_text="/api/v1/evaluate").first).to_be_visible()


def test_the_error_page_fits_the_site_and_is_accessible(live_server, page):
    page.goto(live_server.url + "/no-such-page")
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.get_by_text("Educational use only").first.is_visible()
    assert serious_violations(page) == []


def test_an_administrator_can_sign_in_with_secure_cookies_over_local_http(live_server, page, admin_user):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Stored assessments and users")).to_be_visible()
