"""rules.assess under a multi-threaded server: one engine per thread, built once, reused.

An experta engine shared between threads corrupts results (engineering notes: 539 wrong
of 600), so these check that concurrent callers get exactly what a serial run gives and
that each thread keeps its own engine.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import rules
import rules.engine

from .answer_sets import mixed_answer_sets

THREADS = 8
PER_THREAD = 50


def test_concurrent_assessments_give_exactly_the_serial_results():
    answer_sets = mixed_answer_sets(THREADS * PER_THREAD, seed=2026)
    serial = [rules.assess(answers).to_json() for answers in answer_sets]
    start = threading.Barrier(THREADS)

    def run(thread_index: int) -> list[tuple[int, str]]:
        start.wait()  # every thread is alive and assessing at the same time
        # Each thread walks the whole list from its own offset, so neighbours run different cases.
        indices = [(thread_index * PER_THREAD + n * THREADS) % len(answer_sets) for n in range(PER_THREAD)]
        return [(i, rules.assess(answer_sets[i]).to_json()) for i in indices]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = [pair for batch in pool.map(run, range(THREADS)) for pair in batch]

    assert len(results) == THREADS * PER_THREAD
    wrong = [i for i, result in results if result != serial[i]]
    assert wrong == []


@pytest.fixture
def counted_engines(monkeypatch):
    """Every engine built while the test runs, in construction order."""
    built = []

    class CountedEngine(rules.engine.MyoclonusEngine):
        def __init__(self):
            super().__init__()
            built.append(self)

    monkeypatch.setattr(rules.engine, "MyoclonusEngine", CountedEngine)
    return built


def test_each_thread_builds_its_own_engine_once_and_reuses_it(counted_engines):
    answer_sets = mixed_answer_sets(12, seed=2026)
    threads = 4
    start = threading.Barrier(threads)

    def run(_: int) -> list:
        start.wait()
        seen = []
        for answers in answer_sets:
            rules.assess(answers)
            seen.append(rules.engine.thread_engine())
        return seen

    with ThreadPoolExecutor(max_workers=threads) as pool:
        per_thread = list(pool.map(run, range(threads)))

    engines = [seen[0] for seen in per_thread]
    assert all(engine is seen[0] for seen in per_thread for engine in seen)  # reused within a thread
    assert len({id(engine) for engine in engines}) == threads  # never shared between threads
    assert sorted(map(id, counted_engines)) == sorted(map(id, engines))  # built once per thread
