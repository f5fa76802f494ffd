"""The answers serializer's shortcut for plainly valid answers gives what its fields give,
and leaves everything else (with its error messages) to the fields."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rest_framework import serializers

import rules
from decisionaid.api.answers import AnswersSerializer


def _plain_value(question):
    choice = st.sampled_from(list(question.choice_ids) + [rules.UNKNOWN])
    if question.kind == "many":
        return st.one_of(st.none(), st.lists(choice, max_size=4))  # any order, repeats allowed
    return st.one_of(st.none(), choice)


def _any_value(question):
    odd = st.one_of(st.just(""), st.text(max_size=6), st.integers(), st.booleans(),
                    st.dictionaries(st.sampled_from(question.choice_ids), st.integers(), max_size=2))
    return st.one_of(_plain_value(question), odd, st.lists(st.one_of(_plain_value(question), odd), max_size=3))


plain_answers = st.fixed_dictionaries({}, optional={q.id: _plain_value(q) for q in rules.QUESTIONS.values()})
any_answers = st.fixed_dictionaries(
    {}, optional={**{q.id: _any_value(q) for q in rules.QUESTIONS.values()}, "not_a_question": st.just("yes")},
)


def _by_fields(data):
    """What DRF's fields make of the data, or the error they raise."""
    try:
        return serializers.Serializer.to_internal_value(AnswersSerializer(), data)
    except serializers.ValidationError as error:
        return error


@settings(max_examples=200, deadline=None)
@given(plain_answers)
def test_plainly_valid_answers_take_the_shortcut_to_what_the_fields_give(data):
    shortcut = AnswersSerializer()._plainly_valid(data)
    by_fields = _by_fields(data)
    assert shortcut == by_fields
    assert list(shortcut) == list(by_fields)  # the same (questionnaire) order


@settings(max_examples=200, deadline=None)
@given(any_answers)
def test_the_shortcut_steps_aside_for_anything_else(data):
    shortcut = AnswersSerializer()._plainly_valid(data)
    if shortcut is not None:
        assert shortcut == _by_fields(data)
    else:
        # Only for data the fields reject or must handle themselves (an unknown question,
        # a dict given for a list).
        assert (isinstance(_by_fields(data), serializers.ValidationError) or "not_a_question" in data
                or any(isinstance(v, dict) for v in data.values()))


def test_an_unknown_question_and_a_bad_choice_still_get_the_fields_errors():
    serializer = AnswersSerializer(data={"distribution": "everywhere", "not_a_question": "yes"})
    assert not serializer.is_valid()
    assert "focal" in str(serializer.errors["distribution"]) and "not_a_question" in serializer.errors
