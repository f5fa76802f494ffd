"""Worked examples for the API docs (Swagger UI's "Try it out" sends them as they are).

Request examples are the reference teaching cases (``rules.reference_answers``, which the
tests send too); the error example is produced by the real serializer, so its message is
the one a client would receive.
"""

from drf_spectacular.utils import OpenApiExample

from rules.reference_answers import HICCUPS, JUVENILE_MYOCLONIC_EPILEPSY, POST_HYPOXIC

from .errors import INVALID_INPUT, flatten
from .fhir import questionnaire_response
from .serializers import AnswersRequestSerializer

ANSWERS_EXAMPLES = [
    OpenApiExample(
        "Action myoclonus after a cardiac arrest",
        value={"answers": POST_HYPOXIC},
        request_only=True,
    ),
    OpenApiExample(
        "Morning jerks in bunches in an adolescent with seizures",
        value={"answers": JUVENILE_MYOCLONIC_EPILEPSY},
        request_only=True,
    ),
    OpenApiExample("Hiccups", value={"answers": HICCUPS}, request_only=True),
]

INTERVIEW_EXAMPLES = [
    OpenApiExample("The first question", value={"answers": {}}, request_only=True),
    OpenApiExample(
        "Two answers in, one question skipped",
        value={"answers": {"age_group": "adult", "distribution": "multifocal", "epilepsy": "unknown"}, "limit": 3},
        request_only=True,
    ),
]

EXPLAIN_EXAMPLES = [
    OpenApiExample(
        "Why not a toxic cause, and what would change the answer",
        value={"answers": POST_HYPOXIC, "why_not": {"kind": "cause", "id": "toxic"}},
        request_only=True,
    ),
    OpenApiExample(
        "Why not a cortical origin, without the counterfactual search",
        value={"answers": HICCUPS, "why_not": {"kind": "origin", "id": "cortical"}, "what_would_change": False},
        request_only=True,
    ),
]

NEXT_QUESTION_EXAMPLE = OpenApiExample(
    "The first call of an adaptive form: no question asked yet",
    value={"resourceType": "QuestionnaireResponse", "status": "in-progress"},
    request_only=True,
)

FHIR_RESPONSE_EXAMPLE = OpenApiExample(
    "The same findings as a FHIR QuestionnaireResponse",
    value=questionnaire_response(POST_HYPOXIC),
    request_only=True,
    media_type="application/fhir+json",
)


def _invalid_answers_body() -> dict:
    request = AnswersRequestSerializer(data={"answers": {"distribution": "everywhere"}})
    request.is_valid()
    return {"detail": INVALID_INPUT, "errors": flatten(request.errors)}


INVALID_ANSWERS_EXAMPLE = OpenApiExample(
    "A choice the question does not offer",
    value=_invalid_answers_body(),
    response_only=True,
    status_codes=["400"],
)
