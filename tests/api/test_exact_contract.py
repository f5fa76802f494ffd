"""The API accepts exactly what its schema says: no coercions the schema does not state,
no silent defaults for bad paging, no unknown members where an object is closed, and
every status an operation can answer is documented."""

import json

import pytest
import yaml

from decisionaid.api.fhir import questionnaire_response
from rules.reference_answers import HICCUPS

HOOK = {"hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", "context": {"answers": HICCUPS}}


@pytest.fixture(autouse=True)
def throttles_off(throttle_rates):
    throttle_rates(anon=None, user=None)


def post(client, path, body, **extra):
    return client.post(path, body, format="json", **extra)


@pytest.mark.parametrize(
    "change",
    [
        {"hookInstance": 12345},
        {"context": {"userId": 7, "answers": HICCUPS}},
        {"context": {"patientId": "", "answers": HICCUPS}},
    ],
)
def test_a_hook_request_with_a_number_or_blank_where_a_string_is_expected_is_a_400(anonymous, change):
    assert post(anonymous, "/cds-services/myoclonus-ddx", {**HOOK, **change}).status_code == 400


def test_a_hook_request_takes_only_the_members_cds_hooks_defines(anonymous):
    response = post(anonymous, "/cds-services/myoclonus-ddx", {**HOOK, "errors": {}})
    assert response.status_code == 400
    assert "Unknown member" in response.json()["errors"]["errors"][0]
    assert post(anonymous, "/cds-services/myoclonus-ddx", {**HOOK, "extension": {"x": 1}}).status_code == 200


def test_a_questionnaire_response_may_carry_fhir_elements_but_nothing_else(anonymous):
    resource = {
        **questionnaire_response(HICCUPS),
        "id": "qr-1",
        "meta": {"versionId": "1"},
        "authored": "2026-01-01",
        "subject": None,
    }
    fhir = {"content_type": "application/fhir+json"}
    assert anonymous.post("/api/v1/evaluate", json.dumps(resource), **fhir).status_code == 200
    assert anonymous.post("/api/v1/evaluate", json.dumps({**resource, "questionnaire": 0}), **fhir).status_code == 400
    assert anonymous.post("/api/v1/evaluate", json.dumps({**resource, "errors": {}}), **fhir).status_code == 400


@pytest.mark.parametrize("query", ["offset=null", "offset=-1", "limit=0", "limit=201", "limit=1&limit=2", "offset=1.5"])
def test_paging_outside_the_documented_range_is_a_400_naming_the_parameter(alice, query):
    response = alice.get(f"/api/v1/assessments?{query}")
    assert response.status_code == 400
    assert set(response.json()["errors"]) <= {"limit", "offset"}


def test_an_empty_format_is_refused(anonymous):
    assert anonymous.get("/api/v1/questionnaire?format=").status_code == 400


def test_a_many_answer_may_be_null_but_not_hold_a_null(anonymous):
    assert post(anonymous, "/api/v1/evaluate", {"answers": {"triggers": None}}).status_code == 200
    assert post(anonymous, "/api/v1/evaluate", {"answers": {"triggers": [None]}}).status_code == 400
    schema = yaml.safe_load(anonymous.get("/api/schema/").content)
    assert schema["components"]["schemas"]["Answers"]["properties"]["triggers"]["items"] == {
        "$ref": "#/components/schemas/TriggersEnum"
    }


def test_every_operation_documents_414_and_503_and_every_body_413(anonymous):
    schema = yaml.safe_load(anonymous.get("/api/schema/").content)
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            expected = {"413", "414", "503"} if "requestBody" in operation else {"414", "503"}
            assert expected <= set(operation["responses"]), (method, path)
