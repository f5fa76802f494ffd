"""rules.assess under a multi-threaded server: engines lent from a pool, one caller at a time.

An experta engine shared between threads corrupts results (engineering notes: 539 wrong
of 600), so these check that concurrent callers get exactly what a serial run gives, that
no engine ever serves two callers at once, and that engines are built once and reused
whichever thread asks (a server that starts a thread per request must not rebuild one).
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


class WatchedEngine(rules.engine.MyoclonusEngine):
    """An engine that notes each time a second caller runs it while a first still is."""

    overlaps = 0

    def __init__(self):
        super().__init__()
        self._running = threading.Lock()

    def evaluate(self, answers):
        if not self._running.acquire(blocking=False):
            WatchedEngine.overlaps += 1
            self._running.acquire()
        try:
            return super().evaluate(answers)
        finally:
            self._running.release()


@pytest.fixture
def watched_pool(monkeypatch):
    """A fresh pool of four watched engines, and the list of every engine it builds."""
    built = []

    def build():
        built.append(WatchedEngine())
        return built[-1]

    WatchedEngine.overlaps = 0
    monkeypatch.setattr(rules.engine, "ENGINES", rules.engine.EnginePool(build, size=4))
    return built


def test_sixteen_threads_share_four_engines_one_caller_at_a_time(watched_pool):
    answer_sets = mixed_answer_sets(40, seed=2026)
    threads = 16
    start = threading.Barrier(threads)

    def run(_: int) -> None:
        start.wait()
        for answers in answer_sets:
            rules.assess(answers)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(run, range(threads)))

    assert WatchedEngine.overlaps == 0  # never two callers on one engine
    assert 1 <= len(watched_pool) <= 4  # bounded: the other twelve threads waited


def test_a_new_thread_per_call_builds_no_new_engine(watched_pool):
    """What runserver does: every request on a thread of its own."""
    for answers in mixed_answer_sets(10, seed=2026):
        thread = threading.Thread(target=rules.assess, args=(answers,))
        thread.start()
        thread.join()
    assert len(watched_pool) == 1
