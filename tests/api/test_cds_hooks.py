"""CDS Hooks 2.0: discovery and cards, checked against the specification's required fields."""

import uuid

import jsonschema
import pytest

import rules
from decisionaid.api import fhir
from decisionaid.api.cds_hooks import cards
from rules.reference_answers import HICCUPS, JUVENILE_MYOCLONIC_EPILEPSY, REFERENCE_ANSWERS, SEROTONIN_TOXICITY

SERVICE_URL = "/cds-services/myoclonus-ddx"

# The required fields and closed vocabularies of CDS Hooks 2.0 (cds-hooks.hl7.org/2.0).
DISCOVERY_SCHEMA = {
    "type": "object",
    "required": ["services"],
    "properties": {
        "services": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["hook", "description", "id"],
                "properties": {
                    "hook": {"type": "string"},
                    "title": {"type": "string"},
                    "description": {"type": "string"},
                    "id": {"type": "string"},
                    "usageRequirements": {"type": "string"},
                    "prefetch": {"type": "object", "additionalProperties": {"type": "string"}},
                },
            },
        }
    },
}
CARDS_SCHEMA = {
    "type": "object",
    "required": ["cards"],
    "properties": {
        "cards": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["summary", "indicator", "source"],
                "properties": {
                    "summary": {"type": "string", "maxLength": 139},
                    "detail": {"type": "string"},
                    "indicator": {"enum": ["info", "warning", "critical"]},
                    "source": {
                        "type": "object",
                        "required": ["label"],
                        "properties": {"label": {"type": "string"}, "url": {"type": "string", "format": "uri"}},
                    },
                    "links": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["label", "url", "type"],
                            "properties": {
                                "label": {"type": "string"},
                                "url": {"type": "string"},
                                "type": {"enum": ["absolute", "smart"]},
                            },
                        },
                    },
                },
            },
        }
    },
}


def hook_request(answers=None, **extra) -> dict:
    context = {"userId": "Practitioner/teacher", "patientId": "teaching-case-1"}
    if answers is not None:
        context["answers"] = answers
    return {"hook": "patient-view", "hookInstance": str(uuid.uuid4()), "context": context, **extra}


def call(client, body, **headers):
    return client.post(SERVICE_URL, body, format="json", **headers)


def test_discovery_lists_the_myoclonus_service_as_the_spec_requires(anonymous):
    response = anonymous.get("/cds-services")
    assert response.status_code == 200
    body = response.json()
    jsonschema.validate(body, DISCOVERY_SCHEMA)
    (service,) = body["services"]
    assert service["id"] == "myoclonus-ddx"
    assert service["hook"] == "patient-view"
    assert service["title"]
    assert service["prefetch"]["questionnaireResponse"].startswith("QuestionnaireResponse?")


@pytest.mark.parametrize("answers", REFERENCE_ANSWERS.values(), ids=REFERENCE_ANSWERS.keys())
def test_every_response_meets_the_specs_card_requirements(anonymous, answers):
    response = call(anonymous, hook_request(answers))
    assert response.status_code == 200
    body = response.json()
    jsonschema.validate(body, CARDS_SCHEMA, format_checker=jsonschema.FormatChecker())
    for card in body["cards"]:
        assert len(card["summary"]) < 140
        assert card["detail"].endswith(f"_{rules.DISCLAIMER}_")
        assert card["links"] == [
            {
                "label": "Work through the full assessment (teaching aid)",
                "url": "http://testserver/assess/",
                "type": "absolute",
            }
        ]


def test_red_flags_are_critical_and_drugs_to_avoid_are_warnings(anonymous):
    result = rules.assess(SEROTONIN_TOXICITY).as_dict()
    indicators = [card["indicator"] for card in call(anonymous, hook_request(SEROTONIN_TOXICITY)).json()["cards"]]
    avoided = [t for t in result["treatments"] if t["role"] == "avoid"]
    assert result["red_flags"] and avoided
    assert indicators == ["critical"] * len(result["red_flags"]) + ["warning"] * len(avoided) + ["info"]


