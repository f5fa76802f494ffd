"""FHIR SDC's adaptive form, Questionnaire/$next-question: each call adds the interview's next
question to the response's contained Questionnaire, until the stop rule marks it completed."""

import pytest

import rules
from decisionaid.api.fhir import answer_values
from rules.questionnaire import MANY
from rules.reference_answers import JUVENILE_MYOCLONIC_EPILEPSY

URL = "/api/v1/fhir/Questionnaire/$next-question"


@pytest.fixture(autouse=True)
def throttles_off(throttle_rates):
    throttle_rates(anon=None, user=None)


def _answer(response: dict, answers: dict) -> str:
    """Answer the question just added from ``answers`` (left unanswered, so skipped, when they lack it)."""
    question = rules.QUESTIONS[response["item"][-1]["linkId"]]
    if question.id in answers:
        value = answers[question.id]
        response["item"][-1]["answer"] = answer_values(question, value if question.kind == MANY else value)
    return question.id


def test_an_adaptive_form_runs_from_no_question_to_completed_and_evaluates_like_its_answers(anonymous):
    response = {"resourceType": "QuestionnaireResponse", "status": "in-progress"}
    asked = []
    for _ in range(len(rules.QUESTIONS) + 1):
        reply = anonymous.post(URL, response, format="json")
        assert reply.status_code == 200
        response = reply.json()
        contained = response["contained"][0]
        assert response["questionnaire"] == "#adaptive" and contained["description"] == rules.DISCLAIMER
        if response["status"] == "completed":
            break
        added = contained["item"][-1]
        assert [i["linkId"] for i in contained["item"]] == [i["linkId"] for i in response["item"]]
        assert any(i["linkId"] == f"{added['linkId']}.rationale" for i in added["item"])
        asked.append(_answer(response, JUVENILE_MYOCLONIC_EPILEPSY))
    assert response["status"] == "completed" and len(set(asked)) == len(asked)
    entered = {q: v for q, v in JUVENILE_MYOCLONIC_EPILEPSY.items() if q in asked}
    evaluated = anonymous.post("/api/v1/evaluate", response, format="json").json()
    assert evaluated == rules.assess(entered).as_dict()


def test_the_next_question_is_the_interviews_and_a_skipped_one_is_not_asked_again(anonymous):
    first = anonymous.post(URL, {"resourceType": "QuestionnaireResponse", "status": "in-progress"}, format="json")
    skipped = first.json()["item"][-1]["linkId"]
    assert skipped == rules.next_questions({}, limit=1)["questions"][0]["question"]
    second = anonymous.post(URL, first.json(), format="json").json()
    assert second["item"][0] == {"linkId": skipped} and second["item"][-1]["linkId"] != skipped
    assert (
        second["item"][-1]["linkId"] == rules.next_questions({skipped: "unknown"}, limit=1)["questions"][0]["question"]
    )


def test_a_response_with_an_answer_the_questionnaire_does_not_take_is_a_400_naming_it(anonymous):
    body = {
        "resourceType": "QuestionnaireResponse",
        "status": "in-progress",
        "item": [{"linkId": "age_group", "answer": [{"valueCoding": {"code": "elderly"}}]}],
    }
    reply = anonymous.post(URL, body, format="json")
    assert reply.status_code == 400 and "adult" in " ".join(reply.json()["errors"]["answers.age_group"])
