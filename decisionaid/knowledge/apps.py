from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "decisionaid.knowledge"
    label = "knowledge"
    verbose_name = "Knowledge base browser"
