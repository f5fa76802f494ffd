"""The store behind throttles and sign-in lockouts on one host, beside Django's own caches
that could hold the same counts: the cost of counting one call, and whether two server
workers counting the same caller at once lose counts.

Measured for each store, in this run: microseconds per counted call (one process, the
quietest of three passes), and the counts lost when two processes each count 2,000 calls
under one key at the same time (the total should be 4,000). Counted as each store would
be used: DRF's own throttle (read a caller's list of timestamps, add one, write it back)
on the file-based cache that the project used before; Django's database cache on a SQLite
file; and decisionaid.counters.take_number on the project's SQLite counter file. The
local-memory cache is the floor: the fastest possible, but one count per process, so a
caller would get the limit once per worker. Nothing is asserted.

    .venv/bin/python bench/counters.py
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "decisionaid.test_settings")

CALLS = 2000
PASSES = 3
WORKERS = 2
RATE = 120


def history_count(cache, key: str) -> int:
    """DRF's SimpleRateThrottle, as it counts an allowed call: the list holds at most a
    rate's worth of timestamps (the default anonymous rate, 120 a minute); the count is the
    number of calls written, carried beside the list."""
    calls, history = cache.get(key, (0, []))
    history.insert(0, time.time())
    cache.set(key, (calls + 1, history[:RATE]), 60)
    return calls + 1


def stores(folder: Path) -> dict:
    from django.core.cache.backends.db import DatabaseCache
    from django.core.cache.backends.filebased import FileBasedCache
    from django.core.cache.backends.locmem import LocMemCache

    from decisionaid.counters import take_number
    from decisionaid.sqlite_cache import SQLiteCache

    def counting(count, make_cache):
        """A factory, called once per process (a worker builds its own cache): the store's count of a call."""
        return lambda: functools.partial(count, make_cache())

    def numbered(cache, key: str) -> int:
        return take_number(cache, key, 60)

    return {
        "local memory (floor, per process)": counting(numbered, lambda: LocMemCache("bench", {})),
        "DRF history on the file cache": counting(history_count, lambda: FileBasedCache(str(folder / "files"), {})),
        "database cache (SQLite)": counting(numbered, lambda: DatabaseCache("bench_cache", {})),
        "counter file (this project)": counting(numbered, lambda: SQLiteCache(str(folder / "counters.sqlite3"), {})),
    }


def setup_database(folder: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'cache.sqlite3'}"
    import django
    from django.conf import settings

    django.setup()
    settings.CACHES["bench_cache"] = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "bench_cache",
    }
    from django.core.management import call_command

    call_command("createcachetable", "bench_cache", verbosity=0)


def microseconds_per_call(count) -> float:
    best = float("inf")
    for number in range(PASSES):
        key = f"pass-{number}"
        started = time.perf_counter()
        for _ in range(CALLS):
            count(key)
        best = min(best, (time.perf_counter() - started) / CALLS * 1e6)
    return best


def count_in_a_worker(folder: str, name: str, key: str, results) -> None:
    setup_database(Path(folder))
    count = stores(Path(folder))[name]()
    results.put(max(count(key) for _ in range(CALLS)))


def counts_lost(folder: Path, name: str) -> int:
    """Two processes count CALLS calls each under one key; how many the store lost."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    key = f"shared-{abs(hash(name))}"
    workers = [
        context.Process(target=count_in_a_worker, args=(str(folder), name, key, results)) for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    highest = max(results.get(timeout=300) for _ in workers)
    for worker in workers:
        worker.join()
    return WORKERS * CALLS - highest


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-counters-") as workdir:
        folder = Path(workdir)
        setup_database(folder)
        figures = {name: microseconds_per_call(make()) for name, make in stores(folder).items()}
        floor = figures["local memory (floor, per process)"]
        print(f"one counted call, quietest of {PASSES} passes of {CALLS}; then {WORKERS} processes counting at once")
        for name, figure in figures.items():
            lost = "one count per process" if name.startswith("local") else f"{counts_lost(folder, name)} lost"
            print(f"  {name:<36} {figure:8.1f} us/call  {figure / floor:6.1f}x floor   {lost} of {WORKERS * CALLS}")


if __name__ == "__main__":
    main()
