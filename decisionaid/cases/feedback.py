"""What a learner is shown after the reveal: the findings missed at each stage, and the
whole feedback (score, the learner's answer beside the engine's and the key, teaching
points, trace) that the feedback page and the API both return."""

from __future__ import annotations

import rules
from rules import selections
from rules.questionnaire import MANY
from rules.vocabulary import AVOID

from . import vocabulary
from .commitment import TOP_CAUSES
from .differential import ranked
from .models import Attempt, Stage
from .selectors import case_result


def missed_at_stage(stage: Stage, findings: dict) -> list[dict]:
    """The stage's findings the learner did not enter (or entered differently)."""
    missed = []
    for question_id, expected in stage.answers.items():
        question = rules.QUESTIONS[question_id]
        given = findings.get(question_id)
        if question.kind == MANY:
            absent = [v for v in expected if v not in (given or [])]
        else:
            absent = [] if given == expected else [expected]
        if absent:
            missed.append(
                {
                    "question": question_id,
                    "label": question.label,
                    "expected": [question.choice_label(v) for v in absent],
                }
            )
    return missed


def attempt_feedback(attempt: Attempt) -> dict:
    """Everything the feedback page and the API show after the reveal."""
    case = attempt.case
    result = case_result(case)
    entries = {entry.stage_id: entry for entry in attempt.entries.all()}
    stages = []
    for stage in case.stages.order_by("order"):
        entry = entries.get(stage.id)
        stages.append(
            {
                "order": stage.order,
                "kind": stage.kind,
                "narrative": stage.narrative,
                "hint_used": bool(entry and entry.hint_used),
                "missed": missed_at_stage(stage, entry.findings if entry else {}),
            }
        )
    return {
        "disclaimer": rules.DISCLAIMER,
        "score": attempt.score_breakdown,
        "learner": {
            "top_causes": vocabulary.labelled("causes", attempt.top_causes),
            "origin": vocabulary.labelled("origins", [attempt.origin])[0],
            "offered": vocabulary.labelled("treatments", attempt.offered_treatments),
            "avoided": vocabulary.labelled("treatments", attempt.avoided_treatments),
            "unwarranted": vocabulary.labelled("treatments", attempt.score_breakdown.get("unwarranted_offers", [])),
        },
        "engine": {
            "kb_version": result["kb_version"],
            "causes": selections.with_evidence(ranked(result["causes"]))[:TOP_CAUSES],
            "origins": selections.with_evidence(ranked(result["origins"]))[:1],
            "treatments": [
                {"id": t["id"], "label": t["label"], "role": t["role"]}
                for t in selections.offered(result["treatments"])
            ],
            "avoid": [{"id": t["id"], "label": t["label"]} for t in selections.with_role(result["treatments"], AVOID)],
            "red_flags": [{"id": f["id"], "label": f["label"], "action": f["action"]} for f in result["red_flags"]],
        },
        "key": {
            "cause": vocabulary.labelled("causes", [case.key_cause])[0],
            "origin": vocabulary.labelled("origins", [case.key_origin])[0],
            "condition": vocabulary.labelled("conditions", [case.key_condition])[0],
            "key_treatments": vocabulary.labelled("treatments", case.key_treatments),
            "avoid_treatments": vocabulary.labelled("treatments", case.avoid_treatments),
        },
        "stages": stages,
        "teaching_points": case.teaching_points_list,
        "sources": [rules.SOURCES[s].as_dict() for s in case.sources if s in rules.SOURCES],
        "trace": result["trace"],
    }
