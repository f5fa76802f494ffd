"""The one place that runs the engine and stores what it returns.

Web views, API views, the CLI and the case walkthroughs all call these functions,
so they cannot disagree. Each write is a single transaction: bad answers raise
rules.InvalidAnswers before anything is saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import cast

from django.core.cache import caches
from django.db import transaction

import rules
from decisionaid.middleware.server_timing import timed

from .models import Assessment


def evaluate(*, answers: dict) -> dict:
    """The engine's result for these answers, nothing stored (timed in ``Server-Timing``)."""
    with timed("engine"):
        return rules.assess(answers).as_dict()


def interview(*, answers: dict, limit: int = 5) -> dict:
    """The next best questions for the answers so far (an "unknown" answer: asked and skipped),
    whether to stop, and the result so far; nothing stored."""
    with timed("engine"):
        return rules.next_questions(answers, limit=limit)


def explain(*, answers: dict, why_not: dict | None = None, what_would_change: bool = True) -> dict:
    """Why not a hypothesis (``{"kind", "id"}``), and what would change the answer; nothing stored."""
    canonical = rules.validate_answers(answers)
    with timed("engine"):
        return {
            "kb_version": rules.KB_VERSION,
            "disclaimer": rules.DISCLAIMER,
            "why_not": rules.why_not(canonical, why_not["kind"], why_not["id"]) if why_not else None,
            "what_would_change": rules.what_would_change(canonical) if what_would_change else None,
        }


def workup_yield(*, assessment: Assessment) -> dict:
    """What each test of a completed assessment's workup would tell, from its answers: the engine
    run once per possible result (about 45 ms), so each result's forecast is kept in the pages
    cache until the assessment or the knowledge base changes."""
    return _kept("workup-yield", assessment, rules.workup_yield)


def counterfactuals(*, assessment: Assessment) -> dict:
    """What would change a completed assessment's conclusions, from its answers (about 100 ms),
    kept in the pages cache as ``workup_yield`` is."""
    return _kept("what-would-change", assessment, rules.what_would_change)


def _kept(name: str, assessment: Assessment, compute: Callable[[dict], dict]) -> dict:
    """``compute(answers)`` for a stored assessment under today's knowledge base, worked out once
    per change of the assessment and of the knowledge base."""
    key = f"{name}:{assessment.pk}:{assessment.updated_at.isoformat()}:{rules.KB_VERSION}"

    def worked_out() -> dict:
        with timed("engine"):
            return compute(assessment.answers)

    return cast(dict, caches["pages"].get_or_set(key, worked_out, timeout=None))


def why_not(*, assessment: Assessment, kind: str, target: str) -> dict:
    """Why a hypothesis is not higher for a stored assessment's answers (a few milliseconds)."""
    with timed("engine"):
        return rules.why_not(assessment.answers, kind, target)


def assessment_start(*, owner=None, session_key: str = "", channel: str = Assessment.Channel.WEB) -> Assessment:
    """An empty assessment, before the first answer (the web wizard's first step)."""
    return Assessment.objects.create(
        owner=owner if owner is not None and owner.is_authenticated else None,
        session_key=session_key,
        channel=channel,
    )


def assessment_record_answers(*, assessment: Assessment, answers: dict, complete: bool = False) -> Assessment:
    """Merge answers into a stored assessment and refresh its result snapshot.

    Answers for questions not mentioned are kept, so the wizard can save one section
    at a time. The merged answers are validated as a whole before anything is written.
    """
    return _save_evaluated(assessment, {**assessment.answers, **answers}, complete=complete)


def assessment_create(
    *, answers: dict, owner=None, session_key: str = "", channel: str = Assessment.Channel.API
) -> Assessment:
    """A complete assessment from a full set of answers in one step (the API's create)."""
    assessment = Assessment(
        owner=owner if owner is not None and owner.is_authenticated else None,
        session_key=session_key,
        channel=channel,
    )
    return _save_evaluated(assessment, answers, complete=True)


def _save_evaluated(assessment: Assessment, answers: dict, *, complete: bool) -> Assessment:
    result = evaluate(answers=answers)
    with transaction.atomic():
        assessment.answers = result["answers"]
        assessment.result = result
        assessment.kb_version = result["kb_version"]
        if complete:
            assessment.status = Assessment.Status.COMPLETE
        assessment.save()
    return assessment


def assessment_share(*, assessment: Assessment) -> Assessment:
    """Turn on the share link of an owner's completed result (a new key each time)."""
    assessment.share_id = uuid.uuid4()
    assessment.save(update_fields=["share_id"])
    return assessment


def assessment_unshare(*, assessment: Assessment) -> Assessment:
    """Revoke the share link: its URL is a 404 from now on."""
    assessment.share_id = None
    assessment.save(update_fields=["share_id"])
    return assessment
