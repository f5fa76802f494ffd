"""The safety layer applies every entry of the contraindication table, whichever rule offered the
drug: each entry is tried on a case made to fit its context, in which a rule offers its drugs."""

import pytest

import rules
from rules.assessment import Assessment, Firing
from rules.knowledge.contraindications import CONTRAINDICATIONS
from rules.rulebook import infer, rule, treat
from rules.safety_layer import contraindication_firings
from rules.vocabulary import CAUTION


def _fitting_case(entry):
    """Answers and firings in which the entry's context holds and a rule offers every drug it names."""
    answers, patterns = {}, []
    for condition in entry.when:
        if condition.negated:
            continue
        if condition.inference:
            patterns.append(condition.inference)
        else:
            question = rules.QUESTIONS[condition.questions[0]]
            answers[question.id] = [condition.choices[0]] if question.kind == "many" else condition.choices[0]
    offering = rule(
        "treatment.test_offer",
        when=(),
        explain="offers everything",
        sources=["seed:treatment"],
        then=[infer(p) for p in patterns if p != "red_flag_raised"]
        + [treat(d, "recommended", "offered") for d in entry.drugs],
    )
    firings = [Firing(rule=offering, answers={}, patterns=())]
    if "red_flag_raised" in patterns:
        from rules.rulebook import red_flag

        flagging = rule(
            "safety.test_flag",
            when=(),
            explain="raises a flag",
            sources=["seed:treatment"],
            then=[red_flag("spinal_cord_lesion")],
        )
        firings.append(Firing(rule=flagging, answers={}, patterns=()))
    return rules.validate_answers(answers), firings


@pytest.mark.parametrize("entry", CONTRAINDICATIONS, ids=lambda e: e.id)
def test_each_entry_wins_over_a_rule_that_offers_its_drugs(entry):
    answers, firings = _fitting_case(entry)
    applied = contraindication_firings(answers, firings)
    assert entry.id in {f.rule.id for f in applied}
    result = Assessment(kb_version=rules.KB_VERSION, answers=answers, firings=tuple(firings + applied)).as_dict()
    treatments = {t["id"]: t for t in result["treatments"]}
    for drug in entry.drugs:
        if entry.strength == CAUTION:
            assert treatments[drug]["role"] == "recommended" and entry.reason in treatments[drug]["cautions"]
        else:
            assert treatments[drug]["role"] == "avoid"
            assert {"rule": entry.id, "role": "avoid", "text": entry.reason} in treatments[drug]["why"]


def test_an_entry_that_is_not_taught_names_only_the_drugs_some_rule_offered():
    entry = next(e for e in CONTRAINDICATIONS if e.id == "safety.avoid.drugs_functional")
    offering = rule(
        "treatment.test_offer",
        when=(),
        explain="offers one drug",
        sources=["seed:treatment"],
        then=[infer("functional_pattern"), treat("levetiracetam", "recommended", "offered")],
    )
    applied = contraindication_firings({}, [Firing(rule=offering, answers={}, patterns=())])
    [firing] = [f for f in applied if f.rule.id == entry.id]
    assert [t.target for t in firing.rule.then] == ["levetiracetam"]


def test_a_contraindication_step_in_the_trace_names_the_answers_behind_it():
    result = rules.assess({"organ_failure": "hepatic", "negative_myoclonus": "yes"}).as_dict()
    step = next(s for s in result["trace"] if s["rule"] == "safety.avoid.clonazepam_liver_failure")
    assert step["answers"] == {"organ_failure": ["hepatic"]} and step["concern"] == "safety"


def test_every_entry_cites_a_known_source_and_names_known_drugs():
    for entry in CONTRAINDICATIONS:
        assert entry.sources and set(entry.sources) <= set(rules.SOURCES)
        assert entry.strength in ("avoid", CAUTION) and entry.reason
