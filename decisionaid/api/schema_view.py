"""/api/schema/, generated once per knowledge-base version instead of on every request.

The schema is derived from the code and the questionnaire alone (it is public: no caller
sees more than another), and generating it walks every view and serializer, some 60-90 ms
a request here: it is built once per knowledge-base version (decisionaid.api.documents).
"""

from drf_spectacular.views import SpectacularAPIView
from rest_framework.response import Response

from .documents import per_kb_version


class CachedSchemaView(SpectacularAPIView):
    def _get_schema_response(self, request):
        version = self.api_version or request.version or self._get_version_parameter(request)

        def generated():
            generator = self.generator_class(urlconf=self.urlconf, api_version=version, patterns=self.patterns)
            return generator.get_schema(request=request, public=self.serve_public)

        schema = per_kb_version(f"openapi-schema:{version}", generated)
        return Response(
            data=schema,
            headers={"Content-Disposition": f'inline; filename="{self._get_filename(request, version)}"'},
        )
