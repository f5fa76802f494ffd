"""CDS Hooks discovery and the myoclonus-ddx service.

Open to anonymous callers, without sessions: an EHR calls server to server, and the
browser-based sandboxes listed in DJANGO_CDS_HOOKS_ALLOWED_ORIGINS may call through CORS
(settings). Nothing here reads or stores patient data. Requests are throttled like the API.
"""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import status
from rest_framework.exceptions import APIException, NotFound
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from decisionaid.assessments import services
from rules.reference_answers import POST_HYPOXIC

from ..errors import error_responses
from ..fhir import questionnaire_response
from ..serializers import validated
from .cards import cards
from .serializers import CardsSerializer, CdsDiscoverySerializer, HookRequestSerializer
from .service import SERVICE

HOOK_EXAMPLES = [
    OpenApiExample(
        "Findings in context.answers",
        value={
            "hook": SERVICE["hook"],
            "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
            "context": {"userId": "Practitioner/teacher", "patientId": "teaching-case-1", "answers": POST_HYPOXIC},
        },
        request_only=True,
    ),
    OpenApiExample(
        "Findings in a prefetched QuestionnaireResponse",
        value={
            "hook": SERVICE["hook"],
            "hookInstance": "5b0e6a8e-2f7c-4a51-9a52-0d6f3f1f8f3c",
            "context": {"userId": "Practitioner/teacher", "patientId": "teaching-case-1"},
            "prefetch": {"questionnaireResponse": questionnaire_response(POST_HYPOXIC)},
        },
        request_only=True,
    ),
]


class NoFindings(APIException):
    """CDS Hooks' answer when the service cannot get the data it needs."""

    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "No findings: send context.answers or prefetch.questionnaireResponse."


class _OpenToSandboxes(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]


@extend_schema(tags=["cds-hooks"])
class DiscoveryView(_OpenToSandboxes):
    @extend_schema(
        operation_id="cds_services_discovery",
        summary="CDS Hooks discovery",
        responses={200: CdsDiscoverySerializer, **error_responses(429)},
    )
    def get(self, request):
        return Response({"services": [SERVICE]})


@extend_schema(tags=["cds-hooks"])
class ServiceView(_OpenToSandboxes):
    @extend_schema(
        operation_id="cds_service_call",
        summary="Cards for the findings of a hook request",
        description="Red flags are `critical` cards, treatments to avoid `warning` cards, the leading "
        "differential an `info` card. Educational use only.",
        request=HookRequestSerializer,
        responses={200: CardsSerializer, **error_responses(400, 404, 412, 429)},
        examples=HOOK_EXAMPLES,
    )
    def post(self, request, service_id):
        if service_id != SERVICE["id"]:
            raise NotFound(f"No CDS service {service_id!r}; see /cds-services.")
        hook = validated(HookRequestSerializer, request.data)
        answers = hook["context"].get("answers")
        if answers is None:
            answers = hook.get("prefetch", {}).get("questionnaireResponse")
        if answers is None:
            raise NoFindings()
        result = services.evaluate(answers=answers)
        return Response({"cards": cards(result, request.build_absolute_uri)})
