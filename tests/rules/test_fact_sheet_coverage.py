"""Everything the source fact sheet names is in the knowledge base, cited to its section."""

import pytest

import rules
from rules.vocabulary import CAUSES, CONDITIONS, TREATMENTS

CATALOGUE = rules.catalogue()


def _rules_citing(section: str) -> list[dict]:
    return [r for r in CATALOGUE["rules"] if f"seed:{section}" in r["sources"]]


@pytest.mark.parametrize(
    "cause", ["metabolic", "nutritional", "degenerative", "traumatic", "vascular", "infectious", "hereditary", "toxic"]
)
def test_each_cause_category_of_the_source_is_cited_to_its_causes_section(cause):
    assert "seed:causes" in CAUSES[cause].sources


@pytest.mark.parametrize("example", ["hiccups", "hypnic_jerks"])
def test_the_two_everyday_examples_are_physiological_and_cited(example):
    assert CONDITIONS[example].group == "physiological" and "seed:examples" in CONDITIONS[example].sources


@pytest.mark.parametrize("question", ["clustering", "rhythm", "frequency", "triggers"])
def test_each_pattern_feature_of_the_definition_is_asked(question):
    assert question in rules.QUESTIONS


@pytest.mark.parametrize("question", ["epilepsy", "dementia", "growth_retardation", "visual_disturbance"])
def test_each_accompanying_symptom_moves_a_conclusion_under_a_rule_citing_the_source(question):
    cited = [r for r in _rules_citing("associated") if question in r["questions"]]
    assert cited, f"no rule citing the fact sheet's associated-conditions section reads {question}"


def test_electrical_recording_to_localise_is_part_of_the_workup():
    assert any(
        c["kind"] == "workup" and c["target"] in {"eeg", "emg_polymyography"}
        for r in _rules_citing("diagnosis")
        for c in r["conclusions"]
    )


@pytest.mark.parametrize(
    "treatment",
    [
        "barbiturates",
        "clonazepam",
        "phenytoin",
        "primidone",
        "sodium_valproate",
        "propranolol",
        "5_htp",
        "botulinum_toxin",
        "surgery",
    ],
)
def test_each_treatment_the_source_lists_is_cited_to_its_treatment_section(treatment):
    assert "seed:treatment" in TREATMENTS[treatment].sources


def test_several_drugs_together_and_surgery_for_pressure_on_nerves_are_taught():
    texts = " ".join(c.get("note", "") for r in _rules_citing("treatment") for c in r["conclusions"])
    assert "several drugs" in texts and "pressure on" in texts
