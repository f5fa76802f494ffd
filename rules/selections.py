"""Selections from a result's rankings and treatments: what "supported by the answers" and a
treatment's role mean, defined once in the core so the result pages, the case feedback and the
CDS cards all say the same about one result.
"""

from __future__ import annotations

from typing import Any

from .vocabulary import AVOID

Items = list[dict[str, Any]]


def with_evidence(items: Items) -> Items:
    """Causes or origins the answers support (a positive score)."""
    return [item for item in items if item["score"] > 0]


def without_evidence(items: Items) -> Items:
    """Causes or origins with no support, or evidence against."""
    return [item for item in items if item["score"] <= 0]


def with_role(treatments: Items, role: str) -> Items:
    return [treatment for treatment in treatments if treatment["role"] == role]


def offered(treatments: Items) -> Items:
    """Treatments the engine suggests (recommended or consider), leaving out those to avoid."""
    return [treatment for treatment in treatments if treatment["role"] != AVOID]
