"""The result page in a real browser: what it shows, how it prints, how accessible it is."""

import re

import pytest
from playwright.sync_api import expect

import rules
from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment
from rules.reference_answers import RAPID_DEMENTIA
from tests.accessibility import serious_violations

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def result_url(live_server):
    assessment = services.assessment_create(answers=RAPID_DEMENTIA, channel=Assessment.Channel.WEB)
    return f"{live_server.url}/assess/{assessment.pk}/"


def test_red_flags_origin_diagram_and_trace_are_on_the_page(page, result_url):
    expected = rules.assess(RAPID_DEMENTIA).as_dict()
    page.goto(result_url)
    expect(page.get_by_role("alert")).to_contain_text(expected["red_flags"][0]["label"])
    top_origin = expected["origins"][0]
    diagram = page.get_by_role("img", name="Sites of origin on the nervous system")
    expect(diagram.locator("g.rank-1 > title")).to_contain_text(f"rank 1: {top_origin['label']}")
    page.get_by_text("Show the reasoning trace").click()
    first_rule = expected["trace"][0]["rule"]
    expect(page.get_by_role("link", name=first_rule, exact=True).first).to_have_attribute(
        "href", f"/knowledge/rules/{first_rule}/"
    )


def test_print_gives_a_short_handout_without_navigation_and_with_the_disclaimer(page, result_url):
    page.goto(result_url)
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Main")).to_be_hidden()
    expect(page.locator(".result-actions")).to_be_hidden()
    expect(page.locator(".result-disclaimer")).to_be_visible()
    expect(page.get_by_role("alert")).to_be_visible()
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    assert pdf.startswith(b"%PDF") and 1 <= pages <= 2


def test_result_page_has_no_serious_accessibility_violations(page, result_url):
    page.goto(result_url)
    page.get_by_text("Show the reasoning trace").click()
    assert serious_violations(page) == []


# Adult opsoclonus-myoclonus: an urgent red flag whose tests lead the workup, and a named condition.
ADULT_OPSOCLONUS = {
    "opsoclonus": "yes",
    "ataxia": "yes",
    "age_group": "adult",
    "onset": "subacute",
    "distribution": "multifocal",
    "triggers": ["action"],
}


def test_a_red_flag_shows_how_soon_and_its_tests_lead_the_workup(page, live_server):
    assessment = services.assessment_create(answers=ADULT_OPSOCLONUS, channel=Assessment.Channel.WEB)
    expected = rules.assess(ADULT_OPSOCLONUS).as_dict()
    page.goto(f"{live_server.url}/assess/{assessment.pk}/")
    flag = page.get_by_role("alert")
    expect(flag).to_contain_text("Urgent: within hours")
    flag.get_by_text("Why, first tests and sources").click()
    expect(flag.get_by_role("link", name="Search for a tumour")).to_have_attribute("href", "#workup-tumour_screen")
    first_step = page.locator("ol.workup > li").first
    expect(first_step).to_have_id(f"workup-{expected['workup'][0]['id']}")
    expect(first_step.locator(".urgency")).to_have_text("Urgent: within hours")
    expect(page.locator(".top-condition")).to_contain_text("Opsoclonus-myoclonus syndrome")
    conditions = page.get_by_role("region", name="Named conditions, ranked")
    expect(conditions.locator("li.ranked-item").first).to_have_id("condition-opsoclonus_myoclonus")


def test_a_workup_step_leads_to_what_each_of_its_results_would_tell(page, live_server):
    """From the result's workup, the forecast page: one table per test, each row a possible result
    and the origin it would put first; accessible like the result."""
    assessment = services.assessment_create(
        answers={"distribution": "axial", "onset": "acute", "age_group": "adult"}, channel=Assessment.Channel.WEB
    )
    page.goto(f"{live_server.url}/assess/{assessment.pk}/")
    page.locator("#workup-emg_polymyography").get_by_role("link", name="What each result would tell").click()
    expect(page.get_by_role("heading", name="What each test would tell", level=1)).to_be_visible()
    table = page.get_by_role("table", name=re.compile("^Surface EMG"))
    expect(table.get_by_role("row", name=re.compile("^Under 50 ms"))).to_contain_text("Cortical")
    expect(table.get_by_role("row", name=re.compile("^Starts in the lower brainstem"))).to_contain_text("Subcortical")
    assert serious_violations(page) == []


