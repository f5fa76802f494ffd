"""The home page and the site shell, as a learner first sees them, in a real browser."""

import pytest

from tests.accessibility import serious_violations

WAYS_IN = {
    "Start an assessment": "/assess/",
    "Training cases": "/cases/",
    "Knowledge base": "/knowledge/",
    "API documentation": "/api/docs/",
}


def test_home_links_every_way_in_and_says_it_is_for_education_only(client):
    page = client.get("/").content.decode()
    assert "Educational use only — not for the care of real patients." in page
    for label, href in WAYS_IN.items():
        assert f'<a href="{href}">{label}</a>' in page
    assert '<a href="/" aria-current="page">Home</a>' in page


@pytest.mark.django_db(transaction=True)
class TestInTheBrowser:
    def test_home_says_what_the_tool_is_and_that_it_is_for_education_only(self, live_server, page):
        page.goto(live_server.url + "/")
        assert "differential diagnosis of myoclonus" in page.locator("h1").inner_text()
        assert page.locator("main").get_by_text("Educational use only — not for the care of real patients").is_visible()
        ways_in = page.get_by_role("region", name="Ways in")
        for label, href in WAYS_IN.items():
            link = ways_in.get_by_role("link", name=label)
            assert link.is_visible()
            assert link.get_attribute("href") == href

    def test_keyboard_reaches_the_skip_link_then_the_navigation_with_visible_focus(self, live_server, page):
        page.goto(live_server.url + "/knowledge/")
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name="Skip to main content")
        assert skip.evaluate("el => el === document.activeElement")
        assert skip.is_visible() and _focus_ring_width(skip) >= 2
        box = skip.bounding_box()
        assert box["y"] >= 0 and box["x"] >= 0
        focused = []
        for _ in range(7):
            page.keyboard.press("Tab")
            focused.append(page.evaluate("document.activeElement.textContent.trim()"))
        assert focused[1:6] == ["Home", "Assessment", "Training cases", "Knowledge base", "API"]
        current = page.get_by_role("navigation", name="Main").get_by_role("link", name="Knowledge base")
        assert current.get_attribute("aria-current") == "page"
        current.focus()
        assert _focus_ring_width(current) >= 2

    def test_the_skip_link_moves_focus_to_the_main_content(self, live_server, page):
        page.goto(live_server.url + "/")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"

    def test_home_fits_a_phone_without_horizontal_scrolling(self, live_server, page):
        page.set_viewport_size({"width": 375, "height": 800})
        page.goto(live_server.url + "/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        assert page.get_by_role("link", name="Start an assessment").is_visible()

    def test_home_has_no_serious_accessibility_violations(self, live_server, page):
        page.goto(live_server.url + "/")
        assert serious_violations(page) == []


def _focus_ring_width(locator) -> float:
    """The width of the focus indicator drawn around a focused element, in CSS pixels."""
    return locator.evaluate("el => parseFloat(getComputedStyle(el).outlineWidth) || 0")
