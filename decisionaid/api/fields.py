"""Serializer fields shared by the API's request serializers."""

from rest_framework import serializers


class EnumField(serializers.ChoiceField):
    """A ChoiceField whose error names the allowed values, so a 400 says how to fix it."""

    def __init__(self, choices, **kwargs):
        super().__init__(choices, **kwargs)
        allowed = ", ".join(str(choice) for choice in self.choices)
        self.error_messages["invalid_choice"] = f'"{{input}}" is not a valid choice; expected one of: {allowed}.'
