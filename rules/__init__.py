"""Myoclonus DDx domain core: pure Python and experta, no Django.

Public face: the questionnaire, ``assess(answers) -> Assessment``, the knowledge
base ``catalogue()``, ``KB_VERSION``, and the one error type ``InvalidAnswers``.
"""

from typing import Any

from .assessment import Assessment, collect_firings
from .catalogue import KB_VERSION, catalogue
from .engine import thread_engine
from .errors import InvalidAnswers
from .knowledge import RULES
from .questionnaire import QUESTIONS, SECTIONS, UNKNOWN, questionnaire_as_dict, validate_answers
from .sources import SOURCES
from .vocabulary import DISCLAIMER


def assess(answers: dict[str, Any]) -> Assessment:
    """Validate the answers and run the knowledge base on them.

    Raises InvalidAnswers, naming every bad question and its allowed values.
    """
    canonical = validate_answers(answers)
    firings = collect_firings(thread_engine().evaluate(canonical))
    return Assessment(kb_version=KB_VERSION, answers=canonical, firings=tuple(firings))


__all__ = [
    "Assessment", "DISCLAIMER", "InvalidAnswers", "KB_VERSION", "QUESTIONS", "RULES", "SECTIONS",
    "SOURCES", "UNKNOWN", "assess", "catalogue", "questionnaire_as_dict", "validate_answers",
]
