"""The schema of a QuestionnaireResponse item, derived from the questionnaire.

A FHIR tool's response is read item by item (``fhir.answers_from_response``) and its
answers checked by ``rules.validate_answers``, so which items the API takes depends on
the question each one answers. The schema says the same, one branch per kind of
question (all yes/no questions answer alike): an
answered item names a question id as its ``linkId``, carries one answer (several for a
many question, where "none" stands alone) and each answer's code, string or boolean is
one of that question's choice ids or "unknown". An item with no answer asserts nothing,
whatever its ``linkId`` (a section group, a display item). A question added to ``rules``
appears here with no change to this module.
"""

from __future__ import annotations

from typing import Any

import rules
from rules.questionnaire import MANY, NONE, Question

from .fhir import BOOLEAN_CODES


def item_schema(text: dict[str, Any], nested_items: dict[str, Any] | None = None) -> dict[str, Any]:
    """Any one of: an item with no answer, or an item answering one question.

    ``text`` is the schema of a text member (the API's TextField, as the schema states it).
    ``nested_items`` is given for a top-level item, whose ``item`` member a group fills
    with the items it holds; a question's own nested items carry no answers (the
    questionnaire has no child questions), which also keeps the fuzzer's cases few."""
    unanswered: dict[str, Any] = _unanswered(text)
    answered: list[dict[str, Any]] = [
        {
            "type": "object",
            "properties": {"linkId": _one_of(link_ids), "text": text, "answer": _answers(question, text)},
            "required": ["linkId", "answer"],
        }
        for question, link_ids in _alike().items()
    ]
    if nested_items is not None:
        unanswered["properties"]["item"] = {"type": "array", "items": nested_items}
        for branch in answered:
            branch["properties"]["item"] = {"type": "array", "items": _unanswered(text)}
    return {
        "description": "An item with no answer (any linkId: a section group, a display item), or one "
        "answering a question of GET /api/v1/questionnaire: its id as linkId, each answer one of its "
        "choice ids (or unknown) as valueCoding.code, valueString or, for a yes/no question, valueBoolean.",
        "anyOf": [unanswered, *answered],
    }


def _unanswered(text: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"linkId": text, "text": text, "answer": {"type": "array", "maxItems": 0}},
        "required": ["linkId"],
    }


def _alike() -> dict[Question, list[str]]:
    """The questions grouped by the answers they take (all yes/no questions take the same),
    each group under its first question: one branch per group keeps the schema small."""
    groups: dict[tuple, list[Question]] = {}
    for question in rules.QUESTIONS.values():
        groups.setdefault((question.kind, question.choice_ids), []).append(question)
    return {alike[0]: [question.id for question in alike] for alike in groups.values()}


def _one_of(link_ids: list[str]) -> dict[str, Any]:
    """The ``linkId`` of one of these questions. (The enum sits in an ``allOf`` so that
    drf-spectacular's enum hook does not make a named component of each, as it does of a
    property's own enum.)"""
    return {"type": "string", "allOf": [{"enum": link_ids}]}


def _answers(question: Question, text: dict[str, Any]) -> dict[str, Any]:
    codes = [*question.choice_ids, rules.UNKNOWN]
    if question.kind != MANY:
        return {"type": "array", "minItems": 1, "maxItems": 1, "items": _answer(codes, text)}
    if NONE not in codes:
        return {"type": "array", "minItems": 1, "items": _answer(codes, text)}
    return {
        "type": "array",
        "minItems": 1,
        "anyOf": [
            {"items": _answer([code for code in codes if code != NONE], text)},
            {"items": _answer([NONE, rules.UNKNOWN], text)},
        ],
    }


def _answer(codes: list[str], text: dict[str, Any]) -> dict[str, Any]:
    """Exactly one value member, its value one of ``codes``."""
    booleans = [value for value, code in BOOLEAN_CODES.items() if code in codes]
    properties: dict[str, Any] = {
        "valueCoding": {
            "type": "object",
            "properties": {"system": text, "code": {"type": "string", "enum": codes}, "display": text},
            "required": ["code"],
        },
        "valueString": {"type": "string", "enum": codes},
    }
    taken = ["valueCoding", "valueString"]
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if booleans:
        properties["valueBoolean"] = {"type": "boolean", "enum": booleans}
        taken.append("valueBoolean")
    else:
        schema["not"] = {"required": ["valueBoolean"]}
    schema["oneOf"] = [{"required": [name]} for name in taken]
    return schema
