"""The answers object, generated from the questionnaire.

One field per question in ``rules.QUESTIONS``, its enum the question's choice ids plus
``unknown``, so the API's validation, its OpenAPI schema and the questionnaire cannot
drift apart: a question added to ``rules`` appears here with no change to this module.
Every error message spells out the allowed values, because a teaching tool's developer
should be able to fix a request from the 400 alone.
"""

from __future__ import annotations

import copy

from drf_spectacular.extensions import OpenApiSerializerExtension
from rest_framework import serializers

import rules
from rules.errors import echo

from .fields import ChoiceField, QuotesInputShortly


class ChoiceListField(QuotesInputShortly, serializers.MultipleChoiceField):
    """A ``many`` answer: a list of choice ids, kept a list in the questionnaire's order
    (DRF's MultipleChoiceField returns a set, whose order would vary between runs).
    Only a JSON array is a list: DRF's field would take an object's keys as the choices."""

    def to_internal_value(self, data):
        if not isinstance(data, list):
            self.fail("not_a_list", input_type=type(data).__name__)
        chosen = super().to_internal_value(data)
        return [choice for choice in self.choices if choice in chosen]


def _choices(question) -> list[tuple[str, str]]:
    return [(choice.id, choice.label) for choice in question.choices] + [(rules.UNKNOWN, "Unknown")]


def _field(question) -> serializers.Field:
    expected = f"expected {question.allowed_text()}."
    options = {
        "choices": _choices(question),
        "required": False,
        "allow_null": True,
        "label": question.label,
        "help_text": f"{question.label} {question.why}",
    }
    if question.kind == "many":
        return ChoiceListField(
            allow_empty=True,
            error_messages={
                "invalid_choice": f'"{{input}}" is not a valid choice; {expected}',
                "not_a_list": f'Expected a list but got type "{{input_type}}"; {expected}',
            },
            **options,
        )
    return ChoiceField(
        error_messages={"invalid_choice": f'"{{input}}" is not a valid choice; {expected}'},
        **options,
    )


# Every yes/no question offers the same choices: one enum in the schema (ENUM_NAME_OVERRIDES).
YES_NO_CHOICES = next(_choices(q) for q in rules.QUESTIONS.values() if q.kind == "yes_no")


class _QuestionnaireAnswers(serializers.Serializer):
    """Rejects question ids the questionnaire does not know: DRF would drop them silently,
    and a misspelt question must not quietly count as "unknown"."""

    def get_fields(self):
        # DRF deep-copies the declared fields for every instance, which for one choice field
        # per question costs more than a quarter of an evaluation. Until bound, a field holds
        # nothing a request changes, so a shallow copy is as safe and far cheaper.
        return {name: copy.copy(field) for name, field in self._declared_fields.items()}

    def to_internal_value(self, data):
        plain = self._plainly_valid(data)
        if plain is not None:
            return plain
        allowed = ", ".join(self.fields)
        unknown = [f"Unknown question; allowed questions: {allowed}."]
        errors = {echo(key): unknown for key in (data if isinstance(data, dict) else ()) if key not in self.fields}
        try:
            answers = super().to_internal_value(data)
        except serializers.ValidationError as error:
            errors = {**error.detail, **errors}
        if errors:
            raise serializers.ValidationError(errors)
        return answers

    def run_validators(self, value):
        # DRF builds every field here to look for read-only defaults; there are none, and
        # only validators spanning several questions would need running.
        if self.validators:
            super().run_validators(value)

    def _plainly_valid(self, data) -> dict | None:
        """What the fields return for answers that are all plainly valid (null, a choice id,
        or for a many question a list of choice ids), worked out without binding and running
        a field per question (about a tenth of an evaluation's time).
        Anything else gives None, and the fields validate it and word the errors."""
        declared = self._declared_fields
        if not isinstance(data, dict) or not data.keys() <= declared.keys():
            return None
        answers = {}
        for name, field in declared.items():
            if name not in data:
                continue
            value = data[name]
            if value is None:
                answers[name] = None
            elif isinstance(field, ChoiceListField):
                if not isinstance(value, list) or not all(isinstance(v, str) and v in field.choices for v in value):
                    return None
                answers[name] = [choice for choice in field.choices if choice in value]
            elif isinstance(value, str) and value in field.choices:
                answers[name] = value
            else:
                return None
        return answers


AnswersSerializer = type(
    "AnswersSerializer",
    (_QuestionnaireAnswers,),
    {
        "__doc__": "Findings keyed by question id; a question left out, null or \"unknown\" asserts nothing.",
        "__module__": __name__,
        **{question.id: _field(question) for question in rules.QUESTIONS.values()},
    },
)


class AnswersSchema(OpenApiSerializerExtension):
    """Declares ``additionalProperties: false``, so the schema says what the serializer enforces."""

    target_class = AnswersSerializer

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_serializer(self.target, direction, bypass_extensions=True)
        for prop in schema["properties"].values():
            # A many answer may be null as a whole, never as an item (drf-spectacular puts
            # the field's null into its items' enum too).
            items = prop.get("items", {})
            if None in items.get("enum", ()):
                prop["items"] = {**items, "enum": [choice for choice in items["enum"] if choice is not None]}
        return {**schema, "additionalProperties": False}
