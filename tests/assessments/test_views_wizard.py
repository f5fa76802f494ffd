"""The assessment wizard's pages, through Django's test client (no browser)."""

import uuid

import pytest
from django.test import Client

import rules
from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment

pytestmark = pytest.mark.django_db

SECTION_IDS = [section.id for section in rules.SECTIONS]


def _start(client) -> Assessment:
    response = client.post("/assess/", {"acknowledge": "on"})
    assert response.status_code == 302
    return Assessment.objects.get()


def _step_url(assessment, section_id):
    return f"/assess/{assessment.pk}/step/{section_id}/"


def test_start_page_says_educational_use_and_no_identifiers(client):
    page = client.get("/assess/").content.decode()
    assert "Educational use only — not for the care of real patients" in page
    assert "no free-text fields" in page


def test_starting_without_the_acknowledgement_is_refused_with_a_form_error(client):
    response = client.post("/assess/", {})
    assert response.status_code == 400
    assert "Please confirm educational use" in response.content.decode()
    assert not Assessment.objects.exists()


def test_starting_creates_an_assessment_owned_by_the_session_and_opens_the_first_section(client):
    response = client.post("/assess/", {"acknowledge": "on"})
    assessment = Assessment.objects.get()
    assert response["Location"] == _step_url(assessment, SECTION_IDS[0])
    assert assessment.session_key == client.session.session_key != ""
    assert assessment.status == Assessment.Status.IN_PROGRESS


def test_each_step_saves_its_answers_and_moves_on(client):
    assessment = _start(client)
    response = client.post(_step_url(assessment, "pattern"), {"distribution": "focal", "rhythm": "unknown"})
    assert response["Location"] == _step_url(assessment, SECTION_IDS[1])
    assessment.refresh_from_db()
    assert assessment.answers == {"distribution": "focal"}
    assert assessment.result == rules.assess({"distribution": "focal"}).as_dict()


def test_back_saves_and_returns_to_the_previous_section_with_answers_kept(client):
    assessment = _start(client)
    client.post(_step_url(assessment, "pattern"), {"distribution": "focal"})
    response = client.post(_step_url(assessment, "timing"), {"triggers": ["action"], "go": "back"})
    assert response["Location"] == _step_url(assessment, "pattern")
    form = client.get(response["Location"]).context["form"]
    assert form["distribution"].value() == "focal"
    assessment.refresh_from_db()
    assert assessment.answers == {"distribution": "focal", "triggers": ["action"]}


def test_an_invalid_choice_is_a_400_naming_the_question_and_allowed_values_and_saves_nothing(client):
    assessment = _start(client)
    client.post(_step_url(assessment, "pattern"), {"distribution": "focal"})
    response = client.post(_step_url(assessment, "pattern"), {"distribution": "sideways", "rhythm": "rhythmic"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "distribution: “sideways” is not allowed; expected one of: focal, segmental" in page
    assert "Nothing was saved" in page
    assessment.refresh_from_db()
    assert assessment.answers == {"distribution": "focal"}


def test_the_page_shows_the_stored_differential(client):
    assessment = _start(client)
    client.post(_step_url(assessment, "pattern"), {"distribution": "diaphragmatic"})
    page = client.get(_step_url(assessment, "timing")).content.decode()
    top = rules.assess({"distribution": "diaphragmatic"}).as_dict()["causes"][0]["label"]
    assert 'aria-live="polite"' in page and top in page


def test_preview_ranks_unsaved_answers_without_saving_them(client):
    assessment = _start(client)
    response = client.post(f"/assess/{assessment.pk}/preview/pattern/", {"distribution": "diaphragmatic"})
    assert response.status_code == 200
    assert rules.assess({"distribution": "diaphragmatic"}).as_dict()["causes"][0]["label"] in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.answers == {} and assessment.result is None


def test_preview_of_an_invalid_choice_is_refused_and_keeps_the_saved_ranking(client):
    assessment = _start(client)
    client.post(_step_url(assessment, "pattern"), {"distribution": "diaphragmatic"})
    response = client.post(f"/assess/{assessment.pk}/preview/pattern/", {"distribution": "sideways"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "not allowed" in page
    assert rules.assess({"distribution": "diaphragmatic"}).as_dict()["causes"][0]["label"] in page


def test_resume_goes_to_the_section_after_the_last_one_answered(client):
    assessment = _start(client)
    assert client.get(f"/assess/{assessment.pk}/")["Location"] == _step_url(assessment, SECTION_IDS[0])
    client.post(_step_url(assessment, "pattern"), {"distribution": "focal"})
    assert Client().get(f"/assess/{assessment.pk}/")["Location"] == _step_url(assessment, SECTION_IDS[1])


def test_review_lists_every_answer_and_its_button_completes_the_assessment(client):
    assessment = _start(client)
    client.post(_step_url(assessment, "pattern"), {"distribution": "focal"})
    page = client.get(f"/assess/{assessment.pk}/review/").content.decode()
    assert rules.QUESTIONS["distribution"].choice_label("focal") in page
    assert all(_step_url(assessment, section_id) in page for section_id in SECTION_IDS)
    response = client.post(f"/assess/{assessment.pk}/review/")
    assert response["Location"] == f"/assess/{assessment.pk}/"
    assessment.refresh_from_db()
    assert assessment.is_complete


def test_a_completed_assessment_is_final(client):
    assessment = services.assessment_create(answers={"distribution": "focal"}, channel=Assessment.Channel.WEB)
    response = client.post(_step_url(assessment, "pattern"), {"distribution": "axial"})
    assert response["Location"] == f"/assess/{assessment.pk}/"
    assessment.refresh_from_db()
    assert assessment.answers == {"distribution": "focal"}


@pytest.mark.parametrize("path", ["", "step/pattern/", "review/", "result.json"])
def test_an_unknown_assessment_is_404(client, path):
    assert client.get(f"/assess/{uuid.uuid4()}/{path}").status_code == 404


def test_an_unknown_section_is_404(client):
    assessment = _start(client)
    assert client.get(_step_url(assessment, "nonsense")).status_code == 404


def test_every_post_needs_the_csrf_token():
    client = Client(enforce_csrf_checks=True)
    assert client.post("/assess/", {"acknowledge": "on"}).status_code == 403
    assessment = services.assessment_start()
    for path in ("step/pattern/", "preview/pattern/", "review/"):
        assert client.post(f"/assess/{assessment.pk}/{path}", {"distribution": "focal"}).status_code == 403
    assessment.refresh_from_db()
    assert assessment.answers == {} and not assessment.is_complete
