"""Reference vignettes: the engine reaches the teaching answer for each classic case."""

import pytest

import rules

from .vignettes import VIGNETTES

CAUSE_IDS = {"physiological", "metabolic", "nutritional", "degenerative", "traumatic", "vascular",
             "infectious", "hereditary", "toxic", "functional"}
ORIGIN_IDS = {"cortical", "cortical_subcortical", "subcortical", "spinal_segmental", "propriospinal",
              "peripheral", "functional"}


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda v: v.name)
def test_vignette_reaches_its_teaching_answer(vignette):
    result = rules.assess(vignette.answers).as_dict()
    roles = {t["id"]: t["role"] for t in result["treatments"]}
    assert result["causes"][0]["id"] == vignette.cause
    assert result["origins"][0]["id"] == vignette.origin
    assert {t: roles.get(t) for t in vignette.treatments} == vignette.treatments
    assert {t: roles.get(t) for t in vignette.avoid} == {t: "avoid" for t in vignette.avoid}
    assert set(vignette.red_flags) <= {flag["id"] for flag in result["red_flags"]}


def test_vignettes_cover_every_cause_category_and_every_origin():
    assert {v.cause for v in VIGNETTES} == CAUSE_IDS
    assert {v.origin for v in VIGNETTES} == ORIGIN_IDS


def test_every_rule_fires_in_some_vignette():
    fired = {step["rule"] for v in VIGNETTES for step in rules.assess(v.answers).as_dict()["trace"]}
    assert fired == {r.id for r in rules.RULES}


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


def test_in_liver_failure_valproate_is_avoided_and_clonazepam_comes_with_a_caution():
    vignette = next(v for v in VIGNETTES if v.name == "hepatic_asterixis")
    treatments = {t["id"]: t for t in rules.assess(vignette.answers).as_dict()["treatments"]}
    valproate, clonazepam = treatments["sodium_valproate"], treatments["clonazepam"]
    assert valproate["role"] == "avoid"
    assert "liver" in " ".join(w["text"] for w in valproate["why"] if w["role"] == "avoid")
    assert "hepatic encephalopathy" in clonazepam["cautions"][0]


def test_a_caution_offers_nothing_by_itself():
    treatments = rules.assess({"organ_failure": "hepatic"}).as_dict()["treatments"]
    assert "clonazepam" not in {t["id"] for t in treatments}
