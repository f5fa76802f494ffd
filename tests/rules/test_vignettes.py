"""Reference vignettes: the engine reaches the teaching answer for each classic case."""

import pytest

import rules
from rules.knowledge.contraindications import CONTRAINDICATIONS

from .vignettes import VIGNETTES

CAUSE_IDS = {cause["id"] for cause in rules.catalogue()["causes"]}
ORIGIN_IDS = {
    "cortical",
    "cortical_subcortical",
    "subcortical",
    "spinal_segmental",
    "propriospinal",
    "peripheral",
    "functional",
}


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda v: v.name)
def test_vignette_reaches_its_teaching_answer(vignette):
    result = rules.assess(vignette.answers).as_dict()
    roles = {t["id"]: t["role"] for t in result["treatments"]}
    assert result["causes"][0]["id"] == vignette.cause
    assert result["origins"][0]["id"] == vignette.origin
    assert {t: roles.get(t) for t in vignette.treatments} == vignette.treatments
    assert {t: roles.get(t) for t in vignette.avoid} == dict.fromkeys(vignette.avoid, "avoid")
    assert {flag["id"] for flag in result["red_flags"]} == set(vignette.red_flags)
    if vignette.condition:
        assert result["conditions"][0]["id"] == vignette.condition


def test_there_are_at_least_seventy_vignettes_each_citing_a_known_source():
    assert len(VIGNETTES) >= 70
    assert len({v.name for v in VIGNETTES}) == len(VIGNETTES)
    assert {v.reference for v in VIGNETTES} <= set(rules.SOURCES)


def test_vignettes_cover_every_cause_category_and_every_origin():
    assert {v.cause for v in VIGNETTES} == CAUSE_IDS
    assert {v.origin for v in VIGNETTES} == ORIGIN_IDS


def test_every_rule_and_every_taught_contraindication_fires_in_some_vignette():
    """The backstop entries (drugs no rule should offer in their context) are proved by the safety
    layer's own tests and the invariants instead."""
    fired = {step["rule"] for v in VIGNETTES for step in rules.assess(v.answers).as_dict()["trace"]}
    assert {r.id for r in rules.RULES} - fired == set()
    assert {c.id for c in CONTRAINDICATIONS if c.taught} - fired == set()


def test_phenytoin_is_never_offered_in_an_epilepsy_where_it_worsens_myoclonus():
    for name in ("juvenile_myoclonic_epilepsy", "unverricht_lundborg", "lafora_visual"):
        vignette = next(v for v in VIGNETTES if v.name == name)
        treatments = rules.assess(vignette.answers).as_dict()["treatments"]
        phenytoin = next(t for t in treatments if t["id"] == "phenytoin")
        assert phenytoin["role"] == "avoid" and "worsen" in " ".join(w["text"] for w in phenytoin["why"])


def test_piracetam_is_avoided_in_kidney_failure_with_the_reason():
    renal = [v for v in VIGNETTES if v.answers.get("organ_failure") == "renal"]
    assert renal
    for vignette in renal:
        treatments = rules.assess(vignette.answers).as_dict()["treatments"]
        piracetam = next(t for t in treatments if t["id"] == "piracetam")
        assert piracetam["role"] == "avoid"
        assert "kidney" in " ".join(w["text"] for w in piracetam["why"] if w["role"] == "avoid")


def test_in_liver_failure_valproate_and_clonazepam_are_avoided_with_their_reasons():
    vignette = next(v for v in VIGNETTES if v.name == "hepatic_asterixis")
    treatments = {t["id"]: t for t in rules.assess(vignette.answers).as_dict()["treatments"]}
    valproate, clonazepam = treatments["sodium_valproate"], treatments["clonazepam"]
    assert valproate["role"] == clonazepam["role"] == "avoid"
    assert "liver" in " ".join(w["text"] for w in valproate["why"] if w["role"] == "avoid")
    assert "hepatic encephalopathy" in " ".join(w["text"] for w in clonazepam["why"] if w["role"] == "avoid")


def test_a_caution_offers_nothing_by_itself():
    treatments = rules.assess({"vascular_event": "yes"}).as_dict()["treatments"]
    assert "piracetam" not in {t["id"] for t in treatments}


def test_a_caution_reaches_an_offered_drug():
    vignette = next(v for v in VIGNETTES if v.name == "piracetam_after_stroke_caution")
    piracetam = next(t for t in rules.assess(vignette.answers).as_dict()["treatments"] if t["id"] == "piracetam")
    assert "haemorrhage" in piracetam["cautions"][0]
