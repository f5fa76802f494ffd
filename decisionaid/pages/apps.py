from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "decisionaid.pages"
    label = "pages"
    verbose_name = "Site pages"
