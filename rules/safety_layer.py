"""The safety layer: the contraindication table applied after every rule has fired.

It sees the answers and everything the engine concluded (patterns, offered treatments, red
flags), so an entry wins whichever rule offered the drug and whatever order the rules fired in.
Each entry that applies becomes one more step of the trace, naming the answers behind it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from .assessment import Firing
from .knowledge.contraindications import CONTRAINDICATIONS, Contraindication
from .vocabulary import AVOID, CAUTION

RED_FLAG_RAISED = "red_flag_raised"
RULES = {entry.id: entry.as_rule() for entry in CONTRAINDICATIONS}


Behind = dict[str, dict[str, set[str]]]  # pattern id -> question -> the answers that led to it


def _recognised(firings: list[Firing]) -> tuple[frozenset[str], Behind]:
    """The patterns the engine recognised, and the answers behind each of them."""
    behind: Behind = defaultdict(lambda: defaultdict(set))
    flagged = False
    for firing in firings:
        for target in firing.rule.inferences:
            recognised = behind[target]  # recognised even if no answer stands behind it
            for question, values in firing.answers.items():
                recognised[question] |= set(values)
        flagged = flagged or any(then.kind == "red_flag" for then in firing.rule.then)
    patterns = set(behind)
    if flagged:
        patterns.add(RED_FLAG_RAISED)
    return frozenset(patterns), behind


def _offered(firings: list[Firing]) -> set[str]:
    return {t.target for f in firings for t in f.rule.then if t.kind == "treatment" and t.role != AVOID}


def _drugs_at_stake(entry: Contraindication, offered: set[str]) -> tuple[str, ...]:
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
    kb_rule = RULES[entry.id]
    kb_rule = replace(kb_rule, then=tuple(t for t in kb_rule.then if t.target in drugs))
    return Firing(
        rule=kb_rule, answers={q: sorted(v) for q, v in sorted(used.items())}, patterns=tuple(sorted(patterns))
    )


def contraindication_firings(answers: dict[str, Any], firings: list[Firing]) -> list[Firing]:
    """The entries of the table that apply to this case, in table order, as trace steps."""
    patterns, behind = _recognised(firings)
    offered = _offered(firings)
    applied = []
    for entry in CONTRAINDICATIONS:
        if not entry.holds(answers, patterns):
            continue
        drugs = _drugs_at_stake(entry, offered)
        if drugs:
            applied.append(_firing(entry, drugs, answers, behind))
    return applied
