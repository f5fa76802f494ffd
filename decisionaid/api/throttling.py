"""Anonymous and user throttles whose rates are read at request time, for the API and
(with scopes of their own) for the site's forms that run the engine or write.

DRF binds ``THROTTLE_RATES`` when its module is imported, so a changed setting (an
environment variable read by settings, or a test's override) would not reach it; a
rate of ``None`` turns the throttle off. Counts live in the ``throttle`` cache, shared by
every server worker (settings: files on the SQLite host, the database cache on PostgreSQL).
"""

from django.core.cache import caches
from rest_framework import throttling
from rest_framework.settings import api_settings


class _RateFromSettings:
    cache = caches["throttle"]
    scope: str | None

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope or "")


class AnonRateThrottle(_RateFromSettings, throttling.AnonRateThrottle):
    """Anonymous callers, counted per client address."""


class UserRateThrottle(_RateFromSettings, throttling.UserRateThrottle):
    """Signed-in callers (token or session), counted per user.

    Anonymous callers are left to AnonRateThrottle (DRF's version would count them a
    second time, by address, under the user rate)."""

    def get_cache_key(self, request, view):
        if not request.user.is_authenticated:
            return None
        return super().get_cache_key(request, view)


class WebAnonRateThrottle(AnonRateThrottle):
    """The site's forms, anonymous visitors (rate ``web_anon``)."""

    scope = "web_anon"


class WebUserRateThrottle(UserRateThrottle):
    """The site's forms, signed-in learners (rate ``web_user``)."""

    scope = "web_user"
