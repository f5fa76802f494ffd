"""The engine run on changed answers, for the features that ask "what if": the interview's next
question, why-not's near misses and the counterfactuals (rules.interview, rules.explain).

Nothing is approximated: every outcome is the engine's own, on the changed answers, safety layer
included. What makes hundreds of runs affordable is one exact shortcut. A result depends on the
answers only through the rules (and safety entries) that fire, and a rule's conditions on
questions that did not change keep their truth; so when no condition on a changed question
changes its truth, nothing fires differently (band by band, no pattern can change either) and
the outcome is the one already known. Only the other changes are run, each once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .assessment import Assessment, Outcome, collect_firings
from .catalogue import KB_VERSION
from .engine import RuleEngine
from .knowledge import RULES
from .knowledge.contraindications import CONTRAINDICATIONS, Contraindication
from .questionnaire import MANY, NONE, QUESTIONS, validate_answers
from .rulebook import KBRule, When
from .safety_layer import (
    applying,
    contraindication_firings,
    drugs_at_stake,
    entry_rule,
    offered_treatments,
    recognised_patterns,
)
from .vocabulary import AVOID, CAUSES, CONDITIONS, ORIGINS, RED_FLAGS, TREATMENTS


def _conditions_by_question() -> dict[str, list[tuple[When, ...]]]:
    by_question: dict[str, list[tuple[When, ...]]] = defaultdict(list)
    for conditions in [r.when for r in RULES] + [e.when for e in CONTRAINDICATIONS]:
        for question in dict.fromkeys(q for when in conditions for q in when.questions):
            by_question[question].append(conditions)
    return by_question


# The conditions of every rule and safety entry that reads a question's answer, by question.
CONDITIONS_BY_QUESTION = _conditions_by_question()
NO_PATTERNS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Change:
    """One answer changed: ``value`` is the new canonical answer, None for "unknown"."""

    question: str
    value: str | tuple[str, ...] | None

    def answer(self) -> str | list[str] | None:
        """The new answer as an answers object holds it (a list for a multiple-choice question)."""
        return list(self.value) if isinstance(self.value, tuple) else self.value

    def label(self) -> str:
        """The new answer in the questionnaire's words."""
        if self.value is None:
            return "Unknown"
        values = self.value if isinstance(self.value, tuple) else (self.value,)
        return ", ".join(QUESTIONS[self.question].choice_label(v) for v in values)

    def as_dict(self, answers: dict[str, Any]) -> dict[str, Any]:
        before = answers.get(self.question)
        return {
            "question": self.question,
            "question_label": QUESTIONS[self.question].label,
            "from": before,
            "from_label": Change(self.question, _frozen(before)).label(),
            "to": self.answer(),
            "to_label": self.label(),
        }


def _frozen(value: Any) -> str | tuple[str, ...] | None:
    return tuple(value) if isinstance(value, list) else value


def changed(answers: dict[str, Any], changes: Iterable[Change]) -> dict[str, Any]:
    """Canonical answers with the changes applied."""
    return validate_answers(_applied(answers, changes))


def _applied(answers: dict[str, Any], changes: Iterable[Change]) -> dict[str, Any]:
    """The changes applied to canonical answers, for changes ``alternatives`` made (canonical values)."""
    new = dict(answers)
    for change in changes:
        if change.value is None:
            new.pop(change.question, None)
        else:
            new[change.question] = list(change.value) if isinstance(change.value, tuple) else change.value
    return new


def alternatives(answers: dict[str, Any], question: str) -> list[Change]:
    """Every single change of one question's answer: each other choice (for a multiple-choice
    question, one finding added or taken away, or "none" alone), and back to unknown."""
    spec = QUESTIONS[question]
    given = answers.get(question)
    if spec.kind != MANY:
        options = [Change(question, c) for c in spec.choice_ids if c != given]
    else:
        chosen = tuple(given or ())
        options = []
        for choice in spec.choice_ids:
            if choice in chosen:
                rest = tuple(c for c in chosen if c != choice)
                options.append(Change(question, rest or None))
            elif choice == NONE:
                options.append(Change(question, (NONE,)))
            else:
                kept = tuple(c for c in chosen if c != NONE)
                options.append(Change(question, tuple(c for c in spec.choice_ids if c in kept or c == choice)))
    if given is not None:
        options.append(Change(question, None))
    return [o for o in dict.fromkeys(options) if o.value != _frozen(given)]


def _readers() -> tuple[dict[str, list[KBRule]], dict[str, list[KBRule]]]:
    of_question: dict[str, list[KBRule]] = defaultdict(list)
    of_pattern: dict[str, list[KBRule]] = defaultdict(list)
    for kb_rule in RULES:
        for when in kb_rule.when:
            if when.inference:
                of_pattern[when.inference].append(kb_rule)
            for question in when.questions:
                of_question[question].append(kb_rule)
    return of_question, of_pattern


