"""Content-Security-Policy on every response (Django 5.2 has no built-in CSP).

``settings.CONTENT_SECURITY_POLICY`` is the policy every page meets: scripts and
styles from our own static files only, no inline code, no framing. A path prefix in
``settings.CONTENT_SECURITY_POLICY_OVERRIDES`` replaces the directives it names, for
third-party pages such as Swagger UI.
"""

from django.conf import settings

HEADER = "Content-Security-Policy"


def policy_for(path: str) -> str:
    directives = dict(settings.CONTENT_SECURITY_POLICY)
    for prefix, overrides in settings.CONTENT_SECURITY_POLICY_OVERRIDES.items():
        if path.startswith(prefix):
            directives.update(overrides)
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault(HEADER, policy_for(request.path))
        return response
