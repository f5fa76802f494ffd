"""Clients and personas for the API tests: an anonymous caller, and two users with
tokens (Alice and Bob) who must never see each other's assessments."""

import pytest
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

# Teaching cases used across the API tests; each exercises a different part of the result.
POST_HYPOXIC = {"distribution": "multifocal", "triggers": ["action", "stimulus"], "hypoxic_event": "yes",
                "onset": "subacute", "age_group": "adult"}
JUVENILE_MYOCLONIC_EPILEPSY = {"distribution": "generalized", "clustering": "bunches", "epilepsy": "yes",
                               "age_group": "adolescent", "onset": "chronic", "childbearing_potential": "yes"}
SEROTONIN_TOXICITY = {"distribution": "multifocal", "onset": "acute", "encephalopathy": "yes",
                      "drug_exposure": "yes", "serotonergic_signs": "yes"}
HICCUPS = {"distribution": "diaphragmatic", "rhythm": "rhythmic", "frequency": "occasional"}
RAPID_DEMENTIA = {"distribution": "multifocal", "dementia": "rapidly_progressive", "triggers": ["stimulus"],
                  "visual_disturbance": "yes", "age_group": "older_adult", "onset": "subacute"}
NOTHING_KNOWN = {"distribution": "unknown", "triggers": ["unknown"], "epilepsy": None}

CASES = {
    "post_hypoxic": POST_HYPOXIC,
    "juvenile_myoclonic_epilepsy": JUVENILE_MYOCLONIC_EPILEPSY,
    "serotonin_toxicity": SEROTONIN_TOXICITY,
    "hiccups": HICCUPS,
    "rapid_dementia": RAPID_DEMENTIA,
    "nothing_known": NOTHING_KNOWN,
}


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
