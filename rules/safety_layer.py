"""The safety layer: the contraindication table applied after every rule has fired.

It sees the answers and everything the engine concluded (patterns, offered treatments, red
flags), so an entry wins whichever rule offered the drug and whatever order the rules fired in.
Each entry that applies becomes one more step of the trace, naming the answers behind it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .assessment import Firing
from .knowledge.contraindications import CONTRAINDICATIONS, Contraindication
from .rulebook import KBRule
from .vocabulary import AVOID, CAUTION

RED_FLAG_RAISED = "red_flag_raised"
RULES = {entry.id: entry.as_rule() for entry in CONTRAINDICATIONS}


Behind = dict[str, dict[str, set[str]]]  # pattern id -> question -> the answers that led to it


def recognised_patterns(fired: Iterable[KBRule]) -> frozenset[str]:
    """The patterns the fired rules recognised, and ``red_flag_raised`` when one raised a red flag:
    what the table's conditions read besides the answers."""
    patterns: set[str] = set()
    for kb_rule in fired:
        patterns.update(kb_rule.inferences)
        if any(then.kind == "red_flag" for then in kb_rule.then):
            patterns.add(RED_FLAG_RAISED)
    return frozenset(patterns)


def _behind(firings: list[Firing]) -> Behind:
    """The answers behind each recognised pattern."""
    behind: Behind = defaultdict(lambda: defaultdict(set))
    for firing in firings:
        for target in firing.rule.inferences:
            for question, values in firing.answers.items():
                behind[target][question] |= set(values)
    return behind


def offered_treatments(fired: Iterable[KBRule]) -> set[str]:
    """The treatments some fired rule offers (in any role but "avoid")."""
    return {t.target for r in fired for t in r.then if t.kind == "treatment" and t.role != AVOID}


def drugs_at_stake(entry: Contraindication, offered: set[str]) -> tuple[str, ...]:
    """A taught entry names all its drugs; any other names only the drugs some rule offered."""
    if entry.taught and entry.strength != CAUTION:
        return entry.drugs
    return tuple(d for d in entry.drugs if d in offered)


def _firing(entry: Contraindication, drugs: tuple[str, ...], answers: dict[str, Any], behind: Behind) -> Firing:
    used: dict[str, set[str]] = defaultdict(set)
    patterns = []
    for condition in entry.when:
        for question, chosen in condition.matched(answers).items():
            used[question] |= set(chosen)
        if condition.inference and not condition.negated:
            patterns.append(condition.inference)
            for question, values in behind.get(condition.inference, {}).items():
                used[question] |= values
    return Firing(
        rule=entry_rule(entry, drugs),
        answers={q: sorted(v) for q, v in sorted(used.items())},
        patterns=tuple(sorted(patterns)),
    )


def applying(
    answers: dict[str, Any], patterns: frozenset[str], offered: set[str]
) -> list[tuple[Contraindication, tuple[str, ...]]]:
    """The entries of the table that apply to this case, in table order, each with its drugs."""
    found = []
    for entry in CONTRAINDICATIONS:
        if entry.holds(answers, patterns):
            drugs = drugs_at_stake(entry, offered)
            if drugs:
                found.append((entry, drugs))
    return found


def entry_rule(entry: Contraindication, drugs: tuple[str, ...]) -> KBRule:
    """The entry as a rule whose conclusions name only the drugs at stake."""
    kb_rule = RULES[entry.id]
    return replace(kb_rule, then=tuple(t for t in kb_rule.then if t.target in drugs))


def contraindication_firings(answers: dict[str, Any], firings: list[Firing]) -> list[Firing]:
    """The entries of the table that apply to this case, in table order, as trace steps."""
    fired = [f.rule for f in firings]
    behind = _behind(firings)
    return [
        _firing(entry, drugs, answers, behind)
        for entry, drugs in applying(answers, recognised_patterns(fired), offered_treatments(fired))
    ]
