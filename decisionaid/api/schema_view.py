"""/api/schema/, generated once per knowledge-base version instead of on every request.

The schema is derived from the code and the questionnaire alone (it is public: no caller
sees more than another), and generating it walks every view and serializer, some 60-90 ms
a request here. It is kept in each process's memory (``CACHES["pages"]``) under a key
holding ``KB_VERSION``, so a new release of the knowledge base is described anew.
"""

from django.core.cache import caches
from drf_spectacular.views import SpectacularAPIView
from rest_framework.response import Response

import rules


class CachedSchemaView(SpectacularAPIView):
    def _get_schema_response(self, request):
        version = self.api_version or request.version or self._get_version_parameter(request)
        key = f"openapi-schema:{rules.KB_VERSION}:{version}"
        schema = caches["pages"].get(key)
        if schema is None:
            generator = self.generator_class(urlconf=self.urlconf, api_version=version, patterns=self.patterns)
            schema = generator.get_schema(request=request, public=self.serve_public)
            caches["pages"].set(key, schema)
        return Response(
            data=schema,
            headers={"Content-Disposition": f'inline; filename="{self._get_filename(request, version)}"'},
        )
