"""The API fuzzed in process by schemathesis against its own OpenAPI schema: generated
requests, valid and invalid, must never cause a server error, an undocumented status or
a response body the schema does not describe.

The schema is generated at collection time by the generator behind /api/schema/ (the
view needs the database, which pytest does not allow while collecting); the first test
proves it is the schema the site serves. Bounded to a few dozen examples per
operation, with throttling off so the fuzzer is not simply answered 429. The coverage
phase is left to the HTTP run of .ci/contract, which CI makes.
"""

import hypothesis
import pytest
import schemathesis
import yaml
from django.core import signals
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from decisionaid.wsgi import application

CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


def generated_schema() -> dict:
    return yaml.safe_load(yaml.safe_dump(SchemaGenerator().get_schema(request=None, public=True)))


# The coverage phase (every enum value and boundary of every schema, some ten thousand
# cases for the FHIR bodies alone) runs over HTTP in .ci/contract; here the examples and
# hypothesis's own draws keep the suite quick.
schema = schemathesis.openapi.from_dict(
    generated_schema(), config=SchemathesisConfig.from_dict({"phases": {"coverage": {"enabled": False}}})
)


def test_the_fuzzed_schema_is_the_one_served_at_api_schema(anonymous):
    response = anonymous.get("/api/schema/")
    assert yaml.safe_load(response.content) == schema.raw_schema


@pytest.fixture
def test_transaction_kept_across_requests():
    """Django's WSGI handler closes the database connection after each request; the test
    client prevents that, and so must a test that calls the WSGI app directly."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def fuzzing(alice, throttle_rates, test_transaction_kept_across_requests):
    """Alice's token on every request, so the assessments endpoints are reached too."""
    throttle_rates(anon=None, user=None)
    return {"Authorization": alice._credentials["HTTP_AUTHORIZATION"]}


@schema.parametrize()
@hypothesis.settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(hypothesis.HealthCheck)
)
def test_the_api_keeps_to_its_schema_under_fuzzing(case, fuzzing):
    case.call_and_validate(app=application, headers=fuzzing, checks=CHECKS)
