"""Why not X and what would change the answer: every change shown, once entered, does what it says;
a pair is shown only for what no single change does; a near miss, supplied, makes its rule fire."""

from hypothesis import given, settings
from hypothesis import strategies as st

import rules
from rules.explain import KINDS, what_would_change, why_not
from rules.forecast import LEADER_REGISTRIES, effects

from .test_properties import valid_answers

HYPOTHESES = st.one_of(*(st.tuples(st.just(kind), st.sampled_from(sorted(LEADER_REGISTRIES[kind]))) for kind in KINDS))


def _entered(answers: dict, changes: list[dict]) -> dict:
    new = rules.validate_answers(answers)
    for change in changes:
        if change["to"] is None:
            new.pop(change["question"], None)
        else:
            new[change["question"]] = change["to"]
    return rules.validate_answers(new)


def _effect_keys(found: list[dict]) -> set[tuple]:
    return {(e["kind"], e.get("id"), e.get("to")) for e in found}


@settings(max_examples=15, deadline=None)
@given(valid_answers)
def test_every_counterfactual_entered_gives_the_effects_it_describes(answers):
    base = rules.assess(answers).outcome()
    found = what_would_change(answers)
    single_effects: set[tuple] = set()
    for counterfactual in found["counterfactuals"]:
        after = rules.assess(_entered(answers, counterfactual["changes"])).outcome()
        actual = _effect_keys(effects(base, after))
        claimed = _effect_keys(counterfactual["effects"])
        assert claimed and claimed <= actual, counterfactual["text"]
        if len(counterfactual["changes"]) == 1:
            single_effects |= claimed
        else:
            assert not claimed & single_effects, "a pair is shown only for what no single change does"
    sizes = [len(c["changes"]) for c in found["counterfactuals"]]
    assert sizes == sorted(sizes) and set(sizes) <= {1, 2}


@settings(max_examples=40, deadline=None)
@given(valid_answers, HYPOTHESES)
def test_a_near_miss_supplied_makes_its_rule_fire(answers, hypothesis):
    kind, target = hypothesis
    explained = why_not(answers, kind, target)
    assert explained["disclaimer"] == rules.DISCLAIMER and explained["hypothesis"]["id"] == target
    fired = {f.rule.id for f in rules.assess(answers).firings}
    for standing in explained["rules"]:
        assert standing["fired"] == (standing["rule"] in fired)
    for near in explained["near_misses"]:
        after = rules.assess(_entered(answers, near["changes"]))
        assert near["rule"] in {f.rule.id for f in after.firings}


def test_why_not_names_the_rules_for_a_cause_and_what_each_lacks():
    answers = {"distribution": "focal", "age_group": "adult"}
    explained = why_not(answers, "cause", "toxic")
    assert explained["standing"]["leading"] is False
    lithium = next(r for r in explained["rules"] if r["near_miss"] and "lithium" in str(r["near_miss"]["changes"]))
    assert not lithium["fired"] and not all(c["holds"] for c in lithium["conditions"])
    assert any(e["kind"] == "cause" and e["to"] == "toxic" for e in lithium["near_miss"]["effects"])


def test_the_findings_against_a_hypothesis_are_the_results_evidence_against_it():
    answers = {"emg_burst_duration": "over_100_ms", "distribution": "axial", "onset": "acute"}
    result = rules.assess(answers).as_dict()
    for item in result["origins"]:
        assert why_not(answers, "origin", item["id"])["against"] == item["against"]


def test_a_single_answer_that_raises_a_red_flag_is_a_counterfactual():
    found = what_would_change({"age_group": "adult", "distribution": "focal"})
    texts = [c for c in found["counterfactuals"] if len(c["changes"]) == 1]
    spinal = [c for c in texts if c["changes"][0]["question"] == "spinal_cord_signs"]
    assert spinal and any(e["kind"] == "red_flag_raised" for e in spinal[0]["effects"])
    assert "would raise the red flag" in spinal[0]["text"]
