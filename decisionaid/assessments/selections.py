"""Selections from a result's rankings and treatments, shared by the result pages' template
filters and the training cases' feedback, so "supported by the answers" and a treatment's
role mean the same thing wherever a result is shown.
"""

from __future__ import annotations

AVOID = "avoid"


def with_evidence(items: list[dict]) -> list[dict]:
    """Causes or origins the answers support (a positive score)."""
    return [item for item in items if item["score"] > 0]


def without_evidence(items: list[dict]) -> list[dict]:
    """Causes or origins with no support, or evidence against."""
    return [item for item in items if item["score"] <= 0]


def with_role(treatments: list[dict], role: str) -> list[dict]:
    return [treatment for treatment in treatments if treatment["role"] == role]


def offered(treatments: list[dict]) -> list[dict]:
    """Treatments the engine suggests (recommended or consider), leaving out those to avoid."""
    return [treatment for treatment in treatments if treatment["role"] != AVOID]
