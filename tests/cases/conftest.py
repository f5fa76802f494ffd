"""Fixtures of the case tests; the built-in library and the JME case are the root conftest's."""

import pytest

from decisionaid.cases.models import Case
from tests.conftest import JME  # noqa: F401 (the case tests import it from here)


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
