"""Helpers for the production tests: ``manage.py`` in a subprocess with a chosen
environment (settings are read once per process), and a database that is down."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

ROOT = Path(__file__).resolve().parent.parent.parent

# What README's "Deployment" section tells hospital IT to set behind a TLS proxy.
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "decisionaid.settings",
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "k3y-for-the-deploy-check-only-" + "x9Qz7vLw2Rt5" * 4,
    "DJANGO_ALLOWED_HOSTS": "ddx.example.org",
    "DJANGO_SECURE_SSL_REDIRECT": "true",
    "DJANGO_SECURE_HSTS_SECONDS": "31536000",
    "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "DJANGO_SECURE_HSTS_PRELOAD": "true",
}


def run_python(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """``python ARGS`` in a fresh process, in the project root, with ``env`` over our
    environment (minus our own DJANGO_* settings)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300
    )


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return run_python("manage.py", *args, env=env)


@contextlib.contextmanager
def database_unreachable():
    """Every new query fails as if the server were unreachable."""
    failure = OperationalError("could not connect to server: Connection refused")
    with mock.patch.object(BaseDatabaseWrapper, "cursor", side_effect=failure):
        yield


@pytest.fixture
def database_down():
    with database_unreachable():
        yield
