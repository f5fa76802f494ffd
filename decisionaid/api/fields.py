"""Serializer fields shared by the API's request serializers."""

from rest_framework import serializers

from rules.errors import echo


class QuotesInputShortly:
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
