"""/api/v1/assessments: stored assessments, for their owner only (token or session)."""

import uuid

import pytest
from rest_framework.test import APIClient

import rules
from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment
from rules.reference_answers import HICCUPS, JUVENILE_MYOCLONIC_EPILEPSY, POST_HYPOXIC

LIST = "/api/v1/assessments"


def detail(assessment_id) -> str:
    return f"/api/v1/assessments/{assessment_id}"


def create(client, answers) -> dict:
    response = client.post(LIST, {"answers": answers}, format="json")
    assert response.status_code == 201, response.json()
    return response.json()


def test_create_stores_the_answers_and_the_engines_result(alice):
    body = create(alice, POST_HYPOXIC)
    stored = Assessment.objects.get(pk=body["id"])
    assert stored.owner == alice.user
    assert stored.channel == "api"
    assert body["status"] == "complete"
    assert body["result"] == rules.assess(POST_HYPOXIC).as_dict() == stored.result
    assert body["answers"] == stored.answers == rules.validate_answers(POST_HYPOXIC)
    assert body["kb_version"] == rules.KB_VERSION


def test_create_answers_with_the_location_of_the_new_assessment(alice):
    response = alice.post(LIST, {"answers": HICCUPS}, format="json")
    assert response["Location"] == detail(response.json()["id"])


def test_bad_answers_store_nothing(alice):
    response = alice.post(LIST, {"answers": {"rhythm": "sometimes"}}, format="json")
    assert response.status_code == 400
    assert "rhythmic, arrhythmic, unknown" in response.json()["errors"]["answers.rhythm"][0]
    assert not Assessment.objects.exists()


@pytest.mark.parametrize(
    "method, url", [("get", LIST), ("post", LIST), ("get", detail(uuid.uuid4())), ("patch", detail(uuid.uuid4()))]
)
def test_anonymous_callers_are_401_with_a_challenge(anonymous, method, url):
    response = getattr(anonymous, method)(url, {"answers": HICCUPS}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json() == {"detail": "Authentication credentials were not provided.", "errors": {}}


def test_a_wrong_token_is_401(anonymous):
    anonymous.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = anonymous.get(LIST)
    assert response.status_code == 401
    assert response.json()["detail"] == "Invalid token."


def test_the_list_holds_only_the_callers_own_assessments_newest_first(alice, bob):
    first, second = create(alice, HICCUPS), create(alice, POST_HYPOXIC)
    create(bob, JUVENILE_MYOCLONIC_EPILEPSY)
    response = alice.get(LIST)
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    assert [a["id"] for a in body["results"]] == [second["id"], first["id"]]
    assert "result" not in body["results"][0]


def test_the_list_is_paginated(alice):
    for _ in range(3):
        create(alice, HICCUPS)
    body = alice.get(LIST, {"limit": 2}).json()
    assert body["count"] == 3 and len(body["results"]) == 2 and body["next"]


def test_the_owner_reads_an_assessment_with_its_result(alice):
    created = create(alice, JUVENILE_MYOCLONIC_EPILEPSY)
    response = alice.get(detail(created["id"]))
    assert response.status_code == 200
    assert response.json() == created


def test_someone_elses_assessment_is_404(alice, bob):
    created = create(alice, HICCUPS)
    for response in (bob.get(detail(created["id"])), bob.patch(detail(created["id"]), {"answers": {}}, format="json")):
        assert response.status_code == 404
        assert response.json() == {"detail": "No Assessment matches the given query.", "errors": {}}


def test_an_unknown_id_is_404_and_a_malformed_one_too(alice):
    assert alice.get(detail(uuid.uuid4())).status_code == 404
    response = alice.get(detail("not-a-uuid"))
    assert response.status_code == 404
    assert response.json()["detail"] == "No API endpoint at /api/v1/assessments/not-a-uuid."


def test_patch_merges_answers_and_re_evaluates(alice):
    created = create(alice, HICCUPS)
    response = alice.patch(
        detail(created["id"]), {"answers": {"frequency": "frequent", "epilepsy": "yes"}}, format="json"
    )
    assert response.status_code == 200
    merged = {**HICCUPS, "frequency": "frequent", "epilepsy": "yes"}
    assert response.json()["result"] == rules.assess(merged).as_dict()
    assert Assessment.objects.get(pk=created["id"]).result == rules.assess(merged).as_dict()


def test_patch_clears_an_answer_given_as_null_or_unknown(alice):
    created = create(alice, HICCUPS)
    response = alice.patch(detail(created["id"]), {"answers": {"rhythm": None, "frequency": "unknown"}}, format="json")
    assert response.json()["answers"] == {"distribution": "diaphragmatic"}


def test_bad_patch_changes_nothing(alice):
    created = create(alice, HICCUPS)
    response = alice.patch(detail(created["id"]), {"answers": {"onset": "yesterday"}}, format="json")
    assert response.status_code == 400
    assert "acute, subacute, chronic" in response.json()["errors"]["answers.onset"][0]
    assert Assessment.objects.get(pk=created["id"]).answers == rules.validate_answers(HICCUPS)


def test_put_and_delete_are_405(alice):
    created = create(alice, HICCUPS)
    assert alice.put(detail(created["id"]), {"answers": HICCUPS}, format="json").status_code == 405
    assert alice.delete(detail(created["id"])).status_code == 405


def test_a_session_user_sees_the_assessments_the_web_wizard_stored_for_them(alice):
    web = services.assessment_create(answers=HICCUPS, owner=alice.user, channel=Assessment.Channel.WEB)
    alice.credentials()
    alice.force_login(alice.user)
    response = alice.get(detail(web.pk))
    assert response.status_code == 200
    assert response.json()["channel"] == "web"


def test_a_session_write_without_the_csrf_token_is_a_json_403(alice):
    browser = APIClient(enforce_csrf_checks=True)
    browser.force_login(alice.user)
    response = browser.post(LIST, {"answers": HICCUPS}, format="json")
    assert response.status_code == 403
    assert response.json()["detail"].startswith("CSRF Failed")
    assert not Assessment.objects.exists()


def test_workup_yield_forecasts_each_test_result_for_the_owner_only(alice, bob):
    body = create(alice, {"distribution": "axial", "onset": "acute", "age_group": "adult"})
    response = alice.get(f"{detail(body['id'])}/workup-yield")
    assert response.status_code == 200
    forecast = response.json()
    assert forecast == rules.workup_yield(body["answers"])
    assert forecast["disclaimer"] == rules.DISCLAIMER
    emg = next(step for step in forecast["steps"] if step["step"] == "emg_polymyography")
    short = next(r for r in emg["results"] if r["choice"] == "under_50_ms")
    assert short["leaders"]["origin"]["id"] == "cortical" and "origin" in short["changes"]
    assert bob.get(f"{detail(body['id'])}/workup-yield").status_code == 404
    assert APIClient().get(f"{detail(body['id'])}/workup-yield").status_code in (401, 403)
