"""POST evaluate, POST assessments and rules.assess agree exactly: one engine, one service."""

import json

import pytest

import rules
from rules.reference_answers import REFERENCE_ANSWERS


def canonical_json(data) -> str:
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("answers", REFERENCE_ANSWERS.values(), ids=REFERENCE_ANSWERS.keys())
def test_evaluate_assessments_and_the_engine_agree_byte_for_byte(anonymous, alice, answers):
    engine = canonical_json(rules.assess(answers).as_dict())
    evaluated = anonymous.post("/api/v1/evaluate", {"answers": answers}, format="json")
    created = alice.post("/api/v1/assessments", {"answers": answers}, format="json")
    fetched = alice.get(f"/api/v1/assessments/{created.json()['id']}")
    assert canonical_json(evaluated.json()) == engine
    assert canonical_json(created.json()["result"]) == engine
    assert canonical_json(fetched.json()["result"]) == engine