READERS_OF_QUESTION, READERS_OF_PATTERN = _readers()
BANDS = sorted({r.salience for r in RULES}, reverse=True)
RULE_ORDER = {r.id: n for n, r in enumerate(RULES)}
INFERRERS = {p: [r for r in RULES if p in r.inferences] for p in READERS_OF_PATTERN}  # pattern -> rules recognising it


def _by_band(readers: dict[str, list[KBRule]]) -> dict[tuple[str, int], list[KBRule]]:
    grouped: dict[tuple[str, int], list[KBRule]] = defaultdict(list)
    for key, rules in readers.items():
        for kb_rule in dict.fromkeys(rules):
            grouped[key, kb_rule.salience].append(kb_rule)
    return grouped


# The rules reading a question, or a pattern, in each band.
QUESTION_READERS_IN_BAND = _by_band(READERS_OF_QUESTION)
PATTERN_READERS_IN_BAND = _by_band(READERS_OF_PATTERN)
ENTRY_QUESTIONS = {e.id: frozenset(q for w in e.when for q in w.questions) for e in CONTRAINDICATIONS}
ENTRY_PATTERNS = {e.id: frozenset(w.inference for w in e.when if w.inference) for e in CONTRAINDICATIONS}


class Forecaster:
    """One set of answers, run once on the engine, and the outcome of any changes to them.

    A change can alter only the rules that read a changed question, then the rules that read a
    pattern whose presence that altered, and so on; every other rule fires as it did. So a
    change's outcome is the engine's base run with only those rules tested again, band by band as
    the engine runs them (the patterns a band sees are those of its own band and the ones before),
    and only the safety entries whose questions, patterns or offered drugs changed: a fraction of a
    run, with the outcome ``assess`` gives on the changed answers (tests/rules/test_forecast.py
    checks it over the answer space).

    Used inside ``with lent_engine() as engine``: the engine is not shared while it runs."""

    def __init__(self, engine: RuleEngine, answers: dict[str, Any]) -> None:
        self.answers = validate_answers(answers)
        firings = collect_firings(engine.evaluate(self.answers), self.answers)
        self.fired = [f.rule for f in firings]
        firings += contraindication_firings(self.answers, firings)
        self.base = Assessment(kb_version=KB_VERSION, answers=self.answers, firings=tuple(firings))
        self.outcome = self.base.outcome()
        self.patterns = recognised_patterns(self.fired)  # what the base run recognised
        self._offered = offered_treatments(self.fired)
        self._entries = {e.id: (e, drugs) for e, drugs in applying(self.answers, self.patterns, self._offered)}
        self._fired_in_band: dict[int, list[KBRule]] = defaultdict(list)
        for kb_rule in self.fired:
            self._fired_in_band[kb_rule.salience].append(kb_rule)
        self._seen_in_band = {}  # band -> the patterns the base run's rules of that band and before recognised
        seen: set[str] = set()
        for band in BANDS:
            seen.update(p for r in self._fired_in_band[band] for p in r.inferences)
            self._seen_in_band[band] = frozenset(seen)
        self._outcomes: dict[tuple[Change, ...], Outcome] = {}

    def moves_a_rule(self, changes: tuple[Change, ...], after: dict[str, Any]) -> bool:
        """Whether the changes could make a rule or safety entry that reads a changed question fire
        differently: some condition on a changed question holds differently, and every other answer
        condition holds (a false one that did not change keeps it from firing, before and after).
        When none could, every rule fires as before, band after band."""
        questions = {c.question for c in changes}
        readers = {id(conditions): conditions for q in questions for conditions in CONDITIONS_BY_QUESTION.get(q, ())}
        return any(self._moves(conditions, questions, after) for conditions in readers.values())

    def _moves(self, conditions: tuple[When, ...], questions: set[str], after: dict[str, Any]) -> bool:
        moved = False
        for when in conditions:
            if when.inference:
                continue  # a pattern can change only through a rule this check finds first
            now = when.holds(after, NO_PATTERNS)
            if not questions.isdisjoint(when.questions) and now != when.holds(self.answers, NO_PATTERNS):
                moved = True
            elif not now:
                return False
        return moved

    def outcome_of(self, changes: tuple[Change, ...]) -> Outcome:
        """The outcome after the changes."""
        key = tuple(sorted(changes, key=lambda c: c.question))
        if key not in self._outcomes:
            after = _applied(self.answers, key)
            self._outcomes[key] = self._run(key, after) if self.moves_a_rule(key, after) else self.outcome
        return self._outcomes[key]

    def _run(self, changes: tuple[Change, ...], after: dict[str, Any]) -> Outcome:
        fired_ids = self._fire_again({c.question for c in changes}, after)
        fired = [RULES[RULE_ORDER[r]] for r in sorted(fired_ids, key=RULE_ORDER.__getitem__)]
        patterns = recognised_patterns(fired)
        entries = self._entries_again({c.question for c in changes}, after, fired, patterns)
        if fired_ids == {r.id for r in self.fired} and entries == self._entries:
            return self.outcome
        return Outcome.of(fired + [entry_rule(entry, drugs) for entry, drugs in entries.values()])

    def _fire_again(self, questions: set[str], after: dict[str, Any]) -> set[str]:
        """The rules that fire on the changed answers: the base run's, with every rule whose
        inputs changed tested again, band by band, until no more change."""
        fired = {r.id for r in self.fired}
        counts: dict[str, int] = defaultdict(int)  # pattern -> fired rules recognising it, this band and before
        for band in BANDS:
            for kb_rule in self._fired_in_band[band]:
                for p in kb_rule.inferences:
                    counts[p] += 1
            seen = {p for p, n in counts.items() if n}
            moved = seen ^ self._seen_in_band[band]
            dirty = [r for q in questions for r in QUESTION_READERS_IN_BAND.get((q, band), ())]
            while True:
                dirty += [r for p in moved for r in PATTERN_READERS_IN_BAND.get((p, band), ())]
                if not dirty:
                    break
                patterns = frozenset(seen)
                moved = set()
                for kb_rule in sorted({r.id: r for r in dirty}.values(), key=lambda r: RULE_ORDER[r.id]):
                    fires = all(condition.holds(after, patterns) for condition in kb_rule.when)
                    if fires == (kb_rule.id in fired):
                        continue
                    (fired.add if fires else fired.discard)(kb_rule.id)
                    for p in kb_rule.inferences:
                        counts[p] += 1 if fires else -1
                        if (counts[p] > 0) != (p in seen):
                            moved.add(p)
                seen = {p for p, n in counts.items() if n}
                dirty = []
        return fired

    def _entries_again(
        self, questions: set[str], after: dict[str, Any], fired: list[KBRule], patterns: frozenset[str]
    ) -> dict[str, tuple[Contraindication, tuple[str, ...]]]:
        """The safety entries that apply after the change: the base run's, with every entry whose
        questions, patterns or offered drugs changed tested again."""
        offered = offered_treatments(fired)
        moved_patterns = patterns ^ self.patterns
        moved_drugs = offered ^ self._offered
        entries = dict(self._entries)
        for entry in CONTRAINDICATIONS:
            if (
                ENTRY_QUESTIONS[entry.id].isdisjoint(questions)
                and ENTRY_PATTERNS[entry.id].isdisjoint(moved_patterns)
                and moved_drugs.isdisjoint(entry.drugs)
            ):
                continue
            entries.pop(entry.id, None)
            if entry.holds(after, patterns) and (drugs := drugs_at_stake(entry, offered)):
                entries[entry.id] = (entry, drugs)
        return entries

    def newly_fired(self, changes: tuple[Change, ...]) -> list[KBRule]:
        """The rules the changes would make fire, in the knowledge base's order."""
        fired = self.outcome_of(changes).fired - self.outcome.fired
        return [RULES[RULE_ORDER[r]] for r in sorted(fired & RULE_ORDER.keys(), key=RULE_ORDER.__getitem__)]


