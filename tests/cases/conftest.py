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


@pytest.fixture
def draft_case(db):
    """A case an educator has started but given no stages: it cannot be played."""
    return Case.objects.create(
        title="Draft",
        slug="draft",
        summary="Unfinished",
        key_cause="toxic",
        key_origin="cortical",
        key_condition="drug_induced_myoclonus",
    )
