"""Benchmark: one rules.assess(...).as_dict() over a mixed set of answer sets (the reference
vignettes interleaved with random answers, as the thread-safety tests use), beside a
plain-Python baseline over the same answers (validation plus a walk of every rule's
conditions), measured in the same run and printed as a ratio. No timing is asserted."""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import rules
from tests.rules.answer_sets import mixed_answer_sets

ROUNDS = 600


def baseline(answers: dict) -> int:
    """Plain Python over the same answers: validate, then test every rule's answer conditions."""
    canonical = rules.validate_answers(answers)
    return sum(
        all(
            canonical.get(q) in w.choices or set(canonical.get(q) or ()) & set(w.choices)
            for w in r.when
            for q in w.questions
        )
        for r in rules.RULES
    )


def measure(function, answer_sets) -> list[float]:
    timings = []
    for answers in answer_sets:
        start = time.perf_counter()
        function(answers)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    answer_sets = mixed_answer_sets(ROUNDS, seed=1336)
    rules.assess(answer_sets[1]).as_dict()  # build this thread's engine outside the measurement
    engine = measure(lambda a: rules.assess(a).as_dict(), answer_sets)
    plain = measure(baseline, answer_sets)
    p95 = lambda t: statistics.quantiles(t, n=20)[18]  # noqa: E731
    print(f"rules.assess + as_dict over {ROUNDS} answer sets ({len(rules.RULES)} rules, then the safety layer)")
    print(f"  engine    median {statistics.median(engine):7.3f} ms   p95 {p95(engine):7.3f} ms")
    print(f"  baseline  median {statistics.median(plain):7.3f} ms   p95 {p95(plain):7.3f} ms  (plain Python)")
    print(
        f"  ratio engine/baseline (median) {statistics.median(engine) / statistics.median(plain):.1f}x;"
        f" target: engine median <= 2 ms"
    )


if __name__ == "__main__":
    main()