LEADER_REGISTRIES = {"cause": CAUSES, "origin": ORIGINS, "condition": CONDITIONS}
LEADER_WORDS = {
    "cause": "the leading cause",
    "origin": "the likely site of origin",
    "condition": "the leading condition",
}
EFFECT_KINDS = ("red_flag_raised", "red_flag_cleared", "cause", "origin", "condition", "drug_avoided")


def effects(before: Outcome, after: Outcome) -> list[dict[str, Any]]:
    """What a learner would see change between two outcomes, each effect with its own sentence:
    a red flag raised or cleared, a new leading cause, origin or condition (or none leading), a
    drug that was offered turned to "avoid"."""
    found: list[dict[str, Any]] = []
    for flag in RED_FLAGS:
        if (flag in after.red_flags) != (flag in before.red_flags):
            raised = flag in after.red_flags
            verb = "raise" if raised else "clear"
            found.append(
                {
                    "kind": "red_flag_raised" if raised else "red_flag_cleared",
                    "id": flag,
                    "label": RED_FLAGS[flag].label,
                    "urgency": RED_FLAGS[flag].urgency,
                    "text": f"{verb} the red flag {RED_FLAGS[flag].label} ({RED_FLAGS[flag].urgency})",
                }
            )
    for axis, registry in LEADER_REGISTRIES.items():
        old, new = before.leader(axis), after.leader(axis)
        if old != new:
            words = LEADER_WORDS[axis]
            text = f"make {registry[new].label} {words}" if new else f"leave nothing as {words}"
            found.append(
                {
                    "kind": axis,
                    "from": old,
                    "to": new,
                    "label": registry[new].label if new else None,
                    "text": text if old is None else f"{text} instead of {registry[old].label}",
                }
            )
    for treatment, role in before.roles:
        if role != AVOID and after.role(treatment) == AVOID:
            label = TREATMENTS[treatment].label
            found.append(
                {"kind": "drug_avoided", "id": treatment, "label": label, "text": f"turn {label} from {role} to avoid"}
            )
    return found


def open_questions(raw_answers: dict[str, Any]) -> list[str]:
    """The questions not asked yet: left out or null (an "unknown" answer was asked and skipped)."""
    return [q for q in QUESTIONS if raw_answers.get(q) is None]
