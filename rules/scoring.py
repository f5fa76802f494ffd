"""Combining evidence into a score: MYCIN/EMYCIN certainty factors.

Each rule contributes a certainty factor in [-1, 1]. Supporting factors combine so
that more evidence raises belief with diminishing returns; opposing factors do the
same for disbelief; the two are then set against each other. The result is
independent of the order in which rules fired.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import reduce


def _accumulate(factors: list[float]) -> float:
    return reduce(lambda total, cf: total + cf * (1 - total), factors, 0.0)


def combine(weights: list[float]) -> float:
    belief = _accumulate(sorted(w for w in weights if w > 0))
    disbelief = _accumulate(sorted(-w for w in weights if w < 0))
    if belief == disbelief == 0:
        return 0.0
    return round((belief - disbelief) / (1 - min(belief, disbelief)), 3)


STRENGTHS = ((0.75, "strong"), (0.45, "moderate"), (0.15, "weak"), (0.0, "slight"))


def strength(score: float) -> str:
    """A plain word for a score, for learners who should not read too much into decimals."""
    if score < 0:
        return "against"
    if score == 0:
        return "no evidence"
    return next(label for threshold, label in STRENGTHS if score >= threshold)


def shown(score: float) -> str:
    """A score as every reader sees it (web, command line, CDS cards): two decimals, halves
    rounded up. Python's own formatting rounds a binary float half to even (0.125 to 0.12)
    where Django's ``floatformat`` rounds it up (0.13): one rule here keeps them equal."""
    return str(Decimal(str(score)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
