"""/api/schema/ (OpenAPI 3) and /api/docs/ (Swagger UI, served from local assets)."""

from django.urls import path
from drf_spectacular.views import SpectacularSwaggerSplitView

from .schema_view import CachedSchemaView

app_name = "api-docs"
urlpatterns = [
    path("schema/", CachedSchemaView.as_view(), name="schema"),
    # The split view serves its start-up script as a file, so a strict CSP needs no inline script.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-docs:schema"), name="swagger-ui"),
]
