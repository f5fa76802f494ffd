"""Failed sign-ins counted per client address and username, for every sign-in form
(the site's and the admin's).

After ``ADMIN_LOGIN_MAX_FAILURES`` failed attempts, each within
``ADMIN_LOGIN_LOCKOUT_SECONDS`` of the last, further attempts are refused with a 429
page, right or wrong password, until that long after the last failure.

Two properties make the limit hold against a guesser:

* The username is counted as Django reads it to authenticate (``UsernameField``:
  stripped and NFKC-normalised), then casefolded, so ``ｈａｎｋ``, ``ℎank`` or ``HANK``
  share hank's counter instead of each getting fresh guesses at the same account.
* An attempt takes its number before the password is checked (decisionaid.counters),
  and only numbers up to the limit are evaluated: concurrent guesses cannot all read
  "4 failures so far". Counts live in the default cache, shared by every worker and
  host (decisionaid.sqlite_cache on one host, Redis on several).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.forms import UsernameField
from django.core.cache import cache
from django.template.response import TemplateResponse
from rest_framework.throttling import BaseThrottle

from decisionaid.counters import take_number


def normalised_username(raw: str) -> str:
    """One spelling for every way of typing the same account's name."""
    return unicodedata.normalize("NFKC", (UsernameField().to_python(raw) or "").casefold())


def failures_key(request) -> str:
    """Cache key for this client address (DRF's reading, NUM_PROXIES-aware) and username."""
    address = BaseThrottle().get_ident(request)
    username = normalised_username(request.POST.get("username", ""))
    digest = hashlib.sha256(f"{address}\0{username}".encode()).hexdigest()
    return f"sign-in-failures:{digest}"


def limited_sign_in(request, sign_in: Callable, *, succeeded: Callable[[Any], bool]):
    """Run a sign-in view's POST under the limit; ``succeeded(user)`` says whether it worked."""
    if request.method != "POST":
        return sign_in()
    key = failures_key(request)
    if take_number(cache, key, settings.ADMIN_LOGIN_LOCKOUT_SECONDS) > settings.ADMIN_LOGIN_MAX_FAILURES:
        return locked_out(request)
    response = sign_in()
    if succeeded(request.user):
        cache.delete(key)
    else:
        cache.touch(key, timeout=settings.ADMIN_LOGIN_LOCKOUT_SECONDS)
    return response


def locked_out(request):
    minutes = max(1, settings.ADMIN_LOGIN_LOCKOUT_SECONDS // 60)
    detail = (
        f"Sign-in is locked for this account from your address after "
        f"{settings.ADMIN_LOGIN_MAX_FAILURES} failed attempts. Try again in {minutes} minutes."
    )
    response = TemplateResponse(request, "accounts/locked_out.html", {"detail": detail}, status=429)
    response["Retry-After"] = str(settings.ADMIN_LOGIN_LOCKOUT_SECONDS)
    return response
