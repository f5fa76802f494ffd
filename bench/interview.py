"""Benchmark: the adaptive interview's next-question ranking (rules.interview.next_questions, every
unasked question weighed by every answer it can get) and the full counterfactual search
(rules.explain.what_would_change, every single change of every question, then the pairs), each
beside one rules.assess() on the same answers in the same run.

The interview is measured where a learner meets it: on the reference vignettes' answers
(tests/rules/vignettes.py) cut to their first third and their first two thirds, in questionnaire
order, and on no answers at all; the counterfactual search on the vignettes' full answers. Each
figure is the median over its answer sets; the quietest of the passes is kept, as ``timeit`` keeps
its fastest repeat. Targets: ranking at most 50 ms, counterfactuals at most 200 ms. No timing is
asserted.

    .venv/bin/python bench/interview.py
"""

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from engine import quietest_passes  # bench/engine.py: the same passes, the same medians

import rules
from rules.explain import what_would_change
from rules.interview import next_questions
from tests.rules.vignettes import VIGNETTES

PASSES = 3
RANKING_TARGET_MS = 50.0
SEARCH_TARGET_MS = 200.0


def interview_states() -> list[dict]:
    states: list[dict] = [{}]
    for vignette in VIGNETTES:
        answers = list(rules.validate_answers(vignette.answers).items())
        states += [dict(answers[: len(answers) * part // 3]) for part in (1, 2)]
    return states


def main() -> None:
    states = interview_states()
    full = [v.answers for v in VIGNETTES]
    unasked = statistics.median(len(rules.QUESTIONS) - len(s) for s in states)
    measured = {
        "ranking": (next_questions, states),
        "assess (interview states)": (lambda a: rules.assess(a).as_dict(), states),
        "counterfactuals": (what_would_change, full),
        "assess (full answers)": (lambda a: rules.assess(a).as_dict(), full),
    }
    best, _ = quietest_passes(measured, PASSES)
    print(f"rules.interview.next_questions over {len(states)} interview states (median {unasked:.0f} unasked)")
    print(f"  ranking          median {best['ranking']:8.2f} ms   (target <= {RANKING_TARGET_MS:.0f} ms)")
    print(
        f"  assess           median {best['assess (interview states)']:8.2f} ms   (one assessment of the same answers)"
    )
    print(f"  ratio ranking/assess {best['ranking'] / best['assess (interview states)']:.1f}x")
    searched = statistics.median(what_would_change(a)["searched"]["single"] for a in full[:10])
    print(f"rules.explain.what_would_change over {len(full)} vignettes (about {searched:.0f} single changes each)")
    print(f"  counterfactuals  median {best['counterfactuals']:8.2f} ms   (target <= {SEARCH_TARGET_MS:.0f} ms)")
    print(f"  assess           median {best['assess (full answers)']:8.2f} ms   (one assessment of the same answers)")
    print(f"  ratio search/assess {best['counterfactuals'] / best['assess (full answers)']:.1f}x")


if __name__ == "__main__":
    main()
