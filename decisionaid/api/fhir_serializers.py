"""The FHIR R4 resources the API reads and writes, as far as it uses them.

A QuestionnaireResponse is validated for shape here (400s name the bad element); what
its answers mean is left to the questionnaire's own validation. The Questionnaire
serializers only document the resource ``GET questionnaire?format=fhir`` returns.
Field names are FHIR's own element names, camelCase included.
"""

from rest_framework import serializers

from .fhir import QUESTIONNAIRE_URL
from .fields import EnumField

RESPONSE_STATUSES = ["in-progress", "completed", "amended", "entered-in-error", "stopped"]
ANSWER_TYPES = ("valueCoding", "valueBoolean", "valueString")


class FhirCodingSerializer(serializers.Serializer):
    system = serializers.CharField(required=False)
    code = serializers.CharField()
    display = serializers.CharField(required=False)


class FhirAnswerSerializer(serializers.Serializer):
    """One answer: a choice as ``valueCoding`` (code = choice id), a yes/no question as
    ``valueBoolean``, or a choice id as ``valueString``."""

    valueCoding = FhirCodingSerializer(required=False)
    valueBoolean = serializers.BooleanField(required=False)
    valueString = serializers.CharField(required=False)

    def validate(self, attrs):
        if len(attrs) != 1:
            raise serializers.ValidationError(f"Give exactly one of: {', '.join(ANSWER_TYPES)}.")
        return attrs


class FhirResponseItemSerializer(serializers.Serializer):
    linkId = serializers.CharField(help_text="A question id of GET /api/v1/questionnaire.")
    text = serializers.CharField(required=False)
    answer = FhirAnswerSerializer(many=True, required=False)


class FhirResponseGroupSerializer(FhirResponseItemSerializer):
    """A top-level item: a section group holding question items, or a question itself."""

    item = FhirResponseItemSerializer(many=True, required=False)


class FhirQuestionnaireResponseSerializer(serializers.Serializer):
    resourceType = EnumField(choices=["QuestionnaireResponse"])
    status = EnumField(choices=RESPONSE_STATUSES)
    questionnaire = serializers.CharField(required=False, help_text=f"Canonical URL: {QUESTIONNAIRE_URL}")
    item = FhirResponseGroupSerializer(many=True, required=False)


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
