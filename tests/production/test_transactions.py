"""A failure inside the engine leaves a stored assessment exactly as it was."""

import pytest

import rules
from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment


@pytest.mark.django_db
def test_an_engine_exception_while_recording_answers_changes_nothing(monkeypatch):
    assessment = services.assessment_record_answers(
        assessment=services.assessment_start(), answers={"distribution": "diaphragmatic"}
    )
    before = Assessment.objects.filter(pk=assessment.pk).values().get()

    def broken(answers):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(rules, "assess", broken)
    with pytest.raises(RuntimeError):
        services.assessment_record_answers(assessment=assessment, answers={"rhythm": "rhythmic"}, complete=True)
    assert Assessment.objects.filter(pk=assessment.pk).values().get() == before
