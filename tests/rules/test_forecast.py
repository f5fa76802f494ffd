"""Every "what if" the interview, why-not and the counterfactuals show is what the engine concludes
once the changed answers are entered: the forecast's shortcut (only the rules a change can reach
are run again) loses nothing."""

from hypothesis import given, settings
from hypothesis import strategies as st

import rules
from rules.engine import lent_engine
from rules.forecast import Forecaster, alternatives, changed

from .test_properties import valid_answers


def _changes(data, answers: dict) -> tuple:
    questions = data.draw(st.lists(st.sampled_from(sorted(rules.QUESTIONS)), min_size=1, max_size=2, unique=True))
    return tuple(data.draw(st.sampled_from(alternatives(answers, q))) for q in questions)


@settings(max_examples=300, deadline=None)
@given(valid_answers, st.data())
def test_a_forecast_outcome_is_the_outcome_of_assessing_the_changed_answers(answers, data):
    with lent_engine() as engine:
        forecaster = Forecaster(engine, answers)
        changes = _changes(data, forecaster.answers)
        forecast = forecaster.outcome_of(changes)
    assert forecast == rules.assess(changed(forecaster.answers, changes)).outcome()


@settings(max_examples=50, deadline=None)
@given(valid_answers)
def test_the_base_outcome_is_the_outcome_of_the_answers(answers):
    with lent_engine() as engine:
        assert Forecaster(engine, answers).outcome == rules.assess(answers).outcome()


def test_every_single_change_of_a_question_is_offered_once_and_changes_that_question():
    answers = rules.validate_answers({"lab_findings": ["liver_tests"], "drug_classes": ["opioid"]})
    for question in rules.QUESTIONS:
        options = alternatives(answers, question)
        assert len({o.value for o in options}) == len(options)
        for option in options:
            assert changed(answers, (option,)).get(question) != answers.get(question)
    drugs = {o.value for o in alternatives(answers, "drug_classes")}
    assert None in drugs and ("serotonergic", "opioid") in drugs and ("opioid",) not in drugs
    labs = {o.value for o in alternatives(answers, "lab_findings")}
    assert ("none",) in labs and None in labs and ("liver_tests",) not in labs
