"""Concurrent wrong guesses cannot outrun the sign-in limit: each attempt takes its
number before its password is checked, so only the first few are ever evaluated.

Runs in a subprocess on a database file, as threaded server workers share it (the
suite's own SQLite database lives in memory), with the project's own database cache."""

import json

import pytest

from tests.production.conftest import manage, run_python

GUESSERS = 32
LIMIT = 5

GUESSES = f"""
import json, threading
import django
django.setup()
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connection
from django.test import Client

get_user_model().objects.create_user("hank", password="the-right-password", is_staff=True)
evaluated, lock = [], threading.Lock()
authenticate = ModelBackend.authenticate

def counting_authenticate(self, request, username=None, password=None, **kwargs):
    with lock:
        evaluated.append(username)
    return authenticate(self, request, username=username, password=password, **kwargs)

ModelBackend.authenticate = counting_authenticate
barrier = threading.Barrier({GUESSERS})
statuses, errors = [], []

def guess(number):
    barrier.wait()
    try:
        spelling = ("hank", "ｈａｎｋ", "HANK")[number % 3]
        response = Client().post("{{path}}", {{"username": spelling, "password": f"guess-{{number}}"}})
        statuses.append(response.status_code)
    except Exception as error:
        errors.append(repr(error))
    finally:
        connection.close()

threads = [threading.Thread(target=guess, args=(n,)) for n in range({GUESSERS})]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps({{"evaluated": len(evaluated), "statuses": sorted(statuses), "errors": errors}}))
"""


@pytest.mark.parametrize("path", ["/accounts/sign-in/", "/admin/login/"])
def test_32_concurrent_wrong_guesses_evaluate_at_most_5_passwords(tmp_path, path):
    env = {
        "DJANGO_SETTINGS_MODULE": "decisionaid.test_settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'guesses.sqlite3'}",
        "DJANGO_ADMIN_LOGIN_MAX_FAILURES": str(LIMIT),
    }
    assert manage("migrate", "--noinput", "-v", "0", env=env).returncode == 0
    completed = run_python("-c", GUESSES.replace("{path}", path), env=env)
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert report["errors"] == []
    assert report["evaluated"] <= LIMIT
    assert report["statuses"].count(429) >= GUESSERS - LIMIT
    assert set(report["statuses"]) <= {200, 429}
