"""The interview mode as a learner uses it, in a real browser: one question at a time, each with
why it is asked, from the first question to "you can stop here", then the result."""

import pytest
from playwright.sync_api import expect

import rules
from rules.questionnaire import MANY
from rules.reference_answers import JUVENILE_MYOCLONIC_EPILEPSY
from tests.accessibility import serious_violations

pytestmark = pytest.mark.django_db(transaction=True)


def answer_shown_question(page, answers: dict) -> str:
    """Answer the question on the page from ``answers`` (left unknown when they lack it)."""
    question = rules.QUESTIONS[page.locator('input[name="question"]').get_attribute("value")]
    group = page.get_by_role("group", name=question.label, exact=True)
    values = answers.get(question.id)
    for value in (values if question.kind == MANY else [values]) if values else []:
        group.get_by_label(question.choice_label(value), exact=True).check()
    page.get_by_role("button", name="Answer and go on").click()
    return question.id


def test_the_interview_asks_one_question_at_a_time_until_it_can_stop(live_server, page, screenshot):
    page.goto(live_server.url + "/assess/")
    page.get_by_label("I understand this is a teaching aid").check()
    page.get_by_role("button", name="Start an interview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Interview: one question at a time")
    expect(page.get_by_role("heading", name="Why this question")).to_be_visible()
    assert serious_violations(page) == []
    screenshot("interview")

    asked = []
    stop = page.get_by_role("heading", name="You can stop here")
    for _ in range(len(rules.QUESTIONS)):
        expect(page.locator("#why-this")).to_contain_text("because")
        asked.append(answer_shown_question(page, JUVENILE_MYOCLONIC_EPILEPSY))
        expect(page.locator(".interview-count")).to_contain_text(f"{len(asked)} asked so far")
        if stop.is_visible():
            break
    expect(stop).to_be_visible()
    assert len(set(asked)) == len(asked), "a question is never asked twice"
    assert serious_violations(page) == []

    page.get_by_role("link", name="Stop here and review the answers").click()
    page.get_by_role("button", name="See the result").click()
    entered = {q: v for q, v in JUVENILE_MYOCLONIC_EPILEPSY.items() if q in asked}
    expected = rules.assess(entered).as_dict()
    expect(page.locator(".top-cause")).to_contain_text(expected["causes"][0]["label"])
    assert expected["causes"][0]["id"] == rules.assess(JUVENILE_MYOCLONIC_EPILEPSY).outcome().cause


def test_a_hand_made_interview_address_is_refused_with_what_is_wrong(live_server, page):
    page.goto(live_server.url + "/assess/")
    page.get_by_label("I understand this is a teaching aid").check()
    page.get_by_role("button", name="Start an interview").click()
    response = page.goto(page.url + "?skipped=not_a_question")
    assert response.status == 400
    expect(page.get_by_role("alert")).to_contain_text("skipped: 'not_a_question' is not a question id")
