"""The catalogue as a reader of the knowledge base relies on it, without the rules' internals."""

import rules

CATALOGUE = rules.catalogue()
PATTERN_LABELS = {p["id"]: p["label"] for p in CATALOGUE["patterns"]}


def test_every_pattern_a_rule_refers_to_is_in_the_vocabulary_with_its_label():
    for rule in CATALOGUE["rules"]:
        for ref in rule["patterns"]:
            assert ref["label"] == PATTERN_LABELS[ref["id"]]
            assert ref["label"] in rule["conditions"][ref["condition"]]


def test_every_pattern_a_rule_infers_is_in_the_vocabulary():
    inferred = {c["target"] for r in CATALOGUE["rules"] for c in r["conclusions"] if c["kind"] == "infer"}
    assert inferred <= set(PATTERN_LABELS)


def test_a_condition_that_a_pattern_is_absent_says_so():
    workup = next(r for r in CATALOGUE["rules"] if r["id"] == "workup.localise")
    refs = {ref["id"]: ref["negated"] for ref in workup["patterns"]}
    assert refs == {"hiccups": True, "hypnic_jerks": True, "benign_neonatal_sleep_myoclonus": True}


def test_conditions_on_answers_refer_to_no_pattern():
    for rule in CATALOGUE["rules"]:
        if not rule["patterns"]:
            assert not any("pattern recognised" in c for c in rule["conditions"])


def test_every_rule_runs_in_a_band_the_catalogue_describes():
    bands = {b["id"]: b["salience"] for b in CATALOGUE["bands"]}
    assert all(bands[r["band"]] == r["salience"] for r in CATALOGUE["rules"])
