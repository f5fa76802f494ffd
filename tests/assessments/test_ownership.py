"""An assessment with an owner (a signed-in learner's, or an API token's) is its owner's
alone: every wizard and result route is a 404 to anyone else. An anonymous one stays
open to whoever holds its URL. An owner shares a result only through a link they can
revoke."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment

pytestmark = pytest.mark.django_db

HICCUPS = {"distribution": "diaphragmatic", "rhythm": "rhythmic"}


def signed_in(username):
    client = Client()
    client.force_login(get_user_model().objects.create_user(username, password="a-long-password-1"))
    return client


def routes(assessment):
    """(method, path, data) of every web route that shows or changes an assessment."""
    base = f"/assess/{assessment.pk}"
    return [
        ("get", f"{base}/", {}),
        ("get", f"{base}/result.json", {}),
        ("get", f"{base}/tests/", {}),
        ("get", f"{base}/step/pattern/", {}),
        ("post", f"{base}/step/pattern/", {"distribution": "focal"}),
        ("post", f"{base}/preview/pattern/", {"distribution": "focal"}),
        ("get", f"{base}/review/", {}),
        ("post", f"{base}/review/", {}),
        ("post", f"{base}/share/", {}),
    ]


def owned_assessments(owner):
    in_progress = services.assessment_start(owner=owner)
    services.assessment_record_answers(assessment=in_progress, answers=HICCUPS)
    complete = services.assessment_create(answers=HICCUPS, owner=owner, channel=Assessment.Channel.WEB)
    from_a_token = services.assessment_create(answers=HICCUPS, owner=owner, channel=Assessment.Channel.API)
    return [in_progress, complete, from_a_token]


@pytest.mark.parametrize("stranger", ["anonymous", "another learner"])
def test_an_owned_assessment_is_a_404_on_every_route_to_anyone_else(stranger):
    owner = get_user_model().objects.create_user("owner", password="a-long-password-1")
    visitor = Client() if stranger == "anonymous" else signed_in("mallory")
    for assessment in owned_assessments(owner):
        before = (assessment.answers, assessment.status, assessment.share_id)
        for method, path, data in routes(assessment):
            response = getattr(visitor, method)(path, data)
            assert response.status_code == 404, (method, path, response.status_code)
        assessment.refresh_from_db()
        assert (assessment.answers, assessment.status, assessment.share_id) == before


def test_the_owner_opens_their_own_assessment():
    owner = signed_in("owner")
    user = get_user_model().objects.get(username="owner")
    in_progress, complete, _ = owned_assessments(user)
    assert owner.get(f"/assess/{in_progress.pk}/step/pattern/").status_code == 200
    page = owner.get(f"/assess/{complete.pk}/")
    assert page.status_code == 200 and "Only you can open this result" in page.content.decode()
    assert owner.get(f"/assess/{complete.pk}/result.json").status_code == 200


def test_an_anonymous_assessment_is_open_to_whoever_holds_its_url_and_says_so():
    assessment = services.assessment_create(answers=HICCUPS, channel=Assessment.Channel.WEB)
    for visitor in (Client(), signed_in("someone")):
        page = visitor.get(f"/assess/{assessment.pk}/")
        assert page.status_code == 200
        assert "This page's address is the key to this result" in page.content.decode()


def test_a_completed_assessment_cannot_be_changed_from_the_wizard():
    owner = signed_in("owner")
    complete = services.assessment_create(
        answers=HICCUPS, owner=get_user_model().objects.get(username="owner"), channel=Assessment.Channel.WEB
    )
    for path in (f"/assess/{complete.pk}/step/pattern/", f"/assess/{complete.pk}/review/"):
        response = owner.post(path, {"distribution": "focal"})
        assert response.status_code == 302 and response["Location"] == f"/assess/{complete.pk}/"
    complete.refresh_from_db()
    assert complete.answers["distribution"] == "diaphragmatic"


def test_a_share_link_shows_the_result_read_only_until_the_owner_revokes_it():
    owner = signed_in("owner")
    complete = services.assessment_create(
        answers=HICCUPS, owner=get_user_model().objects.get(username="owner"), channel=Assessment.Channel.WEB
    )
    assert owner.post(f"/assess/{complete.pk}/share/").status_code == 302
    complete.refresh_from_db()
    shared_url = f"/assess/shared/{complete.share_id}/"
    assert shared_url in owner.get(f"/assess/{complete.pk}/").content.decode()
    page = Client().get(shared_url)
    assert page.status_code == 200
    assert "shared with you" in page.content.decode()
    assert f"/assess/{complete.pk}/result.json" not in page.content.decode()
    assert Client().get(f"/assess/{complete.pk}/").status_code == 404
    owner.post(f"/assess/{complete.pk}/share/", {"revoke": "1"})
    assert Client().get(shared_url).status_code == 404


def test_an_unfinished_assessment_cannot_be_shared():
    owner = signed_in("owner")
    in_progress = services.assessment_start(owner=get_user_model().objects.get(username="owner"))
    assert owner.post(f"/assess/{in_progress.pk}/share/").status_code == 404
