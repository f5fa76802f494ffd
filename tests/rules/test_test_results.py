"""Test results as findings: recordings, imaging, CSF and blood tests settle what the bedside
leaves open, and they move the site of origin only the way the literature says they should."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rules

from .test_properties import valid_answers
from .vignettes import TEST_RESULT_VIGNETTES

TEST_QUESTIONS = {q.id for section in rules.SECTIONS if section.id == "tests" for q in section.questions}

# What each recording result says about each site of origin, written from the literature (Zutt et
# al. 2015; Shibasaki & Hallett 2005; van der Salm et al. 2012), not read from the rules: the
# origins it confirms and those it argues against.
CONFIRMS = {
    ("emg_burst_duration", "under_50_ms"): ({"cortical"}, {"spinal_segmental", "functional"}),
    ("emg_burst_duration", "over_100_ms"): (set(), {"cortical"}),
    ("emg_pattern", "rostrocaudal"): ({"subcortical"}, {"cortical"}),
    ("emg_pattern", "propriospinal"): ({"propriospinal"}, {"cortical"}),
    ("emg_pattern", "segmental"): ({"spinal_segmental"}, {"cortical"}),
    ("back_averaging", "cortical_potential"): ({"cortical"}, {"functional"}),
    ("back_averaging", "bereitschaftspotential"): ({"functional"}, {"cortical"}),
    ("sep", "giant"): ({"cortical"}, set()),
    ("c_reflex", "enhanced"): ({"cortical"}, set()),
}


def _origin_scores(answers: dict) -> dict[str, float]:
    return {o["id"]: o["score"] for o in rules.assess(answers).as_dict()["origins"]}


def _without_tests(answers: dict) -> dict:
    return {q: a for q, a in answers.items() if q not in TEST_QUESTIONS}


def test_there_are_at_least_fifteen_test_result_vignettes_and_each_enters_a_result():
    assert len(TEST_RESULT_VIGNETTES) >= 15
    for vignette in TEST_RESULT_VIGNETTES:
        assert set(vignette.answers) & TEST_QUESTIONS, vignette.name


@pytest.mark.parametrize("vignette", TEST_RESULT_VIGNETTES, ids=lambda v: v.name)
def test_without_its_test_results_the_vignette_has_a_less_certain_or_different_origin(vignette):
    tested = rules.assess(vignette.answers).as_dict()["origins"][0]
    bedside = rules.assess(_without_tests(vignette.answers)).as_dict()["origins"]
    assert tested["id"] == vignette.origin
    bedside_score = next(o["score"] for o in bedside if o["id"] == vignette.origin)
    assert bedside[0]["id"] != vignette.origin or bedside_score < tested["score"]


@settings(max_examples=200, deadline=None)
@given(valid_answers, st.sampled_from(sorted(CONFIRMS)))
def test_a_confirming_result_never_lowers_its_origin_and_a_contradicting_one_never_raises_it(answers, result):
    question, choice = result
    confirmed, contradicted = CONFIRMS[result]
    before = _origin_scores({q: a for q, a in answers.items() if q != question})
    after = _origin_scores({**answers, question: choice})
    for origin in confirmed:
        assert after[origin] >= before[origin], (origin, question, choice)
    for origin in contradicted:
        assert after[origin] <= before[origin], (origin, question, choice)


def test_a_recording_that_contradicts_the_bedside_picture_is_listed_against_it():
    """Focal, irregular action jerks look cortical at the bedside; a readiness potential before
    them says functional, and the result shows the recording under the cortical origin's "against"."""
    answers = {"distribution": "focal", "rhythm": "arrhythmic", "triggers": ["action"]}
    bedside = rules.assess(answers).as_dict()["origins"]
    assert bedside[0]["id"] == "cortical"
    result = rules.assess({**answers, "back_averaging": "bereitschaftspotential"}).as_dict()
    assert result["origins"][0]["id"] == "functional"
    cortical = next(o for o in result["origins"] if o["id"] == "cortical")
    against = [e for e in cortical["against"] if e["rule"] == "origin.tests.bereitschaftspotential"]
    assert against and against[0]["answers"] == {"back_averaging": ["bereitschaftspotential"]}
    assert cortical["for"], "the bedside evidence for the cortex stays on show beside it"
