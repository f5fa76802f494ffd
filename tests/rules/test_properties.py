"""Properties over the whole answer space, with strategies generated from the questionnaire."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rules
from rules.questionnaire import MANY

SUGGESTION_PARTS = ("causes", "origins", "workup", "treatments", "red_flags")


def _value(question):
    if question.kind == MANY:
        return st.lists(st.sampled_from([c for c in question.choice_ids if c != "none"]), max_size=3, unique=True)
    return st.sampled_from(question.choice_ids + (rules.UNKNOWN,))


valid_answers = st.fixed_dictionaries({}, optional={q.id: _value(q) for q in rules.QUESTIONS.values()})


@settings(max_examples=150, deadline=None)
@given(valid_answers)
def test_any_valid_answers_give_a_deterministic_contract_result_with_disclaimers(answers):
    first = rules.assess(answers)
    result = first.as_dict()
    assert first.to_json() == rules.assess(dict(reversed(list(answers.items())))).to_json()
    assert result["disclaimer"] == rules.DISCLAIMER and result["kb_version"] == rules.KB_VERSION
    for part in SUGGESTION_PARTS:
        for item in result[part]:
            assert item["disclaimer"] == rules.DISCLAIMER and item["sources"]
    for item in result["causes"] + result["origins"]:
        assert -1 <= item["score"] <= 1 and item["strength"]
    assert [c["score"] for c in result["causes"]] == sorted((c["score"] for c in result["causes"]), reverse=True)
    ids = [t["id"] for t in result["treatments"]]
    assert len(ids) == len(set(ids))  # a drug is never both offered and avoided
    assert all(t["role"] in ("recommended", "consider", "avoid") for t in result["treatments"])
    json.dumps(result)


bad_value = st.one_of(
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.text(max_size=8).filter(
        lambda s: s not in {c for q in rules.QUESTIONS.values() for c in q.choice_ids} | {"unknown"}
    ),
)


@settings(max_examples=150, deadline=None)
@given(valid_answers, st.sampled_from(sorted(rules.QUESTIONS)), bad_value)
def test_a_bad_value_is_rejected_naming_the_question_and_its_allowed_values(answers, question_id, value):
    bad = {
        **answers,
        question_id: value if rules.QUESTIONS[question_id].kind != MANY or isinstance(value, int) else [value],
    }
    with pytest.raises(rules.InvalidAnswers) as error:
        rules.assess(bad)
    assert question_id in error.value.errors
    question = rules.QUESTIONS[question_id]
    assert all(choice in error.value.errors[question_id] for choice in question.choice_ids)


@settings(max_examples=60, deadline=None)
@given(valid_answers, st.text(min_size=1, max_size=12).filter(lambda k: k not in rules.QUESTIONS))
def test_an_unknown_question_is_rejected_by_name(answers, key):
    with pytest.raises(rules.InvalidAnswers) as error:
        rules.assess({**answers, key: "yes"})
    assert key in error.value.errors


@pytest.mark.parametrize("answers", [[], "focal", None, 3])
def test_answers_that_are_not_an_object_are_rejected(answers):
    with pytest.raises(rules.InvalidAnswers) as error:
        rules.assess(answers)
    assert "answers" in error.value.errors


def test_none_cannot_be_combined_with_other_triggers():
    with pytest.raises(rules.InvalidAnswers) as error:
        rules.assess({"triggers": ["none", "action"]})
    assert "triggers" in error.value.errors
