"""Turning the engine's firings into the result contract (docs/result-contract.md).

Everything here is ordered by the knowledge base's own declaration order or by
score, never by firing order, so equal answers give byte-identical results
whatever the hash seed or thread.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from experta.fact import Fact

from .facts import Answer, Inference
from .knowledge import RULES
from .rulebook import KBRule, Then
from .scoring import combine, strength
from .vocabulary import (
    AVOID,
    CAUSES,
    CONDITIONS,
    CONSIDER,
    DISCLAIMER,
    ORIGINS,
    RECOMMENDED,
    RED_FLAGS,
    ROLES,
    ROUTINE,
    TREATMENTS,
    URGENCIES,
    WORKUP_STEPS,
    Entry,
)

ROLE_ORDER = ROLES
ROLE_PRECEDENCE = (AVOID, RECOMMENDED, CONSIDER)
URGENCY_ORDER = (*URGENCIES, ROUTINE)
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


def collect_firings(raw: list[tuple[KBRule, tuple[Fact, ...]]], given: dict[str, Any]) -> list[Firing]:
    """Merge repeated firings of one rule (one per matching value) and order them by
    salience band, then declaration order: the order a reader follows the reasoning.

    A rule that fired on a recognised pattern also lists the answers behind that
    pattern, so every step of the trace names the answers that led to it; a condition that
    any of several answers satisfies binds none, so its answers are read from ``given``."""
    answers: dict[str, dict[str, set[str]]] = {}
    patterns: dict[str, set[str]] = {}
    rules: dict[str, KBRule] = {}
    for kb_rule, facts in raw:
        if kb_rule.id not in rules:
            rules[kb_rule.id] = kb_rule
            answers[kb_rule.id] = defaultdict(set)  # a rule with no answer conditions still appears
            patterns[kb_rule.id] = set()
        chosen = answers[kb_rule.id]
        for condition in kb_rule.alternatives:
            for question, satisfied in condition.matched(given).items():
                chosen[question].update(satisfied)
        for fact in facts:
            if isinstance(fact, Answer):
                chosen[fact["question"]].add(fact["value"])
            elif isinstance(fact, Inference):
                patterns[kb_rule.id].add(fact["id"])
    ordered = sorted(rules.values(), key=lambda r: (-r.salience, RULE_ORDER[r.id]))
    behind: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in ordered:
        for pattern in patterns[r.id]:
            for question, values in behind[pattern].items():
                answers[r.id][question] |= values
        for target in r.inferences:
            for question, values in answers[r.id].items():
                behind[target][question] |= values
    return [
        Firing(
            rule=r,
            answers={q: sorted(v) for q, v in sorted(answers[r.id].items())},
            patterns=tuple(sorted(patterns[r.id])),
        )
        for r in ordered
    ]


def _base(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "label": entry.label,
        "summary": entry.summary,
        "sources": list(entry.sources),
        "disclaimer": DISCLAIMER,
    }


def _evidence(firing: Firing, weight: float, note: str) -> dict[str, Any]:
    return {
        "rule": firing.rule.id,
        "weight": weight,
        "finding": note or firing.rule.explanation,
        "answers": firing.answers,
    }


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


# Each entry's place in its registry of the vocabulary, for ordering ties: built once.
RANKED_ORDER = {"cause": _position(CAUSES), "origin": _position(ORIGINS)}
CONDITION_ORDER = _position(CONDITIONS)
WORKUP_ORDER = _position(WORKUP_STEPS)
TREATMENT_ORDER = _position(TREATMENTS)


def _weighed(entry: Entry, pairs: Iterable[tuple[Firing, Then]]) -> dict[str, Any]:
    """An entry's score from the evidence for and against it, with that evidence and its sources."""
    support: list[dict[str, Any]] = []
    against: list[dict[str, Any]] = []
    weights: list[float] = []
    sources = list(entry.sources)
    for firing, then in pairs:
        weights.append(then.weight)
        (support if then.weight > 0 else against).append(_evidence(firing, then.weight, then.note))
        sources += [s for s in firing.rule.sources if s not in sources]
    score = combine(weights) if weights else 0.0
    return _base(entry) | {
        "score": score,
        "strength": strength(score),
        "for": support,
        "against": against,
        "sources": sources,
    }


