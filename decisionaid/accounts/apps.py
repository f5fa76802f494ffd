"""The accounts app (signing in and out, the sign-in limiter) and the admin application
whose default site signs in through the same limiter.

``AdminConfig`` is listed in INSTALLED_APPS in place of "django.contrib.admin":
``admin.site`` and every ``@admin.register`` keep working, on the limited site. It is not
this package's default config (``default = False``): "decisionaid.accounts" means
``AccountsConfig``.
"""

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    default = True
    name = "decisionaid.accounts"
    label = "accounts"
    verbose_name = "Accounts and sign-in"


class AdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "decisionaid.accounts.admin_site.RateLimitedAdminSite"
