"""POST /api/v1/interview and /api/v1/explain: stateless, what the domain core returns, and a 400
naming the field and what it allows for anything else."""

import pytest

import rules
from rules.reference_answers import POST_HYPOXIC


@pytest.fixture(autouse=True)
def throttles_off(throttle_rates):
    throttle_rates(anon=None, user=None)


def post(client, path, body):
    return client.post(path, body, format="json")


def test_the_interview_returns_what_rules_returns_and_does_not_ask_a_skipped_question_again(anonymous):
    answers = {"age_group": "adult", "epilepsy": "unknown"}
    response = post(anonymous, "/api/v1/interview", {"answers": answers, "limit": 3})
    assert response.status_code == 200
    body = response.json()
    assert body == rules.next_questions(answers, limit=3)
    assert body["asked"] == 2 and len(body["questions"]) == 3
    assert "epilepsy" not in {q["question"] for q in body["questions"]}
    assert body["disclaimer"] == rules.DISCLAIMER and body["result"]["disclaimer"] == rules.DISCLAIMER


def test_the_interview_first_call_puts_a_red_flag_question_first(anonymous):
    body = post(anonymous, "/api/v1/interview", {"answers": {}}).json()
    assert len(body["questions"]) == 5 and body["questions"][0]["screens_red_flag"] and not body["should_stop"]
    assert body["questions"][0]["rationale"].startswith("Asks “")


def test_explain_gives_why_not_and_the_counterfactuals(anonymous):
    body = {"answers": POST_HYPOXIC, "why_not": {"kind": "cause", "id": "toxic"}}
    response = post(anonymous, "/api/v1/explain", body)
    assert response.status_code == 200
    explained = response.json()
    assert explained["why_not"] == rules.why_not(POST_HYPOXIC, "cause", "toxic")
    assert explained["what_would_change"] == rules.what_would_change(POST_HYPOXIC)
    assert explained["what_would_change"]["counterfactuals"]


def test_explain_can_leave_out_the_counterfactual_search(anonymous):
    body = {"answers": {}, "why_not": {"kind": "origin", "id": "cortical"}, "what_would_change": False}
    explained = post(anonymous, "/api/v1/explain", body).json()
    assert explained["what_would_change"] is None and explained["why_not"]["hypothesis"]["id"] == "cortical"


@pytest.mark.parametrize(
    ("path", "body", "field", "allowed"),
    [
        ("/api/v1/interview", {"answers": {}, "limit": 0}, "limit", "from 1 to 54"),
        ("/api/v1/interview", {"answers": {}, "limit": "3"}, "limit", "from 1 to 54"),
        ("/api/v1/interview", {"answers": {"age_group": "old"}}, "answers.age_group", "adult"),
        ("/api/v1/interview", {"answers": {}, "next": 1}, "next", "answers, limit"),
        ("/api/v1/explain", {"answers": {}, "why_not": {"kind": "cause", "id": "cortical"}}, "why_not.id", "toxic"),
        ("/api/v1/explain", {"answers": {}, "why_not": {"kind": "sign", "id": "x"}}, "why_not.kind", "origin"),
        ("/api/v1/explain", {"answers": {}, "what_would_change": "yes"}, "what_would_change", "boolean"),
    ],
)
def test_bad_input_is_a_400_naming_the_field_and_what_it_allows(anonymous, path, body, field, allowed):
    response = post(anonymous, path, body)
    assert response.status_code == 400
    assert allowed in " ".join(response.json()["errors"][field])
