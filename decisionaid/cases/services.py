"""Walking a learner through a case: the one place attempts (and the built-in cases)
change. The web walkthrough and the API both call these functions; each write is one
transaction, checked before anything is stored.

Reads live in ``selectors``, the differential's arithmetic in ``differential``, the
commitment check in ``commitment`` and the feedback in ``feedback``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

import rules
from rules import selections

from . import rubric
from .commitment import commitment_errors
from .models import Attempt, Case, Stage, StageEntry, Tag
from .selectors import case_result, last_stage_order, stage_differential


def attempt_start(*, case: Case, user=None, session_key: str = "", channel: str = Attempt.Channel.WEB) -> Attempt:
    return Attempt.objects.create(
        case=case,
        user=user if user is not None and user.is_authenticated else None,
        session_key=session_key,
        channel=channel,
    )


def attempts_claim(*, user, attempt_ids: list[str]) -> int:
    """Hand a browser session's anonymous attempts to the learner who has just signed in;
    attempts that already belong to someone stay theirs."""
    return Attempt.objects.filter(pk__in=attempt_ids, user=None).update(user=user, session_key="")


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
            attempt=attempt,
            stage=stage,
            defaults={
                "findings": findings,
                "differential": differential,
                "hint_used": stage.order in attempt.hinted_stages,
            },
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


def _complete(attempt: Attempt) -> None:
    offers = [t["id"] for t in selections.offered(case_result(attempt.case)["treatments"])]
    breakdown = rubric.score(attempt.case.rubric_key(engine_offers=offers), attempt.commitment())
    attempt.score, attempt.score_breakdown = breakdown["total"], breakdown
    attempt.completed_at = timezone.now()
    attempt.current_stage = last_stage_order(attempt.case)
    attempt.save(update_fields=["score", "score_breakdown", "completed_at", "current_stage"])


def attempt_submit(
    *,
    case: Case,
    top_causes: list,
    origin: str,
    offered: list,
    avoided: list,
    findings: dict[int, dict] | None = None,
    user=None,
) -> Attempt:
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


def case_load_builtin(builtin) -> Case:
    """Create or update a built-in case by its slug, its stages replaced, so loading the
    library twice leaves one copy of each case. Validated as the admin validates."""
    with transaction.atomic():
        case, _ = Case.objects.update_or_create(
            slug=builtin.slug,
            defaults={
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
            },
        )
        case.full_clean()
        case.tags.set(
            [
                Tag.objects.get_or_create(slug=slug, defaults={"name": slug.replace("-", " ")})[0]
                for slug in builtin.tags
            ]
        )
        # Stages are rewritten in place by their order (learners' entries point at them);
        # stages the library no longer has are removed.
        for order, text in enumerate(builtin.stages, start=1):
            stage = case.stages.filter(order=order).first() or Stage(case=case, order=order)
            stage.kind, stage.narrative, stage.answers = text.kind, text.narrative, text.answers
            stage.full_clean()
            stage.save()
        case.stages.filter(order__gt=len(builtin.stages)).delete()
    return case
