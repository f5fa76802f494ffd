from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "decisionaid.assessments"
    label = "assessments"
    verbose_name = "Assessments"
