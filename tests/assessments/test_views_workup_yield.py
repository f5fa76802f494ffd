"""What each recommended test would tell: a page beside the result, computed by the engine for
every possible result of every step, reached from each step of the result's workup."""

import re

import pytest

import rules
from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment

pytestmark = pytest.mark.django_db

# Axial jerks of sudden onset: the bedside leaves the site of origin open, so the recordings matter.
AXIAL = {"distribution": "axial", "onset": "acute", "age_group": "adult"}


def _completed(answers) -> Assessment:
    return services.assessment_create(answers=answers, channel=Assessment.Channel.WEB)


def _row(page: str, question: str, choice: str) -> str:
    match = re.search(rf'<tr[^>]*data-question="{question}" data-choice="{choice}">(.*?)</tr>', page, re.S)
    assert match, (question, choice)
    return match.group(1)


def test_each_recording_result_shows_the_origin_the_engine_would_then_put_first(client):
    assessment = _completed(AXIAL)
    result_page = client.get(f"/assess/{assessment.pk}/").content.decode()
    assert 'href="tests/#yield-emg_polymyography"' in result_page
    page = client.get(f"/assess/{assessment.pk}/tests/").content.decode()
    assert "Educational use only — not for the care of real patients" in page and rules.DISCLAIMER in page
    steps = {s["step"]: s for s in rules.workup_yield(AXIAL)["steps"]}
    for forecast in steps["emg_polymyography"]["results"]:
        row = _row(page, forecast["question"], forecast["choice"])
        assert forecast["label"] in row and forecast["leaders"]["origin"]["label"] in row
    assert "Cortical" in _row(page, "emg_burst_duration", "under_50_ms")
    assert "origin" in _row(page, "emg_pattern", "rostrocaudal")


def test_a_result_already_entered_is_not_forecast(client):
    assessment = _completed({**AXIAL, "emg_burst_duration": "over_100_ms", "emg_pattern": "propriospinal"})
    page = client.get(f"/assess/{assessment.pk}/tests/").content.decode()
    assert 'data-question="emg_burst_duration"' not in page
    assert "Results already entered" in page


def test_the_share_link_opens_the_forecast_too_and_stops_when_revoked(client):
    assessment = _completed(AXIAL)
    services.assessment_share(assessment=assessment)
    assessment.refresh_from_db()
    url = f"/assess/shared/{assessment.share_id}/tests/"
    assert client.get(url).status_code == 200
    services.assessment_unshare(assessment=assessment)
    assert client.get(url).status_code == 404


def test_an_unfinished_assessment_goes_back_to_the_wizard(client):
    started = services.assessment_start()
    response = client.get(f"/assess/{started.pk}/tests/")
    assert response.status_code == 302 and f"/assess/{started.pk}/" in response["Location"]


def test_the_forecast_is_computed_once_per_result_and_again_for_a_new_knowledge_base(client, monkeypatch):
    assessment = _completed(AXIAL)
    calls = []
    real = rules.workup_yield
    monkeypatch.setattr(rules, "workup_yield", lambda answers: calls.append(1) or real(answers))
    client.get(f"/assess/{assessment.pk}/tests/")
    client.get(f"/assess/{assessment.pk}/tests/")
    assert len(calls) == 1
    monkeypatch.setattr(rules, "KB_VERSION", f"{rules.KB_VERSION}-next")
    client.get(f"/assess/{assessment.pk}/tests/")
    assert len(calls) == 2
