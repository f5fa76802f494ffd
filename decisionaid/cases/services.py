"""Walking a learner through a case: the one place attempts change.

The web walkthrough and the API both call these functions. The engine is always run
through ``decisionaid.assessments.services.evaluate`` on the findings the case has
disclosed so far, never on what the learner typed, so the differential shown at a stage
is the case's, and the learner's entries are compared against it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

import rules
from decisionaid.assessments import services as assessment_services
from decisionaid.assessments import selections
from rules.questionnaire import MANY

from . import rubric, vocabulary
from .models import Attempt, Case, Stage, StageEntry, Tag

TOP_CAUSES = 3


# --- what the case discloses and what the engine makes of it ---------------------------

def disclosed_answers(case: Case, *, up_to: int) -> dict:
    """The case's answers from stage 1 to stage ``up_to``, later stages overriding earlier."""
    merged: dict = {}
    for stage in case.stages.filter(order__lte=up_to).order_by("order"):
        merged.update(stage.answers)
    return merged


def _ranked(items: list[dict]) -> list[dict]:
    return [{"id": i["id"], "label": i["label"], "score": i["score"], "strength": i["strength"]} for i in items]


def differential_snapshot(result: dict) -> dict:
    """The part of a result a stage keeps: rankings, treatments, red flags, fired rules."""
    return {
        "kb_version": result["kb_version"],
        "causes": _ranked(result["causes"]),
        "origins": _ranked(result["origins"]),
        "treatments": [{"id": t["id"], "label": t["label"], "role": t["role"]} for t in result["treatments"]],
        "red_flags": [{"id": f["id"], "label": f["label"], "action": f["action"]} for f in result["red_flags"]],
        "rules": [step["rule"] for step in result["trace"]],
    }


def stage_differential(case: Case, *, up_to: int) -> dict:
    return differential_snapshot(assessment_services.evaluate(answers=disclosed_answers(case, up_to=up_to)))


def _moved(now: list[dict], before: list[dict]) -> list[dict]:
    """Hypotheses with evidence now or at the last stage, with their rank and score change."""
    previous = {item["id"]: (rank, item["score"]) for rank, item in enumerate(selections.with_evidence(before), start=1)}
    moved = []
    for rank, item in enumerate(now, start=1):
        old_rank, old_score = previous.get(item["id"], (None, 0.0))
        if item["score"] <= 0 and old_rank is None:
            continue
        moved.append({**item, "rank": rank, "previous_rank": old_rank,
                      "rank_change": None if old_rank is None else old_rank - rank,
                      "score_change": round(item["score"] - old_score, 3)})
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


# --- findings the learner entered ------------------------------------------------------

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
            missed.append({"question": question_id, "label": question.label,
                           "expected": [question.choice_label(v) for v in absent]})
    return missed


# --- the committed differential ---------------------------------------------------------

def commitment_errors(*, top_causes, origin, offered, avoided) -> dict[str, str]:
    """What is wrong with a committed differential, by field, naming the allowed values."""
    errors = {}
    causes, origins, treatments = (vocabulary.ids(p) for p in ("causes", "origins", "treatments"))
    if (not isinstance(top_causes, list) or len(top_causes) != TOP_CAUSES
            or any(c not in causes for c in top_causes)):
        errors["top_causes"] = f"Give exactly {TOP_CAUSES} causes, most likely first, from: {', '.join(causes)}."
    elif len(set(top_causes)) != TOP_CAUSES:
        errors["top_causes"] = "Each of your three causes must be different."
    if origin not in origins:
        errors["origin"] = f"Choose one site of origin from: {', '.join(origins)}."
    for name, chosen in (("offered", offered), ("avoided", avoided)):
        if not isinstance(chosen, list) or any(t not in treatments for t in chosen):
            errors[name] = f"Choose treatments from: {', '.join(treatments)}."
    if "offered" not in errors and "avoided" not in errors:
        both = sorted(set(offered) & set(avoided))
        if both:
            errors["avoided"] = f"You cannot both offer and avoid: {', '.join(both)}."
    return errors


# --- attempts ------------------------------------------------------------------------

def attempt_start(*, case: Case, user=None, session_key: str = "",
                  channel: str = Attempt.Channel.WEB) -> Attempt:
    return Attempt.objects.create(
        case=case, user=user if user is not None and user.is_authenticated else None,
        session_key=session_key, channel=channel,
    )


def attempts_claim(*, user, attempt_ids: list[str]) -> int:
    """Hand a browser session's anonymous attempts to the learner who has just signed in;
    attempts that already belong to someone stay theirs."""
    return Attempt.objects.filter(pk__in=attempt_ids, user=None).update(user=user, session_key="")


def last_stage_order(case: Case) -> int:
    return case.stages.count()


def attempt_record_hint(*, attempt: Attempt, stage: Stage) -> Attempt:
    """The learner asked to see the stage's findings: remembered, and shown in feedback."""
    if stage.order not in attempt.hinted_stages:
        attempt.hinted_stages = sorted([*attempt.hinted_stages, stage.order])
        attempt.save(update_fields=["hinted_stages"])
    return attempt


