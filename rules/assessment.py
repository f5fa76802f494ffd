"""Turning the engine's firings into the result contract of DESIGN.md.

Everything here is ordered by the knowledge base's own declaration order or by
score, never by firing order, so equal answers give byte-identical results
whatever the hash seed or thread.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from experta.fact import Fact

from .facts import Answer, Inference
from .knowledge import RULES
from .rulebook import KBRule
from .scoring import combine, strength
from .vocabulary import CAUSES, CONDITIONS, DISCLAIMER, ORIGINS, RED_FLAGS, TREATMENTS, WORKUP_STEPS, Entry

ROLE_ORDER = ("recommended", "consider", "avoid")
ROLE_PRECEDENCE = ("avoid", "recommended", "consider")
RULE_ORDER = {r.id: index for index, r in enumerate(RULES)}


@dataclass(frozen=True)
class Firing:
    """One rule that fired, with every answer and pattern that made it fire."""

    rule: KBRule
    answers: dict[str, list[str]]
    patterns: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule.id,
            "concern": self.rule.concern,
            "explanation": self.rule.explanation,
            "answers": self.answers,
            "patterns": list(self.patterns),
            "sources": list(self.rule.sources),
        }


def collect_firings(raw: list[tuple[KBRule, tuple[Fact, ...]]]) -> list[Firing]:
    """Merge repeated firings of one rule (one per matching value) and order them by
    salience band, then declaration order: the order a reader follows the reasoning.

    A rule that fired on a recognised pattern also lists the answers behind that
    pattern, so every step of the trace names the answers that led to it."""
    answers: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    patterns: dict[str, set[str]] = defaultdict(set)
    rules: dict[str, KBRule] = {}
    for kb_rule, facts in raw:
        rules[kb_rule.id] = kb_rule
        answers[kb_rule.id]  # a rule with no answer conditions still appears
        for fact in facts:
            if isinstance(fact, Answer):
                answers[kb_rule.id][fact["question"]].add(fact["value"])
            elif isinstance(fact, Inference):
                patterns[kb_rule.id].add(fact["id"])
    ordered = sorted(rules.values(), key=lambda r: (-r.salience, RULE_ORDER[r.id]))
    behind: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in ordered:
        for pattern in patterns[r.id]:
            for question, values in behind[pattern].items():
                answers[r.id][question] |= values
        for then in r.then:
            if then.kind == "infer":
                for question, values in answers[r.id].items():
                    behind[then.target][question] |= values
    return [
        Firing(
            rule=r,
            answers={q: sorted(v) for q, v in sorted(answers[r.id].items())},
            patterns=tuple(sorted(patterns[r.id])),
        )
        for r in ordered
    ]


def _base(entry: Entry) -> dict[str, Any]:
    return {"id": entry.id, "label": entry.label, "summary": entry.summary,
            "sources": list(entry.sources), "disclaimer": DISCLAIMER}


def _evidence(firing: Firing, weight: float, note: str) -> dict[str, Any]:
    return {"rule": firing.rule.id, "weight": weight,
            "finding": note or firing.rule.explanation, "answers": firing.answers}


def _index(firings: list[Firing]) -> dict[str, dict[str, list[tuple[Firing, object]]]]:
    """Every conclusion once, by kind then target, in trace order: each part of the
    result reads its own slice instead of rescanning every firing."""
    found: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for firing in firings:
        for then in firing.rule.then:
            found[then.kind][then.target].append((firing, then))
    return found


def _position(registry: dict[str, Any]) -> dict[str, int]:
    return {key: n for n, key in enumerate(registry)}


def _ranked(axis: str, registry: dict[str, Entry], found: dict[str, Any]) -> list[dict[str, Any]]:
    items = []
    support: list[dict[str, Any]]
    against: list[dict[str, Any]]
    for entry in registry.values():
        support, against, weights, sources = [], [], [], list(entry.sources)
        for firing, then in found[axis].get(entry.id, ()):
            weights.append(then.weight)
            (support if then.weight > 0 else against).append(_evidence(firing, then.weight, then.note))
            sources += [s for s in firing.rule.sources if s not in sources]
        score = combine(weights)
        item = _base(entry) | {"score": score, "strength": strength(score),
                               "for": support, "against": against, "sources": sources}
        if axis == "cause":
            item["conditions"] = _conditions_for(entry.id, found)
        items.append(item)
    order = _position(registry)
    return sorted(items, key=lambda i: (-i["score"], order[i["id"]]))


def _conditions_for(cause_id: str, found: dict[str, Any]) -> list[dict[str, Any]]:
    """Named conditions the findings point to; the category's classic examples when none do."""
    suggested = [(c, sorted({f.rule.id for f, _ in pairs})) for c, pairs in found["condition"].items()
                 if CONDITIONS[c].group == cause_id]
    if suggested:
        order = _position(CONDITIONS)
        return [_base(CONDITIONS[c]) | {"suggested_by": rule_ids, "example": False}
                for c, rule_ids in sorted(suggested, key=lambda pair: order[pair[0]])]
    examples = [c for c in CONDITIONS.values() if c.group == cause_id][:3]
    return [_base(c) | {"suggested_by": [], "example": True} for c in examples]


