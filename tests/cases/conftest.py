"""Shared fixtures: the built-in library loaded, and a case with its stages."""

import pytest
from django.core.management import call_command

from decisionaid.cases.models import Case

JME = "morning-jerks-in-a-teenager"


@pytest.fixture
def library(db, monkeypatch):
    monkeypatch.delenv("DEMO_STAFF_PASSWORD", raising=False)
    call_command("seed_demo", stdout=open("/dev/null", "w"))


@pytest.fixture
def jme(library):
    return Case.objects.get(slug=JME)
