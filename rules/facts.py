"""The experta fact types. Only findings and intermediate inferences are facts;
conclusions are collected from the fired rules, so they never feed back into matching."""

from experta import Fact, Field


class Answer(Fact):
    """One answered value: a multi-choice question gives one fact per chosen value."""

    question = Field(str, mandatory=True)
    value = Field(str, mandatory=True)


class Inference(Fact):
    """An intermediate conclusion (a clinical pattern) that other rules build on."""

    id = Field(str, mandatory=True)
