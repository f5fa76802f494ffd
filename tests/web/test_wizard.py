"""The assessment wizard as a learner uses it, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

import rules
from decisionaid.assessments.models import Assessment
from rules.reference_answers import JUVENILE_MYOCLONIC_EPILEPSY
from tests.accessibility import serious_violations

pytestmark = pytest.mark.django_db(transaction=True)


def answer(page, question_id, choice_id):
    question = rules.QUESTIONS[question_id]
    group = page.get_by_role("group", name=question.label, exact=True)
    group.get_by_label(question.choice_label(choice_id), exact=True).check()


def answer_section(page, section, answers):
    for question in section.questions:
        values = answers.get(question.id, [])
        for value in values if isinstance(values, list) else [values]:
            answer(page, question.id, value)


def start(page, base_url):
    """From the home page, through the nav link and the acknowledgement, to the first section."""
    page.goto(base_url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Assessment").click()
    page.get_by_label("I understand this is a teaching aid").check()
    page.get_by_role("button", name="Start the assessment").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(rules.SECTIONS[0].title)


def test_a_full_assessment_by_clicking_gives_the_engines_result(live_server, page, screenshot):
    start(page, live_server.url)
    for number, section in enumerate(rules.SECTIONS, start=1):
        expect(page.get_by_text(f"Step {number} of {len(rules.SECTIONS) + 1}")).to_be_visible()
        expect(page.locator('[aria-current="step"]')).to_contain_text(section.title)
        answer_section(page, section, JUVENILE_MYOCLONIC_EPILEPSY)
        if number == 1:
            screenshot("wizard-section")
        page.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Review your answers")
    expect(page.get_by_text(rules.QUESTIONS["age_group"].choice_label("adolescent"))).to_be_visible()
    screenshot("wizard-review")
    page.get_by_role("button", name="See the result").click()

    expected = rules.assess(JUVENILE_MYOCLONIC_EPILEPSY).as_dict()
    expect(page.locator(".top-cause")).to_contain_text(expected["causes"][0]["label"])
    expect(page.locator(".top-origin")).to_contain_text(expected["origins"][0]["label"])
    avoid = [t["label"] for t in expected["treatments"] if t["role"] == "avoid"]
    assert avoid, "the case is meant to teach an 'avoid'"
    for label in avoid:
        expect(page.locator(".treatment-group.role-avoid")).to_contain_text(label)
    screenshot("result")
    assert Assessment.objects.get().answers == rules.validate_answers(JUVENILE_MYOCLONIC_EPILEPSY)


def test_live_differential_updates_before_saving_and_back_keeps_answers_in_a_new_browser(live_server, page, browser):
    start(page, live_server.url)
    panel = page.locator("#differential")
    expect(panel).to_have_attribute("aria-live", "polite")
    answer(page, "distribution", "diaphragmatic")
    hiccups_top = rules.assess({"distribution": "diaphragmatic"}).as_dict()["causes"][0]["label"]
    expect(panel.locator(".differential-list")).to_contain_text(hiccups_top)
    assert Assessment.objects.get().answers == {}, "changing an answer alone must not save it"

    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(rules.SECTIONS[1].title)
    resume_url = re.sub(r"step/.*$", "", page.url)

    context = browser.new_context()
    try:
        other = context.new_page()
        other.goto(resume_url)
        expect(other.get_by_role("heading", level=1)).to_have_text(rules.SECTIONS[1].title)
        other.get_by_role("button", name="Back").click()
        question = rules.QUESTIONS["distribution"]
        expect(
            other.get_by_role("group", name=question.label, exact=True).get_by_label(
                question.choice_label("diaphragmatic"), exact=True
            )
        ).to_be_checked()
    finally:
        context.close()


def test_the_live_panel_names_the_three_questions_worth_asking_next_and_follows_the_answers(live_server, page):
    start(page, live_server.url)
    items = page.locator("#differential .next-questions li")
    first = rules.next_questions({}, limit=3)["questions"]
    expect(items).to_have_count(3)
    expect(items.first).to_contain_text(first[0]["label"])
    answer(page, "distribution", "diaphragmatic")
    then = rules.next_questions({"distribution": "diaphragmatic"}, limit=3)["questions"]
    assert [q["question"] for q in then] != [q["question"] for q in first]
    for number, question in enumerate(then):
        expect(items.nth(number)).to_contain_text(question["label"])


def test_a_tampered_choice_gets_a_clear_error_and_nothing_is_saved(live_server, page):
    start(page, live_server.url)
    answer(page, "rhythm", "rhythmic")
    page.evaluate("""() => {
        const radio = document.querySelector('input[name="distribution"]');
        radio.value = 'sideways';
        radio.checked = true;
    }""")
    page.get_by_role("button", name="Next").click()

    alert = page.locator(".form-errors")
    expect(alert).to_contain_text("Nothing was saved")
    expect(alert).to_contain_text("distribution: “sideways” is not allowed; expected one of: focal, segmental")
    expect(page.get_by_role("heading", level=1)).to_have_text(rules.SECTIONS[0].title)
    assessment = Assessment.objects.get()
    assert assessment.answers == {} and assessment.result is None


def test_starting_without_the_acknowledgement_shows_a_form_error(live_server, page):
    page.goto(live_server.url + "/assess/")
    page.get_by_role("button", name="Start the assessment").click()
    expect(page.get_by_role("alert")).to_contain_text("Please confirm educational use")
    assert not Assessment.objects.exists()


def test_wizard_pages_have_no_serious_accessibility_violations(live_server, page):
    page.goto(live_server.url + "/assess/")
    assert serious_violations(page) == []
    page.get_by_label("I understand this is a teaching aid").check()
    page.get_by_role("button", name="Start the assessment").click()
    answer(page, "distribution", "diaphragmatic")
    expect(page.locator("#differential .differential-list")).to_be_visible()
    assert serious_violations(page) == []
    page.goto(re.sub(r"step/.*$", "review/", page.url))
    assert serious_violations(page) == []
