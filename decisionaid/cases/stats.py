"""Read-only figures over attempts: a learner's best score per case, and what an educator
sees about one case (where learners go wrong).

The chart geometry is computed here so the template draws plain SVG rectangles (no
inline styles, no JavaScript).
"""

from __future__ import annotations

from collections import Counter

from . import vocabulary
from .feedback import missed_at_stage
from .models import Attempt, Case, StageEntry

BIN_WIDTH = 10
CHART = {"width": 520, "height": 220, "top": 20, "bottom": 40, "left": 10, "bar": 40, "gap": 10}
TOP_N = 5


def best_per_case(attempts) -> list[Attempt]:
    """Each case's highest-scoring completed attempt (the earliest on a tie), by case title."""
    best: dict[int, Attempt] = {}
    for attempt in attempts:
        if attempt.is_complete and (attempt.case_id not in best or attempt.score > best[attempt.case_id].score):
            best[attempt.case_id] = attempt
    return sorted(best.values(), key=lambda a: a.case.title)


def score_bins(scores: list[int]) -> list[dict]:
    """Scores counted in bins of ten points (the last bin holds 90 to 100)."""
    counts = Counter(min(score // BIN_WIDTH, 9) for score in scores)
    return [
        {"label": f"{i * BIN_WIDTH}–{i * BIN_WIDTH + 9 if i < 9 else 100}", "count": counts.get(i, 0)}
        for i in range(10)
    ]


def chart_bars(bins: list[dict]) -> list[dict]:
    """Each bin as an SVG bar: x, y, width, height, and where its labels go."""
    plot = CHART["height"] - CHART["top"] - CHART["bottom"]
    tallest = max((b["count"] for b in bins), default=0) or 1
    bars = []
    for i, b in enumerate(bins):
        height = round(plot * b["count"] / tallest)
        x = CHART["left"] + i * (CHART["bar"] + CHART["gap"])
        y = CHART["top"] + plot - height
        bars.append(
            {
                **b,
                "x": x,
                "y": y,
                "width": CHART["bar"],
                "height": height,
                "centre": x + CHART["bar"] // 2,
                "count_y": y - 4,
                "label_y": CHART["height"] - CHART["bottom"] + 16,
            }
        )
    return bars


def wrong_top_causes(case: Case, attempts) -> list[dict]:
    counts = Counter(a.top_causes[0] for a in attempts if a.top_causes and a.top_causes[0] != case.key_cause)
    return [{"id": c, "label": vocabulary.label("causes", c), "count": n} for c, n in counts.most_common(TOP_N)]


def missed_findings_by_stage(case: Case, attempts) -> list[dict]:
    entries = StageEntry.objects.filter(attempt__in=attempts).select_related("stage")
    by_stage: dict[int, Counter] = {stage.pk: Counter() for stage in case.stages.all()}
    for entry in entries:
        for missed in missed_at_stage(entry.stage, entry.findings):
            by_stage[entry.stage_id][missed["label"]] += 1
    return [
        {
            "order": stage.order,
            "kind": stage.get_kind_display(),
            "missed": [{"label": label, "count": n} for label, n in by_stage[stage.pk].most_common(TOP_N)],
        }
        for stage in case.stages.order_by("order")
    ]


def case_stats(case: Case) -> dict:
    attempts = list(Attempt.objects.filter(case=case).by_learners())
    completed = [a for a in attempts if a.is_complete]
    scores = [a.score for a in completed if a.score is not None]
    bins = score_bins(scores)
    return {
        "attempts": len(attempts),
        "anonymous_api": Attempt.objects.filter(case=case).count() - len(attempts),
        "completed": len(completed),
        "average": round(sum(scores) / len(scores)) if scores else None,
        "bins": bins,
        "bars": chart_bars(bins),
        "chart": CHART,
        "wrong_top_causes": wrong_top_causes(case, completed),
        "missed_by_stage": missed_findings_by_stage(case, completed),
    }
