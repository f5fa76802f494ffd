"""GET /api/v1/questionnaire: the vocabulary of findings, as JSON or as FHIR R4."""

import rules

URL = "/api/v1/questionnaire"


def test_it_is_the_questionnaire_of_the_knowledge_base(anonymous):
    response = anonymous.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == rules.questionnaire_as_dict()


def test_format_fhir_gives_a_fhir_questionnaire(anonymous):
    response = anonymous.get(URL, {"format": "fhir"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json"
    assert response.json()["resourceType"] == "Questionnaire"


def test_the_fhir_media_type_can_be_asked_for_by_accept_header(anonymous):
    response = anonymous.get(URL, HTTP_ACCEPT="application/fhir+json")
    assert response.json()["resourceType"] == "Questionnaire"


def test_an_unknown_format_is_a_400_naming_the_formats_offered(anonymous):
    response = anonymous.get(URL, {"format": "xml"})
    assert response.status_code == 400
    assert response.json()["errors"] == {"format": ["Expected one of: json, fhir."]}


def test_post_is_405(anonymous):
    response = anonymous.post(URL, {}, format="json")
    assert response.status_code == 405
    assert response.json()["detail"] == 'Method "POST" not allowed.'


def test_each_format_is_rendered_once_per_knowledge_base_version(anonymous, monkeypatch):
    first = anonymous.get(URL).json()
    monkeypatch.setattr(rules, "questionnaire_as_dict", lambda: {"unknown": "unknown", "sections": []})
    assert anonymous.get(URL).json() == first  # the same version: rendered before, served again
    assert anonymous.get(URL, HTTP_ACCEPT="application/json; indent=2").json() == {"unknown": "unknown", "sections": []}
    monkeypatch.setattr(rules, "KB_VERSION", f"{rules.KB_VERSION}-next")
    assert anonymous.get(URL).json() == {"unknown": "unknown", "sections": []}  # a new version: rendered anew
    assert anonymous.get(URL, {"format": "fhir"}).json()["resourceType"] == "Questionnaire"


def test_an_indented_questionnaire_is_indented(anonymous):
    assert anonymous.get(URL, HTTP_ACCEPT="application/json; indent=4").content.startswith(b'{\n    "unknown"')