def every_question_answered() -> dict:
    """An answer set that answers every question (its first choice; the first finding of a
    multiple-choice question): the longest result the page has to show."""
    return {
        q.id: [next(c for c in q.choice_ids if c != "none")] if q.kind == "many" else q.choice_ids[0]
        for q in rules.QUESTIONS.values()
    }


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (375, 812)])
def test_the_summary_reads_without_scrolling_on_a_desktop_and_on_a_phone(page, result_url, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(result_url)
    expected = rules.assess(RAPID_DEMENTIA).as_dict()
    summary = page.get_by_role("region", name="In short")
    for part in (
        ".summary-flag-list li",
        ".top-cause",
        ".top-origin",
        ".top-condition",
        ".avoid-summary",
        ".next-test",
    ):
        box = summary.locator(part).first.bounding_box()
        assert box and 0 <= box["y"] and box["y"] + box["height"] <= height, f"{part} is below the fold at {width} px"
    expect(summary.locator(".summary-flag-list")).to_contain_text(expected["red_flags"][0]["label"])
    expect(summary.locator(".next-test")).to_contain_text(expected["workup"][0]["label"])


def test_a_result_that_answers_every_question_fits_in_five_thousand_pixels(page, live_server):
    answers = every_question_answered()
    assessment = services.assessment_create(answers=answers, channel=Assessment.Channel.WEB)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/assess/{assessment.pk}/")
    tall = page.evaluate("document.documentElement.scrollHeight")
    print(f"result page for every question answered: {tall} px at 1280 px")
    assert tall <= 5000
    assert serious_violations(page) == []


def test_the_full_disclaimer_is_shown_once_and_every_suggestion_links_to_it(page, result_url):
    page.goto(result_url)
    result = rules.assess(RAPID_DEMENTIA).as_dict()
    expect(page.get_by_text(rules.DISCLAIMER, exact=False)).to_have_count(1)
    markers = page.locator("a.edu-marker[href='#disclaimer']")
    shown = len(result["causes"]) + len(result["origins"]) + len(result["conditions"]) + len(result["workup"])
    supported = [i for i in result["causes"] + result["origins"] + result["conditions"] if i["score"] > 0]
    assert markers.count() == len(supported) + len(result["workup"]) + len(result["treatments"]) + len(
        result["red_flags"]
    )
    assert shown > 0
    expect(page.locator("#disclaimer")).to_contain_text(rules.DISCLAIMER)


def test_why_not_and_what_would_change_from_the_result_page(page, result_url):
    page.goto(result_url)
    changes = page.get_by_role("region", name="What would change this")
    found = rules.what_would_change(RAPID_DEMENTIA)["counterfactuals"]
    changes.get_by_text("changes of the answers that would change").click()
    expect(changes.locator("ol.counterfactuals > li").first).to_contain_text(found[0]["text"])
    changes.get_by_label("Why not…").select_option(label="Toxic (drugs and toxins)")
    changes.get_by_role("button", name="Explain").click()
    expect(page.get_by_role("heading", name="Why not Toxic (drugs and toxins)")).to_be_visible()
    explained = rules.why_not(RAPID_DEMENTIA, "cause", "toxic")
    near = explained["near_misses"][0]
    expect(page.locator(".near-misses li").first).to_contain_text(f"Rule {near['rule']} would fire")
    expect(page.locator("ol.counterfactuals > li")).to_have_count(len(found))
    assert serious_violations(page) == []
    response = page.goto(page.url.split("?")[0] + "?why_not=cause:cortical")
    assert response.status == 400
    expect(page.get_by_role("alert")).to_contain_text("expected kind:id")
