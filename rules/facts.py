"""The experta fact types. Only findings and intermediate inferences are facts;
conclusions are collected from the fired rules, so they never feed back into matching."""

from __future__ import annotations

from typing import TypeVar

from experta import Fact, Field

F = TypeVar("F", bound=Fact)


class Answer(Fact):
    """One answered value: a multi-choice question gives one fact per chosen value."""

    question = Field(str, mandatory=True)
    value = Field(str, mandatory=True)
    key = Field(str, mandatory=True)  # "question=value": one field a rule can test against many pairs


def answer_key(question: str, value: str) -> str:
    return f"{question}={value}"


class Inference(Fact):
    """An intermediate conclusion (a clinical pattern) that other rules build on."""

    id = Field(str, mandatory=True)


def checked_fact(kind: type[F], **fields: str) -> F:
    """A fact of ``kind`` holding ``fields``, built without experta's per-field checks.

    For facts made from answers ``validate_answers`` has already checked, and from rule
    targets the rulebook checked at import: every field is a plain string, which experta
    would freeze and validate against the same schema again on every run.
    """
    fact = dict.__new__(kind)
    dict.update(fact, fields)
    fact.__dict__["_Fact__defaults"] = {}  # what Fact.__init__ sets beside the fields
    return fact
