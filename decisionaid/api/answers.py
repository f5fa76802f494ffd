"""The answers object: validated by the questionnaire itself, described from it.

``AnswersField`` is the only check of answers in the API: it calls
``rules.validate_answers`` and turns ``rules.InvalidAnswers`` into field errors, so the
API, the web wizard, the CLI and the engine accept exactly the same answers and word
the same messages (each naming the allowed values).

``AnswersSerializer`` only describes the object for the OpenAPI schema: one property per
question in ``rules.QUESTIONS``, its enum the question's choice ids plus ``unknown``. A
question added to ``rules`` appears in both with no change to this module.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

import rules
from rules.questionnaire import MANY, NONE, YES_NO, Question


def _choices(question: Question) -> list[tuple[str, str]]:
    return [(choice.id, choice.label) for choice in question.choices] + [(rules.UNKNOWN, "Unknown")]


def _described(question: Question) -> serializers.Field:
    field_class = serializers.MultipleChoiceField if question.kind == MANY else serializers.ChoiceField
    return field_class(
        choices=_choices(question),
        required=False,
        allow_null=True,
        label=question.label,
        help_text=f"{question.label} {question.why}",
    )


# Every yes/no question offers the same choices: one enum in the schema (ENUM_NAME_OVERRIDES).
YES_NO_CHOICES = next(_choices(q) for q in rules.QUESTIONS.values() if q.kind == YES_NO)

AnswersSerializer = type(
    "AnswersSerializer",
    (serializers.Serializer,),
    {
        "__doc__": 'Findings keyed by question id; a question left out, null or "unknown" asserts nothing.',
        "__module__": __name__,
        **{question.id: _described(question) for question in rules.QUESTIONS.values()},
    },
)


class AnswersSchema(OpenApiSerializerExtension):
    """Declares ``additionalProperties: false``, so the schema says what the validation enforces."""

    target_class = AnswersSerializer

    def map_serializer(self, auto_schema: Any, direction: str) -> dict[str, Any]:
        schema = auto_schema._map_serializer(self.target, direction, bypass_extensions=True)
        for prop in schema["properties"].values():
            # A many answer may be null as a whole, never as an item (drf-spectacular puts
            # the field's null into its items' enum too).
            items = prop.get("items", {})
            if None in items.get("enum", ()):
                prop["items"] = {**items, "enum": [choice for choice in items["enum"] if choice is not None]}
            if NONE in prop.get("items", {}).get("enum", ()):
                _none_stands_alone(prop)
        return {**schema, "additionalProperties": False}


def _none_stands_alone(prop: dict[str, Any]) -> None:
    """A many answer that names "none" names nothing else (but "unknown"), as validation says."""
    choices = prop["items"]["enum"]  # kept as it is: the schema's named enum stays as it was
    prop["anyOf"] = [
        {"items": {"enum": [c for c in choices if c != NONE]}},
        {"items": {"enum": [NONE, rules.UNKNOWN]}},
    ]


@extend_schema_field(AnswersSerializer)
class AnswersField(serializers.Field):
    """An answers object, checked by ``rules.validate_answers``.

    Reads to the canonical answers, keeping each question the request cleared (``null``,
    ``"unknown"``) as ``None``, so a partial update can tell "cleared" from "not
    mentioned". Stored answers are written out as saved (already canonical).
    """

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        try:
            canonical = rules.validate_answers(data)
        except rules.InvalidAnswers as invalid:
            if not isinstance(data, dict):  # the object itself is wrong, not one of its answers
                raise serializers.ValidationError(list(invalid.errors.values())) from invalid
            raise serializers.ValidationError(invalid.errors) from invalid
        return {question: canonical.get(question) for question in rules.QUESTIONS if question in data}

    def to_representation(self, value: dict[str, Any]) -> dict[str, Any]:
        return value
