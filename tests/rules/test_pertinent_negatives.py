"""Pertinent negatives: an answered "No" is evidence, a question left unanswered is not.

Zutt et al. (2015) build the workup on excluding the treatable acquired causes; a
learner who asks and hears "no" has learned something the engine must weigh."""

import pytest

import rules

QUICK_MULTIFOCAL = {"onset": "acute", "distribution": "multifocal", "triggers": ["action"]}

# The key finding of each category, and its negative answer.
KEY_FINDINGS = [
    ("toxic", "drug_exposure", "no"),
    ("metabolic", "organ_failure", "none"),
    ("vascular", "vascular_event", "no"),
    ("infectious", "infection", "no"),
    ("nutritional", "nutritional_deficiency", "no"),
    ("traumatic", "head_or_spinal_injury", "no"),
    ("degenerative", "dementia", "none"),
    ("hereditary", "family_history", "no"),
    ("functional", "distractible", "no"),
]


def score(answers: dict, cause: str) -> float:
    return next(c["score"] for c in rules.assess(answers).as_dict()["causes"] if c["id"] == cause)


@pytest.mark.parametrize(("cause", "question", "negative"), KEY_FINDINGS)
def test_answering_no_to_a_categorys_key_finding_lowers_it_against_leaving_it_unanswered(cause, question, negative):
    assert score({**QUICK_MULTIFOCAL, question: negative}, cause) < score(QUICK_MULTIFOCAL, cause)


@pytest.mark.parametrize(("cause", "question", "negative"), KEY_FINDINGS)
def test_the_negative_answer_is_shown_under_findings_against(cause, question, negative):
    result = rules.assess({**QUICK_MULTIFOCAL, question: negative}).as_dict()
    against = next(c for c in result["causes"] if c["id"] == cause)["against"]
    assert any(question in finding["answers"] for finding in against)


def test_no_drug_no_organ_failure_and_no_stroke_keep_toxic_metabolic_and_vascular_out_of_the_ranking():
    """The audit's probe: with these answered "No", a quick onset alone no longer ranks them 2-4."""
    answers = {**QUICK_MULTIFOCAL, "drug_exposure": "no", "organ_failure": "none", "vascular_event": "no"}
    causes = {c["id"]: c["score"] for c in rules.assess(answers).as_dict()["causes"]}
    assert causes["toxic"] < 0 and causes["metabolic"] < 0 and causes["vascular"] < 0
    unanswered = {c["id"]: c["score"] for c in rules.assess(QUICK_MULTIFOCAL).as_dict()["causes"]}
    assert unanswered["toxic"] > 0 and unanswered["metabolic"] > 0 and unanswered["vascular"] > 0


def test_hypnic_jerks_are_reassured_only_once_seizures_and_confusion_are_asked_about():
    jerks = {"triggers": ["sleep_onset"], "frequency": "occasional"}
    roles = lambda answers: {t["id"]: t["role"] for t in rules.assess(answers).as_dict()["treatments"]}  # noqa: E731
    assert roles(jerks)["reassurance"] == "consider"
    assert roles({**jerks, "epilepsy": "no", "encephalopathy": "no"})["reassurance"] == "recommended"


def test_benign_neonatal_sleep_myoclonus_is_not_concluded_on_unasked_questions():
    baby = {"age_group": "neonate", "during_sleep": "only_in_sleep"}
    conditions = lambda answers: {c["id"] for c in rules.assess(answers).as_dict()["conditions"]}  # noqa: E731
    assert "benign_neonatal_sleep_myoclonus" not in conditions(baby)
    assert "benign_neonatal_sleep_myoclonus" in conditions({**baby, "epilepsy": "no", "growth_retardation": "no"})
