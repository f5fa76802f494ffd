"""The walkthrough pages through Django's test client: what a learner and an educator can
and cannot do. The full browser journey is in test_browser.py."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils.html import escape

import rules
from decisionaid.cases import rubric
from decisionaid.cases.library import CASES
from decisionaid.cases.models import Attempt, StageEntry

from .conftest import JME

pytestmark = pytest.mark.django_db

PERFECT = {
    "cause_1": "hereditary",
    "cause_2": "toxic",
    "cause_3": "metabolic",
    "origin": "cortical_subcortical",
    "offered": ["levetiracetam"],
    "avoided": ["phenytoin"],
}


def _start(client, slug=JME) -> str:
    response = client.post(f"/cases/{slug}/")
    assert response.status_code == 302
    return response["Location"]


def _stage_url(first_stage_url: str, order: int) -> str:
    return first_stage_url.replace("/stages/1/", f"/stages/{order}/")


def _walk(client, commitment=PERFECT) -> Attempt:
    first = _start(client)
    client.post(first, {"age_group": "adolescent", "family_history": "yes"})
    client.post(_stage_url(first, 2), {"distribution": "generalized"})
    client.post(first.replace("stages/1/", "commit"), commitment)
    response = client.post(_stage_url(first, 3), {"epilepsy": "yes"})
    assert response["Location"].endswith("/feedback")
    return Attempt.objects.get()


def test_the_case_list_shows_every_case_and_filters_by_tag_and_difficulty(library, client):
    assert client.get("/cases/").content.decode().count('class="case-card"') == len(CASES)
    expected = sum(1 for c in CASES if "epilepsy" in c.tags and c.difficulty == "advanced")
    html = client.get("/cases/?tag=epilepsy&difficulty=advanced").content.decode()
    assert html.count('class="case-card"') == expected == 1


def test_starting_a_case_keeps_the_attempt_in_the_browser_session(jme, client):
    first = _start(client)
    attempt = Attempt.objects.get()
    assert attempt.session_key == client.session.session_key and attempt.user is None
    assert str(attempt.pk) in first
    assert jme.title in client.get("/cases/progress/").content.decode()
    assert jme.title not in Client().get("/cases/progress/").content.decode()


def test_attempts_made_before_signing_in_follow_the_learner(jme, client):
    first = _start(client)
    client.post(first, {"age_group": "adolescent"})
    learner = get_user_model().objects.create_user("learner", password="x-long-password")
    other = get_user_model().objects.create_user("other", password="x-long-password")
    client.force_login(learner)
    attempt = Attempt.objects.get()
    assert attempt.user == learner
    assert client.get(first.replace("stages/1/", "")).status_code == 302
    assert jme.title in client.get("/cases/progress/").content.decode()
    client.logout()
    client.force_login(other)
    assert Attempt.objects.get().user == learner
    assert jme.title not in client.get("/cases/progress/").content.decode()


def test_another_browser_cannot_open_someone_elses_attempt(jme, client):
    first = _start(client)
    assert Client().get(first).status_code == 404


def test_a_stage_offers_its_questions_and_every_question_on_request(jme, client):
    first = _start(client)
    html = client.get(first).content.decode()
    assert 'name="age_group"' in html and 'name="distribution"' not in html
    assert 'name="distribution"' in client.get(first + "?questions=all").content.decode()


def test_a_hint_fills_in_the_findings_and_is_recorded(jme, client):
    first = _start(client)
    client.post(first.replace("/stages/1/", "/stages/1/hint"))
    html = client.get(first).content.decode()
    assert re.search(r'value="adolescent"[^>]*checked', html)
    client.post(first, {"age_group": "adolescent", "family_history": "yes"})
    assert StageEntry.objects.get().hint_used


def test_a_tampered_finding_is_a_clear_error_and_nothing_is_saved(jme, client):
    first = _start(client)
    response = client.post(first, {"age_group": "toddler"})
    assert response.status_code == 400
    assert "toddler" in response.content.decode() and "adult" in response.content.decode()
    assert not StageEntry.objects.exists()


def test_after_a_stage_the_engine_differential_and_the_rules_that_moved_it(jme, client):
    first = _start(client)
    client.post(first, {"age_group": "adolescent"})
    html = client.get(first.replace("/stages/1/", "/stages/1/result")).content.decode()
    assert "Hereditary" in html and "new" in html
    assert "Family history" in html or "relatives" in html  # the finding the learner missed
    client.post(_stage_url(first, 2), {"distribution": "generalized", "clustering": "bunches"})
    html = client.get(_stage_url(first, 2) + "result").content.decode()
    assert "Site of origin, ranked" in html and "fired" in html


def test_the_last_stage_stays_hidden_until_the_differential_is_committed(jme, client):
    first = _start(client)
    client.post(first, {})
    client.post(_stage_url(first, 2), {})
    response = client.get(_stage_url(first, 3))
    assert response.status_code == 302 and response["Location"].endswith("/commit")


def test_a_differential_with_a_cause_twice_is_refused(jme, client):
    first = _start(client)
    client.post(first, {})
    client.post(_stage_url(first, 2), {})
    response = client.post(first.replace("stages/1/", "commit"), {**PERFECT, "cause_2": "hereditary"})
    assert response.status_code == 400 and "must be different" in response.content.decode()
    assert not Attempt.objects.get().is_committed


def test_a_perfect_walkthrough_scores_full_marks_with_feedback(jme, client):
    attempt = _walk(client)
    assert attempt.score == 100
    html = client.get(f"/cases/attempts/{attempt.pk}/feedback").content.decode()
    assert "100 / 100" in html and "Juvenile myoclonic epilepsy" in html
    assert "Educational use only" in html and "Teaching points" in html


def test_offering_phenytoin_in_jme_costs_the_safety_points(jme, client):
    attempt = _walk(client, {**PERFECT, "offered": ["levetiracetam", "phenytoin"], "avoided": []})
    safety = next(p for p in attempt.score_breakdown["parts"] if p["id"] == "safety")
    assert safety["points"] == 0
    assert "must avoid" in client.get(f"/cases/attempts/{attempt.pk}/feedback").content.decode()


def test_missed_findings_are_listed_per_stage_in_the_feedback(jme, client):
    first = _start(client)
    client.post(first, {})
    client.post(_stage_url(first, 2), {"distribution": "generalized"})
    client.post(first.replace("stages/1/", "commit"), PERFECT)
    client.post(_stage_url(first, 3), {"epilepsy": "yes"})
    html = client.get(first.replace("stages/1/", "feedback")).content.decode()
    assert "Findings you missed" in html and "Adolescent (12 to 17)" in html


def test_the_stats_page_is_forbidden_to_learners(jme, client):
    assert client.get(f"/cases/{JME}/stats").status_code == 403
    client.force_login(get_user_model().objects.create_user("learner"))
    assert client.get(f"/cases/{JME}/stats").status_code == 403


def test_staff_see_the_score_distribution_and_common_mistakes(jme, client):
    _walk(client, {**PERFECT, "cause_1": "toxic", "cause_2": "hereditary"})
    staff = Client()
    staff.force_login(get_user_model().objects.create_user("educator", is_staff=True))
    html = staff.get(f"/cases/{JME}/stats").content.decode()
    assert "<svg" in html and html.count('class="case-bar"') == 10
    assert "Toxic (drugs and toxins) — 1" in html
    assert ' style="' not in html


def test_walkthrough_pages_carry_no_inline_style_or_script(jme, client):
    attempt = _walk(client)
    for url in ("/cases/", f"/cases/{JME}/", "/cases/progress/", f"/cases/attempts/{attempt.pk}/feedback"):
        html = client.get(url).content.decode()
        assert ' style="' not in html and "<script>" not in html


def test_a_case_without_stages_is_not_offered(library, client, draft_case):
    assert "Draft" not in client.get("/cases/").content.decode()
    assert client.post("/cases/draft/").status_code == 404
    progress = client.get("/cases/progress/").content.decode()
    assert f"You have completed 0 of {len(CASES)} cases" in progress


def test_the_case_introduction_states_the_rubric(jme, client):
    html = client.get(f"/cases/{JME}/").content.decode()
    assert "How your differential is scored" in html and "offering one loses all 20" in html


def test_the_feedback_trace_reads_findings_in_words_and_links_each_rule(jme, client):
    attempt = _walk(client)
    html = client.get(f"/cases/attempts/{attempt.pk}/feedback").content.decode()
    feedback_trace = html[html.index('class="case-trace"') :]
    first_rule = attempt.case.stages.first().entries.first().differential["rules"][0]
    assert f'href="/knowledge/rules/{first_rule}/"' in feedback_trace
    age = rules.QUESTIONS["age_group"]
    assert f"{age.label} — {age.choice_label('adolescent')}" in feedback_trace
    assert "age_group =" not in feedback_trace


def test_the_commit_page_states_the_rubric_it_will_score_with(jme, client):
    first = _start(client)
    client.post(first, {})
    client.post(_stage_url(first, 2), {})
    html = client.get(first.replace("stages/1/", "commit")).content.decode()
    assert f"out of {rubric.MAX_POINTS} points" in html
    for _, label, points, rule in rubric.RUBRIC:
        assert f"<dt>{label} ({points})</dt><dd>{escape(rule)}</dd>" in html


def test_offering_a_treatment_the_engine_does_not_suggest_costs_management_points(jme, client):
    attempt = _walk(client, {**PERFECT, "offered": ["levetiracetam", "botulinum_toxin"]})
    management = next(p for p in attempt.score_breakdown["parts"] if p["id"] == "management")
    assert management["points"] < management["max"] and attempt.score < 100
    html = client.get(f"/cases/attempts/{attempt.pk}/feedback").content.decode()
    assert "You offered Botulinum toxin" in html
