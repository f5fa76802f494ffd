"""The FHIR R4 resources the API reads and writes, as far as it uses them.

A QuestionnaireResponse is validated for shape here (400s name the bad element); what
its answers mean is left to the questionnaire's own validation. The Questionnaire
serializers only document the resource ``GET questionnaire?format=fhir`` returns.
Field names are FHIR's own element names, camelCase included.
"""

from drf_spectacular.extensions import OpenApiSerializerExtension
from rest_framework import serializers

from .fhir import QUESTIONNAIRE_URL
from .fhir_schema import item_schema
from .fields import ClosedObject, EnumField, StrictBooleanField, TextField

RESPONSE_STATUSES = ["in-progress", "completed", "amended", "entered-in-error", "stopped"]
ANSWER_TYPES = ("valueCoding", "valueBoolean", "valueString")


class FhirCodingSerializer(serializers.Serializer):
    system = TextField(required=False)
    code = TextField()
    display = TextField(required=False)


class FhirAnswerSerializer(serializers.Serializer):
    """One answer: a choice as ``valueCoding`` (code = choice id), a yes/no question as
    ``valueBoolean``, or a choice id as ``valueString``."""

    valueCoding = FhirCodingSerializer(required=False)
    valueBoolean = StrictBooleanField(required=False)
    valueString = TextField(required=False)

    def validate(self, attrs):
        if len(attrs) != 1:
            raise serializers.ValidationError(f"Give exactly one of: {', '.join(ANSWER_TYPES)}.")
        return attrs


class FhirResponseItemSerializer(serializers.Serializer):
    linkId = TextField(help_text="A question id of GET /api/v1/questionnaire.")
    text = TextField(required=False)
    answer = FhirAnswerSerializer(many=True, required=False)


class FhirResponseItemSchema(OpenApiSerializerExtension):
    """Says per question which answers an item may carry, as the questionnaire's validation does."""

    target_class = "decisionaid.api.fhir_serializers.FhirResponseItemSerializer"

    def map_serializer(self, auto_schema, direction):
        return item_schema(text=_text_schema(auto_schema, direction))


class FhirResponseGroupSchema(OpenApiSerializerExtension):
    """A top-level item: an item as above, with the items a group holds."""

    target_class = "decisionaid.api.fhir_serializers.FhirResponseGroupSerializer"

    def map_serializer(self, auto_schema, direction):
        nested = auto_schema.resolve_serializer(FhirResponseItemSerializer, direction).ref
        return item_schema(text=_text_schema(auto_schema, direction), nested_items=nested)


def _text_schema(auto_schema, direction) -> dict:
    """A TextField as the schema states it (taken from a serializer that has one)."""
    return auto_schema._map_serializer(FhirCodingSerializer, direction, bypass_extensions=True)["properties"]["display"]


class FhirResponseGroupSerializer(FhirResponseItemSerializer):
    """A top-level item: a section group holding question items, or a question itself."""

    item = FhirResponseItemSerializer(many=True, required=False)

    def validate(self, attrs):
        if attrs.get("answer") and any(nested.get("answer") for nested in attrs.get("item", [])):
            raise serializers.ValidationError(
                {
                    "item": "An answered question holds no answered items (the questionnaire has no child "
                    "questions): put each answered question in a group, an item with no answer of its own."
                }
            )
        return attrs


# FHIR R4 QuestionnaireResponse's other elements: accepted as any resource may carry them,
# and not read (the findings are in ``item``).
OTHER_ELEMENTS = (
    "id",
    "meta",
    "implicitRules",
    "language",
    "text",
    "contained",
    "extension",
    "modifierExtension",
    "identifier",
    "basedOn",
    "partOf",
    "subject",
    "encounter",
    "authored",
    "author",
    "source",
)


class FhirQuestionnaireResponseSerializer(ClosedObject, serializers.Serializer):
    resourceType = EnumField(choices=["QuestionnaireResponse"])
    status = EnumField(choices=RESPONSE_STATUSES)
    questionnaire = TextField(required=False, help_text=f"Canonical URL: {QUESTIONNAIRE_URL}")
    item = FhirResponseGroupSerializer(many=True, required=False)

    def get_fields(self):
        other = {
            name: serializers.JSONField(required=False, allow_null=True, help_text="A FHIR element, not read.")
            for name in OTHER_ELEMENTS
        }
        return {**super().get_fields(), **other}


class FhirQuestionnaireItemSerializer(serializers.Serializer):
    linkId = serializers.CharField(help_text="Section id (groups) or question id.")
    text = serializers.CharField()
    type = EnumField(choices=["group", "choice", "boolean", "display"])
    repeats = serializers.BooleanField(required=False)
    code = FhirCodingSerializer(many=True, required=False, help_text="HPO code of the finding.")
    answerOption = serializers.ListField(child=serializers.DictField(), required=False)
    item = serializers.ListField(child=serializers.DictField(), required=False, help_text="Nested items.")


class FhirQuestionnaireSerializer(serializers.Serializer):
    resourceType = EnumField(choices=["Questionnaire"])
    id = serializers.CharField()
    url = serializers.CharField()
    version = serializers.CharField(help_text="The knowledge base version.")
    name = serializers.CharField()
    title = serializers.CharField()
    status = serializers.CharField()
    experimental = serializers.BooleanField()
    subjectType = serializers.ListField(child=serializers.CharField())
    description = serializers.CharField()
    item = FhirQuestionnaireItemSerializer(many=True)
