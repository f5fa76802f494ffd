"""The case endpoints: a teaching tool can list cases, reveal stages one at a time and
submit an attempt; the key is never sent before an attempt."""

import pytest
import yaml
from django.test import Client
from rest_framework.test import APIClient

from decisionaid.cases import rubric
from decisionaid.cases.library import CASES
from decisionaid.cases.models import Attempt

from .conftest import JME

pytestmark = pytest.mark.django_db

PERFECT = {
    "top_causes": ["hereditary", "toxic", "metabolic"],
    "origin": "cortical_subcortical",
    "offered": ["levetiracetam"],
    "avoided": ["phenytoin"],
}
KEY_FIELDS = {
    "key",
    "key_cause",
    "key_origin",
    "key_condition",
    "key_treatments",
    "avoid_treatments",
    "teaching_points",
    "feedback",
}


@pytest.fixture
def api(library):
    return APIClient()


def _keys(data) -> set[str]:
    if isinstance(data, dict):
        return set(data) | {k for value in data.values() for k in _keys(value)}
    if isinstance(data, list):
        return {k for value in data for k in _keys(value)}
    return set()


def _attempt(api, body, slug=JME):
    return api.post(f"/api/v1/cases/{slug}/attempts", body, format="json")


def test_the_list_has_every_case_without_its_key(api):
    data = api.get("/api/v1/cases").json()
    assert {c["slug"] for c in data["cases"]} == {c.slug for c in CASES}
    assert [c["title"] for c in data["cases"]] == sorted(c.title for c in CASES)
    assert not _keys(data) & KEY_FIELDS


def test_a_case_reveals_its_first_stage_by_default(api):
    data = api.get(f"/api/v1/cases/{JME}").json()
    assert data["revealed"] == 1 and [s["order"] for s in data["stages"]] == [1]
    assert data["stages"][0]["findings"] == {"age_group": "adolescent", "family_history": "yes"}


def test_stages_are_revealed_one_at_a_time_and_the_key_never(api):
    for n in (1, 2):
        data = api.get(f"/api/v1/cases/{JME}?stage={n}").json()
        assert [s["order"] for s in data["stages"]] == list(range(1, n + 1))
        assert not _keys(data) & KEY_FIELDS
        assert "juvenile_myoclonic_epilepsy" not in str(data)


@pytest.mark.parametrize("stage", ["0", "-1", "two"])
def test_a_stage_that_is_not_a_number_from_1_is_a_400_naming_the_field(api, stage):
    response = api.get(f"/api/v1/cases/{JME}?stage={stage}")
    assert response.status_code == 400
    assert "stage" in response.json()["errors"]


def test_a_stage_past_the_case_is_a_404(api):
    response = api.get(f"/api/v1/cases/{JME}?stage=4")
    assert response.status_code == 404 and "stages run from 1 to 2" in response.json()["detail"]


def test_the_last_stage_is_not_revealed_before_an_attempt(api, jme):
    response = api.get(f"/api/v1/cases/{JME}?stage=3")
    assert response.status_code == 404 and "comes with the feedback" in response.json()["detail"]
    last = jme.stages.last()
    assert all(last.narrative not in str(api.get(f"/api/v1/cases/{JME}?stage={n}").json()) for n in (1, 2))
    schema = yaml.safe_load(api.get("/api/schema/").content)
    assert "last stage" in schema["paths"]["/api/v1/cases/{slug}"]["get"]["description"]


def test_an_unknown_case_is_a_json_404(api):
    for response in (api.get("/api/v1/cases/no-such-case"), _attempt(api, PERFECT, slug="no-such-case")):
        assert response.status_code == 404 and response.json()["errors"] == {}


def test_a_perfect_attempt_scores_100_and_returns_the_key(api):
    response = _attempt(
        api,
        {
            **PERFECT,
            "findings": [
                {"stage": 1, "answers": {"age_group": "adolescent", "family_history": "yes"}},
                {"stage": 2, "answers": {"distribution": "generalized", "clustering": "bunches"}},
                {
                    "stage": 3,
                    "answers": {"epilepsy": "yes", "eeg_findings": ["generalized_spike_wave", "photoparoxysmal"]},
                },
            ],
        },
    )
    assert response.status_code == 201
    feedback = response.json()["feedback"]
    assert feedback["score"]["total"] == 100
    assert feedback["key"]["condition"]["id"] == "juvenile_myoclonic_epilepsy"
    assert all(stage["missed"] == [] for stage in feedback["stages"])
    assert feedback["engine"]["causes"][0]["id"] == "hereditary" and feedback["trace"]
    assert {"phenytoin", "carbamazepine", "oxcarbazepine"} <= {t["id"] for t in feedback["engine"]["avoid"]}
    attempt = Attempt.objects.get(pk=response.json()["id"])
    assert attempt.channel == "api" and attempt.is_complete and attempt.entries.count() == 3


