"""FHIR R4 views of the questionnaire, for teaching tools that speak FHIR.

The Questionnaire resource is generated from ``rules.SECTIONS``: sections are groups,
each question's ``linkId`` is its question id and each answer code its choice id, so a
QuestionnaireResponse filled in by a FHIR tool reads back into exactly the answers the
JSON API takes. Yes/no questions are FHIR booleans; an unanswered question is unknown.
"""

from __future__ import annotations

import rules
from rules.questionnaire import MANY, YES_NO

QUESTIONNAIRE_ID = "myoclonus-ddx"
QUESTIONNAIRE_URL = "urn:myoclonus-ddx:questionnaire"
CHOICE_SYSTEM = "urn:myoclonus-ddx:choice"
HPO_SYSTEM = "http://human-phenotype-ontology.org"
ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"
# A yes/no question's FHIR boolean answer, as the choice id it stands for.
BOOLEAN_CODES = {True: "yes", False: "no"}


def questionnaire() -> dict:
    """The questionnaire as a FHIR R4 Questionnaire resource."""
    return {
        "resourceType": "Questionnaire",
        "id": QUESTIONNAIRE_ID,
        "url": QUESTIONNAIRE_URL,
        "version": rules.KB_VERSION,
        "name": "MyoclonusDDx",
        "title": "Myoclonus differential diagnosis (teaching aid)",
        "status": "active",
        "experimental": True,
        "subjectType": ["Patient"],
        "description": rules.DISCLAIMER,
        "item": [_group(section) for section in rules.SECTIONS],
    }


def _group(section) -> dict:
    return {
        "linkId": section.id,
        "text": section.title,
        "type": "group",
        "item": [question_item(question) for question in section.questions],
    }


def question_item(question) -> dict:
    item = {"linkId": question.id, "text": question.label, "type": "boolean" if question.kind == YES_NO else "choice"}
    if question.kind == MANY:
        item["repeats"] = True
    if question.hpo:
        item["code"] = [{"system": HPO_SYSTEM, "code": question.hpo}]
    if question.kind != YES_NO:
        item["answerOption"] = [
            {"valueCoding": {"system": CHOICE_SYSTEM, "code": choice.id, "display": choice.label}}
            for choice in question.choices
        ]
    item["item"] = [_why(question)]
    return item


def _why(question) -> dict:
    """The "why we ask" text, as the help item FHIR form fillers know how to show."""
    return {
        "linkId": f"{question.id}.why",
        "text": question.why,
        "type": "display",
        "extension": [
            {
                "url": ITEM_CONTROL,
                "valueCodeableConcept": {"coding": [{"system": ITEM_CONTROL_SYSTEM, "code": "help"}]},
            }
        ],
    }


def questionnaire_response(answers: dict) -> dict:
    """Answers as a completed QuestionnaireResponse to this questionnaire.

    Raises rules.InvalidAnswers for answers the questionnaire does not accept."""
    canonical = rules.validate_answers(answers)
    groups = [
        {
            "linkId": section.id,
            "item": [
                {"linkId": question.id, "answer": answer_values(question, canonical[question.id])}
                for question in section.questions
                if question.id in canonical
            ],
        }
        for section in rules.SECTIONS
    ]
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": QUESTIONNAIRE_URL,
        "status": "completed",
        "item": [group for group in groups if group["item"]],
    }


def answer_values(question, value) -> list[dict]:
    if question.kind == YES_NO:
        return [{"valueBoolean": value == "yes"}]
    chosen = value if isinstance(value, list) else [value]
    return [
        {"valueCoding": {"system": CHOICE_SYSTEM, "code": choice_id, "display": question.choice_label(choice_id)}}
        for choice_id in chosen
    ]


def answers_from_response(resource: dict) -> dict:
    """The answers a QuestionnaireResponse gives, keyed by linkId.

    Items may be flat or grouped (a group's own answers count too); an item without
    an answer asserts nothing. Each answered item is checked by the questionnaire's
    validation on its own, so one naming a linkId or code it does not take is a 400 even
    when a later item answers the same question (whose answer then stands), which is
    what the schema says of each item.

    Raises rules.InvalidAnswers naming every item's bad answer."""
    answers: dict = {}
    errors: dict = {}
    for item in _answered_items(resource.get("item", [])):
        values = [_value(answer) for answer in item["answer"]]
        question = rules.QUESTIONS.get(item["linkId"])
        single = question is not None and question.kind != MANY and len(values) == 1
        answer = {item["linkId"]: values[0] if single else values}
        try:
            rules.validate_answers(answer)
        except rules.InvalidAnswers as invalid:
            errors.update(invalid.errors)
        answers.update(answer)
    if errors:
        raise rules.InvalidAnswers(errors)
    return answers


def _answered_items(items: list[dict]):
    for item in items:
        if item.get("answer"):
            yield item
        yield from _answered_items(item.get("item", []))


def _value(answer: dict):
    if "valueCoding" in answer:
        return answer["valueCoding"]["code"]
    if "valueBoolean" in answer:
        return BOOLEAN_CODES[answer["valueBoolean"]]
    return answer["valueString"]
