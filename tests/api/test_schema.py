"""The OpenAPI schema at /api/schema/ and the Swagger UI at /api/docs/."""

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
