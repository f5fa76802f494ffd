"""The scoring rubric for a committed differential, stated on every feedback page.

Pure functions over plain values, so the web pages, the API and the tests score an
attempt the same way. The points are constants below; the rubric's wording is formatted
from them, so the pages and the API schema state the figures the score uses.
"""

from __future__ import annotations

from dataclasses import dataclass

CAUSE_POINTS_BY_RANK = (40, 20, 10)
ORIGIN_POINTS = 20
MANAGEMENT_POINTS = 20
SAFETY_POINTS = 20
MAX_POINTS = CAUSE_POINTS_BY_RANK[0] + ORIGIN_POINTS + MANAGEMENT_POINTS + SAFETY_POINTS

RUBRIC = (
    (
        "cause",
        "Cause ranking",
        CAUSE_POINTS_BY_RANK[0],
        "{} if the case's cause is your first choice, {} if second, {} if third, otherwise 0.".format(
            *CAUSE_POINTS_BY_RANK
        ),
    ),
    ("origin", "Site of origin", ORIGIN_POINTS, f"{ORIGIN_POINTS} if you named the case's site of origin."),
    (
        "management",
        "Management",
        MANAGEMENT_POINTS,
        f"Up to {MANAGEMENT_POINTS}, shared equally among the key treatments you chose to offer and the drugs you "
        "marked to avoid that the case must avoid. Each other treatment you offer that the rule engine does not "
        "suggest for the whole case takes one share off (never below 0).",
    ),
    (
        "safety",
        "Safety",
        SAFETY_POINTS,
        f"{SAFETY_POINTS} unless you offered a drug the case must avoid: offering one loses all {SAFETY_POINTS}.",
    ),
)
# "cause ranking 40, site of origin 20, ...": the rubric in one line.
SUMMARY = ", ".join(f"{label.lower()} {points}" for _, label, points, _ in RUBRIC)


@dataclass(frozen=True)
class Key:
    """What the case expects."""

    cause: str
    origin: str
    key_treatments: tuple[str, ...]
    avoid_treatments: tuple[str, ...]
    # What the engine suggests (recommended or consider) on the whole case's findings.
    engine_offers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Commitment:
    """What the learner committed to before the last stage."""

    top_causes: tuple[str, ...]
    origin: str
    offered: tuple[str, ...]
    avoided: tuple[str, ...]


def cause_points(key: Key, commitment: Commitment) -> int:
    ranks = list(commitment.top_causes[: len(CAUSE_POINTS_BY_RANK)])
    return CAUSE_POINTS_BY_RANK[ranks.index(key.cause)] if key.cause in ranks else 0


def origin_points(key: Key, commitment: Commitment) -> int:
    return ORIGIN_POINTS if commitment.origin == key.origin else 0


def unwarranted_offers(key: Key, commitment: Commitment) -> list[str]:
    """Treatments offered that neither the key nor the engine suggests for the case, so that
    offering everything is not a way to collect the management points. Drugs the case must
    avoid are left to the safety part, which already takes every point for them."""
    warranted = set(key.key_treatments) | set(key.engine_offers) | set(key.avoid_treatments)
    return [t for t in commitment.offered if t not in warranted]


def management_points(key: Key, commitment: Commitment) -> int:
    """Each expected choice (a key treatment offered, an avoid-drug marked) earns an equal share;
    each unwarranted offer takes a share off."""
    expected = len(key.key_treatments) + len(key.avoid_treatments)
    share = MANAGEMENT_POINTS / max(expected, 1)
    hits = len(set(key.key_treatments) & set(commitment.offered))
    hits += len(set(key.avoid_treatments) & set(commitment.avoided))
    earned = MANAGEMENT_POINTS if not expected else share * hits
    return max(0, round(earned - share * len(unwarranted_offers(key, commitment))))


def unsafe_offers(key: Key, commitment: Commitment) -> list[str]:
    """Drugs the learner offered although the case must avoid them."""
    return [t for t in commitment.offered if t in key.avoid_treatments]


def safety_points(key: Key, commitment: Commitment) -> int:
    return 0 if unsafe_offers(key, commitment) else SAFETY_POINTS


def score(key: Key, commitment: Commitment) -> dict:
    """The total and each part of the rubric, JSON-ready for storing with the attempt."""
    points = {
        "cause": cause_points(key, commitment),
        "origin": origin_points(key, commitment),
        "management": management_points(key, commitment),
        "safety": safety_points(key, commitment),
    }
    parts = [
        {"id": part_id, "label": label, "points": points[part_id], "max": maximum, "rule": rule}
        for part_id, label, maximum, rule in RUBRIC
    ]
    return {
        "total": sum(points.values()),
        "max": MAX_POINTS,
        "parts": parts,
        "unsafe_offers": unsafe_offers(key, commitment),
        "unwarranted_offers": unwarranted_offers(key, commitment),
    }
