"""Failed sign-ins counted per client address and username, for every sign-in form.

After ``ADMIN_LOGIN_MAX_FAILURES`` failed attempts, each within
``ADMIN_LOGIN_LOCKOUT_SECONDS`` of the last, further attempts are refused with a 429
page, right or wrong password, until that long after the last failure. Counts live in
the default cache (a database table shared by every server worker), so the limit holds
across processes and hosts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from rest_framework.throttling import BaseThrottle


def failures_key(request) -> str:
    """Cache key for this client address (DRF's reading, NUM_PROXIES-aware) and username."""
    address = BaseThrottle().get_ident(request)
    username = request.POST.get("username", "").strip().lower()
    digest = hashlib.sha256(f"{address}\0{username}".encode()).hexdigest()
    return f"sign-in-failures:{digest}"


def limited_sign_in(request, sign_in: Callable, *, succeeded: Callable[[object], bool]):
    """Run a sign-in view's POST under the limit; ``succeeded(user)`` says whether it worked."""
    if request.method != "POST":
        return sign_in()
    key = failures_key(request)
    failures = cache.get(key, 0)
    if failures >= settings.ADMIN_LOGIN_MAX_FAILURES:
        return locked_out(request)
    response = sign_in()
    if succeeded(request.user):
        cache.delete(key)
    else:
        cache.set(key, failures + 1, timeout=settings.ADMIN_LOGIN_LOCKOUT_SECONDS)
    return response


def locked_out(request):
    minutes = max(1, settings.ADMIN_LOGIN_LOCKOUT_SECONDS // 60)
    detail = (f"Sign-in is locked for this account from your address after "
              f"{settings.ADMIN_LOGIN_MAX_FAILURES} failed attempts. Try again in {minutes} minutes.")
    response = TemplateResponse(request, "errors/429.html", {"detail": detail}, status=429)
    response["Retry-After"] = str(settings.ADMIN_LOGIN_LOCKOUT_SECONDS)
    return response
