"""The home page and the load balancer's health check."""

from django.db import connection
from django.db.utils import DatabaseError
from django.http import JsonResponse
from django.views.generic import TemplateView

import rules


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **kwargs,
            sections=rules.SECTIONS,
            rule_count=len(rules.RULES),
            source_count=len(rules.SOURCES),
        )


def healthz(request):
    """Liveness plus database reachability, for load balancers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok", "kb_version": rules.KB_VERSION})
