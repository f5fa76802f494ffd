"""The OpenAPI schema at /api/schema/ and the Swagger UI at /api/docs/."""

import jsonschema
import yaml
from django.contrib.staticfiles import finders
from django.core.management import call_command

import rules

SWAGGER_ASSETS = "drf_spectacular_sidecar/swagger-ui-dist/"


def test_the_schema_generates_without_a_single_warning(tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))


def served_schema(client) -> dict:
    response = client.get("/api/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_the_answers_schema_is_generated_from_the_questionnaire(anonymous):
    schemas = served_schema(anonymous)["components"]["schemas"]
    answers = schemas["Answers"]
    assert list(answers["properties"]) == list(rules.QUESTIONS)
    assert answers["additionalProperties"] is False
    assert schemas["DistributionEnum"]["enum"] == [*rules.QUESTIONS["distribution"].choice_ids, "unknown"]
    assert schemas["TriggersEnum"]["enum"] == [*rules.QUESTIONS["triggers"].choice_ids, "unknown"]
    assert answers["properties"]["triggers"]["type"] == "array"


def test_every_operation_documents_the_one_error_body(anonymous):
    schema = served_schema(anonymous)
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            errors = {code: r for code, r in operation["responses"].items() if code.startswith(("4", "5"))}
            assert "429" in errors, f"{method} {path}"
            for response in errors.values():
                for content in response["content"].values():
                    assert content["schema"] == {"$ref": "#/components/schemas/Error"}


def test_examples_are_included(anonymous):
    evaluate = served_schema(anonymous)["paths"]["/api/v1/evaluate"]["post"]
    assert len(evaluate["requestBody"]["content"]["application/json"]["examples"]) >= 3
    assert evaluate["requestBody"]["content"]["application/fhir+json"]["examples"]
    assert evaluate["responses"]["400"]["content"]["application/json"]["examples"]


def test_swagger_ui_is_served_from_local_assets(anonymous):
    page = anonymous.get("/api/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert f"/static/{SWAGGER_ASSETS}swagger-ui-bundle.js" in html
    assert "cdn" not in html and "https://" not in html
    script = anonymous.get("/api/docs/", {"script": ""})
    assert script["Content-Type"] == "application/javascript"
    assert "/api/schema/" in script.content.decode()
    for asset in ("swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css"):
        assert finders.find(SWAGGER_ASSETS + asset), asset


def test_the_schema_is_also_served_as_json(anonymous):
    response = anonymous.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.")


def _as_json_schema(node):
    """An OpenAPI 3.0 schema fragment as JSON Schema: ``nullable`` becomes a null type, and
    component references point into ``$defs``."""
    if isinstance(node, list):
        return [_as_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _as_json_schema(value) for key, value in node.items() if key not in ("nullable", "example")}
    if "$ref" in converted:
        converted["$ref"] = converted["$ref"].replace("#/components/schemas/", "#/$defs/")
    if node.get("nullable"):
        converted = {"anyOf": [converted, {"type": "null"}]}
    return converted


def request_validator(client, component: str) -> jsonschema.Draft202012Validator:
    schemas = _as_json_schema(served_schema(client)["components"]["schemas"])
    return jsonschema.Draft202012Validator({"$ref": f"#/$defs/{component}", "$defs": schemas})


def test_the_schema_says_each_treatment_is_named_once(anonymous):
    """What the API answers 400 to is, where OpenAPI 3.0 can say it, what the schema rules out:
    a client's validator (and the contract fuzzer) need not learn it from a rejection."""
    validator = request_validator(anonymous, "AttemptRequest")
    commitment = {"top_causes": ["hereditary", "toxic", "metabolic"], "origin": "cortical"}
    assert validator.is_valid({**commitment, "offered": ["levetiracetam"], "avoided": ["clonazepam"]})
    assert not validator.is_valid({**commitment, "offered": ["levetiracetam", "levetiracetam"]})
    assert not validator.is_valid({**commitment, "top_causes": ["toxic", "toxic", "metabolic"]})


def test_the_schema_says_none_stands_alone_in_a_many_answer(anonymous):
    validator = request_validator(anonymous, "Answers")
    assert validator.is_valid({"triggers": ["action", "stimulus"]})
    assert validator.is_valid({"triggers": ["none", "unknown"]})
    assert not validator.is_valid({"triggers": ["none", "action"]})


def test_the_schema_is_generated_once_per_knowledge_base_version(anonymous, monkeypatch):
    from decisionaid.api.schema_view import CachedSchemaView

    first = served_schema(anonymous)

    class OtherGenerator:
        def __init__(self, **kwargs):
            pass

        def get_schema(self, request, public):
            return {**first, "info": {**first["info"], "title": "Another schema"}}

    monkeypatch.setattr(CachedSchemaView, "generator_class", OtherGenerator)
    assert served_schema(anonymous) == first  # same version: generated before, served again
    monkeypatch.setattr(rules, "KB_VERSION", f"{rules.KB_VERSION}-next")
    assert served_schema(anonymous)["info"]["title"] == "Another schema"  # a new version: generated anew
