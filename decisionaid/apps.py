"""The admin application, with the project's rate-limited sign-in as its default site.

Listed in INSTALLED_APPS in place of "django.contrib.admin": ``admin.site`` and every
``@admin.register`` keep working, on the project's site.
"""

from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig


class AdminConfig(DjangoAdminConfig):
    default_site = "decisionaid.admin_site.RateLimitedAdminSite"
