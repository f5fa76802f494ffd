"""What each recommended test would tell, checked against the engine run directly on each result."""

from hypothesis import given, settings

import rules
from rules.questionnaire import MANY

from .test_properties import valid_answers


def _leaders(answers: dict) -> dict:
    result = rules.assess(answers).as_dict()
    return {
        axis: {"id": items[0]["id"], "label": items[0]["label"]} if items and items[0]["score"] > 0 else None
        for axis, items in (
            ("origin", result["origins"]),
            ("cause", result["causes"]),
            ("condition", result["conditions"]),
        )
    }


@settings(max_examples=25, deadline=None)
@given(valid_answers)
def test_every_forecast_is_what_the_engine_concludes_once_that_result_is_entered(answers):
    canonical = rules.validate_answers(answers)
    now = _leaders(canonical)
    forecast_document = rules.workup_yield(answers)
    assert forecast_document["leaders"] == now and forecast_document["disclaimer"] == rules.DISCLAIMER
    steps = forecast_document["steps"]
    assert [s["step"] for s in steps] == [w["id"] for w in rules.assess(answers).as_dict()["workup"]]
    for step in steps:
        assert step["questions"] == list(rules.STEP_QUESTIONS.get(step["step"], ()))
        expected = [(q, c) for q in step["questions"] if q not in canonical for c in rules.QUESTIONS[q].choice_ids]
        assert [(r["question"], r["choice"]) for r in step["results"]] == expected
        for forecast in step["results"]:
            question = rules.QUESTIONS[forecast["question"]]
            value = [forecast["choice"]] if question.kind == MANY else forecast["choice"]
            direct = _leaders({**canonical, question.id: value})
            assert forecast["leaders"] == direct
            assert forecast["changes"] == [
                axis for axis in ("origin", "cause", "condition") if direct[axis] != now[axis]
            ]


def test_every_step_that_records_a_result_names_questions_of_the_test_results_section():
    tests_section = {q.id for s in rules.SECTIONS if s.id == "tests" for q in s.questions}
    assert set(rules.STEP_QUESTIONS) <= {step["id"] for step in rules.catalogue()["workup"]}
    assert {q for qs in rules.STEP_QUESTIONS.values() for q in qs} == tests_section


def test_a_recording_forecast_names_the_origin_each_result_would_settle():
    answers = {"distribution": "axial", "onset": "acute", "age_group": "adult"}
    steps = {s["step"]: s for s in rules.workup_yield(answers)["steps"]}
    emg = {r["choice"]: r for r in steps["emg_polymyography"]["results"]}
    assert emg["under_50_ms"]["leaders"]["origin"]["id"] == "cortical" and "origin" in emg["under_50_ms"]["changes"]
    assert emg["rostrocaudal"]["leaders"]["origin"]["id"] == "subcortical"
