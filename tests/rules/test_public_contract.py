"""The result contract (docs/result-contract.md), as a teaching tool's developer relies on it.

The contract grows only additively: every key a release gave stays, in its place, with the
same kind of value; new keys come after."""

import json
from pathlib import Path

import pytest

import rules

HICCUPS = {"distribution": "diaphragmatic", "rhythm": "rhythmic"}
RELEASE_1_0_KEYS = [
    "kb_version",
    "disclaimer",
    "answers",
    "causes",
    "origins",
    "workup",
    "treatments",
    "red_flags",
    "trace",
]
RELEASE_1_0 = json.loads((Path(__file__).parent / "fixtures" / "release_1_0_results.json").read_text())


def test_result_keeps_the_release_1_0_keys_in_order_and_adds_after_them():
    result = rules.assess(HICCUPS).as_dict()
    assert list(result)[: len(RELEASE_1_0_KEYS)] == RELEASE_1_0_KEYS
    assert list(result)[len(RELEASE_1_0_KEYS) :] == ["conditions"]


def _shape(value):
    """The keys of every object, recursively, and the type of every leaf: what a client parses."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        shapes = [_shape(item) for item in value]
        return shapes[0] if shapes else None
    return type(value).__name__


def _covers(new, old) -> bool:
    if old is None or new is None:
        return True
    if isinstance(old, dict):
        return isinstance(new, dict) and all(k in new and _covers(new[k], old[k]) for k in old)
    return new == old or {new, old} <= {"int", "float"}


@pytest.mark.parametrize("name", sorted(RELEASE_1_0["results"]))
def test_an_answer_set_from_release_1_0_still_gives_every_release_1_0_field(name):
    saved = RELEASE_1_0["results"][name]
    result = rules.assess(saved["answers"]).as_dict()
    assert _covers(_shape(result), _shape(saved["result"]))
    assert result["kb_version"] != RELEASE_1_0["kb_version"] and result["kb_version"].startswith("2.")
    # the same kind of result: the same ranked ids, the same named red flags (now with urgency)
    assert {c["id"] for c in result["causes"]} >= {c["id"] for c in saved["result"]["causes"]}
    assert {f["id"] for f in saved["result"]["red_flags"]} <= {f["id"] for f in result["red_flags"]}


def test_every_suggestion_carries_the_disclaimer_and_sources():
    result = rules.assess(HICCUPS).as_dict()
    for part in ("causes", "origins", "workup", "treatments", "red_flags", "conditions"):
        for item in result[part]:
            assert item["disclaimer"] == rules.DISCLAIMER
            assert {"id", "label", "sources"} <= set(item)


def test_unknown_choice_is_rejected_naming_question_and_allowed_values():
    with pytest.raises(rules.InvalidAnswers) as error:
        rules.assess({"distribution": "everywhere"})
    assert "distribution" in error.value.errors
    assert "diaphragmatic" in error.value.errors["distribution"]
