"""Reads about a case: what it discloses up to a stage, and what the engine makes of it.

The engine is always run through ``decisionaid.assessments.services.evaluate`` on the
findings the case has disclosed so far, never on what the learner typed, so the
differential shown at a stage is the case's, and the learner's entries are compared
against it.
"""

from __future__ import annotations

from decisionaid.assessments import services as assessment_services

from .differential import differential_snapshot
from .models import Case


def disclosed_answers(case: Case, *, up_to: int) -> dict:
    """The case's answers from stage 1 to stage ``up_to``, later stages overriding earlier."""
    merged: dict = {}
    for stage in case.stages.filter(order__lte=up_to).order_by("order"):
        merged.update(stage.answers)
    return merged


def last_stage_order(case: Case) -> int:
    return case.stages.count()


def stage_differential(case: Case, *, up_to: int) -> dict:
    return differential_snapshot(assessment_services.evaluate(answers=disclosed_answers(case, up_to=up_to)))


def case_result(case: Case) -> dict:
    """The engine's result on every finding the case discloses."""
    return assessment_services.evaluate(answers=disclosed_answers(case, up_to=last_stage_order(case)))
