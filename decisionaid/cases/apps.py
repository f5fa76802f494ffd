from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "decisionaid.cases"
    label = "cases"
    verbose_name = "Training cases"

    def ready(self):
        from . import signals  # noqa: F401  (connects the sign-in receiver)
