"""The experta fact types. Only findings and intermediate inferences are facts;
conclusions are collected from the fired rules, so they never feed back into matching."""

from experta import Fact, Field


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
