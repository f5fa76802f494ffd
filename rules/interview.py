"""The adaptive interview: which unasked question to put next, why, and when to stop.

Each unasked question is scored by running each of its answers (rules.forecast) and counting what
the learner would see change: a red flag raised or cleared, the leading cause, the likely site of
origin, the leading named condition. The knowledge base holds no prevalences, so no answer can be
called likelier than another: a question's value is the mean change over its answers (an expected
change under equal odds). Information gain would need the probabilities the source does not give,
and would only rank the same changes under invented numbers.

A red flag often needs two findings (an infant and clustered jerks), and neither alone changes
anything a single look ahead sees. So a red-flag rule that has not fired and lacks only answers to
one or two unasked questions makes those questions screening questions, when answering both is
shown (by a run) to raise the flag.

Order: while a red flag can still be raised, the questions that could raise it come first (missing
an emergency costs more than a slower differential), the most urgent flag first; then by expected
change; ties in the questionnaire's order. A question that neither changes any of these with one
answer nor screens a red flag is never suggested.

Stop rule (``should_stop``), exactly: stop when no single answer to any unasked question would
change the leading cause or the likely site of origin, or raise or clear a red flag; and no red
flag can be raised by answering two unasked questions as a red-flag rule that lacks only those two
answers needs. A change of the leading named condition alone does not hold the interview open.
"""

from __future__ import annotations

from typing import Any

from .engine import lent_engine
from .forecast import INFERRERS, Change, Forecaster, alternatives, effects, open_questions
from .knowledge import RULES
from .questionnaire import MANY, QUESTIONS, SECTIONS
from .rulebook import KBRule, When
from .vocabulary import DISCLAIMER, RED_FLAGS, URGENCIES

WEIGHTS = {"red_flag_raised": 2.0, "red_flag_cleared": 1.0, "cause": 1.0, "origin": 1.0, "condition": 0.5}
STOPPING = frozenset({"red_flag_raised", "red_flag_cleared", "cause", "origin"})
STOP_RULE = (
    "Stop when no single answer to any question not yet asked would change the leading cause or the "
    "likely site of origin, or raise or clear a red flag."
)
SECTION_OF = {q.id: s.id for s in SECTIONS for q in s.questions}
RED_FLAG_RULES = [r for r in RULES if any(t.kind == "red_flag" for t in r.then)]


def next_questions(raw_answers: dict[str, Any], *, limit: int = 5) -> dict[str, Any]:
    """The unasked questions that could change the result, best first (at most ``limit``), each
    with the answers that would change it and why; ``should_stop``; and the current result.

    ``raw_answers`` may name a question with "unknown": it was asked and skipped, so it is not
    asked again."""
    with lent_engine() as engine:
        forecaster = Forecaster(engine, raw_answers)
        unasked = open_questions(raw_answers)
        screens = _screens(forecaster, unasked)
        ranked = [q for q in (_scored(forecaster, question, screens.get(question, [])) for question in unasked) if q]
        result = forecaster.base.as_dict()
    ranked.sort(key=_order)
    return {
        "kb_version": result["kb_version"],
        "disclaimer": DISCLAIMER,
        "stop_rule": STOP_RULE,
        "should_stop": not any(
            q["screens"] or STOPPING & {e["kind"] for a in q["answers"] for e in a["effects"]} for q in ranked
        ),
        "asked": len([q for q in QUESTIONS if raw_answers.get(q) is not None]),
        "unasked": len(open_questions(raw_answers)),
        "questions": ranked[:limit],
        "result": result,
    }


def _scored(forecaster: Forecaster, question: str, screens: list[dict[str, Any]]) -> dict[str, Any] | None:
    spec = QUESTIONS[question]
    answers: list[dict[str, Any]] = []
    total = 0.0
    options = alternatives(forecaster.answers, question)
    for option in options:
        found = [e for e in effects(forecaster.outcome, forecaster.outcome_of((option,))) if e["kind"] in WEIGHTS]
        total += sum(WEIGHTS[e["kind"]] for e in found)
        if found:
            rules = [r.id for r in forecaster.newly_fired((option,))]
            answers.append({"choice": option.answer(), "label": option.label(), "effects": found, "rules": rules})
    if not answers and not screens:
        return None
    flags = [e["urgency"] for a in answers for e in a["effects"] if e["kind"] == "red_flag_raised"]
    flags += [s["urgency"] for s in screens]
    return {
        "question": question,
        "label": spec.label,
        "why": spec.why,
        "section": SECTION_OF[question],
        "kind": spec.kind,
        "choices": [{"id": c, "label": spec.choice_label(c)} for c in spec.choice_ids],
        "expected_change": round(total / len(options), 3),
        "screens_red_flag": bool(flags),
        "urgency": min(flags, key=URGENCIES.index) if flags else None,
        "rationale": _rationale(spec.label, answers, screens),
        "answers": answers,
        "screens": screens,
    }


