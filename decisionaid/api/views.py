"""The /api/v1/ endpoints: one view per URL, one method per operation.

Views only translate HTTP to calls: requests are validated by serializers, the
engine is run and assessments are stored by ``decisionaid.assessments.services``
(the same functions the web wizard calls), and what ``rules`` returns is passed on
unchanged.
"""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, PolymorphicProxySerializer, extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

import rules
from decisionaid.assessments import services
from decisionaid.assessments.models import Assessment
from decisionaid.middleware.server_timing import timed

from . import fhir, fhir_adaptive
from .documents import per_kb_version
from .errors import error_responses
from .examples import (
    ANSWERS_EXAMPLES,
    EXPLAIN_EXAMPLES,
    FHIR_RESPONSE_EXAMPLE,
    INTERVIEW_EXAMPLES,
    INVALID_ANSWERS_EXAMPLE,
    NEXT_QUESTION_EXAMPLE,
)
from .explanations import ExplainRequestSerializer, ExplainSerializer, InterviewRequestSerializer, InterviewSerializer
from .fhir_serializers import FhirQuestionnaireResponseSerializer, FhirQuestionnaireSerializer
from .negotiation import FHIR_JSON, FhirJSONParser, FhirJSONRenderer
from .parsers import JSONParser
from .renderers import JSONRenderer
from .results import ResultSerializer, WorkupYieldSerializer
from .serializers import (
    AnswersRequestSerializer,
    AssessmentSerializer,
    AssessmentSummarySerializer,
    QuestionnaireSerializer,
    RuleListSerializer,
    RuleSerializer,
    SourceListSerializer,
    validated,
)

EXAMPLES = [*ANSWERS_EXAMPLES, INVALID_ANSWERS_EXAMPLE]


def request_answers(data) -> dict:
    """The answers a request body carries: ``{"answers": {...}}``, or a FHIR
    QuestionnaireResponse (recognised by its ``resourceType``)."""
    if isinstance(data, dict) and "resourceType" in data:
        return fhir.answers_from_response(validated(FhirQuestionnaireResponseSerializer, data))
    return validated(AnswersRequestSerializer, data)["answers"]


@extend_schema(tags=["questionnaire"])
class QuestionnaireView(APIView):
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer, FhirJSONRenderer]

    @extend_schema(
        operation_id="questionnaire_retrieve",
        summary="The questionnaire: sections, questions, choices, help texts, HPO codes",
        parameters=[
            OpenApiParameter(
                "format",
                enum=["json", "fhir"],
                required=False,
                description="`fhir` returns a FHIR R4 Questionnaire (as does `Accept: application/fhir+json`).",
            )
        ],
        responses={
            (200, "application/json"): QuestionnaireSerializer,
            (200, FHIR_JSON): FhirQuestionnaireSerializer,
            **error_responses(400, 429),
        },
    )
    def get(self, request):
        """The same document for every caller: rendered once per knowledge-base version, format and indent."""
        renderer, media_type = request.accepted_renderer, request.accepted_media_type
        fhir_wanted = renderer.format == FhirJSONRenderer.format
        indent = renderer.get_indent(media_type, self.get_renderer_context())
        content = per_kb_version(
            f"questionnaire:{renderer.format}:{indent}",
            lambda: renderer.render(fhir.questionnaire() if fhir_wanted else rules.questionnaire_as_dict(), media_type),
        )
        return HttpResponse(content, content_type=renderer.media_type)


@extend_schema(tags=["interview"])
class InterviewView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="interview",
        summary="The next best questions, whether to stop, and the result so far",
        description="Stateless, like a diagnosis call of an interview API: send the answers so far "
        '(a question answered "unknown" was asked and is not asked again) and get the unasked '
        "questions that could change the result, best first, each with the answers that would "
        "change it and why (by rule), `should_stop` (with the exact `stop_rule`), and the result "
        "for the answers so far. Every forecast is the engine's own conclusion. Educational use only.",
        request=InterviewRequestSerializer,
        responses={200: InterviewSerializer, **error_responses(400, 429)},
        examples=[*INTERVIEW_EXAMPLES, INVALID_ANSWERS_EXAMPLE],
    )
    def post(self, request):
        return Response(services.interview(**validated(InterviewRequestSerializer, request.data)))


