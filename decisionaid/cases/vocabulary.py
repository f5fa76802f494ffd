"""Labels for the ids a case uses, read once from the knowledge base catalogue."""

from __future__ import annotations

from functools import lru_cache

import rules

PARTS = ("causes", "origins", "conditions", "treatments", "red_flags")


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    catalogue = rules.catalogue()
    labels = {part: {entry["id"]: entry["label"] for entry in catalogue[part]} for part in PARTS}
    labels["rules"] = {rule["id"]: rule["explanation"] for rule in catalogue["rules"]}
    return labels


def label(part: str, item_id: str) -> str:
    """The label of a cause, origin, condition, treatment or red flag (the id if unknown)."""
    return _labels()[part].get(item_id, item_id)


def ids(part: str) -> list[str]:
    return list(_labels()[part])


def rule_explanation(rule_id: str) -> str:
    return _labels()["rules"].get(rule_id, "")


def choices(part: str) -> list[tuple[str, str]]:
    """(id, label) pairs in catalogue order: the one source of the model's and forms' choices."""
    return list(_labels()[part].items())


def labelled(part: str, item_ids) -> list[dict]:
    return [{"id": item_id, "label": label(part, item_id)} for item_id in item_ids]