def _screens(forecaster: Forecaster, unasked: list[str]) -> dict[str, list[dict[str, Any]]]:
    """For each unasked question, the red flags it screens with one other unasked question: a
    red-flag rule that has not fired (its flag not raised) and lacks exactly two answers, both to
    unasked questions (itself or through the rules that recognise a pattern it needs), that
    together are shown to raise the flag."""
    open_ = frozenset(unasked)
    found: dict[str, list[dict[str, Any]]] = {}
    for kb_rule in RED_FLAG_RULES:
        flags = [
            t.target for t in kb_rule.then if t.kind == "red_flag" and t.target not in forecaster.outcome.red_flags
        ]
        if not flags or kb_rule.id in forecaster.outcome.fired:
            continue
        for lacking in _lacking(forecaster, kb_rule, open_, depth=2):
            pair = tuple(_satisfying(w) for w in lacking)
            if len(pair) != 2 or pair[0].question == pair[1].question:
                continue
            if not set(flags) <= forecaster.outcome_of(pair).red_flags:
                continue
            for mine, other in (pair, pair[::-1]):
                found.setdefault(mine.question, []).append(_screen(kb_rule.id, flags, mine, other))
            break
    return found


def _lacking(forecaster: Forecaster, kb_rule: KBRule, open_: frozenset[str], depth: int) -> list[tuple[When, ...]]:
    """The ways the rule could come to fire by answering unasked questions, each the answer
    conditions it lacks (at most two): a pattern it needs is lacked as one of the rules that
    recognise it is, at most ``depth`` patterns deep."""
    ways: list[tuple[When, ...]] = [()]
    for when in kb_rule.when:
        if when.holds(forecaster.answers, forecaster.patterns):
            continue
        if when.negated:
            return []
        if when.inference:
            options = [
                w for r in INFERRERS.get(when.inference, ()) if depth for w in _lacking(forecaster, r, open_, depth - 1)
            ]
        else:
            options = [(when,)] if open_.issuperset(when.questions) else []
        ways = [way + option for way in ways for option in options if len(way) + len(option) <= 2]
        if not ways:
            return []
    return ways


def _screen(rule_id: str, flags: list[str], mine: Change, other: Change) -> dict[str, Any]:
    other_label = QUESTIONS[other.question].label
    return {
        "rule": rule_id,
        "red_flags": flags,
        "urgency": min((RED_FLAGS[f].urgency for f in flags), key=URGENCIES.index),
        "choice": mine.answer(),
        "label": mine.label(),
        "with": {
            "question": other.question,
            "label": other_label,
            "choice": other.answer(),
            "choice_label": other.label(),
        },
        "text": f"raise the red flag {', '.join(RED_FLAGS[f].label for f in flags)} together with "
        f"“{other_label}”: “{other.label()}”",
    }


def _satisfying(when: When) -> Change:
    """The first answer that satisfies a condition on an unasked question (one finding, for a
    multiple-choice question)."""
    question, choices = when._pairs()[0]
    return Change(question, (choices[0],) if QUESTIONS[question].kind == MANY else choices[0])


def _order(scored: dict[str, Any]) -> tuple[float, ...]:
    urgency = URGENCIES.index(scored["urgency"]) if scored["urgency"] else len(URGENCIES)
    return (urgency, -len(scored["screens"]) - scored["expected_change"], list(QUESTIONS).index(scored["question"]))


def _rationale(label: str, answers: list[dict[str, Any]], screens: list[dict[str, Any]]) -> str:
    """One sentence from the effects and rules of each answer that changes something, and the red
    flags the question screens with another."""
    parts = []
    for answer in answers:
        said = " and ".join(e["text"] for e in answer["effects"])
        rules = (
            f" (rule{'s' if len(answer['rules']) > 1 else ''} {', '.join(answer['rules'])})" if answer["rules"] else ""
        )
        parts.append(f"“{answer['label']}” would {said}{rules}")
    for screen in screens:
        parts.append(f"“{screen['label']}” would {screen['text']} (rule {screen['rule']})")
    return f"Asks “{label}” because " + "; ".join(parts) + "."
