"""Database unavailable: a 503 the caller can act on (retry later), never a traceback.

A view's (or DRF view's, see decisionaid.api.errors) OperationalError or
InterfaceError reaches ``process_exception``; one raised in other middleware, such as
the session store, reaches the 500 handler, which asks ``is_database_unavailable``.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError

from .responses import error_response

logger = logging.getLogger("decisionaid.database")

RETRY_AFTER_SECONDS = 30
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def is_database_unavailable(exc: BaseException | None) -> bool:
    return isinstance(exc, DATABASE_UNAVAILABLE)


def database_unavailable_response(request):
    response = error_response(
        request,
        status=503,
        detail="The service is temporarily unavailable. Please try again in a minute.",
        template="errors/503.html",
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        # The exception's class only: its message can quote SQL parameters.
        logger.error("Database unavailable: %s", type(exception).__name__)
        return database_unavailable_response(request)
