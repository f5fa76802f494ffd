"""The schema of a FHIR QuestionnaireResponse says exactly which items the API takes.

A teaching tool's developer reads the schema to know what a response may hold; the
contract fuzzer reads it to send valid and invalid ones. For items drawn widely (question
ids, section ids and made-up ids; choice ids of any question, unknown codes, booleans and
numbers), the API accepts a response exactly when the schema says it is valid.
"""

import json

import hypothesis
import jsonschema
import pytest
import yaml
from hypothesis import strategies as st

import rules

FHIR = {"content_type": "application/fhir+json"}
QUESTION_IDS = list(rules.QUESTIONS)
SECTION_IDS = [section.id for section in rules.SECTIONS]
CODES = sorted({c for q in rules.QUESTIONS.values() for c in q.choice_ids} | {rules.UNKNOWN, "everywhere"})


@pytest.fixture(scope="module")
def response_schema(django_db_setup, django_db_blocker):
    """A validator for the FhirQuestionnaireResponse component of the served schema."""
    from rest_framework.test import APIClient

    with django_db_blocker.unblock():
        schema = yaml.safe_load(APIClient().get("/api/schema/").content)
    return jsonschema.Draft4Validator(
        {"$ref": "#/components/schemas/FhirQuestionnaireResponse", "components": schema["components"]}
    )


@pytest.fixture(autouse=True)
def throttles_off(throttle_rates):
    throttle_rates(anon=None, user=None)


def resource(items) -> dict:
    return {"resourceType": "QuestionnaireResponse", "status": "completed", "item": items}


def post(client, body):
    return client.post("/api/v1/evaluate", json.dumps(body), **FHIR)


answers = st.lists(
    st.one_of(
        st.builds(lambda code: {"valueCoding": {"code": code}}, st.sampled_from(CODES)),
        st.builds(lambda code: {"valueString": code}, st.sampled_from(CODES)),
        st.builds(lambda value: {"valueBoolean": value}, st.sampled_from([True, False, 0, 1])),
        st.just({"valueString": "yes", "valueBoolean": True}),
    ),
    max_size=3,
)
link_ids = st.sampled_from([*QUESTION_IDS, *SECTION_IDS, "not-a-question"])
questions = st.builds(lambda link_id, answer: {"linkId": link_id, "answer": answer}, link_ids, answers)
nested = st.lists(questions, max_size=3)
groups = st.one_of(
    questions,
    st.builds(lambda link_id, item: {"linkId": link_id, "item": item}, link_ids, nested),
    st.builds(lambda question, item: {**question, "item": item}, questions, nested),
)


@hypothesis.given(items=st.lists(groups, max_size=3))
@hypothesis.settings(
    max_examples=150, deadline=None, suppress_health_check=[hypothesis.HealthCheck.function_scoped_fixture]
)
def test_the_api_takes_a_response_exactly_when_the_schema_says_it_is_valid(anonymous, response_schema, items):
    body = resource(items)
    valid = response_schema.is_valid(body)
    response = post(anonymous, body)
    assert response.status_code == (200 if valid else 400), (valid, response.content[:300])


def test_an_answered_item_must_name_a_question(anonymous, response_schema):
    body = resource([{"linkId": "pattern", "answer": [{"valueString": "focal"}]}])
    assert not response_schema.is_valid(body)
    assert "unknown question" in post(anonymous, body).json()["errors"]["answers.pattern"][0]
    unanswered_group = resource([{"linkId": "pattern", "item": [{"linkId": "distribution", "answer": []}]}])
    assert response_schema.is_valid(unanswered_group)
    assert post(anonymous, unanswered_group).status_code == 200


def test_an_answered_question_holds_no_answered_items(anonymous, response_schema):
    help_item = {"linkId": "distribution.why"}
    body = resource([{"linkId": "distribution", "answer": [{"valueString": "focal"}], "item": [help_item]}])
    assert response_schema.is_valid(body)
    assert post(anonymous, body).status_code == 200
    body["item"][0]["item"] = [{"linkId": "rhythm", "answer": [{"valueString": "rhythmic"}]}]
    assert not response_schema.is_valid(body)
    assert "no answered items" in post(anonymous, body).json()["errors"]["item.0.item"][0]


def test_a_boolean_answer_is_a_json_boolean(anonymous, response_schema):
    body = resource([{"linkId": "family_history", "answer": [{"valueBoolean": 0}]}])
    assert not response_schema.is_valid(body)
    assert "valueBoolean" in next(iter(post(anonymous, body).json()["errors"]))


def test_a_nul_in_any_text_is_refused_and_the_schema_says_so(anonymous, response_schema):
    coding = {"code": "focal", "display": "One\x00part"}
    body = resource([{"linkId": "distribution", "answer": [{"valueCoding": coding}]}])
    assert not response_schema.is_valid(body)
    assert post(anonymous, body).json()["errors"] == {
        "item.0.answer.0.valueCoding.display": ["Null characters are not allowed."]
    }


def test_evaluate_needs_a_body(anonymous):
    schema = yaml.safe_load(anonymous.get("/api/schema/").content)
    assert schema["paths"]["/api/v1/evaluate"]["post"]["requestBody"]["required"] is True
    assert anonymous.post("/api/v1/evaluate").status_code == 400


def test_every_questionnaire_response_in_a_prefetched_bundle_must_be_valid(anonymous):
    good = resource([{"linkId": "distribution", "answer": [{"valueString": "focal"}]}])
    bad = resource([{"linkId": "distribution", "answer": [{"valueString": "everywhere"}]}])
    other = {"resourceType": "Patient", "id": "teaching-case-1"}

    def call(*resources):
        bundle = {"resourceType": "Bundle", "entry": [{"resource": r} for r in resources]}
        hook = {
            "hook": "patient-view",
            "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
            "context": {},
            "prefetch": {"questionnaireResponse": bundle},
        }
        return anonymous.post("/cds-services/myoclonus-ddx", hook, format="json")

    assert call(other, good).status_code == 200
    assert call(good, bad).status_code == 400
