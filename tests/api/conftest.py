"""Clients and personas for the API tests: an anonymous caller, and two users with
tokens (Alice and Bob) who must never see each other's assessments."""

import pytest
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture
def anonymous(db):
    return APIClient()


def _client_for(username: str) -> APIClient:
    user = get_user_model().objects.create_user(username=username)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    client.user = user
    return client


@pytest.fixture
def alice(db):
    return _client_for("alice")


@pytest.fixture
def bob(db):
    return _client_for("bob")


@pytest.fixture
def throttle_rates(settings):
    """Set the anon and user rates for one test (None turns a throttle off)."""

    def set_rates(anon, user):
        settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": anon, "user": user}}

    return set_rates
