"""Hook requests (validated), and the discovery document and cards (documented).

A prefetched QuestionnaireResponse may come as the resource itself or as the searchset
Bundle its prefetch query returns; the first QuestionnaireResponse in it counts.
"""

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from ..answers import AnswersField
from ..fhir import answers_from_response
from ..fhir_serializers import FhirQuestionnaireResponseSerializer
from ..fields import ClosedObject, EnumField, TextField, UUIDTextField
from ..serializers import validated
from .service import SERVICE


@extend_schema_field(
    {
        "description": "Any FHIR resource; one that is a QuestionnaireResponse must be a valid one.",
        "anyOf": [
            {"$ref": "#/components/schemas/FhirQuestionnaireResponse"},
            {"type": "object", "properties": {"resourceType": {"not": {"enum": ["QuestionnaireResponse"]}}}},
        ],
    }
)
class BundledResourceField(serializers.DictField):
    """A resource in a prefetched Bundle, described as the API reads it."""


class FhirBundleEntrySerializer(serializers.Serializer):
    resource = BundledResourceField()


class FhirBundleSerializer(serializers.Serializer):
    resourceType = EnumField(choices=["Bundle"])
    type = TextField(required=False)
    entry = FhirBundleEntrySerializer(many=True, required=False)


@extend_schema_field(
    PolymorphicProxySerializer(
        component_name="PrefetchedQuestionnaireResponse",
        serializers=[FhirQuestionnaireResponseSerializer, FhirBundleSerializer],
        resource_type_field_name=None,
    )
)
class PrefetchedResponseField(serializers.JSONField):
    """Reads to the answers of the QuestionnaireResponse, or None when there is none."""

    def to_internal_value(self, data):
        """A Bundle's QuestionnaireResponses are each checked (the schema says each must be
        valid); the first gives the answers."""
        if isinstance(data, dict) and data.get("resourceType") == "Bundle":
            bundle = validated(FhirBundleSerializer, data)
            resources = [entry["resource"] for entry in bundle.get("entry", [])]
            answers = [_answers(r) for r in resources if r.get("resourceType") == "QuestionnaireResponse"]
            return answers[0] if answers else None
        return _answers(data)


def _answers(resource) -> dict:
    return answers_from_response(validated(FhirQuestionnaireResponseSerializer, resource))


class HookContextSerializer(serializers.Serializer):
    userId = TextField(required=False)
    patientId = TextField(required=False)
    encounterId = TextField(required=False)
    answers = AnswersField(required=False, help_text="The findings, as the answers object of /api/v1/evaluate.")


class HookPrefetchSerializer(serializers.Serializer):
    questionnaireResponse = PrefetchedResponseField(required=False, allow_null=True)


class HookRequestSerializer(ClosedObject, serializers.Serializer):
    """The members of a CDS Hooks 2.0 request, ``extension`` included; no others."""

    hook = EnumField(choices=[SERVICE["hook"]])
    hookInstance = UUIDTextField()
    fhirServer = serializers.URLField(required=False)
    fhirAuthorization = serializers.DictField(required=False, allow_null=True)
    context = HookContextSerializer()  # type: ignore[assignment]
    prefetch = HookPrefetchSerializer(required=False)
    extension = serializers.DictField(required=False, help_text="CDS Hooks extensions, not read.")


class CdsServiceSerializer(serializers.Serializer):
    hook = serializers.CharField()
    id = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField()
    prefetch = serializers.DictField(child=serializers.CharField())
    usageRequirements = serializers.CharField()


class CdsDiscoverySerializer(serializers.Serializer):
    services = CdsServiceSerializer(many=True)


class CardSourceSerializer(serializers.Serializer):
    label = serializers.CharField()  # type: ignore[assignment]
    url = serializers.URLField()


class CardLinkSerializer(serializers.Serializer):
    label = serializers.CharField()  # type: ignore[assignment]
    url = serializers.URLField()
    type = EnumField(choices=["absolute", "smart"])


class CardSerializer(serializers.Serializer):
    summary = serializers.CharField(max_length=139)
    indicator = EnumField(choices=["info", "warning", "critical"])
    detail = serializers.CharField(help_text="Markdown: the reasoning, rule by rule, and the disclaimer.")
    source = CardSourceSerializer()  # type: ignore[assignment]
    links = CardLinkSerializer(many=True)


class CardsSerializer(serializers.Serializer):
    cards = CardSerializer(many=True)