@extend_schema(tags=["interview"])
class NextQuestionView(APIView):
    permission_classes = [AllowAny]
    parser_classes = [JSONParser, FhirJSONParser]
    renderer_classes = [JSONRenderer, FhirJSONRenderer]

    @extend_schema(
        operation_id="fhir_next_question",
        summary="FHIR SDC adaptive form: the QuestionnaireResponse with the next question added",
        description="SDC's `Questionnaire/$next-question`: send the QuestionnaireResponse so far (its "
        "contained Questionnaire holds the questions asked; an item without an answer was asked and "
        "skipped; the first call may hold no item at all) and get it back with the next best question "
        "added to the contained Questionnaire, with why it is asked as a display item, and an empty "
        "item for it; or with `status: completed` when the interview's stop rule holds. Items and codes "
        "are those of `GET questionnaire?format=fhir`. Educational use only.",
        request={
            "application/json": FhirQuestionnaireResponseSerializer,
            FHIR_JSON: FhirQuestionnaireResponseSerializer,
        },
        responses={
            (200, "application/json"): FhirQuestionnaireResponseSerializer,
            (200, FHIR_JSON): FhirQuestionnaireResponseSerializer,
            **error_responses(400, 429),
        },
        examples=[NEXT_QUESTION_EXAMPLE],
    )
    def post(self, request):
        response = validated(FhirQuestionnaireResponseSerializer, request.data)
        with timed("engine"):
            return Response(fhir_adaptive.next_question({**request.data, **response}))


@extend_schema(tags=["interview"])
class ExplainView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="explain",
        summary="Why not a hypothesis, and what would change the answer",
        description="`why_not` (optional): for a cause, site of origin or named condition, every "
        "rule that would support it, which of its conditions hold, the answers that would make "
        "each rule that has not fired fire (near misses, each run and shown to work), and the "
        "findings against it. `what_would_change` (default true): the smallest sets of changed "
        "answers, single changes then pairs, that change the leading cause or site of origin, "
        "raise or clear a red flag, or turn an offered drug into one to avoid, each run and shown "
        "with its effects. Educational use only.",
        request=ExplainRequestSerializer,
        responses={200: ExplainSerializer, **error_responses(400, 429)},
        examples=[*EXPLAIN_EXAMPLES, INVALID_ANSWERS_EXAMPLE],
    )
    def post(self, request):
        return Response(services.explain(**validated(ExplainRequestSerializer, request.data)))


@extend_schema(tags=["evaluate"])
class EvaluateView(APIView):
    permission_classes = [AllowAny]
    parser_classes = [JSONParser, FhirJSONParser]

    @extend_schema(
        operation_id="evaluate",
        summary="Assess answers without storing anything",
        description="Returns the result contract (causes, origins, workup, treatments, red flags, trace), "
        'exactly what `rules.assess(answers)` gives. The body is `{"answers": {...}}` or a FHIR R4 '
        "QuestionnaireResponse to the questionnaire of `GET /api/v1/questionnaire?format=fhir`. "
        "Educational use only.",
        request={
            "application/json": PolymorphicProxySerializer(
                component_name="EvaluateRequest",
                serializers=[AnswersRequestSerializer, FhirQuestionnaireResponseSerializer],
                resource_type_field_name=None,
            ),
            FHIR_JSON: FhirQuestionnaireResponseSerializer,
        },
        responses={200: ResultSerializer, **error_responses(400, 429)},
        examples=[*EXAMPLES, FHIR_RESPONSE_EXAMPLE],
    )
    def post(self, request):
        return Response(services.evaluate(answers=request_answers(request.data)))


class AssessmentPagination(LimitOffsetPagination):
    """DRF's limit/offset paging, strict: a limit or offset that is not a whole number in
    range is a 400 naming it (DRF would silently use its default or cap it)."""

    default_limit = 50
    max_limit = 200

    def get_limit(self, request):
        return self._number(request, self.limit_query_param, default=self.default_limit, low=1, high=self.max_limit)

    def get_offset(self, request):
        return self._number(request, self.offset_query_param, default=0, low=0)

    @staticmethod
    def _number(request, name, *, default, low, high=None):
        values = request.query_params.getlist(name)
        if not values:
            return default
        bounds = f"from {low} to {high}" if high is not None else f"from {low}"
        if len(values) == 1 and values[0].isascii() and values[0].isdigit():
            number = int(values[0])
            if number >= low and (high is None or number <= high):
                return number
        raise ValidationError({name: [f"Expected one whole number {bounds}."]})

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.limit_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_limit)
            elif parameter["name"] == self.offset_query_param:
                parameter["schema"].update(minimum=0)
        return parameters


