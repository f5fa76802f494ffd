"""python manage.py issue_token USER: how a teaching tool gets its API token."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token


def issue(*args) -> str:
    out = io.StringIO()
    call_command("issue_token", *args, stdout=out)
    return out.getvalue().strip()


@pytest.fixture
def teacher(db):
    return get_user_model().objects.create_user(username="teacher")


def test_it_prints_a_token_that_authenticates_the_user(teacher, anonymous):
    key = issue("teacher")
    assert Token.objects.get(user=teacher).key == key
    anonymous.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert anonymous.get("/api/v1/assessments").status_code == 200


def test_it_returns_the_same_token_until_rotated(teacher):
    key = issue("teacher")
    assert issue("teacher") == key
    rotated = issue("teacher", "--rotate")
    assert rotated != key
    assert list(Token.objects.filter(user=teacher).values_list("key", flat=True)) == [rotated]


def test_an_unknown_user_is_an_error(db):
    with pytest.raises(CommandError, match="No user 'nobody'"):
        issue("nobody")