def test_a_red_flag_card_explains_itself_and_links_to_its_rule(anonymous):
    flag = rules.assess(SEROTONIN_TOXICITY).as_dict()["red_flags"][0]
    card = call(anonymous, hook_request(SEROTONIN_TOXICITY)).json()["cards"][0]
    assert card["summary"] == f"Red flag ({flag['urgency']}): {flag['label']}"
    assert flag["action"] in card["detail"]
    assert card["source"] == {
        "label": f"Myoclonus DDx knowledge base: rule {flag['rules'][0]}",
        "url": f"http://testserver/knowledge/rules/{flag['rules'][0]}/",
    }


def test_the_info_card_gives_the_leading_differential_with_its_reasons(anonymous):
    result = rules.assess(JUVENILE_MYOCLONIC_EPILEPSY).as_dict()
    card = call(anonymous, hook_request(JUVENILE_MYOCLONIC_EPILEPSY)).json()["cards"][-1]
    cause, origin = result["causes"][0], result["origins"][0]
    assert card["indicator"] == "info"
    assert card["summary"] == f"Leading differential: {cause['label']} cause; {origin['label']} origin"
    assert cause["for"][0]["rule"] in card["detail"]
    assert card["source"]["url"] == f"http://testserver/knowledge/rules/{cause['for'][0]['rule']}/"


def test_in_liver_failure_valproate_and_clonazepam_are_warnings_with_their_reasons(anonymous):
    answers = {
        "organ_failure": "hepatic",
        "encephalopathy": "yes",
        "negative_myoclonus": "yes",
        "distribution": "multifocal",
    }
    found = call(anonymous, hook_request(answers)).json()["cards"]
    warnings = [card for card in found if card["indicator"] == "warning"]
    assert any("Sodium valproate" in card["summary"] and "liver" in card["detail"] for card in warnings)
    assert any("Clonazepam" in card["summary"] and "hepatic encephalopathy" in card["detail"] for card in warnings)


def test_an_offered_drug_carries_its_case_caution_on_the_info_card(anonymous):
    answers = {"vascular_event": "yes", "distribution": "multifocal", "triggers": ["action"]}
    info = call(anonymous, hook_request(answers)).json()["cards"][-1]["detail"]
    piracetam = next(line for line in info.splitlines() if line.startswith("- Piracetam"))
    assert "haemorrhage" in piracetam


def test_findings_that_conclude_nothing_get_one_info_card_pointing_to_the_knowledge_base(anonymous):
    (card,) = call(anonymous, hook_request({"distribution": "unknown"})).json()["cards"]
    assert card["indicator"] == "info"
    assert card["source"] == {"label": "Myoclonus DDx knowledge base", "url": "http://testserver/knowledge/"}


def test_long_summaries_are_cut_below_140_characters():
    card = cards.Card(summary="x" * 200, indicator="info", detail="", rule=None)
    summary = card.as_dict("disclaimer", lambda path: path, {})["summary"]
    assert len(summary) == 139 and summary.endswith("…")


def test_findings_can_come_from_a_prefetched_questionnaire_response(anonymous):
    prefetch = {"questionnaireResponse": fhir.questionnaire_response(SEROTONIN_TOXICITY)}
    from_prefetch = call(anonymous, hook_request(prefetch=prefetch)).json()
    assert from_prefetch == call(anonymous, hook_request(SEROTONIN_TOXICITY)).json()


def test_a_prefetched_search_bundle_counts_its_questionnaire_response(anonymous):
    bundle = {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [{"resource": fhir.questionnaire_response(HICCUPS)}],
    }
    response = call(anonymous, hook_request(prefetch={"questionnaireResponse": bundle}))
    assert response.json() == call(anonymous, hook_request(HICCUPS)).json()