@extend_schema(tags=["assessments"])
class AssessmentListView(APIView):
    permission_classes = [IsAuthenticated]
    pagination_class = AssessmentPagination

    @extend_schema(
        operation_id="assessments_list",
        summary="Your own assessments, newest first (without their results)",
        responses={200: AssessmentSummarySerializer(many=True), **error_responses(400, 401, 403, 429)},
    )
    def get(self, request):
        paginator = self.pagination_class()
        page: list[Assessment] | None = paginator.paginate_queryset(
            Assessment.objects.owned_by(request.user).defer("result"), request, self
        )
        return paginator.get_paginated_response(AssessmentSummarySerializer(page, many=True).data)

    @extend_schema(
        operation_id="assessments_create",
        summary="Store an assessment of these answers",
        request=AnswersRequestSerializer,
        responses={201: AssessmentSerializer, **error_responses(400, 401, 403, 429)},
        examples=EXAMPLES,
    )
    def post(self, request):
        assessment = services.assessment_create(
            answers=validated(AnswersRequestSerializer, request.data)["answers"],
            owner=request.user,
            channel=Assessment.Channel.API,
        )
        location = reverse("api:assessment-detail", kwargs={"pk": assessment.pk})
        return Response(
            AssessmentSerializer(assessment).data, status=status.HTTP_201_CREATED, headers={"Location": location}
        )


class _OwnAssessmentView(APIView):
    permission_classes = [IsAuthenticated]

    def get_object(self, pk) -> Assessment:
        """Another caller's assessment is a 404, not a 403: its existence is not disclosed."""
        return get_object_or_404(Assessment.objects.owned_by(self.request.user), pk=pk)


@extend_schema(tags=["assessments"])
class AssessmentDetailView(_OwnAssessmentView):
    @extend_schema(
        operation_id="assessments_retrieve",
        summary="One of your assessments, with its result",
        responses={200: AssessmentSerializer, **error_responses(401, 403, 404, 429)},
    )
    def get(self, request, pk):
        return Response(AssessmentSerializer(self.get_object(pk)).data)

    @extend_schema(
        operation_id="assessments_partial_update",
        summary="Change answers and re-evaluate",
        description='Answers given are merged into the stored ones; one given as `null` or "unknown" '
        "is cleared. The result is recomputed with the current knowledge base.",
        request=AnswersRequestSerializer,
        responses={200: AssessmentSerializer, **error_responses(400, 401, 403, 404, 429)},
        examples=EXAMPLES,
    )
    def patch(self, request, pk):
        assessment = self.get_object(pk)
        answers = validated(AnswersRequestSerializer, request.data, partial=True).get("answers", {})
        assessment = services.assessment_record_answers(assessment=assessment, answers=answers, complete=True)
        return Response(AssessmentSerializer(assessment).data)


@extend_schema(tags=["assessments"])
class AssessmentWorkupYieldView(_OwnAssessmentView):
    @extend_schema(
        operation_id="assessments_workup_yield",
        summary="What each recommended test would tell",
        description="For each workup step of the assessment's result, every possible result of the "
        "questions that record it, and the leading site of origin, cause and named condition the "
        "engine gives once that result is entered (the current knowledge base, run on the stored "
        "answers; nothing is stored). Educational use only.",
        responses={200: WorkupYieldSerializer, **error_responses(401, 403, 404, 429)},
    )
    def get(self, request, pk):
        return Response(services.workup_yield(assessment=self.get_object(pk)))


class _CatalogueListView(APIView):
    """One part of the knowledge base catalogue, with the version it belongs to."""

    permission_classes = [AllowAny]
    part = ""

    def get(self, request):
        catalogue = rules.catalogue()
        return Response({"kb_version": catalogue["kb_version"], self.part: catalogue[self.part]})


@extend_schema_view(
    get=extend_schema(
        operation_id="rules_list",
        summary="Every rule of the knowledge base",
        responses={200: RuleListSerializer, **error_responses(429)},
    )
)
@extend_schema(tags=["knowledge"])
class RuleListView(_CatalogueListView):
    part = "rules"


@extend_schema(tags=["knowledge"])
class RuleDetailView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="rules_retrieve",
        summary="One rule: its conditions, conclusions, explanation and sources",
        responses={200: RuleSerializer, **error_responses(404, 429)},
    )
    def get(self, request, rule_id):
        for rule in rules.catalogue()["rules"]:
            if rule["id"] == rule_id:
                return Response(rule)
        raise NotFound(f"No rule with id {rule_id!r}.")


@extend_schema_view(
    get=extend_schema(
        operation_id="sources_list",
        summary="The sources the rules cite",
        responses={200: SourceListSerializer, **error_responses(429)},
    )
)
@extend_schema(tags=["knowledge"])
class SourceListView(_CatalogueListView):
    part = "sources"
