"""Content negotiation: plain JSON, and FHIR's JSON media type for FHIR resources.

``?format=fhir`` (or ``Accept: application/fhir+json``) asks for a FHIR resource; an
unsupported ``?format=`` is a bad query parameter, answered with a 400 naming the
formats the endpoint offers rather than DRF's bare 404.
"""

from django.http import Http404
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation

from .parsers import JSONParser
from .renderers import JSONRenderer

FHIR_JSON = "application/fhir+json"


class FhirJSONRenderer(JSONRenderer):
    media_type = FHIR_JSON
    format = "fhir"


class FhirJSONParser(JSONParser):
    media_type = FHIR_JSON


class FormatAwareNegotiation(DefaultContentNegotiation):
    def select_renderer(self, request, renderers, format_suffix=None):
        # DRF reads an empty ?format= as no format at all; the schema's enum has no "".
        if request.query_params.get(self.settings.URL_FORMAT_OVERRIDE, None) == "":
            raise self._refusal(renderers)
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except Http404:
            raise self._refusal(renderers) from None

    def _refusal(self, renderers) -> ValidationError:
        """A 400 naming the formats on offer (built only when needed: every request negotiates)."""
        offered = ", ".join(renderer.format for renderer in renderers)
        return ValidationError({self.settings.URL_FORMAT_OVERRIDE: [f"Expected one of: {offered}."]})
