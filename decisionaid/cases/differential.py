"""The engine's differential as a walkthrough shows it: what a stage keeps of a result,
and how the differential moved from one stage to the next. Pure computation on result
dicts; nothing here runs the engine or touches the database."""

from __future__ import annotations

from rules import selections

from . import vocabulary


def ranked(items: list[dict]) -> list[dict]:
    return [{"id": i["id"], "label": i["label"], "score": i["score"], "strength": i["strength"]} for i in items]


def differential_snapshot(result: dict) -> dict:
    """The part of a result a stage keeps: rankings, treatments, red flags, fired rules."""
    return {
        "kb_version": result["kb_version"],
        "causes": ranked(result["causes"]),
        "origins": ranked(result["origins"]),
        "treatments": [{"id": t["id"], "label": t["label"], "role": t["role"]} for t in result["treatments"]],
        "red_flags": [{"id": f["id"], "label": f["label"], "action": f["action"]} for f in result["red_flags"]],
        "rules": [step["rule"] for step in result["trace"]],
    }


def _moved(now: list[dict], before: list[dict]) -> list[dict]:
    """Hypotheses with evidence now or at the last stage, with their rank and score change."""
    previous = {
        item["id"]: (rank, item["score"]) for rank, item in enumerate(selections.with_evidence(before), start=1)
    }
    moved = []
    for rank, item in enumerate(now, start=1):
        old_rank, old_score = previous.get(item["id"], (None, 0.0))
        if item["score"] <= 0 and old_rank is None:
            continue
        moved.append(
            {
                **item,
                "rank": rank,
                "previous_rank": old_rank,
                "rank_change": None if old_rank is None else old_rank - rank,
                "score_change": round(item["score"] - old_score, 3),
            }
        )
    return moved


def differential_movement(before: dict | None, now: dict) -> dict:
    """How the differential moved between two snapshots, and the rules that moved it."""
    before = before or {"causes": [], "origins": [], "rules": []}
    added = [r for r in now["rules"] if r not in before["rules"]]
    removed = [r for r in before["rules"] if r not in now["rules"]]
    return {
        "causes": _moved(now["causes"], before["causes"]),
        "origins": _moved(now["origins"], before["origins"]),
        "rules_added": [{"id": r, "explanation": vocabulary.rule_explanation(r)} for r in added],
        "rules_removed": [{"id": r, "explanation": vocabulary.rule_explanation(r)} for r in removed],
    }
