"""The host's shared counters (decisionaid.sqlite_cache behind decisionaid.counters): what
throttles and sign-in lockouts rely on, tested as several server workers use them."""

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings

from decisionaid.counters import take_number
from decisionaid.sqlite_cache import SQLiteCache

PROCESSES = 4
EACH = 150


def host_cache(path) -> SQLiteCache:
    return SQLiteCache(str(path), {})


def numbers_taken(path, key: str, count: int, results) -> None:
    cache = host_cache(path)
    results.put([take_number(cache, key, timeout=60) for _ in range(count)])


def test_workers_counting_at_once_each_get_a_number_of_their_own(tmp_path):
    """Four processes take 150 numbers each under one key at the same time: every number
    from 1 to 600 is handed out exactly once, so no count is lost or given twice."""
    path = tmp_path / "counters.sqlite3"
    context = multiprocessing.get_context("spawn")  # new interpreters, as separate workers are
    results = context.Queue()
    workers = [context.Process(target=numbers_taken, args=(path, "caller", EACH, results)) for _ in range(PROCESSES)]
    for worker in workers:
        worker.start()
    taken = [number for _ in workers for number in results.get(timeout=120)]
    for worker in workers:
        worker.join(timeout=60)
    assert sorted(taken) == list(range(1, PROCESSES * EACH + 1))


def test_a_count_restarts_once_its_window_has_passed(tmp_path):
    cache = host_cache(tmp_path / "counters.sqlite3")
    assert [take_number(cache, "caller", timeout=60) for _ in range(3)] == [1, 2, 3]
    cache.touch("caller", timeout=-1)  # as if its 60 seconds had passed
    assert take_number(cache, "caller", timeout=60) == 1


def test_the_cache_keeps_djangos_contract(tmp_path):
    """add only over nothing live, incr in place keeping the expiry, values of any kind."""
    cache = host_cache(tmp_path / "counters.sqlite3")
    assert cache.add("n", 1, timeout=60) and not cache.add("n", 5, timeout=60)
    assert cache.incr("n", 4) == 5 and cache.get("n") == 5
    with pytest.raises(ValueError):
        cache.incr("missing")
    cache.set("started", {"at": 1.5, "by": ["a", "b"]}, timeout=60)
    assert cache.get("started") == {"at": 1.5, "by": ["a", "b"]}
    cache.set("kept", 1, timeout=None)
    assert cache.get("kept") == 1
    cache.set("huge", 2**70, timeout=60)
    assert cache.get("huge") == 2**70
    cache.set("gone", 1, timeout=-1)
    assert cache.get("gone", "default") == "default" and not cache.has_key("gone")
    assert cache.add("gone", 2, timeout=60) and cache.get("gone") == 2
    assert cache.delete("gone") and not cache.delete("gone")
    cache.clear()
    assert cache.get("n") is None


def test_one_host_counts_apart_from_the_application_database():
    """Throttles and lockouts on one host never wait on the application database."""
    backend = settings.CACHES["default"]
    assert backend["BACKEND"] == "decisionaid.sqlite_cache.SQLiteCache"
    assert backend["LOCATION"] != settings.DATABASES["default"]["NAME"]


def test_a_new_file_opened_by_many_threads_at_once_counts_for_all_of_them(tmp_path):
    """Every thread of a fresh worker may open the counter file in the same instant (the
    sign-in test's 32 guessers did): none may fail with "database is locked"."""
    cache = host_cache(tmp_path / "fresh.sqlite3")
    threads = 32
    start = threading.Barrier(threads)

    def count(_):
        start.wait()
        return take_number(cache, "caller", timeout=60)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        numbers = list(pool.map(count, range(threads)))
    assert sorted(numbers) == list(range(1, threads + 1))
