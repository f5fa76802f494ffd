"""How a rule is written: conditions and conclusions as data.

One declaration gives the experta pattern the engine matches, the plain-words text
the knowledge browser shows, and the conclusions the assessment collects, so the
three cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from experta import AS, NOT, P

from .facts import Answer, Inference
from .questionnaire import QUESTIONS, YES_NO

# Salience bands: clues first, then the patterns built on them, then conclusions,
# then safety checks and fallbacks. Order matters only across bands.
CLUES = 40
PATTERNS = 30
CONCLUSIONS = 20
SAFETY = 10
FALLBACK = 0


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

    def pattern_reference(self, position: int) -> dict[str, Any] | None:
        """Which recognised pattern this condition refers to, if any, for readers of the catalogue."""
        if not self.inference:
            return None
        return {"condition": position, "id": self.inference, "label": PATTERN_LABELS[self.inference],
                "negated": self.negated}

    def pattern(self, binding: str) -> Any:
        pattern: Answer | Inference
        if self.inference:
            pattern = Inference(id=self.inference)
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


def infer(pattern_id: str) -> Then:
    return Then("infer", pattern_id)


def cause(cause_id: str, weight: float, note: str = "") -> Then:
    return Then("cause", cause_id, weight=weight, note=note)


def origin(origin_id: str, weight: float, note: str = "") -> Then:
    return Then("origin", origin_id, weight=weight, note=note)


def consider(condition_id: str) -> Then:
    return Then("condition", condition_id)


def workup(step_id: str, why: str) -> Then:
    return Then("workup", step_id, note=why)


def treat(treatment_id: str, role: str, why: str) -> Then:
    return Then("treatment", treatment_id, role=role, note=why)


def caution(treatment_id: str, why: str) -> Then:
    """A warning about a treatment in the case at hand. It offers nothing: it is shown only
    when another rule offers the treatment, for harms that call for care rather than 'avoid'."""
    return Then("caution", treatment_id, role="caution", note=why)


def red_flag(flag_id: str) -> Then:
    return Then("red_flag", flag_id)


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
    if then.kind in ("cause", "origin"):
        described["weight"] = then.weight
    if then.role:
        described["role"] = then.role
    if then.note:
        described["note"] = then.note
    return described


def rule(id: str, *, when: Iterable[When] = (), then: Iterable[Then] = (), explain: str, sources: Iterable[str],
         salience: int = CONCLUSIONS) -> KBRule:
    return KBRule(
        id=id,
        concern=id.split(".", 1)[0],
        when=tuple(when),
        then=tuple(then),
        explanation=explain,
        sources=tuple(sources),
        salience=salience,
    )


PATTERN_LABELS = {
    "pathological_clue": "a finding that makes physiological jerks unlikely",
    "cortical_pattern": "cortical pattern (action- or stimulus-sensitive, arrhythmic, focal or multifocal)",
    "segmental_pattern": "segmental pattern (rhythmic, persists in sleep)",
    "hiccups": "hiccups",
    "hypnic_jerks": "hypnic jerks",
    "hemifacial_spasm": "hemifacial spasm",
    "functional_pattern": "functional pattern (variable, distractible)",
    "juvenile_myoclonic_epilepsy": "juvenile myoclonic epilepsy",
    "progressive_myoclonus_epilepsy": "progressive myoclonus epilepsy",
    "mitochondrial_disease": "mitochondrial disease",
    "prion_disease": "prion disease",
    "post_hypoxic": "post-hypoxic myoclonus",
    "toxic_metabolic_encephalopathy": "toxic-metabolic encephalopathy",
    "serotonin_toxicity": "serotonin toxicity",
    "spinal_compression": "spinal cord compression",
    "opsoclonus_myoclonus": "opsoclonus-myoclonus syndrome",
    "young_onset": "onset in childhood or adolescence",
}
