"""The case endpoints of /api/v1/, so a teaching tool can run a walkthrough without the
web pages: list the cases, reveal a case's stages one at a time, submit an attempt.

The key is never in a case's description; it comes back only in the feedback to an
attempt. Views translate HTTP to ``services`` calls, as the web pages do.
"""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from decisionaid.cases import rubric, services
from decisionaid.cases.feedback import attempt_feedback
from decisionaid.cases.models import Case

from ..errors import error_responses
from ..serializers import validated
from .serializers import (
    AttemptRequestSerializer,
    AttemptResponseSerializer,
    CaseDetailSerializer,
    CaseListSerializer,
    CaseSummarySerializer,
    StageQuerySerializer,
    StageSerializer,
)

ATTEMPT_EXAMPLE = OpenApiExample(
    "A committed differential",
    value={
        "top_causes": ["hereditary", "toxic", "metabolic"],
        "origin": "cortical_subcortical",
        "offered": ["levetiracetam"],
        "avoided": ["phenytoin"],
        "findings": [{"stage": 1, "answers": {"age_group": "adolescent", "family_history": "yes"}}],
    },
    request_only=True,
)


def _cases():
    return Case.objects.playable().prefetch_related("tags", "stages")


@extend_schema(tags=["cases"])
class CaseListApi(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="cases_list",
        summary="The training cases (without their keys)",
        responses={200: CaseListSerializer, **error_responses(429)},
    )
    def get(self, request):
        return Response({"cases": CaseSummarySerializer(_cases(), many=True).data})


@extend_schema(tags=["cases"])
class CaseDetailApi(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="cases_retrieve",
        summary="A case with its first stages revealed (never its key)",
        description="`?stage=N` reveals stages 1 to N (default 1), so a tool can reveal the case one "
        "stage at a time, up to the last stage but one. The last stage, like the key, comes only in the "
        "feedback to an attempt, so the learner commits before seeing it.",
        parameters=[StageQuerySerializer],
        responses={200: CaseDetailSerializer, **error_responses(400, 404, 429)},
    )
    def get(self, request, slug):
        case = get_object_or_404(_cases(), slug=slug)
        stages = list(case.stages.order_by("order"))
        revealed = validated(StageQuerySerializer, request.query_params, context={"stage_count": len(stages)})["stage"]
        return Response(
            {
                **CaseSummarySerializer(case).data,
                "revealed": revealed,
                "stages": StageSerializer(stages[:revealed], many=True).data,
            }
        )


@extend_schema(tags=["cases"])
class CaseAttemptApi(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="cases_attempts_create",
        summary="Submit a committed differential; get the score, the feedback and the key",
        description=f"Scored by the rubric ({rubric.SUMMARY}; offering a drug the case must avoid loses "
        "every safety point). Stored as an attempt at the case, under your user if you authenticate; "
        "an anonymous attempt is not counted in the educators' figures. "
        "Beyond the schema, a 400 refuses a commitment whose three causes are not all different or "
        "that both offers and avoids one drug; findings for a stage the case lacks are a 404. "
        "Educational use only.",
        request=AttemptRequestSerializer,
        responses={201: AttemptResponseSerializer, **error_responses(400, 404, 429)},
        examples=[ATTEMPT_EXAMPLE],
    )
    def post(self, request, slug):
        case = get_object_or_404(_cases(), slug=slug)
        data = validated(AttemptRequestSerializer, request.data, context={"stage_count": case.stages.count()})
        attempt = services.attempt_submit(
            case=case,
            user=request.user,
            top_causes=data["top_causes"],
            origin=data["origin"],
            offered=data["offered"],
            avoided=data["avoided"],
            findings={item["stage"]: item["answers"] for item in data["findings"]},
        )
        return Response(
            {"id": attempt.pk, "case": case.slug, "feedback": attempt_feedback(attempt)}, status=status.HTTP_201_CREATED
        )
