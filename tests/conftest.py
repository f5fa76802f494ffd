"""Fixtures shared by every layer: the real browser used by web tests, and empty
counters (throttles, sign-in lockouts) and page caches for each test."""

import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
# Debian's Chromium, headless, as root, on a machine with no outside network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(autouse=True)
def empty_counters():
    """Throttle and sign-in counts live in their own file, not in the test's database
    transaction: start every test from none, as a new caller would."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Rendered page parts outlive a test too, and a test may change what a page shows."""
    from django.core.cache import caches

    caches["pages"].clear()


@pytest.fixture(scope="session", autouse=True)
def counters_removed_after_the_run():
    yield
    from django.conf import settings

    folder = Path(settings.COUNTERS_FILE).parent
    if folder.name.startswith("decisionaid-counters-"):  # the run's own (test_settings), nothing else
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "headless": True, "args": CHROMIUM_ARGS}


@pytest.fixture
def page(page):
    """A page that fails fast: a broken page should fail a test in seconds, not minutes."""
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot under test-artifacts/ for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


def pytest_collection_modifyitems(items):
    for item in items:
        if "page" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


# The built-in training cases, for every suite that plays one (cases, sign-in, throttles, admin).
JME = "morning-jerks-in-a-teenager"


@pytest.fixture
def library(db, monkeypatch):
    monkeypatch.delenv("DEMO_STAFF_PASSWORD", raising=False)
    call_command("seed_demo", stdout=open("/dev/null", "w"))


@pytest.fixture
def jme(library):
    from decisionaid.cases.models import Case

    return Case.objects.get(slug=JME)
