"""How a rule is written: conditions and conclusions as data.

One declaration gives the experta pattern the engine matches, the plain-words text
the knowledge browser shows, and the conclusions the assessment collects, so the
three cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from experta import AS, EXISTS, NOT, P

from .facts import Answer, Inference, answer_key
from .questionnaire import QUESTIONS, YES_NO
from .vocabulary import CAUSES, CAUTION, CONDITIONS, ORIGINS, RED_FLAGS, ROLES, TREATMENTS, WORKUP_STEPS

# Salience bands: clues first, then the patterns built on them, then conclusions,
# then safety checks and fallbacks. Order matters only across bands.
CLUES = 40
PATTERNS = 30
CONCLUSIONS = 20
SAFETY = 10
FALLBACK = 0

# The band a rule runs in follows from its concern; only clue rules, which patterns guarded by
# their absence must wait for, name a band of their own.
# The concerns rules are grouped by (the first part of a rule id), in reading order, with their titles.
CONCERN_TITLES = {
    "pattern": "Patterns: clues recognised in the answers",
    "origin": "Site of origin",
    "cause": "Causes",
    "workup": "Workup",
    "treatment": "Treatment",
    "safety": "Safety: drugs to avoid and red flags",
}
CONCERN_SALIENCE = {
    "pattern": PATTERNS,
    "origin": CONCLUSIONS,
    "cause": CONCLUSIONS,
    "workup": CONCLUSIONS,
    "treatment": CONCLUSIONS,
    "safety": SAFETY,
}


@dataclass(frozen=True)
class Band:
    """When a rule runs, in words a reader of the knowledge base understands."""

    id: str
    salience: int
    summary: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "salience": self.salience, "summary": self.summary}


BANDS = {
    b.salience: b
    for b in (
        Band("clues", CLUES, "First: recognises a clue in the answers."),
        Band("patterns", PATTERNS, "Second: builds a pattern from the clues."),
        Band("conclusions", CONCLUSIONS, "Third: draws a conclusion from the answers and patterns."),
        Band("safety", SAFETY, "Fourth: a safety check, run after every conclusion is drawn."),
        Band("fallback", FALLBACK, "Last: a fallback, when nothing else applies."),
    )
}


@dataclass(frozen=True)
class When:
    """One condition of a rule."""

    text: str
    questions: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    inference: str = ""
    negated: bool = False
    # For a condition that any of several answers satisfies: (question, choices) pairs.
    alternatives: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def pattern_reference(self, position: int) -> dict[str, Any] | None:
        """Which recognised pattern this condition refers to, if any, for readers of the catalogue."""
        if not self.inference:
            return None
        return {
            "condition": position,
            "id": self.inference,
            "label": PATTERN_LABELS[self.inference],
            "negated": self.negated,
        }

    def holds(self, answers: dict[str, Any], patterns: frozenset[str]) -> bool:
        """Whether the condition holds for canonical answers and the patterns recognised from
        them: the same test experta makes, for the safety layer that runs after the engine."""
        if self.inference:
            found = self.inference in patterns
        else:
            found = any(self._answers_one(answers.get(question), choices) for question, choices in self._choice_sets)
        return found != self.negated

    @staticmethod
    def _answers_one(given: Any, choices: frozenset[str]) -> bool:
        if given is None:
            return False
        return given in choices if isinstance(given, str) else not choices.isdisjoint(given)

    @cached_property
    def _choice_sets(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """Each question and its satisfying choices as a set: ``holds`` runs hundreds of times in
        every forecast (rules.forecast)."""
        return tuple((question, frozenset(choices)) for question, choices in self._pairs())

    def _pairs(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return self.alternatives or ((self.questions[0], self.choices),)

    def _matching(self, answers: dict[str, Any]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for question, choices in self._pairs():
            given = answers.get(question)
            values = [v for v in (given if isinstance(given, list) else [given]) if v in choices]
            if values:
                found[question] = values
        return found

    def matched(self, answers: dict[str, Any]) -> dict[str, list[str]]:
        """The answers that satisfied this condition, for the trace."""
        if self.inference or self.negated:
            return {}
        return self._matching(answers)

    def pattern(self, binding: str) -> Any:
        pattern: Answer | Inference
        if self.inference:
            pattern = Inference(id=self.inference)
        elif self.alternatives:
            # Exists: the rule fires once, however many answers satisfy it; the trace reads them
            # from ``matched`` instead of from the facts experta would otherwise bind.
            keys = frozenset(answer_key(q, c) for q, choices in self.alternatives for c in choices)
            return EXISTS(Answer(key=P(lambda k: k in keys)))
        elif len(self.choices) == 1:
            pattern = Answer(question=self.questions[0], value=self.choices[0])
        else:
            allowed = frozenset(self.choices)
            pattern = Answer(question=self.questions[0], value=P(lambda v: v in allowed))
        if self.negated:
            return NOT(pattern)
        return getattr(AS, binding) << pattern


def answered(question_id: str, *choices: str) -> When:
    """The answer to a question is one of the choices."""
    question = QUESTIONS[question_id]
    unknown = [c for c in choices if c not in question.choice_ids]
    if unknown or not choices:
        raise ValueError(f"rule uses unknown choices {unknown} for {question_id}")
    if question.kind == YES_NO:
        text = f"{question.label} — {question.choice_label(choices[0]).lower()}"
    else:
        text = f"{question.label} — {' or '.join(question.choice_label(c) for c in choices)}"
    return When(text=text, questions=(question_id,), choices=tuple(choices))


def inferred(inference_id: str) -> When:
    """An intermediate pattern has been recognised by an earlier rule."""
    return When(text=f"pattern recognised: {PATTERN_LABELS[inference_id]}", inference=inference_id)


def answered_no(question_id: str) -> When:
    """A yes/no question was answered "No" (or "None"): a pertinent negative, which is evidence,
    unlike a question left unanswered."""
    question = QUESTIONS[question_id]
    negative = "none" if "none" in question.choice_ids else "no"
    return answered(question_id, negative)


def any_answered(*conditions: When) -> When:
    """Any one of several answers: one condition (one branch of the network, one trace step with
    every answer that satisfied it) instead of a rule per answer."""
    if not conditions or any(c.inference or c.negated or c.alternatives for c in conditions):
        raise ValueError("any_answered takes plain answered(...) conditions")
    return When(
        text="any of: " + "; ".join(c.text for c in conditions),
        questions=tuple(c.questions[0] for c in conditions),
        choices=tuple(dict.fromkeys(choice for c in conditions for choice in c.choices)),
        alternatives=tuple((c.questions[0], c.choices) for c in conditions),
    )


def absent(condition: When) -> When:
    """The condition does not hold (for an answer: it was not given)."""
    return replace(condition, text=f"not ({condition.text})", negated=True)


@dataclass(frozen=True)
class Then:
    """One conclusion of a rule: ``kind`` says which part of the result it feeds."""

    kind: str  # infer, cause, origin, condition, workup, treatment, caution, red_flag
    target: str
    weight: float = 0.0
    role: str = ""
    note: str = ""


def _known(kind: str, target: str, registry: Collection[str]) -> str:
    """Every conclusion names an id of the result vocabulary: a misspelt one fails at import,
    not as a missing entry in a result."""
    if target not in registry:
        raise ValueError(f"unknown {kind} id {target!r}; known: {', '.join(registry)}")
    return target


def infer(pattern_id: str) -> Then:
    return Then("infer", _known("pattern", pattern_id, PATTERN_LABELS))


def cause(cause_id: str, weight: float, note: str = "") -> Then:
    return Then("cause", _known("cause", cause_id, CAUSES), weight=weight, note=note)


def origin(origin_id: str, weight: float, note: str = "") -> Then:
    return Then("origin", _known("origin", origin_id, ORIGINS), weight=weight, note=note)


def consider(condition_id: str, weight: float = 0.5) -> Then:
    """A named condition the findings point to (a negative weight: one they argue against)."""
    return Then("condition", _known("condition", condition_id, CONDITIONS), weight=weight)


def workup(step_id: str, why: str) -> Then:
    return Then("workup", _known("workup step", step_id, WORKUP_STEPS), note=why)


def treat(treatment_id: str, role: str, why: str) -> Then:
    _known("role", role, ROLES)
    return Then("treatment", _known("treatment", treatment_id, TREATMENTS), role=role, note=why)


def caution(treatment_id: str, why: str) -> Then:
    """A warning about a treatment in the case at hand. It offers nothing: it is shown only
    when another rule offers the treatment, for harms that call for care rather than 'avoid'."""
    return Then("caution", _known("treatment", treatment_id, TREATMENTS), role=CAUTION, note=why)


def red_flag(flag_id: str) -> Then:
    return Then("red_flag", _known("red flag", flag_id, RED_FLAGS))


@dataclass(frozen=True)
class KBRule:
    id: str
    concern: str
    when: tuple[When, ...]
    then: tuple[Then, ...]
    explanation: str
    sources: tuple[str, ...]
    salience: int

    def patterns(self) -> list[Any]:
        return [condition.pattern(f"m{i}") for i, condition in enumerate(self.when)]

    @cached_property
    def alternatives(self) -> tuple[When, ...]:
        """The conditions that any of several answers satisfy (they bind no fact for the trace)."""
        return tuple(c for c in self.when if c.alternatives)

    @cached_property
    def inferences(self) -> tuple[str, ...]:
        """The patterns this rule recognises, which other rules match on."""
        return tuple(t.target for t in self.then if t.kind == "infer")

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "concern": self.concern,
            "explanation": self.explanation,
            "conditions": [c.text for c in self.when] or ["always (every assessment)"],
            "patterns": [ref for i, c in enumerate(self.when) if (ref := c.pattern_reference(i))],
            "questions": sorted({q for c in self.when for q in c.questions}),
            "conclusions": [_describe(t) for t in self.then],
            "sources": list(self.sources),
            "salience": self.salience,
            "band": BANDS[self.salience].id,
        }


def _describe(then: Then) -> dict[str, Any]:
    described: dict[str, Any] = {"kind": then.kind, "target": then.target}
    if then.kind in ("cause", "origin", "condition"):
        described["weight"] = then.weight
    if then.role:
        described["role"] = then.role
    if then.note:
        described["note"] = then.note
    return described


def rule(
    id: str,
    *,
    when: Iterable[When] = (),
    then: Iterable[Then] = (),
    explain: str,
    sources: Iterable[str],
    salience: int | None = None,
) -> KBRule:
    """One rule; its band follows from its concern (the first part of its id) unless given."""
    concern = id.split(".", 1)[0]
    return KBRule(
        id=id,
        concern=concern,
        when=tuple(when),
        then=tuple(then),
        explanation=explain,
        sources=tuple(sources),
        salience=CONCERN_SALIENCE[concern] if salience is None else salience,
    )


PATTERN_LABELS = {
    "pathological_clue": "a finding that makes physiological jerks unlikely",
    "pathology_screened_out": "asked and absent: seizures and confusion",
    "drug_suspected": "a drug or toxin is suspected",
    "cortical_pattern": "cortical pattern (action- or stimulus-sensitive, arrhythmic, focal or multifocal)",
    "segmental_pattern": "segmental pattern (segmental jerks, rhythmic or persisting in sleep)",
    "hiccups": "hiccups",
    "pathological_hiccups": "hiccups that are not physiological (48 hours or more, or brainstem signs)",
    "hypnic_jerks": "hypnic jerks",
    "benign_neonatal_sleep_myoclonus": "benign neonatal sleep myoclonus (a well baby, jerks only in sleep)",
    "possible_infantile_spasms": "possible infantile spasms (clustered jerks in an infant)",
    "hemifacial_spasm": "hemifacial spasm",
    "functional_pattern": "functional pattern (variable, distractible)",
    "juvenile_myoclonic_epilepsy": "juvenile myoclonic epilepsy",
    "progressive_myoclonus_epilepsy": "progressive myoclonus epilepsy",
    "dravet_syndrome": "Dravet syndrome (seizures with fever from infancy)",
    "mitochondrial_disease": "mitochondrial disease",
    "prion_disease": "prion disease",
    "post_hypoxic": "post-hypoxic myoclonus",
    "acute_post_hypoxic": "acute post-hypoxic myoclonus (in the days after the event)",
    "myoclonic_status": "acute, continuous myoclonus with reduced consciousness",
    "toxic_metabolic_encephalopathy": "toxic-metabolic encephalopathy",
    "serotonin_toxicity": "serotonin toxicity",
    "lithium_toxicity": "lithium neurotoxicity",
    "valproate_culprit": "valproate is the suspected culprit",
    "spinal_compression": "spinal cord compression",
    "mass_compression": "a compressing mass",
    "opsoclonus_myoclonus": "opsoclonus-myoclonus syndrome",
    "autoimmune_encephalitis": "possible autoimmune encephalitis",
    "perm": "stiffness, startle and myoclonus (PERM)",
    "myoclonus_dystonia": "myoclonus-dystonia",
    "hyperekplexia": "hyperekplexia (startle with stiffness in a baby)",
    "non_cortical_syndrome": "a recognised syndrome that is not cortical myoclonus",
    "young_onset": "onset in childhood or adolescence",
    # Not inferred by a rule: the safety layer notes it once the engine has raised any red flag.
    "red_flag_raised": "a red flag has been raised",
}
