"""CDS Hooks 2.0: the knowledge base as a decision-support service for EHR sandboxes.

``GET /cds-services`` lists the one service; ``POST /cds-services/myoclonus-ddx`` reads
the findings from ``context.answers`` or a prefetched QuestionnaireResponse and answers
with cards. A teaching aid: every card says it is for education only.
"""