def _ranked(axis: str, registry: dict[str, Entry], found: dict[str, Any]) -> list[dict[str, Any]]:
    items = [_weighed(entry, found[axis].get(entry.id, ())) for entry in registry.values()]
    if axis == "cause":
        suggested = _suggested_conditions(found)
        for item in items:
            item["conditions"] = _conditions_for(item["id"], suggested)
    order = RANKED_ORDER[axis]
    return sorted(items, key=lambda i: (-i["score"], order[i["id"]]))


def _named_conditions(found: dict[str, Any]) -> list[dict[str, Any]]:
    """The named conditions the findings speak to, ranked by their own evidence for and against;
    each names its cause category (``group``)."""
    order = CONDITION_ORDER
    items = [_weighed(CONDITIONS[c], pairs) | {"group": CONDITIONS[c].group} for c, pairs in found["condition"].items()]
    return sorted(items, key=lambda i: (-i["score"], order[i["id"]]))


EXAMPLES = {
    cause: [c for c in CONDITIONS.values() if c.group == cause][:3] for cause in {c.group for c in CONDITIONS.values()}
}


def _suggested_conditions(found: dict[str, Any]) -> dict[str, list[tuple[str, list[str]]]]:
    """The named conditions the findings point to, by cause category, in the vocabulary's order,
    each with the rules that suggested it."""
    by_cause: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for c in sorted(found["condition"], key=CONDITION_ORDER.__getitem__):
        by_cause[CONDITIONS[c].group].append((c, sorted({f.rule.id for f, _ in found["condition"][c]})))
    return by_cause


def _conditions_for(cause_id: str, suggested: dict[str, list[tuple[str, list[str]]]]) -> list[dict[str, Any]]:
    """Named conditions the findings point to; the category's classic examples when none do."""
    if suggested.get(cause_id):
        return [
            _base(CONDITIONS[c]) | {"suggested_by": rule_ids, "example": False} for c, rule_ids in suggested[cause_id]
        ]
    return [_base(c) | {"suggested_by": [], "example": True} for c in EXAMPLES.get(cause_id, [])]


def _raised(found: dict[str, Any]) -> list[Entry]:
    return [flag for flag in RED_FLAGS.values() if flag.id in found["red_flag"]]


def _workup(found: dict[str, Any]) -> list[dict[str, Any]]:
    """The steps the rules ask for, and every step a raised red flag needs, most urgent first: a red
    flag's tests lead the list, then the rest in the order a clinician takes them."""
    reasons = {step: [{"rule": f.rule.id, "text": t.note} for f, t in pairs] for step, pairs in found["workup"].items()}
    urgency: dict[str, str] = {}
    flags: dict[str, list[str]] = {}
    for flag in _raised(found):
        for step in flag.workup:
            flags.setdefault(step, []).append(flag.id)
            current = urgency.get(step, ROUTINE)
            urgency[step] = min(current, flag.urgency, key=URGENCY_ORDER.index)
            if not reasons.get(step):
                reasons.setdefault(step, []).append(
                    {"rule": _flag_rule(found, flag.id), "text": f"Needed first for the red flag: {flag.label}."}
                )
    position = WORKUP_ORDER
    steps = sorted(reasons, key=lambda s: (URGENCY_ORDER.index(urgency.get(s, ROUTINE)), position[s]))
    return [
        _base(WORKUP_STEPS[step])
        | {"order": n, "why": reasons[step], "urgency": urgency.get(step, ROUTINE), "red_flags": flags.get(step, [])}
        for n, step in enumerate(steps, start=1)
    ]


def _flag_rule(found: dict[str, Any], flag_id: str) -> str:
    rule_ids: set[str] = {f.rule.id for f, _ in found["red_flag"][flag_id]}
    return sorted(rule_ids)[0]


def _treatments(found: dict[str, Any]) -> list[dict[str, Any]]:
    """Group each treatment's suggestions; 'avoid' outranks every other role, so a drug that
    can worsen the case is never offered, whichever rule spoke first. Cautions for the case
    at hand come before the treatment's general ones."""
    items = []
    for treatment_id, pairs in found["treatment"].items():
        entry = TREATMENTS[treatment_id]
        role = _role(t for _, t in pairs)
        why = [{"rule": f.rule.id, "role": t.role, "text": t.note} for f, t in pairs]
        warned = found["caution"].get(treatment_id, [])
        cautions = [t.note for _, t in warned] + list(entry.cautions)
        rule_sources = {s for f, _ in pairs + warned for s in f.rule.sources}
        sources = list(entry.sources) + sorted(rule_sources - set(entry.sources))
        items.append(_base(entry) | {"role": role, "why": why, "cautions": cautions, "sources": sources})
    order = TREATMENT_ORDER
    return sorted(items, key=lambda i: (ROLE_ORDER.index(i["role"]), order[i["id"]]))


