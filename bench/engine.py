"""Benchmark: one rules.assess(...).as_dict() over a mixed set of answer sets (the reference
vignettes interleaved with random answers, as the thread-safety tests use), beside two
baselines measured in the same run and printed as ratios:

- plain Python over the same answers (validation plus a walk of every rule's conditions),
  the floor any engine pays to read the answers;
- the same rules run in plain Python (tests/rules/plain_engine.py), which gives exactly the
  engine's result (a property test says so), with the same result assembly: the cost of
  these conclusions without a rule engine;
- stock experta on the same rules: experta's own Rete matcher, agenda strategy, fact
  checks and run loop (tests/rules/stock_engine.py), with the same result assembly: what
  rules/engine.py and rules/matcher.py improve on.

This machine's speed drifts (a shared host): each figure is the median of one pass over
the answer sets, and the passes of the four take turns; the quietest pass of each is
reported, as ``timeit`` reports the fastest repeat, and every pass is printed too.
No timing is asserted.
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from experta.strategies import DepthStrategy

import rules
from tests.rules.answer_sets import mixed_answer_sets
from tests.rules.plain_engine import plain_assess
from tests.rules.stock_engine import StockRuleEngine, stock_engine

ROUNDS = 600
STOCK_ROUNDS = 200
PASSES = 7
TARGET_MS = 2.0


class StockStrategyEngine(StockRuleEngine):
    """Everything as experta releases it, its agenda strategy too."""

    __strategy__ = DepthStrategy


STOCK = stock_engine(StockStrategyEngine)


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


def median_ms(function, answer_sets) -> float:
    timings = []
    for answers in answer_sets:
        start = time.perf_counter()
        function(answers)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def quietest_passes(measured: dict, passes: int) -> tuple[dict[str, float], dict[str, list[float]]]:
    """Each measurement's median over its answer sets, ``passes`` times in turns: the quietest
    pass of each, and every pass. ``measured`` maps a name to (function, answer sets)."""
    figures: dict[str, list[float]] = {name: [] for name in measured}
    for _ in range(passes):
        for name, (function, sets) in measured.items():
            figures[name].append(median_ms(function, sets))
    return {name: min(runs) for name, runs in figures.items()}, figures


def main() -> None:
    answer_sets = mixed_answer_sets(ROUNDS, seed=1336)
    measured = {
        "engine": (lambda a: rules.assess(a).as_dict(), answer_sets),
        "stock": (lambda a: rules.assess_with(STOCK, a).as_dict(), answer_sets[:STOCK_ROUNDS]),
        "plain": (lambda a: plain_assess(a).as_dict(), answer_sets),
        "baseline": (baseline, answer_sets),
    }
    for function, sets in measured.values():  # build engines and warm caches outside the measurement
        function(sets[1])
    best, passes = quietest_passes(measured, PASSES)
    print(f"rules.assess + as_dict ({len(rules.RULES)} rules, then the safety layer); quietest of {PASSES} passes")
    print(f"  engine    median {best['engine']:7.3f} ms over {ROUNDS} answer sets   (target <= {TARGET_MS} ms)")
    print(f"  stock     median {best['stock']:7.3f} ms over {STOCK_ROUNDS}   (experta's own matcher, agenda and run)")
    print(f"  plain     median {best['plain']:7.3f} ms over {ROUNDS}   (the same result in plain Python)")
    print(
        f"  baseline  median {best['baseline']:7.3f} ms over {ROUNDS}   (plain Python: validate, read every condition)"
    )
    print(
        f"  ratios: engine/plain {best['engine'] / best['plain']:.2f}x (target <= 3);"
        f" stock/engine {best['stock'] / best['engine']:.1f}x (target >= 3);"
        f" engine/baseline {best['engine'] / best['baseline']:.1f}x"
    )
    for name, figures in passes.items():
        print(f"  passes {name:<9}" + " ".join(f"{f:7.3f}" for f in figures))


if __name__ == "__main__":
    main()
