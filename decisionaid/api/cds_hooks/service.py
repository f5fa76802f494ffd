"""The one CDS service this site offers, as its discovery document lists it."""

from ..fhir import QUESTIONNAIRE_URL

SERVICE = {
    "hook": "patient-view",
    "id": "myoclonus-ddx",
    "title": "Myoclonus DDx (teaching aid)",
    "description": "Rule-based differential diagnosis of myoclonus for teaching: likely causes, site of "
    "origin, workup, treatment options and cautions, and red flags, each traced to its rule. "
    "Findings come from context.answers or from the prefetched QuestionnaireResponse.",
    "prefetch": {
        "questionnaireResponse": f"QuestionnaireResponse?questionnaire={QUESTIONNAIRE_URL}"
        "&subject={{context.patientId}}&status=completed&_sort=-authored&_count=1",
    },
    "usageRequirements": "Educational use only: not medical advice, not for the care of real patients.",
}
