"""SQLite, the default database: concurrent writers wait for the lock (WAL, busy
timeout, immediate transactions) instead of failing with "database is locked".

Runs in a subprocess on a database file, as a threaded server would use it (the test
suite's own SQLite database lives in memory)."""

import json

from .conftest import manage, run_python

THREADS = 8
WRITES_PER_THREAD = 25

WRITERS = f"""
import json, threading
import django
django.setup()
from django.db import connection
from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment

barrier = threading.Barrier({THREADS})
errors = []

def writer():
    barrier.wait()
    try:
        for _ in range({WRITES_PER_THREAD}):
            assessment = services.assessment_start()
            services.assessment_record_answers(assessment=assessment, answers={{"distribution": "diaphragmatic"}})
            services.assessment_record_answers(assessment=assessment, answers={{"rhythm": "rhythmic"}}, complete=True)
    except Exception as error:
        errors.append(repr(error))
    finally:
        connection.close()

threads = [threading.Thread(target=writer) for _ in range({THREADS})]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps({{"errors": errors, "complete": Assessment.objects.filter(status="complete").count(),
                  "journal": connection.cursor().execute("PRAGMA journal_mode").fetchone()[0]}}))
"""


def test_concurrent_writes_from_threads_do_not_fail_with_database_is_locked(tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "decisionaid.test_settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'concurrent.sqlite3'}",
    }
    assert manage("migrate", "--noinput", "-v", "0", env=env).returncode == 0
    completed = run_python("-c", WRITERS, env=env)
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert report["errors"] == []
    assert report["complete"] == THREADS * WRITES_PER_THREAD
    assert report["journal"] == "wal"
