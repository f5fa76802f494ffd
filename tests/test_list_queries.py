"""Every list page and list endpoint costs the same number of queries for 1 row as for 20:
a query per row (an N+1) would make a learner's progress page or a teaching tool's list call
slower with every attempt or assessment stored."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from decisionaid.assessments.services import assessment_create
from decisionaid.cases.models import Case
from decisionaid.cases.services import attempt_start
from rules.reference_answers import REFERENCE_ANSWERS

ROWS = (1, 20)


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def learner(db):
    user = get_user_model().objects.create_user(username="learner", password="a long enough passphrase")
    client = APIClient()
    client.force_login(user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    client.user = user
    return client


def keep_cases(count: int) -> list[Case]:
    """The built-in library cut down to ``count`` playable cases."""
    playable = list(Case.objects.playable().order_by("slug"))
    Case.objects.exclude(pk__in=[c.pk for c in playable[:count]]).delete()
    return playable[:count]


@pytest.mark.parametrize("url", ["/cases/", "/api/v1/cases"])
def test_case_lists_cost_the_same_for_one_case_and_twenty(library, learner, url):
    counts = []
    for rows in reversed(ROWS):  # cut from twenty down to one
        keep_cases(rows)
        counts.append(queries(learner, url))
    assert counts[0] == counts[1]


@pytest.mark.parametrize("url", ["/cases/progress/"])
def test_the_progress_page_costs_the_same_for_one_attempt_and_twenty(library, learner, url):
    cases = keep_cases(20)
    counts = []
    made = 0
    for rows in ROWS:
        while made < rows:  # unfinished attempts, each on a case of its own
            attempt_start(case=cases[made], user=learner.user)
            made += 1
        counts.append(queries(learner, url))
    assert counts[0] == counts[1]


def test_the_assessment_list_costs_the_same_for_one_assessment_and_twenty(learner):
    answers = list(REFERENCE_ANSWERS.values())
    counts = []
    made = 0
    for rows in ROWS:
        while made < rows:
            assessment_create(answers=answers[made % len(answers)], owner=learner.user)
            made += 1
        counts.append(queries(learner, "/api/v1/assessments"))
    assert counts[0] == counts[1]
