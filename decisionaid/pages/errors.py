"""The site's own error pages (400, 403 and CSRF failures, 404, 500), in the site's layout, or the
API's JSON error body under /api/ and /cds-services.

They must render while the database is down: the templates and context processors
they use touch no table. A 500 caused by an unreachable database is answered as the
503 it is (raised outside a view, e.g. by the session store, it arrives here).
"""

import sys

from decisionaid.middleware.database_unavailable import database_unavailable_response, is_database_unavailable
from decisionaid.middleware.responses import error_response


def bad_request(request, exception=None):
    return error_response(request, status=400, detail="Bad request.", template="errors/400.html")


def permission_denied(request, exception=None):
    return error_response(
        request, status=403, detail="You do not have permission to do this.", template="errors/403.html"
    )


def csrf_failure(request, reason=""):
    """A form sent without a valid CSRF token (an expired or blocked cookie, usually):
    the site's 403 page, which tells the learner to reload and try again."""
    return permission_denied(request)


def page_not_found(request, exception=None):
    return error_response(request, status=404, detail=f"Nothing at {request.path}.", template="errors/404.html")


def server_error(request):
    if is_database_unavailable(sys.exc_info()[1]):
        return database_unavailable_response(request)
    return error_response(
        request,
        status=500,
        detail="Internal server error.",
        template="errors/500.html",
        context={"request_id": getattr(request, "request_id", "")},
    )
