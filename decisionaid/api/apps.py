from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "decisionaid.api"
    label = "api"
    verbose_name = "REST API and CDS Hooks"
