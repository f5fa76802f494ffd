"""Error responses in the caller's language: the API's JSON error body under /api/
and /cds-services, a page of the site everywhere else.

Used by the middleware and the error views, which may run while the database is
down: nothing here touches it.
"""

from __future__ import annotations

from django.http import HttpResponse, JsonResponse
from django.template import loader

JSON_PREFIXES = ("/api/", "/cds-services")


def wants_json(request) -> bool:
    return request.path.startswith(JSON_PREFIXES)


def error_response(request, *, status: int, detail: str, template: str, context: dict | None = None) -> HttpResponse:
    """The API's ``{"detail", "errors"}`` body, or ``template`` rendered as the site's page."""
    if wants_json(request):
        return JsonResponse({"detail": detail, "errors": {}}, status=status)
    html = loader.render_to_string(template, {"detail": detail, **(context or {})}, request=request)
    return HttpResponse(html, status=status)
