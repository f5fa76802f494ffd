"""The knowledge base run in plain Python, no experta: each salience band in turn, every rule
of the band tested until no more fire, the patterns recognised so far standing in for the
Inference facts. It gives exactly the engine's result (tests/rules/test_plain_engine.py
proves it over the answer space), so bench/engine.py can set the engine beside the floor
that any implementation of these rules pays."""

from __future__ import annotations

from typing import Any

import rules
from rules.assessment import Assessment, collect_firings
from rules.facts import Answer, Inference, answer_key, checked_fact
from rules.rulebook import KBRule
from rules.safety_layer import contraindication_firings

BANDS = sorted({r.salience for r in rules.RULES}, reverse=True)
BY_BAND = {band: [r for r in rules.RULES if r.salience == band] for band in BANDS}


def _facts(kb_rule: KBRule, answers: dict[str, Any]) -> tuple:
    """The facts the rule's conditions bind, as experta would hand them to the firing."""
    facts = []
    for condition in kb_rule.when:
        if condition.negated or condition.alternatives:
            continue
        if condition.inference:
            facts.append(checked_fact(Inference, id=condition.inference))
            continue
        for question, values in condition.matched(answers).items():
            facts += [checked_fact(Answer, question=question, value=v, key=answer_key(question, v)) for v in values]
    return tuple(facts)


def plain_firings(answers: dict[str, Any]) -> list[tuple[KBRule, tuple]]:
    recognised: set[str] = set()
    fired: list[tuple[KBRule, tuple]] = []
    for band in BANDS:
        waiting = list(BY_BAND[band])
        progress = True
        while progress:
            progress = False
            patterns = frozenset(recognised)
            for kb_rule in list(waiting):
                if all(condition.holds(answers, patterns) for condition in kb_rule.when):
                    waiting.remove(kb_rule)
                    fired.append((kb_rule, _facts(kb_rule, answers)))
                    if not recognised.issuperset(kb_rule.inferences):
                        recognised.update(kb_rule.inferences)
                        progress = True
    return fired


def plain_assess(answers: object) -> Assessment:
    canonical = rules.validate_answers(answers)
    firings = collect_firings(plain_firings(canonical), canonical)
    firings += contraindication_firings(canonical, firings)
    return Assessment(kb_version=rules.KB_VERSION, answers=canonical, firings=tuple(firings))
