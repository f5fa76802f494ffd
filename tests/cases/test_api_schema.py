"""The case endpoints' real responses (not only their errors) keep to the OpenAPI schema:
with the library loaded, a revealed case and a scored attempt are validated by schemathesis
against the schema served at /api/schema/. (The suite-wide fuzz in tests/api runs on an
empty database, where every case is a 404.)"""

import pytest

from decisionaid.wsgi import application
from tests.api.test_schemathesis import CHECKS, schema, test_transaction_kept_across_requests  # noqa: F401

from .conftest import JME
from .test_api import PERFECT

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def served(library, test_transaction_kept_across_requests):  # noqa: F811
    """The library loaded, and the database connection kept across WSGI calls."""


def _validated(path, method, **parts):
    case = schema[path][method].Case(**parts)
    return case.call_and_validate(app=application, checks=CHECKS)


def test_the_case_list_keeps_to_the_schema(served):
    assert _validated("/api/v1/cases", "GET").status_code == 200


def test_a_revealed_case_keeps_to_the_schema(served):
    response = _validated("/api/v1/cases/{slug}", "GET", path_parameters={"slug": JME}, query={"stage": 2})
    assert response.status_code == 200


def test_a_scored_attempt_keeps_to_the_schema(served):
    body = {**PERFECT, "findings": [{"stage": 1, "answers": {"age_group": "adolescent"}}]}
    response = _validated(
        "/api/v1/cases/{slug}/attempts", "POST", path_parameters={"slug": JME}, body=body, media_type="application/json"
    )
    assert response.status_code == 201
