"""Settings for the test suite: production mode (DEBUG off, as users see it) with a
throwaway key and plain static files, so pages render without collectstatic."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-any-deployment")
os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_PLAIN_STATIC", "true")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The fuzz tests post hundreds of forms a minute from one address; tests of the web
# throttle set their own rates.
os.environ.setdefault("WEB_ANON_RATE", "100000/minute")
os.environ.setdefault("WEB_USER_RATE", "100000/minute")
# Throwaway counters (throttles, lockouts) per run; tests/conftest.py empties them before each test.
os.environ.setdefault(
    "DJANGO_COUNTERS_FILE", str(Path(tempfile.mkdtemp(prefix="decisionaid-counters-")) / "counters.sqlite3")
)

from .settings import *  # noqa: F403
