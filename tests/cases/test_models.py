"""Authoring safeguards: a case or stage the engine cannot read is refused with a field error
(the admin shows it), so nothing half-valid reaches learners."""

import pytest
from django.core.exceptions import ValidationError

from decisionaid.cases import vocabulary
from decisionaid.cases.forms import CommitmentForm
from decisionaid.cases.models import Case, Stage

pytestmark = pytest.mark.django_db


def _case(**changes):
    fields = {
        "title": "T",
        "slug": "t",
        "summary": "S",
        "key_cause": "toxic",
        "key_origin": "cortical",
        "key_condition": "drug_induced_myoclonus",
        "key_treatments": ["withdraw_offending_drug"],
        "avoid_treatments": [],
        "sources": ["caviness2004"],
    }
    return Case(**{**fields, **changes})


def test_a_valid_case_passes_validation():
    _case().full_clean()


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"key_treatments": ["aspirin"]}, "key_treatments"),
        ({"avoid_treatments": "phenytoin"}, "avoid_treatments"),
        ({"sources": ["wikipedia"]}, "sources"),
        ({"key_cause": "genetic"}, "key_cause"),
        ({"key_treatments": ["phenytoin"], "avoid_treatments": ["phenytoin"]}, "avoid_treatments"),
    ],
)
def test_a_case_naming_what_the_engine_does_not_know_is_refused(changes, field):
    with pytest.raises(ValidationError) as error:
        _case(**changes).full_clean()
    assert field in error.value.message_dict


def test_a_stage_with_an_answer_the_questionnaire_does_not_allow_is_refused():
    case = _case()
    case.save()
    stage = Stage(case=case, order=1, kind="history", narrative="N", answers={"distribution": "everywhere"})
    with pytest.raises(ValidationError) as error:
        stage.full_clean()
    assert "focal" in " ".join(error.value.message_dict["answers"])


def test_a_stage_stores_its_answers_in_canonical_form():
    case = _case()
    case.save()
    stage = Stage(
        case=case,
        order=1,
        kind="history",
        narrative="N",
        answers={"triggers": ["action", "stimulus"], "epilepsy": "unknown"},
    )
    stage.full_clean()
    assert stage.answers == {"triggers": ["stimulus", "action"]}


def test_the_key_fields_and_the_commitment_form_offer_the_same_labelled_choices():
    form = CommitmentForm()
    causes = vocabulary.choices("causes")
    assert Case._meta.get_field("key_cause").choices == causes == form.fields["cause_1"].choices[1:]
    assert Case._meta.get_field("key_origin").choices == vocabulary.choices("origins") == form.fields["origin"].choices
    assert form.fields["offered"].choices == vocabulary.choices("treatments")
    assert ("traumatic", "Traumatic (injury or compression)") in vocabulary.choices("causes")
