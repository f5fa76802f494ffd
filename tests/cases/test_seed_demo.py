"""python manage.py seed_demo loads the library idempotently and never invents a password."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from decisionaid.cases import services
from decisionaid.cases.library import CASES
from decisionaid.cases.models import Attempt, Case, Stage, StageEntry, Tag

pytestmark = pytest.mark.django_db


def _counts():
    return Case.objects.count(), Stage.objects.count(), Tag.objects.count()


def test_seeding_twice_leaves_one_copy_of_each_case(monkeypatch):
    monkeypatch.delenv("DEMO_STAFF_PASSWORD", raising=False)
    call_command("seed_demo")
    first = _counts()
    call_command("seed_demo")
    assert _counts() == first
    assert first[0] == len(CASES)
    assert first[1] == sum(len(case.stages) for case in CASES)


def test_reseeding_keeps_learners_attempts(monkeypatch):
    monkeypatch.delenv("DEMO_STAFF_PASSWORD", raising=False)
    call_command("seed_demo")
    case = Case.objects.get(slug=CASES[0].slug)
    attempt = services.attempt_start(case=case, session_key="s")
    services.attempt_record_stage(attempt=attempt, stage=case.stages.get(order=1), findings={})
    call_command("seed_demo")
    assert Attempt.objects.filter(pk=attempt.pk).exists() and StageEntry.objects.count() == 1


def test_no_staff_user_without_a_password_from_the_environment(monkeypatch):
    monkeypatch.delenv("DEMO_STAFF_PASSWORD", raising=False)
    call_command("seed_demo")
    assert not get_user_model().objects.exists()


def test_a_staff_user_with_the_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("DEMO_STAFF_PASSWORD", "a-long-demo-passphrase")
    call_command("seed_demo")
    call_command("seed_demo")
    user = get_user_model().objects.get(username="educator")
    assert user.is_staff and user.check_password("a-long-demo-passphrase")
