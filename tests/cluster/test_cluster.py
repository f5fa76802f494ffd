"""The documented multi-host deployment, started by .ci/with-cluster: nginx in front of two
gunicorn hosts sharing PostgreSQL and Redis. Skipped unless that script started it."""

import os
import re
import shlex
import subprocess

import pytest
import requests

CLUSTER = os.environ.get("CLUSTER_URL")
pytestmark = pytest.mark.skipif(not CLUSTER, reason="needs .ci/with-cluster")
HOST_A, HOST_B = os.environ.get("CLUSTER_HOST_A"), os.environ.get("CLUSTER_HOST_B")
CLIENT = {"X-Forwarded-For": "198.51.100.23"}  # as nginx would pass one client's address
HICCUPS = {"distribution": "diaphragmatic", "rhythm": "rhythmic"}


def sign_in(session, host, password):
    page = session.get(f"{host}/accounts/sign-in/", headers=CLIENT, timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    return session.post(
        f"{host}/accounts/sign-in/",
        headers=CLIENT,
        timeout=30,
        allow_redirects=False,
        data={"csrfmiddlewaretoken": token, "username": os.environ["CLUSTER_LEARNER"], "password": password},
    )


def test_a_sixth_wrong_password_on_host_b_after_five_on_host_a_is_refused():
    session = requests.Session()
    assert [sign_in(session, HOST_A, "wrong").status_code for _ in range(5)] == [200] * 5
    refused = sign_in(session, HOST_B, os.environ["CLUSTER_LEARNER_PASSWORD"])
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0


def test_an_api_throttle_counts_the_calls_made_to_both_hosts():
    """The default anonymous rate (120 a minute): the 121st call is refused, whichever host
    answered the first 120."""
    caller = {"X-Forwarded-For": "198.51.100.77"}
    statuses = [
        requests.get(f"{host}/api/v1/sources", headers=caller, timeout=10).status_code
        for _ in range(60)
        for host in (HOST_A, HOST_B)
    ]
    assert statuses == [200] * 120
    refused = requests.get(f"{HOST_A}/api/v1/sources", headers=caller, timeout=10)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0


def test_a_session_started_on_one_host_is_known_on_the_other():
    session = requests.Session()
    started = session.post(
        f"{HOST_A}/assess/", data={"acknowledge": "on"}, headers=CLIENT, allow_redirects=False, timeout=10
    )
    assert started.status_code == 403  # no CSRF token yet: the form must come first
    page = session.get(f"{HOST_A}/assess/", headers=CLIENT, timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    started = session.post(
        f"{HOST_A}/assess/",
        data={"acknowledge": "on", "csrfmiddlewaretoken": token},
        headers=CLIENT,
        allow_redirects=False,
        timeout=10,
    )
    assert started.status_code == 302
    assert session.get(HOST_B + started.headers["Location"], headers=CLIENT, timeout=10).status_code == 200


@pytest.fixture
def postgresql_down():
    control = shlex.split(os.environ["CLUSTER_PG_CTL"])
    subprocess.run([*control, "-m", "fast", "stop"], check=True, capture_output=True)
    try:
        yield
    finally:
        subprocess.run([*control, "start"], check=True, capture_output=True)


def test_stateless_evaluate_and_cds_keep_answering_while_postgresql_is_down(postgresql_down):
    hook = {
        "hook": "patient-view",
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "context": {"answers": HICCUPS},
    }
    for _ in range(4):  # through the proxy, so both hosts answer some
        assert requests.post(f"{CLUSTER}/api/v1/evaluate", json={"answers": HICCUPS}, timeout=30).status_code == 200
        assert requests.post(f"{CLUSTER}/cds-services/myoclonus-ddx", json=hook, timeout=30).status_code == 200
    assert requests.get(f"{CLUSTER}/healthz", timeout=30).status_code == 503  # the database is really down
