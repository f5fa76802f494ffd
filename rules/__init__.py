"""Myoclonus DDx domain core: pure Python and experta, no Django.

Public face: the questionnaire, ``assess(answers) -> Assessment``, the knowledge
base ``catalogue()``, ``KB_VERSION``, and the one error type ``InvalidAnswers``; and the
"what if" features built on the engine: ``workup_yield``, ``next_questions`` (the adaptive
interview), ``why_not`` and ``what_would_change``.
"""

from typing import Any

from .assessment import Assessment, collect_firings
from .catalogue import KB_VERSION, catalogue
from .engine import RuleEngine, lent_engine
from .errors import InvalidAnswers
from .explain import what_would_change, why_not
from .interview import next_questions
from .knowledge import RULES
from .questionnaire import QUESTIONS, SECTIONS, UNKNOWN, questionnaire_as_dict, validate_answers
from .safety_layer import contraindication_firings
from .sources import SOURCES
from .vocabulary import DISCLAIMER
from .workup_yield import STEP_QUESTIONS, workup_yield


def assess(answers: dict[str, Any]) -> Assessment:
    """Validate the answers and run the knowledge base on them.

    Raises InvalidAnswers, naming every bad question and its allowed values.
    """
    with lent_engine() as engine:
        return assess_with(engine, answers)


def assess_with(engine: RuleEngine, answers: object) -> Assessment:
    """``assess`` on a given engine: the rules, then the safety layer over everything they concluded."""
    canonical = validate_answers(answers)
    firings = collect_firings(engine.evaluate(canonical), canonical)
    firings += contraindication_firings(canonical, firings)
    return Assessment(kb_version=KB_VERSION, answers=canonical, firings=tuple(firings))


__all__ = [
    "Assessment",
    "DISCLAIMER",
    "InvalidAnswers",
    "KB_VERSION",
    "QUESTIONS",
    "RULES",
    "SECTIONS",
    "SOURCES",
    "UNKNOWN",
    "assess",
    "assess_with",
    "catalogue",
    "questionnaire_as_dict",
    "validate_answers",
    "STEP_QUESTIONS",
    "next_questions",
    "what_would_change",
    "why_not",
    "workup_yield",
]
