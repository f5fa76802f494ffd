"""What each recommended test would tell: for every workup step of a result, the results the
step can give (the choices of the questions it answers) and what each would do to the leading
site of origin, cause and named condition.

Nothing here is written by hand: each possible result is added to the answers and the engine is
run on them, so the forecast is exactly what entering that result would show. Only the link from
a workup step to the questions that record its results is data (``STEP_QUESTIONS``). A question
already answered is not forecast (its result is known); a multiple-choice question is forecast one
finding at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from .assessment import Assessment, collect_firings
from .catalogue import KB_VERSION
from .engine import lent_engine
from .questionnaire import MANY, QUESTIONS, validate_answers
from .vocabulary import CAUSES, CONDITIONS, DISCLAIMER, ORIGINS

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
REGISTRIES = {"origin": ORIGINS, "cause": CAUSES, "condition": CONDITIONS}


@dataclass(frozen=True)
class Leaders:
    """The leading origin, cause and named condition of one result (None when nothing leads)."""

    origin: str | None
    cause: str | None
    condition: str | None

    @classmethod
    def of(cls, result: dict[str, Any]) -> Leaders:
        def first(items: list[dict[str, Any]]) -> str | None:
            return items[0]["id"] if items and items[0]["score"] > 0 else None

        return cls(first(result["origins"]), first(result["causes"]), first(result["conditions"]))

    def as_dict(self) -> dict[str, dict[str, str] | None]:
        """Each leader's id and label (None when nothing leads on that axis)."""
        return {axis: _named(REGISTRIES[axis], getattr(self, axis)) for axis in AXES}


def _named(registry: dict[str, Any], entry_id: str | None) -> dict[str, str] | None:
    return None if entry_id is None else {"id": entry_id, "label": registry[entry_id].label}


def workup_yield(answers: dict[str, Any]) -> dict[str, Any]:
    """The leaders now and, for each step of the result's workup in its order, the questions it
    answers and, for each possible result not yet entered, the leaders it would give and which of
    them would change; with the knowledge-base version and the disclaimer, as every result."""
    from . import assess_with  # the package's entry point, which imports this module

    canonical = validate_answers(answers)
    with lent_engine() as engine:
        result = assess_with(engine, canonical).as_dict()
        now = Leaders.of(result)

        @cache  # a question several steps answer (the blood tests) is forecast once
        def leaders(question: str, value: str | tuple[str, ...]) -> Leaders:
            forecast = validate_answers({**canonical, question: list(value) if isinstance(value, tuple) else value})
            # The safety layer only turns drugs into "avoid", which no leader depends on, so a
            # forecast skips it (a tenth of each run); the tests check every forecast against a
            # full assess().
            firings = collect_firings(engine.evaluate(forecast), forecast)
            return Leaders.of(Assessment(kb_version=KB_VERSION, answers=forecast, firings=tuple(firings)).rankings())

        steps = []
        for step in result["workup"]:
            questions = [q for q in STEP_QUESTIONS.get(step["id"], ()) if q not in canonical]
            steps.append(
                {
                    "step": step["id"],
                    "label": step["label"],
                    "questions": list(STEP_QUESTIONS.get(step["id"], ())),
                    "results": [
                        _forecast(leaders, now, question, choice)
                        for question in questions
                        for choice in QUESTIONS[question].choice_ids
                    ],
                }
            )
    return {"kb_version": KB_VERSION, "disclaimer": DISCLAIMER, "leaders": now.as_dict(), "steps": steps}


def _forecast(
    leaders: Callable[[str, str | tuple[str, ...]], Leaders], now: Leaders, question: str, choice: str
) -> dict[str, Any]:
    then = leaders(question, (choice,) if QUESTIONS[question].kind == MANY else choice)
    return {
        "question": question,
        "choice": choice,
        "label": QUESTIONS[question].choice_label(choice),
        "leaders": then.as_dict(),
        "changes": [axis for axis in AXES if getattr(then, axis) != getattr(now, axis)],
    }
