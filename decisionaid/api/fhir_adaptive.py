"""The FHIR SDC adaptive form: ``Questionnaire/$next-question``.

SDC's adaptive questionnaire works on a QuestionnaireResponse that carries its own (contained)
Questionnaire: the questions asked so far. The client answers them and sends the response back;
the server adds the next question to the contained Questionnaire, or marks the response
``completed`` when there is nothing left worth asking. Here the next question is the interview's
(rules.interview): an item the response holds without an answer was asked and skipped, and is
not asked again. Items and answer codes are those of ``GET questionnaire?format=fhir``, so the
finished response is also one the evaluate endpoint takes.
"""

from __future__ import annotations

from typing import Any

import rules

from . import fhir

ADAPTIVE_ID = "adaptive"
QUESTIONNAIRE_PROFILE = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-adapt"
RESPONSE_PROFILE = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaireresponse-adapt"


def asked(response: dict) -> dict[str, Any]:
    """The answers a response gives, with every question it holds unanswered as "unknown"."""
    answers = fhir.answers_from_response(response)
    skipped = {item["linkId"] for item in _items(response.get("item", [])) if not item.get("answer")}
    return {**dict.fromkeys(skipped & rules.QUESTIONS.keys(), rules.UNKNOWN), **answers}


def _items(items: list[dict]):
    for item in items:
        yield item
        yield from _items(item.get("item", []))


def next_question(response: dict) -> dict:
    """The response with the next question added to its contained Questionnaire (and an empty
    item for it), or ``completed`` when the interview's stop rule holds."""
    answers = asked(response)
    interview = rules.next_questions(answers, limit=1)
    ordered = [q for q in rules.QUESTIONS if q in answers]
    done = interview["should_stop"] or not interview["questions"]
    following = None if done else interview["questions"][0]
    items = [_asked_item(q, answers[q]) for q in ordered]
    if following:
        ordered.append(following["question"])
        items.append({"linkId": following["question"]})
    return {
        **{k: v for k, v in response.items() if k not in ("contained", "item", "questionnaire", "status")},
        "resourceType": "QuestionnaireResponse",
        "meta": {"profile": [RESPONSE_PROFILE]},
        "contained": [_adaptive_questionnaire(ordered, following)],
        "questionnaire": f"#{ADAPTIVE_ID}",
        "status": "completed" if done else "in-progress",
        "item": items,
    }


def _asked_item(question_id: str, value: Any) -> dict:
    item: dict[str, Any] = {"linkId": question_id}
    if value != rules.UNKNOWN:
        item["answer"] = fhir.answer_values(rules.QUESTIONS[question_id], value)
    return item


def _adaptive_questionnaire(question_ids: list[str], following: dict | None) -> dict:
    """The questions asked so far, then the next one with why it is asked, as SDC's adaptive
    Questionnaire; derived from the full questionnaire, with the disclaimer."""
    items = [fhir.question_item(rules.QUESTIONS[q]) for q in question_ids]
    if following:
        items[-1]["item"].append(
            {"linkId": f"{following['question']}.rationale", "text": following["rationale"], "type": "display"}
        )
    return {
        "resourceType": "Questionnaire",
        "id": ADAPTIVE_ID,
        "meta": {"profile": [QUESTIONNAIRE_PROFILE]},
        "url": f"{fhir.QUESTIONNAIRE_URL}:adaptive",
        "version": rules.KB_VERSION,
        "derivedFrom": [fhir.QUESTIONNAIRE_URL],
        "status": "active",
        "experimental": True,
        "subjectType": ["Patient"],
        "description": rules.DISCLAIMER,
        "item": items,
    }
