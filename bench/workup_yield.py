"""Benchmark: "what each test would tell" (rules.workup_yield) for a typical result, beside one
rules.assess() on the same answers in the same run (the forecast runs the engine once per
possible result of every recommended step, so its cost is that many assessments).

The answers are the reference vignettes' (tests/rules/vignettes.py): typical teaching results,
each with its own workup. Each figure is the median over them; the quietest of the passes is
kept, as ``timeit`` keeps its fastest repeat. Target: a median of at most 50 ms. No timing is
asserted.

    .venv/bin/python bench/workup_yield.py
"""

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from engine import quietest_passes  # bench/engine.py: the same passes, the same medians

import rules
from tests.rules.vignettes import VIGNETTES

PASSES = 5
TARGET_MS = 50.0


def main() -> None:
    answer_sets = [v.answers for v in VIGNETTES]
    runs = statistics.median(sum(len(s["results"]) for s in rules.workup_yield(a)["steps"]) for a in answer_sets)
    measured = {"forecast": rules.workup_yield, "assess": lambda a: rules.assess(a).as_dict()}
    best, _ = quietest_passes({name: (function, answer_sets) for name, function in measured.items()}, PASSES)
    print(f"rules.workup_yield over {len(answer_sets)} vignettes (median {runs:.0f} forecast results each)")
    print(f"  forecast  median {best['forecast']:8.2f} ms   (target <= {TARGET_MS:.0f} ms)")
    print(f"  assess    median {best['assess']:8.2f} ms   (one assessment of the same answers)")
    print(f"  ratio forecast/assess {best['forecast'] / best['assess']:.1f}x")


if __name__ == "__main__":
    main()
