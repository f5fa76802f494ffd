"""The core refuses to import on any experta but the release its matcher and agenda
strategy were written against."""

import subprocess
import sys


def _import_rules_with_experta_version(version: str) -> subprocess.CompletedProcess:
    script = f"import experta; experta.__version__ = {version!r}; import rules"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)


def test_rules_imports_with_experta_1_9_4():
    assert _import_rules_with_experta_version("1.9.4").returncode == 0


def test_any_other_experta_fails_at_import_naming_the_version_needed():
    run = _import_rules_with_experta_version("1.9.5")
    assert run.returncode != 0
    assert "ImportError: rules needs experta 1.9.4, found 1.9.5" in run.stderr
