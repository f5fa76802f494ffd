from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "decisionaid.cases"
    label = "cases"
    verbose_name = "Training cases"
