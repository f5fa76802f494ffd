"""The home page, as a learner first sees it, in a real browser."""

import pytest

from tests.accessibility import serious_violations

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_says_what_the_tool_is_and_that_it_is_for_education_only(live_server, page):
    page.goto(live_server.url + "/")
    assert "differential diagnosis of myoclonus" in page.locator("h1").inner_text()
    assert page.get_by_text("Educational use only — not for the care of real patients").is_visible()


def test_home_has_no_serious_accessibility_violations(live_server, page):
    page.goto(live_server.url + "/")
    assert serious_violations(page) == []
