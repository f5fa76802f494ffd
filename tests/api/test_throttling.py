"""Throttles: 429 with Retry-After, counted in a cache every server worker shares."""

import time

from django.conf import settings
from django.core.cache import caches

from rules.reference_answers import HICCUPS


def test_anonymous_callers_past_their_rate_get_429_with_retry_after(anonymous, throttle_rates):
    throttle_rates(anon="2/minute", user="100/minute")
    statuses = [anonymous.post("/api/v1/evaluate", {"answers": HICCUPS}, format="json").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    response = anonymous.get("/api/v1/questionnaire")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert response.json()["detail"].startswith("Request was throttled.")


def test_token_callers_have_their_own_rate(alice, bob, throttle_rates):
    throttle_rates(anon="100/minute", user="2/minute")
    assert [alice.get("/api/v1/assessments").status_code for _ in range(3)] == [200, 200, 429]
    assert bob.get("/api/v1/assessments").status_code == 200


def test_cds_hooks_are_throttled_too(anonymous, throttle_rates):
    throttle_rates(anon="1/minute", user=None)
    assert [anonymous.get("/cds-services").status_code for _ in range(2)] == [200, 429]


def test_counts_are_seen_by_another_worker(anonymous, throttle_rates):
    """Another gunicorn worker builds its own cache object from the same settings: it
    must read the same counts, or each worker would let a caller through again."""
    throttle_rates(anon="5/minute", user=None)
    anonymous.get("/api/v1/sources")
    anonymous.get("/api/v1/sources")
    other_worker = caches.create_connection("default")
    assert other_worker is not caches["default"]
    assert other_worker.get("throttle_anon_127.0.0.1") == 2
    assert settings.CACHES["default"]["BACKEND"] != "django.core.cache.backends.locmem.LocMemCache"


def test_retry_after_counts_down_to_the_end_of_the_callers_window(anonymous, throttle_rates):
    throttle_rates(anon="1/hour", user=None)
    assert anonymous.get("/api/v1/sources").status_code == 200
    caches["default"].set("throttle_anon_127.0.0.1:started", time.time() - 3000, 3600)
    refused = anonymous.get("/api/v1/sources")
    assert refused.status_code == 429
    assert 590 <= int(refused["Retry-After"]) <= 600


def test_a_rate_of_none_turns_throttling_off(anonymous, throttle_rates):
    throttle_rates(anon=None, user=None)
    assert {anonymous.get("/api/v1/sources").status_code for _ in range(5)} == {200}


def test_anonymous_callers_are_counted_once_under_the_anonymous_rate(anonymous, throttle_rates):
    throttle_rates(anon="3/minute", user="1/minute")
    assert [anonymous.get("/api/v1/sources").status_code for _ in range(4)] == [200, 200, 200, 429]