@pytest.mark.parametrize(
    "prefetch",
    [None, {}, {"questionnaireResponse": None}, {"questionnaireResponse": {"resourceType": "Bundle", "entry": []}}],
)
def test_a_request_without_findings_is_412(anonymous, prefetch):
    body = hook_request() if prefetch is None else hook_request(prefetch=prefetch)
    response = call(anonymous, body)
    assert response.status_code == 412
    assert "context.answers" in response.json()["detail"]


@pytest.mark.parametrize(
    "body, field",
    [
        ({"hookInstance": str(uuid.uuid4()), "context": {}}, "hook"),
        (hook_request(HICCUPS) | {"hook": "order-sign"}, "hook"),
        (hook_request(HICCUPS) | {"hookInstance": "not-a-uuid"}, "hookInstance"),
        (hook_request({"distribution": "everywhere"}), "context.answers.distribution"),
        (
            hook_request(prefetch={"questionnaireResponse": {"resourceType": "Patient"}}),
            "prefetch.questionnaireResponse.resourceType",
        ),
    ],
)
def test_bad_hook_requests_are_400_naming_the_field(anonymous, body, field):
    response = call(anonymous, body)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_malformed_json_is_400(anonymous):
    response = anonymous.post(SERVICE_URL, "{", content_type="application/json")
    assert response.status_code == 400


def test_an_unknown_service_is_a_json_404(anonymous):
    response = anonymous.post("/cds-services/other-service", hook_request(HICCUPS), format="json")
    assert response.status_code == 404
    assert response.json()["detail"] == "No CDS service 'other-service'; see /cds-services."


def test_the_cds_hooks_sandbox_may_call_the_cds_endpoints_without_credentials(anonymous):
    sandbox = "https://sandbox.cds-hooks.org"
    preflight = anonymous.options(
        SERVICE_URL,
        HTTP_ORIGIN=sandbox,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type, authorization",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == sandbox
    assert "authorization" in preflight["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Credentials" not in preflight
    response = call(anonymous, hook_request(HICCUPS), HTTP_ORIGIN=sandbox)
    assert response["Access-Control-Allow-Origin"] == sandbox


def test_any_other_web_page_may_not_have_its_visitors_call_the_cds_endpoints(anonymous):
    preflight = anonymous.options(
        SERVICE_URL,
        HTTP_ORIGIN="https://evil.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert "Access-Control-Allow-Origin" not in preflight
    response = call(anonymous, hook_request(HICCUPS), HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in response


def test_the_allowed_origins_come_from_the_environment():
    from tests.production.conftest import run_python

    completed = run_python(
        "-c",
        "import django; django.setup(); from django.conf import settings; print(settings.CORS_ALLOWED_ORIGINS)",
        env={
            "DJANGO_SETTINGS_MODULE": "decisionaid.test_settings",
            "DJANGO_CDS_HOOKS_ALLOWED_ORIGINS": "https://ehr.example.org,https://sandbox.example",
        },
    )
    assert completed.stdout.strip() == "['https://ehr.example.org', 'https://sandbox.example']"


def test_the_rest_of_the_api_is_not_cross_origin(anonymous):
    response = anonymous.get("/api/v1/questionnaire", HTTP_ORIGIN="https://sandbox.example")
    assert "Access-Control-Allow-Origin" not in response


def test_a_bearer_token_from_the_ehr_is_accepted_and_ignored(anonymous):
    response = call(anonymous, hook_request(HICCUPS), HTTP_AUTHORIZATION="Bearer eyJhbGciOi.jwt.sig")
    assert response.status_code == 200


def test_the_service_only_takes_post_and_discovery_only_get(anonymous):
    assert anonymous.get(SERVICE_URL).status_code == 405
    assert anonymous.post("/cds-services", {}, format="json").status_code == 405


def test_the_info_card_names_the_leading_named_conditions(anonymous):
    info = call(anonymous, hook_request(JUVENILE_MYOCLONIC_EPILEPSY)).json()["cards"][-1]["detail"]
    top = rules.assess(JUVENILE_MYOCLONIC_EPILEPSY).as_dict()["conditions"][0]["label"]
    assert "**Named conditions to consider**" in info and f"**{top}**" in info
