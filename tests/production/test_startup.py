"""Production settings refuse to start unsafely, and pass Django's deployment check."""

from .conftest import PRODUCTION_ENV, manage


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


def test_the_request_size_limit_comes_from_the_environment():
    completed = manage("shell", "-v", "0", "-c",
                       "from django.conf import settings; print(settings.MAX_REQUEST_BYTES, settings.DATA_UPLOAD_MAX_MEMORY_SIZE)",
                       env={**PRODUCTION_ENV, "DJANGO_MAX_REQUEST_BYTES": "65536"})
    assert completed.stdout.split() == ["65536", "65536"], completed.stderr
