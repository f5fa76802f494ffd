"""The result contract of DESIGN.md, as a teaching tool's developer relies on it."""

import pytest

import rules

HICCUPS = {"distribution": "diaphragmatic", "rhythm": "rhythmic"}


def test_result_has_exactly_the_contract_keys():
    result = rules.assess(HICCUPS).as_dict()
    assert list(result) == ["kb_version", "disclaimer", "answers", "causes", "origins",
                            "workup", "treatments", "red_flags", "trace"]


def test_every_suggestion_carries_the_disclaimer_and_sources():
    result = rules.assess(HICCUPS).as_dict()
    for part in ("causes", "origins", "workup", "treatments", "red_flags"):
        for item in result[part]:
            assert item["disclaimer"] == rules.DISCLAIMER
            assert {"id", "label", "sources"} <= set(item)


def test_unknown_choice_is_rejected_naming_question_and_allowed_values():
    with pytest.raises(rules.InvalidAnswers) as error:
        rules.assess({"distribution": "everywhere"})
    assert "distribution" in error.value.errors
    assert "diaphragmatic" in error.value.errors["distribution"]
