"""FHIR R4: the Questionnaire resource, and QuestionnaireResponses evaluated like answers."""

import json

import pytest

import rules
from decisionaid.api import fhir
from rules.reference_answers import HICCUPS, POST_HYPOXIC, REFERENCE_ANSWERS

FHIR_JSON = "application/fhir+json"


def question_items(resource: dict) -> dict:
    return {item["linkId"]: item for group in resource["item"] for item in group["item"]}


def test_every_question_is_an_item_whose_link_id_is_the_question_id(anonymous):
    resource = anonymous.get("/api/v1/questionnaire", {"format": "fhir"}).json()
    assert [group["linkId"] for group in resource["item"]] == [section.id for section in rules.SECTIONS]
    items = question_items(resource)
    assert list(items) == list(rules.QUESTIONS)
    for question in rules.QUESTIONS.values():
        item = items[question.id]
        assert item["text"] == question.label
        assert item.get("repeats", False) == (question.kind == "many")
        if question.kind == "yes_no":
            assert item["type"] == "boolean"
        else:
            assert [o["valueCoding"]["code"] for o in item["answerOption"]] == list(question.choice_ids)
        assert item["item"][0]["text"] == question.why


def test_hpo_codes_are_item_codes(anonymous):
    items = question_items(anonymous.get("/api/v1/questionnaire", {"format": "fhir"}).json())
    assert items["epilepsy"]["code"] == [{"system": fhir.HPO_SYSTEM, "code": rules.QUESTIONS["epilepsy"].hpo}]


def test_the_resource_carries_the_kb_version_and_the_disclaimer(anonymous):
    resource = anonymous.get("/api/v1/questionnaire", {"format": "fhir"}).json()
    assert resource["version"] == rules.KB_VERSION
    assert resource["description"] == rules.DISCLAIMER
    assert resource["experimental"] is True


@pytest.mark.parametrize("answers", REFERENCE_ANSWERS.values(), ids=REFERENCE_ANSWERS.keys())
def test_a_questionnaire_response_reads_back_into_the_same_answers(answers):
    response = fhir.questionnaire_response(answers)
    assert rules.validate_answers(fhir.answers_from_response(response)) == rules.validate_answers(answers)


@pytest.mark.parametrize("answers", REFERENCE_ANSWERS.values(), ids=REFERENCE_ANSWERS.keys())
@pytest.mark.parametrize("media_type", ["application/json", FHIR_JSON])
def test_a_questionnaire_response_evaluates_exactly_like_its_answers(anonymous, answers, media_type):
    body = json.dumps(fhir.questionnaire_response(answers))
    response = anonymous.post("/api/v1/evaluate", body, content_type=media_type)
    assert response.status_code == 200
    assert json.dumps(response.json()) == json.dumps(rules.assess(answers).as_dict())


def test_flat_items_and_string_answers_are_read_too(anonymous):
    resource = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "item": [
            {"linkId": "distribution", "answer": [{"valueString": "diaphragmatic"}]},
            {"linkId": "rhythm", "answer": [{"valueCoding": {"code": "rhythmic"}}]},
            {"linkId": "frequency", "answer": [{"valueString": "occasional"}]},
        ],
    }
    response = anonymous.post("/api/v1/evaluate", resource, format="json")
    assert response.json() == rules.assess(HICCUPS).as_dict()


def test_an_answer_code_not_offered_is_a_400_naming_the_question(anonymous):
    resource = fhir.questionnaire_response(POST_HYPOXIC)
    resource["item"][0]["item"][0]["answer"][0]["valueCoding"]["code"] = "everywhere"
    response = anonymous.post("/api/v1/evaluate", resource, format="json")
    assert response.status_code == 400
    assert "focal, segmental" in response.json()["errors"]["answers.distribution"][0]


def test_a_malformed_resource_is_a_400_naming_the_element(anonymous):
    resource = {
        "resourceType": "QuestionnaireResponse",
        "status": "done",
        "item": [{"answer": [{"valueCoding": {"code": "focal"}, "valueBoolean": True}]}],
    }
    response = anonymous.post("/api/v1/evaluate", resource, format="json")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"status", "item.0.linkId", "item.0.answer.0"}
    assert "in-progress" in errors["status"][0]
    assert "exactly one of: valueCoding, valueBoolean, valueString" in errors["item.0.answer.0"][0]


def test_another_resource_type_is_a_400(anonymous):
    response = anonymous.post("/api/v1/evaluate", {"resourceType": "Patient"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["resourceType"] == [
        '"Patient" is not a valid choice; expected one of: QuestionnaireResponse.'
    ]
