"""Production settings refuse to start unsafely, and pass Django's deployment check."""

import os
import subprocess
import sys

from .conftest import PRODUCTION_ENV, ROOT, manage


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}
    completed = manage("check", env=env)
    assert completed.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in completed.stderr
    assert "Traceback" not in completed.stderr, "an operator gets the message, not a stack trace"


def test_debug_is_off_unless_set():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_DEBUG"}
    completed = manage("shell", "-v", "0", "-c", "from django.conf import settings; print(settings.DEBUG)", env=env)
    assert completed.stdout.strip() == "False", completed.stderr


def test_a_misspelt_boolean_is_an_error_not_a_silent_false():
    completed = manage("check", env={**PRODUCTION_ENV, "DJANGO_SECURE_SSL_REDIRECT": "ture"})
    assert completed.returncode != 0
    assert "DJANGO_SECURE_SSL_REDIRECT must be true or false" in completed.stderr


def test_the_deployment_check_is_clean_with_the_production_environment():
    completed = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert completed.returncode == 0, completed.stderr
    assert "System check identified no issues" in completed.stdout


def readme_deployment_exports() -> list[str]:
    """The ``export`` lines of the README's deployment block, exactly as an operator pastes them."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Deployment\n", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.startswith("export ")]


def test_the_deployment_check_is_clean_with_exactly_the_readmes_settings():
    exports = readme_deployment_exports()
    assert any("DJANGO_SECRET_KEY" in line for line in exports)
    script = "\n".join([*exports, f"exec {sys.executable} manage.py check --deploy --fail-level WARNING"])
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    completed = subprocess.run(
        ["bash", "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300
    )
    assert completed.returncode == 0, completed.stderr
    assert "System check identified no issues" in completed.stdout


def test_the_request_size_limit_comes_from_the_environment():
    completed = manage(
        "shell",
        "-v",
        "0",
        "-c",
        "from django.conf import settings; print(settings.MAX_REQUEST_BYTES, settings.DATA_UPLOAD_MAX_MEMORY_SIZE)",
        env={**PRODUCTION_ENV, "DJANGO_MAX_REQUEST_BYTES": "65536"},
    )
    assert completed.stdout.split() == ["65536", "65536"], completed.stderr


def _connection_settings(env: dict[str, str]) -> list[str]:
    completed = manage(
        "shell",
        "-v",
        "0",
        "-c",
        "from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])",
        env={**PRODUCTION_ENV, **env},
    )
    return completed.stdout.split() or [completed.stderr]


def test_connections_are_kept_and_checked_before_reuse():
    assert _connection_settings({"DATABASE_URL": "postgres://ddx@db.example.org/ddx"}) == ["60", "True"]
    assert _connection_settings({"DATABASE_URL": "postgres://ddx@db/ddx", "DATABASE_CONN_MAX_AGE": "0"}) == [
        "0",
        "False",
    ]
    assert _connection_settings({"DATABASE_URL": "sqlite:////tmp/ddx.sqlite3"}) == ["60", "True"]
