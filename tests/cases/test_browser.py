"""The walkthrough in a real browser (Debian Chromium): a learner completes a case end to
end, a staff user sees the score chart, a learner is refused it; axe-core finds no
serious accessibility violations on the list, a stage and the feedback."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from decisionaid.cases import services
from decisionaid.cases.models import Case
from tests.accessibility import serious_violations

from .conftest import JME

pytestmark = pytest.mark.django_db(transaction=True)


def _submit(page, name: str):
    page.get_by_role("button", name=name).click()


def test_a_learner_completes_a_walkthrough_end_to_end(live_server, page, library, screenshot):
    page.goto(live_server.url + "/cases/")
    assert serious_violations(page) == []
    page.get_by_role("link", name="Dropping the toothbrush in the morning").click()
    _submit(page, "Start this case")

    # Stage 1: the learner enters what they picked up from the history.
    assert page.get_by_text("Stage 1 of 3").is_visible()
    page.get_by_label("Adolescent (12 to 17)").check()
    page.locator("#q-family_history").get_by_label("Yes").check()
    assert serious_violations(page) == []
    screenshot("cases-stage-1")
    _submit(page, "Submit findings and see the engine's differential")
    assert page.get_by_role("heading", name="What the engine makes of the case so far").is_visible()
    assert page.get_by_role("row", name="Hereditary").first.is_visible()
    assert serious_violations(page) == []
    screenshot("cases-stage-1-result")
    page.get_by_role("link", name="Continue").click()

    # Stage 2: a hint fills in the examination findings.
    _submit(page, "Show me a hint (fill in this stage's findings)")
    assert page.get_by_text("Hint used").is_visible()
    assert page.get_by_label("The whole body at once").is_checked()
    _submit(page, "Submit findings and see the engine's differential")
    assert page.get_by_text("rules that moved it").is_visible()
    page.get_by_role("link", name="Continue").click()

    # Before the last stage: the committed differential.
    assert page.get_by_role("heading", name="Commit your differential").is_visible()
    page.get_by_label("Most likely cause", exact=True).select_option("hereditary")
    page.get_by_label("Second most likely cause").select_option("toxic")
    page.get_by_label("Third most likely cause").select_option("metabolic")
    page.get_by_label("Cortical-subcortical", exact=True).check()
    page.locator("#q-offered").get_by_label("Levetiracetam").check()
    page.locator("#q-avoided").get_by_label("Phenytoin").check()
    assert serious_violations(page) == []
    screenshot("cases-commit")
    _submit(page, "Commit and reveal the last stage")

    # The last stage, then the feedback.
    assert page.get_by_text("Stage 3 of 3").is_visible()
    assert page.get_by_text("generalised polyspike-wave").is_visible()
    page.locator("#q-epilepsy").get_by_label("Yes").check()
    _submit(page, "Submit findings and see the engine's differential")
    assert page.get_by_role("heading", name="Your score: 100 / 100").is_visible()
    assert page.get_by_text("Condition: Juvenile myoclonic epilepsy").is_visible()
    assert page.get_by_text("(hint used)").is_visible()
    assert page.get_by_text("Educational use only — not for the care of real patients").first.is_visible()
    assert serious_violations(page) == []
    screenshot("cases-feedback")


def _log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])


def test_staff_see_the_stats_chart_and_a_learner_gets_403(live_server, page, library, screenshot):
    case = Case.objects.get(slug=JME)
    users = get_user_model().objects
    for number, first in enumerate(("hereditary", "toxic", "toxic")):
        services.attempt_submit(
            case=case,
            top_causes=[first, "metabolic", "vascular"],
            origin="cortical",
            offered=["levetiracetam"],
            avoided=[],
            user=users.create_user(f"student-{number}"),  # signed in: counted in the educator's figures
        )
    _log_in(page, live_server, users.create_user("learner"))
    assert page.goto(f"{live_server.url}/cases/{JME}/stats").status == 403

    page.context.clear_cookies()
    _log_in(page, live_server, users.create_user("educator", is_staff=True))
    assert page.goto(f"{live_server.url}/cases/{JME}/stats").status == 200
    chart = page.get_by_role("img", name="Completed attempts by score")
    assert chart.is_visible()
    assert page.locator("svg.case-chart rect.case-bar").count() == 10
    assert page.get_by_text("Toxic (drugs and toxins) — 2").is_visible()
    assert serious_violations(page) == []
    screenshot("cases-stats")


def test_entering_recordings_at_the_test_stage_moves_the_origin_and_names_the_rules(live_server, page, library):
    """The tests stage of the flexion-jerks case discloses polymyography and back-averaging: the
    learner enters them as read, and the feedback shows the origin moving and the rules behind it."""
    page.goto(live_server.url + "/cases/")
    page.get_by_role("link", name="Jerks of the trunk when lying down").click()
    _submit(page, "Start this case")
    for _ in range(2):
        _submit(page, "Submit findings and see the engine's differential")
        page.get_by_role("link", name="Continue").click()
    page.get_by_label("Most likely cause", exact=True).select_option("traumatic")
    page.get_by_label("Second most likely cause").select_option("functional")
    page.get_by_label("Third most likely cause").select_option("degenerative")
    page.get_by_label("Propriospinal", exact=True).check()
    _submit(page, "Commit and reveal the last stage")

    assert page.get_by_text("Stage 3 of 3").is_visible()
    assert page.get_by_text("spreading slowly up and down the trunk").is_visible()
    page.locator("#q-emg_burst_duration").get_by_label("Over 100 ms").check()
    page.locator("#q-emg_pattern").get_by_label("Starts in a thoracic segment", exact=False).check()
    page.locator("#q-back_averaging").get_by_label("No potential before the jerks").check()
    page.locator("#q-mri_spine").get_by_label("Normal").check()
    _submit(page, "Submit findings and see the engine's differential")

    changed = page.locator(".case-last-stage")
    assert changed.get_by_role("heading", name="What stage 3 (tests) changed").is_visible()
    origin_row = changed.get_by_role("row", name="Propriospinal")
    assert "score +" in origin_row.inner_text()
    assert changed.get_by_role("link", name="origin.tests.propriospinal_spread").is_visible()
    assert serious_violations(page) == []
