"""The knowledge base browser in a real browser: search by keyboard, phone width, accessibility."""

import pytest
from playwright.sync_api import expect

from decisionaid.knowledge.index import knowledge_index
from tests.accessibility import serious_violations

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_learner_searches_the_rules_by_a_finding_with_the_form(live_server, page, screenshot):
    page.goto(live_server.url + "/knowledge/")
    page.get_by_label("Search rules by finding or conclusion").fill("asterixis")
    page.get_by_label("Search rules by finding or conclusion").press("Enter")
    page.wait_for_url("**/knowledge/?q=asterixis*")
    matching = len(knowledge_index().search(text="asterixis"))
    expect(page.get_by_role("status")).to_contain_text(f"{matching} of ")
    assert page.get_by_role("link", name="cause.metabolic.asterixis").is_visible()
    assert page.get_by_role("link", name="cause.physiological.hiccups").count() == 0
    screenshot("knowledge-search")
    page.get_by_role("link", name="cause.metabolic.asterixis").click()
    assert page.locator("h1").inner_text() == "Rule cause.metabolic.asterixis"


def test_a_learner_filters_by_a_result_and_follows_it_to_its_page(live_server, page):
    page.goto(live_server.url + "/knowledge/")
    page.get_by_label("Leads to").select_option("cause:toxic")
    page.get_by_role("button", name="Search").click()
    assert "leading to the cause Toxic" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="Toxic (drugs and toxins)").first.click()
    assert page.locator("h1").inner_text() == "Toxic (drugs and toxins)"
    assert page.get_by_role("link", name="cause.toxic.drug_exposure").is_visible()


def test_the_knowledge_pages_fit_a_phone_without_horizontal_scrolling(live_server, page, screenshot):
    page.set_viewport_size({"width": 375, "height": 800})
    for path in (
        "/knowledge/",
        "/knowledge/rules/pattern.pathological_clue.head_or_spinal_injury/",
        "/knowledge/causes/hereditary/",
        "/knowledge/sources/",
    ):
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
    page.goto(live_server.url + "/knowledge/?q=hiccups")
    screenshot("knowledge-phone")


@pytest.mark.parametrize(
    "path",
    [
        "/knowledge/",
        "/knowledge/rules/safety.avoid.phenytoin_jme/",
        "/knowledge/causes/metabolic/",
        "/knowledge/sources/",
    ],
)
def test_knowledge_pages_have_no_serious_accessibility_violations(live_server, page, path):
    page.goto(live_server.url + path)
    assert serious_violations(page) == []


def test_screenshot_of_the_knowledge_base(live_server, page, screenshot):
    """The safety rules, a page short enough to look at: drugs to avoid and red flags."""
    page.goto(live_server.url + "/knowledge/?concern=safety")
    assert page.get_by_role("heading", name="Knowledge base", level=1).is_visible()
    assert page.locator(".avoid").first.is_visible()
    screenshot("knowledge-base")
