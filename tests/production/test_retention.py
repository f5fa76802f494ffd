"""purge_assessments: the documented retention command."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment

HICCUPS = {"distribution": "diaphragmatic", "rhythm": "rhythmic", "frequency": "occasional"}


def stored(age: timedelta) -> Assessment:
    assessment = services.assessment_create(answers=HICCUPS)
    Assessment.objects.filter(pk=assessment.pk).update(updated_at=timezone.now() - age)
    return assessment


def purge(*args: str) -> str:
    out = StringIO()
    call_command("purge_assessments", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_purge_deletes_only_what_was_last_changed_before_the_age():
    old, older = stored(timedelta(days=31)), stored(timedelta(days=400))
    recent = stored(timedelta(days=29))
    assert purge("--older-than", "30d").startswith("Deleted 2 assessments")
    assert list(Assessment.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not Assessment.objects.filter(pk__in=[old.pk, older.pk]).exists()


@pytest.mark.django_db
def test_purge_accepts_hours():
    stored(timedelta(hours=13))
    stored(timedelta(hours=11))
    assert purge("--older-than", "12h").startswith("Deleted 1 assessments")
    assert Assessment.objects.count() == 1


@pytest.mark.django_db
def test_a_dry_run_counts_and_deletes_nothing():
    stored(timedelta(days=45))
    assert purge("--older-than", "30d", "--dry-run").startswith("Would delete 1 assessments")
    assert Assessment.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("age", ["30", "0d", "2w", "-3d", "d"])
def test_an_unclear_age_is_refused(age):
    with pytest.raises(CommandError, match="positive number of days or hours"):
        purge(f"--older-than={age}")