def test_stages_without_findings_count_as_missed(api):
    feedback = _attempt(api, PERFECT).json()["feedback"]
    assert {m["question"] for m in feedback["stages"][0]["missed"]} == {"age_group", "family_history"}


def test_offering_phenytoin_loses_the_safety_points(api):
    response = _attempt(api, {**PERFECT, "offered": ["phenytoin", "levetiracetam"], "avoided": []})
    score = response.json()["feedback"]["score"]
    assert next(p for p in score["parts"] if p["id"] == "safety")["points"] == 0
    assert score["unsafe_offers"] == ["phenytoin"]


@pytest.mark.parametrize(
    "change, field, words",
    [
        ({"top_causes": ["hereditary"]}, "top_causes", "3"),
        ({"top_causes": ["hereditary", "toxic", "genetic"]}, "top_causes.2", "physiological"),
        ({"top_causes": ["hereditary", "hereditary", "toxic"]}, "top_causes", "different"),
        ({"origin": "brain"}, "origin", "cortical_subcortical"),
        ({"offered": ["aspirin"]}, "offered.0", "levetiracetam"),
        ({"offered": ["phenytoin"], "avoided": ["phenytoin"]}, "avoided", "phenytoin"),
        (
            {"findings": [{"stage": 1, "answers": {"distribution": "everywhere"}}]},
            "findings.0.answers.distribution",
            "focal",
        ),
        ({"findings": [{"stage": 0, "answers": {}}]}, "findings.0.stage", "1"),
    ],
)
def test_a_bad_attempt_is_a_400_naming_the_field_and_nothing_is_stored(api, change, field, words):
    response = _attempt(api, {**PERFECT, **change})
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert field in errors and words in " ".join(errors[field])
    assert not Attempt.objects.exists()


def test_findings_for_a_stage_the_case_lacks_are_a_404_and_nothing_is_stored(api):
    response = _attempt(api, {**PERFECT, "findings": [{"stage": 9, "answers": {}}]})
    assert response.status_code == 404 and "stages run from 1 to 3" in response.json()["detail"]
    assert not Attempt.objects.exists()


def test_a_missing_commitment_names_each_required_field(api):
    errors = _attempt(api, {}).json()["errors"]
    assert {"top_causes", "origin"} <= set(errors)


def test_the_schema_documents_the_case_endpoints(api):
    schema = api.get("/api/schema/?format=json").json()
    assert {"/api/v1/cases", "/api/v1/cases/{slug}", "/api/v1/cases/{slug}/attempts"} <= set(schema["paths"])


def test_a_case_without_stages_cannot_be_attempted(api, draft_case):
    assert _attempt(api, PERFECT, slug="draft").status_code == 404
    assert "draft" not in {c["slug"] for c in api.get("/api/v1/cases").json()["cases"]}


def test_the_attempt_endpoint_documents_the_rubric_it_scores_with(api):
    schema = yaml.safe_load(api.get("/api/schema/").content)
    description = schema["paths"]["/api/v1/cases/{slug}/attempts"]["post"]["description"]
    assert f"({rubric.SUMMARY};" in description


def test_anonymous_api_attempts_stay_out_of_the_educators_figures(api, django_user_model):
    """Anyone may post any number of anonymous attempts, each answered with the key: the
    educator view counts the learners' attempts (signed in, or walking the web pages) and
    says how many anonymous API attempts it left out."""
    for _ in range(3):
        assert _attempt(api, PERFECT).status_code == 201
    learner = APIClient()
    learner.force_authenticate(django_user_model.objects.create_user("lena"))
    assert _attempt(learner, {**PERFECT, "top_causes": ["toxic", "hereditary", "metabolic"]}).status_code == 201
    staff = django_user_model.objects.create_user("educator", is_staff=True)
    web = Client()
    web.force_login(staff)
    html = web.get(f"/cases/{JME}/stats").content.decode()
    assert "1 attempt, 1 completed" in html
    assert "Not counted: 3 anonymous attempts through the API" in html
    assert Attempt.objects.count() == 4  # scored and stored all the same
