"""What each recommended test would tell: for every workup step of a result, the results the
step can give (the choices of the questions it answers) and what each would do to the leading
site of origin, cause and named condition.

Nothing here is written by hand: each possible result is added to the answers and its outcome
found as rules.forecast finds every "what if", so the forecast is exactly what entering that
result would show. Only the link from
a workup step to the questions that record its results is data (``STEP_QUESTIONS``). A question
already answered is not forecast (its result is known); a multiple-choice question is forecast one
finding at a time.
"""

from __future__ import annotations

from typing import Any

from .assessment import Outcome
from .catalogue import KB_VERSION
from .engine import lent_engine
from .forecast import LEADER_REGISTRIES, Change, Forecaster, alternatives
from .vocabulary import DISCLAIMER

# Which questions of the "Test results" section record what each workup step finds.
STEP_QUESTIONS: dict[str, tuple[str, ...]] = {
    "emg_polymyography": ("emg_burst_duration", "emg_pattern"),
    "back_averaging": ("back_averaging",),
    "evoked_potentials": ("sep", "c_reflex"),
    "eeg": ("eeg_findings",),
    "video_eeg": ("eeg_findings",),
    "imaging": ("mri_brain",),
    "spine_mri": ("mri_spine",),
    "csf_studies": ("csf",),
    "antibody_panel": ("csf",),
    "metabolic_labs": ("lab_findings",),
    "coeliac_vitamin_tests": ("lab_findings",),
    "ammonia_urea_cycle": ("lab_findings",),
    "genetic_testing": ("genetic_result",),
    "polg_test": ("genetic_result",),
}
AXES = ("origin", "cause", "condition")


def _leaders(outcome: Outcome) -> dict[str, dict[str, str] | None]:
    """Each leader's id and label (None when nothing leads on that axis)."""
    return {
        axis: None
        if (leader := outcome.leader(axis)) is None
        else {"id": leader, "label": LEADER_REGISTRIES[axis][leader].label}
        for axis in AXES
    }


def workup_yield(answers: dict[str, Any]) -> dict[str, Any]:
    """The leaders now and, for each step of the result's workup in its order, the questions it
    answers and, for each possible result not yet entered, the leaders it would give and which of
    them would change; with the knowledge-base version and the disclaimer, as every result."""
    with lent_engine() as engine:
        forecaster = Forecaster(engine, answers)
        result = forecaster.base.as_dict()
        steps = []
        for step in result["workup"]:
            questions = [q for q in STEP_QUESTIONS.get(step["id"], ()) if q not in forecaster.answers]
            steps.append(
                {
                    "step": step["id"],
                    "label": step["label"],
                    "questions": list(STEP_QUESTIONS.get(step["id"], ())),
                    "results": [_forecast(forecaster, change) for q in questions for change in alternatives({}, q)],
                }
            )
    return {"kb_version": KB_VERSION, "disclaimer": DISCLAIMER, "leaders": _leaders(forecaster.outcome), "steps": steps}


def _forecast(forecaster: Forecaster, change: Change) -> dict[str, Any]:
    then = forecaster.outcome_of((change,))
    choice = change.value[0] if isinstance(change.value, tuple) else change.value
    return {
        "question": change.question,
        "choice": choice,
        "label": change.label(),
        "leaders": _leaders(then),
        "changes": [axis for axis in AXES if then.leader(axis) != forecaster.outcome.leader(axis)],
    }