def attempt_record_stage(*, attempt: Attempt, stage: Stage, findings: dict) -> StageEntry:
    """Store the learner's findings at a stage with the engine's differential so far, and
    move the attempt on. The last stage is only open once a differential is committed."""
    if stage.order != attempt.current_stage:
        raise ValidationError(f"Stage {attempt.current_stage} is the one open in this attempt.")
    is_last = stage.order == last_stage_order(attempt.case)
    if is_last and not attempt.is_committed:
        raise ValidationError("Commit your differential before the last stage is revealed.")
    findings = rules.validate_answers(findings)
    differential = stage_differential(attempt.case, up_to=stage.order)
    with transaction.atomic():
        entry, _ = StageEntry.objects.update_or_create(
            attempt=attempt, stage=stage,
            defaults={"findings": findings, "differential": differential,
                      "hint_used": stage.order in attempt.hinted_stages},
        )
        if is_last:
            _complete(attempt)
        else:
            attempt.current_stage = stage.order + 1
            attempt.save(update_fields=["current_stage"])
    return entry


def attempt_commit(*, attempt: Attempt, top_causes: list, origin: str, offered: list, avoided: list) -> Attempt:
    """Record the learner's differential, once, before the last stage."""
    if attempt.is_committed:
        raise ValidationError("This attempt already has a committed differential.")
    errors = commitment_errors(top_causes=top_causes, origin=origin, offered=offered, avoided=avoided)
    if errors:
        raise ValidationError(errors)
    attempt.top_causes, attempt.origin = list(top_causes), origin
    attempt.offered_treatments, attempt.avoided_treatments = list(offered), list(avoided)
    attempt.committed_at = timezone.now()
    attempt.save(update_fields=["top_causes", "origin", "offered_treatments", "avoided_treatments", "committed_at"])
    return attempt


def case_result(case: Case) -> dict:
    """The engine's result on every finding the case discloses."""
    return assessment_services.evaluate(answers=disclosed_answers(case, up_to=last_stage_order(case)))


def _complete(attempt: Attempt) -> None:
    offers = [t["id"] for t in selections.offered(case_result(attempt.case)["treatments"])]
    breakdown = rubric.score(attempt.case.rubric_key(engine_offers=offers), attempt.commitment())
    attempt.score, attempt.score_breakdown = breakdown["total"], breakdown
    attempt.completed_at = timezone.now()
    attempt.current_stage = last_stage_order(attempt.case)
    attempt.save(update_fields=["score", "score_breakdown", "completed_at", "current_stage"])


def attempt_submit(*, case: Case, top_causes: list, origin: str, offered: list, avoided: list,
                   findings: dict[int, dict] | None = None, user=None) -> Attempt:
    """A whole attempt in one call (the API): per-stage findings (optional), the committed
    differential, then the score. Nothing is stored if any part is invalid."""
    findings = findings or {}
    with transaction.atomic():
        attempt = attempt_start(case=case, user=user, channel=Attempt.Channel.API)
        stages = list(case.stages.order_by("order"))
        for stage in stages[:-1]:
            attempt_record_stage(attempt=attempt, stage=stage, findings=findings.get(stage.order, {}))
        attempt_commit(attempt=attempt, top_causes=top_causes, origin=origin, offered=offered, avoided=avoided)
        attempt_record_stage(attempt=attempt, stage=stages[-1], findings=findings.get(stages[-1].order, {}))
    return attempt


# --- feedback --------------------------------------------------------------------------

def attempt_feedback(attempt: Attempt) -> dict:
    """Everything the feedback page and the API show after the reveal."""
    case = attempt.case
    result = case_result(case)
    entries = {entry.stage_id: entry for entry in attempt.entries.all()}
    stages = []
    for stage in case.stages.order_by("order"):
        entry = entries.get(stage.id)
        stages.append({
            "order": stage.order, "kind": stage.kind, "narrative": stage.narrative,
            "hint_used": bool(entry and entry.hint_used),
            "missed": missed_at_stage(stage, entry.findings if entry else {}),
        })
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
            "causes": selections.with_evidence(_ranked(result["causes"]))[:TOP_CAUSES],
            "origins": selections.with_evidence(_ranked(result["origins"]))[:1],
            "treatments": [{"id": t["id"], "label": t["label"], "role": t["role"]}
                           for t in selections.offered(result["treatments"])],
            "avoid": [{"id": t["id"], "label": t["label"]}
                      for t in selections.with_role(result["treatments"], selections.AVOID)],
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


# --- the built-in library --------------------------------------------------------------

def case_load_builtin(builtin) -> Case:
    """Create or update a built-in case by its slug, its stages replaced, so loading the
    library twice leaves one copy of each case. Validated as the admin validates."""
    with transaction.atomic():
        case, _ = Case.objects.update_or_create(slug=builtin.slug, defaults={
            "title": builtin.title,
            "summary": builtin.summary,
            "difficulty": builtin.difficulty,
            "learning_objectives": "\n".join(builtin.learning_objectives),
            "key_cause": builtin.cause,
            "key_origin": builtin.origin,
            "key_condition": builtin.condition,
            "key_treatments": list(builtin.key_treatments),
            "avoid_treatments": list(builtin.avoid_treatments),
            "teaching_points": "\n".join(builtin.teaching_points),
            "sources": list(builtin.sources),
        })
        case.full_clean()
        case.tags.set([Tag.objects.get_or_create(slug=slug, defaults={"name": slug.replace("-", " ")})[0]
                       for slug in builtin.tags])
        # Stages are rewritten in place by their order (learners' entries point at them);
        # stages the library no longer has are removed.
        for order, text in enumerate(builtin.stages, start=1):
            stage = case.stages.filter(order=order).first() or Stage(case=case, order=order)
            stage.kind, stage.narrative, stage.answers = text.kind, text.narrative, text.answers
            stage.full_clean()
            stage.save()
        case.stages.filter(order__gt=len(builtin.stages)).delete()
    return case
