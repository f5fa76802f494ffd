"""The admin site, its sign-in counted by the same limiter as the site's (accounts.limits)."""

from django.contrib import admin

from .limits import limited_sign_in


class RateLimitedAdminSite(admin.AdminSite):
    site_header = "Myoclonus DDx administration"
    site_title = "Myoclonus DDx admin"
    index_title = "Stored assessments and users"

    def login(self, request, extra_context=None):
        return limited_sign_in(
            request,
            lambda: super(RateLimitedAdminSite, self).login(request, extra_context),
            succeeded=lambda user: user.is_authenticated and user.is_staff,
        )