def _role(thens: Iterable[Then]) -> str:
    """The role a treatment takes from every rule that spoke of it: 'avoid' outranks the rest."""
    return min((t.role for t in thens), key=ROLE_PRECEDENCE.index)


@lru_cache(maxsize=4096)
def _score(weights: tuple[float, ...]) -> float:
    """``combine`` for the forecasts, which score the same few weight lists thousands of times."""
    return combine(list(weights))


def _leader(by_target: dict[str, list[Then]], order: dict[str, int]) -> str | None:
    """The entry with the highest positive score (ties in the vocabulary's order), as the ranked
    lists put first; None when nothing scores above zero."""
    scored = [(_score(tuple(t.weight for t in thens)), target) for target, thens in by_target.items()]
    best = [(score, target) for score, target in scored if score > 0]
    return min(best, key=lambda st: (-st[0], order[st[1]]))[1] if best else None


@dataclass(frozen=True)
class Outcome:
    """What a learner reads first in a result: the leading cause, site of origin and named
    condition, the raised red flags and each treatment's role. The "what if" features
    (rules.interview, rules.explain) compare outcomes, so this is built without the rest of the
    result."""

    cause: str | None
    origin: str | None
    condition: str | None
    red_flags: frozenset[str]
    roles: tuple[tuple[str, str], ...]  # (treatment, role), in the vocabulary's order
    fired: frozenset[str]  # every rule and safety entry that fired

    @classmethod
    def of(cls, fired: Iterable[KBRule]) -> Outcome:
        """The outcome of the rules (and safety entries, as rules) that fired."""
        fired = list(fired)
        found: dict[str, dict[str, list[Then]]] = defaultdict(lambda: defaultdict(list))
        for kb_rule in fired:
            for then in kb_rule.then:
                found[then.kind][then.target].append(then)
        roles = {t: _role(thens) for t, thens in found["treatment"].items()}
        return cls(
            cause=_leader(found["cause"], RANKED_ORDER["cause"]),
            origin=_leader(found["origin"], RANKED_ORDER["origin"]),
            condition=_leader(found["condition"], CONDITION_ORDER),
            red_flags=frozenset(f for f in found["red_flag"] if f in RED_FLAGS),
            roles=tuple(sorted(roles.items(), key=lambda tr: TREATMENT_ORDER[tr[0]])),
            fired=frozenset(r.id for r in fired),
        )

    def role(self, treatment: str) -> str | None:
        return dict(self.roles).get(treatment)

    def leader(self, axis: str) -> str | None:
        return cast(str | None, getattr(self, axis))


def _red_flags(found: dict[str, Any]) -> list[dict[str, Any]]:
    reasons = found["red_flag"]
    flags = [
        _base(flag)
        | {
            "action": flag.action,
            "rules": sorted({f.rule.id for f, _ in reasons[flag.id]}),
            "urgency": flag.urgency,
            "workup": list(flag.workup),
        }
        for flag in _raised(found)
    ]
    return sorted(flags, key=lambda f: URGENCY_ORDER.index(f["urgency"]))


def _rankings(found: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return {
        "causes": _ranked("cause", CAUSES, found),
        "origins": _ranked("origin", ORIGINS, found),
        "conditions": _named_conditions(found),
    }


@dataclass(frozen=True)
class Assessment:
    """The engine's conclusions for one set of answers."""

    kb_version: str
    answers: dict[str, Any]
    firings: tuple[Firing, ...]

    def as_dict(self) -> dict[str, Any]:
        found = _index(list(self.firings))
        ranked = _rankings(found)
        return {
            "kb_version": self.kb_version,
            "disclaimer": DISCLAIMER,
            "answers": self.answers,
            "causes": ranked["causes"],
            "origins": ranked["origins"],
            "workup": _workup(found),
            "treatments": _treatments(found),
            "red_flags": _red_flags(found),
            "trace": [f.as_dict() for f in self.firings],
            "conditions": ranked["conditions"],
        }

    def outcome(self) -> Outcome:
        """The leaders, red flags and treatment roles alone (see Outcome)."""
        return Outcome.of(f.rule for f in self.firings)

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), sort_keys=False, ensure_ascii=False)
