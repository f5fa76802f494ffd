"""One error body for every API failure: ``{"detail": "...", "errors": {"field": ["..."]}}``.

A teaching tool can then handle any failure the same way: ``detail`` for a person,
``errors`` keyed by the dotted path of each bad field (``answers.distribution``), each
message naming the allowed values. The body is bounded whatever the input (the domain's
bounds, rules.errors): at most ten fields, each quoted value cut short, and ``detail``
says how many were left out. Unexpected exceptions become a JSON 500 and are
logged, never a stack trace or an HTML page.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler, set_rollback

import rules
from decisionaid.middleware.database_unavailable import is_database_unavailable
from rules.errors import bounded, clip, shown_of

logger = logging.getLogger("decisionaid.api")

INVALID_INPUT = "Invalid input."
NON_FIELD = api_settings.NON_FIELD_ERRORS_KEY


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, for a person to read.")
    errors = serializers.DictField(  # type: ignore[assignment]  # a field named like Serializer.errors
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Dotted path of each bad field -> messages naming the allowed values. Empty unless 400.",
    )


ERROR_DESCRIPTIONS = {
    400: "Invalid input: `errors` names each bad field and its allowed values.",
    401: "Authentication required: send `Authorization: Token <key>` or use a session.",
    403: "Not allowed.",
    404: "No such resource (or it belongs to someone else).",
    412: "The hook request carries no findings to assess.",
    429: "Too many requests: wait the number of seconds in the `Retry-After` header.",
    413: "The request body is larger than the server accepts (256 KB unless configured).",
    414: "The request line (path and query) is longer than the server accepts.",
    503: "The service is temporarily unavailable (its database is down): try again after `Retry-After` seconds.",
}


def document_transport_errors(result, generator, request, public):
    """drf-spectacular postprocessing hook: every operation can also answer 414 (gunicorn
    refuses an over-long request line before the app sees it) and 503 (the database is
    down); every operation with a body 413 (RequestSizeLimitMiddleware). Added here once,
    not on each view."""
    for operations in result["paths"].values():
        for operation in operations.values():
            codes = (413, 414, 503) if "requestBody" in operation else (414, 503)
            for code in codes:
                operation["responses"].setdefault(
                    str(code),
                    {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                        "description": ERROR_DESCRIPTIONS[code],
                    },
                )
    return result


def error_responses(*codes: int) -> dict[int, OpenApiResponse]:
    """The documented error responses of an operation, all with the one error body."""
    return {code: OpenApiResponse(ErrorSerializer, description=ERROR_DESCRIPTIONS[code]) for code in codes}


def flatten(errors, path: str = "") -> dict[str, list[str]]:
    """DRF's nested error structure as ``{"answers.distribution": [...]}``; a nested
    non-field error is reported against its parent field."""
    entries: Iterable[tuple[Any, Any]]
    if isinstance(errors, dict):
        entries = errors.items()
    elif isinstance(errors, list) and any(isinstance(error, (dict, list)) for error in errors):
        entries = enumerate(errors)
    else:
        messages = errors if isinstance(errors, list) else [errors]
        return {path or NON_FIELD: [str(message) for message in messages]}
    flat: dict[str, list[str]] = {}
    for key, value in entries:
        key = str(key)
        nested = path if key == NON_FIELD and path else ".".join(filter(None, [path, key]))
        for field, messages in flatten(value, nested).items():
            flat.setdefault(field, []).extend(messages)
    return flat


def api_exception_handler(exc, context):
    """DRF's handler (status, ``Retry-After``, ``WWW-Authenticate``) with one body shape;
    the domain's InvalidAnswers is a 400 on the answers it names. A database that is
    down is left to DatabaseUnavailableMiddleware (a 503, not a logged 500)."""
    if is_database_unavailable(exc):
        return None
    if isinstance(exc, rules.InvalidAnswers):
        exc = ValidationError({"answers": exc.errors})
    response = exception_handler(exc, context)
    if response is None:
        set_rollback()
        logger.error("Unhandled API error", exc_info=exc, extra={"request": context["request"]._request})
        return Response(
            {"detail": "Internal server error.", "errors": {}}, status=status.HTTP_500_INTERNAL_SERVER_ERROR
        )
    if isinstance(exc, ValidationError):
        errors = flatten(response.data)
        response.data = {"detail": f"Invalid input{shown_of(len(errors))}.", "errors": bounded(errors)}
    else:
        response.data = {"detail": clip(str(response.data.get("detail", ""))), "errors": {}}
    return response


@csrf_exempt
def api_not_found(request, *args, **kwargs):
    """Any other /api/ path: a JSON 404 rather than the site's HTML page."""
    return JsonResponse({"detail": f"No API endpoint at {request.path}.", "errors": {}}, status=404)
