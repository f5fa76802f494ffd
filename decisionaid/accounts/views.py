"""Signing in and out for learners and educators (accounts are made in the admin).

A learner who signs in keeps their case attempts across browsers and devices; the
attempts started anonymously in this browser follow them (decisionaid.cases.signals).
Sign-in failures are counted by the same limiter as the admin's.
"""

from django.contrib.auth import views as auth_views

from .limits import limited_sign_in


class SignInView(auth_views.LoginView):
    template_name = "accounts/sign_in.html"
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        return limited_sign_in(
            request,
            lambda: super(SignInView, self).post(request, *args, **kwargs),
            succeeded=lambda user: user.is_authenticated,
        )


class SignOutView(auth_views.LogoutView):
    """POST only (Django's rule), so a link or an image cannot sign anyone out."""
