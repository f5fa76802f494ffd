"""Explanations beyond the trace: why a hypothesis is not higher ("why not X"), and what would
change the answer (counterfactuals). Every change proposed here has been run (rules.forecast) and
does what it is said to do.

Why not X, for a cause, a site of origin or a named condition: every rule that would support it,
which of its conditions hold and which do not; for a rule that did not fire, the answers that would
make it fire (a near miss), found from the rule's own conditions and kept only when the run shows
the rule firing; and the findings that weigh against X.

What would change the answer: the smallest sets of changed answers that change the leading cause,
the likely site of origin, a red flag, or turn a drug that is offered into one to avoid. First every
single change of every question (each other answer, and back to unknown). Then pairs, for the
effects no single change gives. All pairs would be thousands of runs, so two kinds are tried, each
a way an effect can need two findings: the two answers a rule lacks when it lacks exactly two (a
conjunction), and two answers that each add support to the same runner-up (certainty factors add
up). A pair is shown only for an effect neither of its changes gives alone.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from .engine import lent_engine
from .forecast import INFERRERS, LEADER_REGISTRIES, Change, Forecaster, alternatives, changed, effects
from .knowledge import RULES
from .questionnaire import MANY, NONE, QUESTIONS
from .rulebook import KBRule, When
from .vocabulary import DISCLAIMER

KINDS = ("cause", "origin", "condition")
RANKED = {"cause": "causes", "origin": "origins", "condition": "conditions"}
COUNTERFACTUAL_KINDS = ("red_flag_raised", "red_flag_cleared", "drug_avoided", "cause", "origin")
MAX_PAIRS = 150  # pair runs per search: each is a fraction of a millisecond


def why_not(raw_answers: dict[str, Any], kind: str, target: str) -> dict[str, Any]:
    """Why ``target`` (a cause, origin or condition id, by ``kind``) stands where it does."""
    if target not in LEADER_REGISTRIES[kind]:
        raise KeyError(target)
    with lent_engine() as engine:
        forecaster = Forecaster(engine, raw_answers)
        result = forecaster.base.as_dict()
        patterns = forecaster.patterns
        supporting = [r for r in RULES if any(t.kind == kind and t.target == target and t.weight > 0 for t in r.then)]
        explained = [_rule_standing(forecaster, patterns, r) for r in supporting]
    ranked = result[RANKED[kind]]
    place = next((n for n, item in enumerate(ranked, start=1) if item["id"] == target), None)
    item = ranked[place - 1] if place else None
    near = sorted((r for r in explained if r["near_miss"]), key=lambda r: len(r["near_miss"]["changes"]))
    return {
        "kb_version": result["kb_version"],
        "disclaimer": DISCLAIMER,
        "hypothesis": {"kind": kind, "id": target, "label": LEADER_REGISTRIES[kind][target].label},
        "standing": {
            "rank": place if item and item["score"] != 0 else None,
            "score": item["score"] if item else 0.0,
            "strength": item["strength"] if item else "no evidence",
            "leading": forecaster.outcome.leader(kind) == target,
        },
        "rules": explained,
        "near_misses": [{"rule": r["rule"], **r["near_miss"]} for r in near],
        "against": item["against"] if item else [],
    }


def _rule_standing(forecaster: Forecaster, patterns: frozenset[str], kb_rule: KBRule) -> dict[str, Any]:
    fired = kb_rule.id in forecaster.outcome.fired
    conditions = [{"text": w.text, "holds": w.holds(forecaster.answers, patterns)} for w in kb_rule.when]
    near_miss = None
    if not fired:
        changes = _needed(forecaster, kb_rule, patterns, depth=2)
        if changes is not None and kb_rule.id in forecaster.outcome_of(changes).fired:
            near_miss = {
                "changes": [c.as_dict(forecaster.answers) for c in changes],
                "effects": effects(forecaster.outcome, forecaster.outcome_of(changes)),
            }
    return {
        "rule": kb_rule.id,
        "explanation": kb_rule.explanation,
        "fired": fired,
        "conditions": conditions,
        "near_miss": near_miss,
        "sources": list(kb_rule.sources),
    }


def _needed(forecaster: Forecaster, kb_rule: KBRule, patterns: frozenset[str], depth: int) -> tuple[Change, ...] | None:
    """Answer changes that satisfy each condition of the rule that does not hold (a pattern through
    a rule that recognises it, at most ``depth`` patterns deep); None when none are found."""
    wanted: dict[str, set[str] | None] = {}  # question -> choices to add, or None: take the answer away
    for when in kb_rule.when:
        if when.holds(forecaster.answers, patterns):
            continue
        found = _needed_for(forecaster, when, patterns, depth)
        if found is None:
            return None
        for question, choices in found.items():
            if question in wanted and (wanted[question] is None) != (choices is None):
                return None  # one condition wants the answer, another wants it gone
            wanted[question] = None if choices is None else (wanted.get(question) or set()) | choices
    return tuple(_change(forecaster.answers, q, choices) for q, choices in wanted.items()) or None


def _needed_for(
    forecaster: Forecaster, when: When, patterns: frozenset[str], depth: int
) -> dict[str, set[str] | None] | None:
    if when.inference and when.negated:
        # A pattern stands in the way: take away the answers behind it.
        behind = {q for f in forecaster.base.firings if when.inference in f.rule.inferences for q in f.answers}
        return dict.fromkeys(behind) or None
    if when.inference:
        if depth == 0:
            return None
        options = [_needed(forecaster, r, patterns, depth - 1) for r in INFERRERS.get(when.inference, ())]
        found = [o for o in options if o]
        if not found:
            return None
        best = min(found, key=len)
        return {c.question: None if c.value is None else set(_values(c.value)) for c in best}
    if when.negated:
        return {q: None for q in when.questions if q in forecaster.answers}
    question, choices = when._pairs()[0]
    return {question: {choices[0]}}


def _values(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def _change(answers: dict[str, Any], question: str, choices: set[str] | None) -> Change:
    spec = QUESTIONS[question]
    if choices is None:
        return Change(question, None)
    if spec.kind != MANY:
        return Change(question, sorted(choices, key=spec.choice_ids.index)[0])
    kept = {c for c in answers.get(question, ()) if c != NONE} | choices
    return Change(question, tuple(c for c in spec.choice_ids if c in kept))


def what_would_change(raw_answers: dict[str, Any]) -> dict[str, Any]:
    """The single changes, then the pairs, that change the leading cause or origin, a red flag, or
    a drug from offered to avoid; each with its effects."""
    with lent_engine() as engine:
        forecaster = Forecaster(engine, raw_answers)
        singles = _singles(forecaster)
        reached = {_key(e) for _, found in singles for e in found}
        pairs = _pairs(forecaster, singles, reached)
        kb_version = forecaster.base.kb_version
    shown = [_shown(forecaster, changes, found) for changes, found in singles + pairs if found]
    return {
        "kb_version": kb_version,
        "disclaimer": DISCLAIMER,
        "searched": {"single": len(singles), "pairs": len(pairs)},
        "counterfactuals": sorted(shown, key=lambda c: (len(c["changes"]), _priority(c["effects"]))),
    }


Found = list[tuple[tuple[Change, ...], list[dict[str, Any]]]]


def _counted(forecaster: Forecaster, changes: tuple[Change, ...]) -> list[dict[str, Any]]:
    after = forecaster.outcome_of(changes)
    return [e for e in effects(forecaster.outcome, after) if e["kind"] in COUNTERFACTUAL_KINDS]


def _singles(forecaster: Forecaster) -> Found:
    return [
        ((change,), _counted(forecaster, (change,)))
        for question in QUESTIONS
        for change in alternatives(forecaster.answers, question)
    ]


def _pairs(forecaster: Forecaster, singles: Found, reached: set[tuple[str | None, ...]]) -> Found:
    tried: Found = []
    for pair in _candidate_pairs(forecaster, singles)[:MAX_PAIRS]:
        new = [e for e in _counted(forecaster, pair) if _key(e) not in reached]
        tried.append((pair, new))
    return tried


def _candidate_pairs(forecaster: Forecaster, singles: Found) -> list[tuple[Change, ...]]:
    """Pairs of single changes on two questions that could act together: the two answers a rule
    lacks when it lacks exactly two, or two answers that each make a rule supporting the same
    runner-up fire."""
    patterns = forecaster.patterns
    changes = [change for (change,), _ in singles]
    groups: list[list[list[Change]]] = []
    for kb_rule in RULES:
        failing = [w for w in kb_rule.when if not w.holds(forecaster.answers, patterns)]
        if kb_rule.id in forecaster.outcome.fired or len(failing) != 2 or any(w.inference for w in failing):
            continue
        groups.append([[c for c in changes if _satisfies(forecaster, c, w)] for w in failing])
    support: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        for kb_rule in forecaster.newly_fired((change,)):
            for then in kb_rule.then:
                if (
                    then.kind in ("cause", "origin")
                    and then.weight > 0
                    and then.target != forecaster.outcome.leader(then.kind)
                ):
                    support.setdefault((then.kind, then.target), []).append(change)
    candidates: dict[tuple[Change, ...], None] = {}
    for first, second in groups:
        for a in first:
            for b in second:
                _add(candidates, a, b)
    for backers in support.values():
        for a, b in combinations(backers, 2):
            _add(candidates, a, b)
    return list(candidates)


def _satisfies(forecaster: Forecaster, change: Change, when: When) -> bool:
    if change.question not in when.questions:
        return False
    return when.holds(changed(forecaster.answers, (change,)), frozenset())


def _add(candidates: dict[tuple[Change, ...], None], a: Change, b: Change) -> None:
    if a.question != b.question:
        candidates[tuple(sorted((a, b), key=lambda c: c.question))] = None


def _key(effect: dict[str, Any]) -> tuple[str | None, ...]:
    return (effect["kind"], effect.get("id"), effect.get("to"))


def _priority(found: list[dict[str, Any]]) -> int:
    return min(COUNTERFACTUAL_KINDS.index(e["kind"]) for e in found)


def _shown(forecaster: Forecaster, changes: tuple[Change, ...], found: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "changes": [c.as_dict(forecaster.answers) for c in changes],
        "effects": found,
        "rules": [r.id for r in forecaster.newly_fired(changes)],
        "text": "Changing "
        + " and ".join(_said(c) for c in changes)
        + " would "
        + " and ".join(e["text"] for e in found)
        + ".",
    }


def _said(change: Change) -> str:
    return f"“{QUESTIONS[change.question].label}” to “{change.label()}”"
