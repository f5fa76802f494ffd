"""POST /api/v1/evaluate: stateless assessment of answers, open to anyone."""

import json

import pytest

import rules
from decisionaid.assessments.models import Assessment
from rules.reference_answers import HICCUPS, POST_HYPOXIC, REFERENCE_ANSWERS

URL = "/api/v1/evaluate"


@pytest.mark.parametrize("answers", REFERENCE_ANSWERS.values(), ids=REFERENCE_ANSWERS.keys())
def test_result_is_exactly_what_the_engine_returns(anonymous, answers):
    response = anonymous.post(URL, {"answers": answers}, format="json")
    assert response.status_code == 200
    assert json.dumps(response.json()) == json.dumps(rules.assess(answers).as_dict())


def test_nothing_is_stored(anonymous):
    anonymous.post(URL, {"answers": POST_HYPOXIC}, format="json")
    assert not Assessment.objects.exists()


def test_a_choice_not_offered_is_a_400_naming_the_question_and_its_choices(anonymous):
    response = anonymous.post(URL, {"answers": {**HICCUPS, "distribution": "everywhere"}}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == "Invalid input."
    (message,) = body["errors"]["answers.distribution"]
    assert "everywhere" in message
    for choice in rules.QUESTIONS["distribution"].choice_ids + ("unknown",):
        assert choice in message


def test_every_bad_field_is_named_at_once(anonymous):
    answers = {"distribution": "everywhere", "epilepsy": "maybe", "triggers": ["coffee"], "colour": "blue"}
    response = anonymous.post(URL, {"answers": answers}, format="json")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"answers.distribution", "answers.epilepsy", "answers.triggers", "answers.colour"}
    assert "yes, no, unknown" in errors["answers.epilepsy"][0]
    assert "sleep_onset" in errors["answers.triggers"][0]
    assert "distribution" in errors["answers.colour"][0]


def test_a_many_question_needs_a_list(anonymous):
    response = anonymous.post(URL, {"answers": {"triggers": "action"}}, format="json")
    assert response.status_code == 400
    assert "a list of any of: stimulus, action" in response.json()["errors"]["answers.triggers"][0]


def test_the_engines_own_objection_is_a_field_error_too(anonymous):
    """'none' with another trigger passes the serializer; rules.InvalidAnswers names it."""
    response = anonymous.post(URL, {"answers": {"triggers": ["none", "action"]}}, format="json")
    assert response.status_code == 400
    assert "'none' cannot be combined" in response.json()["errors"]["answers.triggers"][0]


@pytest.mark.parametrize("body", [{}, {"answers": "distribution=focal"}, [1, 2]])
def test_a_body_without_an_answers_object_is_a_400(anonymous, body):
    response = anonymous.post(URL, body, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]


def test_malformed_json_is_a_400_not_a_500(anonymous):
    response = anonymous.post(URL, '{"answers": {"distribution": ', content_type="application/json")
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_a_form_post_is_415(anonymous):
    response = anonymous.post(URL, "answers=x", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert response.json() == {
        "detail": 'Unsupported media type "application/x-www-form-urlencoded" in request.',
        "errors": {},
    }


def test_get_is_405(anonymous):
    response = anonymous.get(URL)
    assert response.status_code == 405
    assert response.json()["detail"] == 'Method "GET" not allowed.'


def test_the_result_ranks_named_conditions_and_gives_each_red_flag_its_urgency_and_tests(anonymous):
    acute = {**POST_HYPOXIC, "onset": "acute"}  # in the days after a cardiac arrest
    body = anonymous.post(URL, {"answers": acute}, format="json").json()
    assert body["conditions"] and body["conditions"][0]["group"] == "metabolic"
    flag = body["red_flags"][0]
    assert flag["urgency"] == "emergency" and flag["workup"]
    assert body["workup"][0]["id"] in flag["workup"] and body["workup"][0]["urgency"] == "emergency"
