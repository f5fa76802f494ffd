"""Every site form that runs the engine or writes is throttled per visitor: past the
rate, a 429 page with Retry-After, and nothing is run or saved."""

import pytest

from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment
from decisionaid.cases.models import Attempt
from tests.conftest import JME

pytestmark = pytest.mark.django_db


@pytest.fixture
def web_rates(settings):
    def set_rates(anon, user):
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {
                **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
                "web_anon": anon,
                "web_user": user,
            },
        }

    return set_rates


def test_starting_assessments_past_the_rate_is_refused_and_stores_nothing(client, web_rates):
    web_rates(anon="2/minute", user="2/minute")
    statuses = [client.post("/assess/", {"acknowledge": "on"}).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert Assessment.objects.count() == 2
    refused = client.post("/assess/", {"acknowledge": "on"})
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "Too many requests" in refused.content.decode()


@pytest.mark.parametrize("route", ["step/pattern/", "preview/pattern/", "review/"])
def test_every_wizard_post_counts(client, web_rates, monkeypatch, route):
    assessment = services.assessment_start()
    web_rates(anon="1/minute", user="1/minute")
    client.post(f"/assess/{assessment.pk}/step/timing/", {})
    monkeypatch.setattr(services, "evaluate", lambda **kwargs: pytest.fail("the engine ran"))
    assert client.post(f"/assess/{assessment.pk}/{route}", {"distribution": "focal"}).status_code == 429


def test_case_attempts_are_throttled_too(client, web_rates, jme):
    web_rates(anon="1/minute", user="1/minute")
    assert client.post(f"/cases/{JME}/").status_code == 302
    assert client.post(f"/cases/{JME}/").status_code == 429
    assert Attempt.objects.count() == 1


def test_reading_pages_is_not_throttled(client, web_rates):
    web_rates(anon="1/minute", user="1/minute")
    assert {client.get("/assess/").status_code for _ in range(3)} == {200}
