"""The admin never shows a learner's live session key (it would let its reader act as
that browser)."""

import pytest

from decisionaid.assessments import services
from decisionaid.cases import services as case_services

SESSION_KEY = "livesessionkey0123456789abcdefghij"


@pytest.mark.django_db
def test_assessment_and_attempt_pages_in_the_admin_hold_no_session_key(admin_client, jme):
    assessment = services.assessment_start(session_key=SESSION_KEY)
    attempt = case_services.attempt_start(case=jme, user=None, session_key=SESSION_KEY)
    for path in (
        f"/admin/assessments/assessment/{assessment.pk}/change/",
        "/admin/assessments/assessment/",
        f"/admin/cases/attempt/{attempt.pk}/change/",
        "/admin/cases/attempt/",
    ):
        response = admin_client.get(path)
        assert response.status_code == 200, path
        assert SESSION_KEY not in response.content.decode(), path
