"""Serializer fields shared by the API's request serializers, and the closed objects."""

from typing import TYPE_CHECKING

from django.core.validators import ProhibitNullCharactersValidator, RegexValidator
from drf_spectacular.extensions import OpenApiSerializerExtension
from rest_framework import serializers

from rules.errors import echo

if TYPE_CHECKING:  # the classes these mixins are mixed into, for the type checker only
    _FieldBase = serializers.Field
    _SerializerBase = serializers.Serializer
else:
    _FieldBase = _SerializerBase = object


class QuotesInputShortly(_FieldBase):
    """A field whose error messages quote the caller's value cut short (rules.errors.echo):
    a 200 KB value must not come back in the 400, nor once per bad item."""

    def fail(self, key, **kwargs):
        if "input" in kwargs:
            kwargs["input"] = echo(kwargs["input"])
        super().fail(key, **kwargs)


class ChoiceField(QuotesInputShortly, serializers.ChoiceField):
    pass


class EnumField(ChoiceField):
    """A ChoiceField whose error names the allowed values, so a 400 says how to fix it."""

    def __init__(self, choices, **kwargs):
        super().__init__(choices, **kwargs)
        allowed = ", ".join(str(choice) for choice in self.choices)
        self.error_messages["invalid_choice"] = f'"{{input}}" is not a valid choice; expected one of: {allowed}.'


# DRF refuses a NUL in any text (PostgreSQL cannot store one) but does not say so in the
# schema; as a regex validator the same rule reaches the schema as a ``pattern``.
NO_NUL = RegexValidator(r"\A[^\x00]*\Z", message="Null characters are not allowed.")


class TextField(serializers.CharField):
    """A JSON string, non-empty, taken as sent: DRF's CharField would also take a number
    (``0`` as ``"0"``) and trim ``" "`` to a blank, accepting what the schema says is not a
    string or refusing what it says is one (``minLength: 1``)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_length", 1)
        kwargs.setdefault("trim_whitespace", False)
        super().__init__(**kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)]
        self.validators.append(NO_NUL)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictBooleanField(serializers.BooleanField):
    """A JSON ``true`` or ``false``, as the schema's ``type: boolean`` says: DRF's would also
    take ``0``, ``1``, ``"yes"`` or ``"off"``."""

    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid", input=echo(data))
        return data


class WholeNumberField(serializers.IntegerField):
    """A JSON integer, as the schema's ``type: integer`` says: DRF's would also take ``"5"``,
    ``5.0`` or ``true``. Every error names the allowed range."""

    def __init__(self, *, min_value: int, max_value: int, **kwargs):
        message = f"Not allowed; expected a whole number from {min_value} to {max_value}."
        kwargs["error_messages"] = dict.fromkeys(("invalid", "min_value", "max_value", "max_string_length"), message)
        super().__init__(min_value=min_value, max_value=max_value, **kwargs)

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class UUIDTextField(serializers.UUIDField):
    """A UUID written as a JSON string, as the schema says (DRF's also takes an integer)."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid", value=echo(data))
        return super().to_internal_value(data)


class ClosedObject(_SerializerBase):
    """A request object that takes only its declared members: any other is a 400 naming it
    (DRF would drop it silently), and the schema says ``additionalProperties: false``
    (ClosedObjectSchema), so what the API accepts is exactly what the schema says."""

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = [key for key in data if key not in self.fields]
            if unknown:
                allowed = ", ".join(self.fields)
                raise serializers.ValidationError(
                    {echo(key): [f"Unknown member; expected only: {allowed}."] for key in unknown}
                )
        return super().to_internal_value(data)


class ClosedObjectSchema(OpenApiSerializerExtension):
    target_class = ClosedObject
    match_subclasses = True

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_serializer(self.target, direction, bypass_extensions=True)
        return {**schema, "additionalProperties": False}