def _workup(found: dict[str, Any]) -> list[dict[str, Any]]:
    reasons = found["workup"]
    return [
        _base(step) | {"order": n, "why": [{"rule": f.rule.id, "text": t.note} for f, t in reasons[step.id]]}
        for n, step in enumerate((s for s in WORKUP_STEPS.values() if s.id in reasons), start=1)
    ]


def _treatments(found: dict[str, Any]) -> list[dict[str, Any]]:
    """Group each treatment's suggestions; 'avoid' outranks every other role, so a drug that
    can worsen the case is never offered, whichever rule spoke first. Cautions for the case
    at hand come before the treatment's general ones."""
    items = []
    for treatment_id, pairs in found["treatment"].items():
        entry = TREATMENTS[treatment_id]
        role = min((t.role for _, t in pairs), key=ROLE_PRECEDENCE.index)
        why = [{"rule": f.rule.id, "role": t.role, "text": t.note} for f, t in pairs]
        warned = found["caution"].get(treatment_id, [])
        cautions = [t.note for _, t in warned] + list(entry.cautions)
        rule_sources = {s for f, _ in pairs + warned for s in f.rule.sources}
        sources = list(entry.sources) + sorted(rule_sources - set(entry.sources))
        items.append(_base(entry) | {"role": role, "why": why, "cautions": cautions, "sources": sources})
    order = _position(TREATMENTS)
    return sorted(items, key=lambda i: (ROLE_ORDER.index(i["role"]), order[i["id"]]))


def _red_flags(found: dict[str, Any]) -> list[dict[str, Any]]:
    reasons = found["red_flag"]
    return [_base(flag) | {"action": flag.action, "rules": sorted({f.rule.id for f, _ in reasons[flag.id]})}
            for flag in RED_FLAGS.values() if flag.id in reasons]


@dataclass(frozen=True)
class Assessment:
    """The engine's conclusions for one set of answers."""

    kb_version: str
    answers: dict[str, Any]
    firings: tuple[Firing, ...]

    def as_dict(self) -> dict[str, Any]:
        found = _index(list(self.firings))
        return {
            "kb_version": self.kb_version,
            "disclaimer": DISCLAIMER,
            "answers": self.answers,
            "causes": _ranked("cause", CAUSES, found),
            "origins": _ranked("origin", ORIGINS, found),
            "workup": _workup(found),
            "treatments": _treatments(found),
            "red_flags": _red_flags(found),
            "trace": [f.as_dict() for f in self.firings],
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), sort_keys=False, ensure_ascii=False)
