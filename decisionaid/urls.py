"""Top-level URL map; each app owns its own URLs."""

from django.contrib import admin
from django.urls import include, path, re_path

from decisionaid.api.errors import api_not_found

urlpatterns = [
    path("", include("decisionaid.pages.urls")),
    path("accounts/", include("decisionaid.accounts.urls")),
    path("admin/", admin.site.urls),
    path("assess/", include("decisionaid.assessments.urls")),
    path("knowledge/", include("decisionaid.knowledge.urls")),
    path("cases/", include("decisionaid.cases.urls")),
    path("api/v1/", include("decisionaid.api.urls")),
    path("api/", include("decisionaid.api.docs_urls")),
    path("", include("decisionaid.api.cds_hooks.urls")),
    # Keep last: any other /api/ path is a JSON 404, not the site's HTML page.
    re_path(r"^api/", api_not_found),
]

# The site's own error pages (JSON under /api/ and /cds-services); see decisionaid.pages.errors.
handler400 = "decisionaid.pages.errors.bad_request"
handler403 = "decisionaid.pages.errors.permission_denied"
handler404 = "decisionaid.pages.errors.page_not_found"
handler500 = "decisionaid.pages.errors.server_error"
