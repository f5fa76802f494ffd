"""The knowledge base as data for display: every rule, source, and result entry,
and a version that changes whenever any of it changes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from .knowledge import RETIRED_RULES, RULES
from .knowledge.contraindications import CONTRAINDICATIONS
from .questionnaire import questionnaire_as_dict
from .rulebook import BANDS, PATTERN_LABELS
from .sources import SOURCES
from .vocabulary import CAUSES, CONDITIONS, DISCLAIMER, ORIGINS, RED_FLAGS, TREATMENTS, WORKUP_STEPS

KB_RELEASE = "2.1"  # 2.1: the "Test results" section and the rules that read it

# Every rule a reader can look up: the engine's, then the contraindication table's.
ALL_RULES = RULES + tuple(c.as_rule() for c in CONTRAINDICATIONS)


def _entries(registry: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            k: v
            for k, v in (
                ("id", e.id),
                ("label", e.label),
                ("summary", e.summary),
                ("sources", list(e.sources)),
                ("group", e.group),
                ("cautions", list(e.cautions)),
                ("action", e.action),
                ("urgency", e.urgency),
                ("workup", list(e.workup)),
            )
            if v or k == "sources"
        }
        for e in registry.values()
    ]


def _patterns() -> list[dict[str, str]]:
    return [{"id": pattern_id, "label": label} for pattern_id, label in PATTERN_LABELS.items()]


def catalogue() -> dict[str, Any]:
    """Everything the knowledge base knows, for the rule browser and the API.

    Each rule names the recognised patterns its conditions refer to (by position in its
    ``conditions``) and its ``band``; ``patterns`` and ``bands`` are their vocabularies,
    so a reader needs nothing from the rules' internals."""
    return {
        "kb_version": KB_VERSION,
        "disclaimer": DISCLAIMER,
        "rules": [r.as_dict() for r in ALL_RULES],
        "sources": [s.as_dict() for s in SOURCES.values()],
        "patterns": _patterns(),
        "bands": [b.as_dict() for b in BANDS.values()],
        "causes": _entries(CAUSES),
        "origins": _entries(ORIGINS),
        "conditions": _entries(CONDITIONS),
        "workup": _entries(WORKUP_STEPS),
        "treatments": _entries(TREATMENTS),
        "red_flags": _entries(RED_FLAGS),
        "contraindications": [c.as_dict() for c in CONTRAINDICATIONS],
        "retired_rules": dict(RETIRED_RULES),
    }


def _fingerprint() -> str:
    content = {
        "rules": [r.as_dict() for r in ALL_RULES],
        "contraindications": [c.as_dict() for c in CONTRAINDICATIONS],
        "registries": [_entries(r) for r in (CAUSES, ORIGINS, CONDITIONS, WORKUP_STEPS, TREATMENTS, RED_FLAGS)],
        "patterns": _patterns(),
        "bands": [b.as_dict() for b in BANDS.values()],
        "sources": [s.as_dict() for s in SOURCES.values()],
        "questionnaire": questionnaire_as_dict(),
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()[:10]


KB_VERSION = f"{KB_RELEASE}+{_fingerprint()}"
