"""Anonymous and user throttles whose rates are read at request time, for the API and
(with scopes of their own) for the site's forms that run the engine or write.

DRF binds ``THROTTLE_RATES`` when its module is imported, so a changed setting (an
environment variable read by settings, or a test's override) would not reach it; a
rate of ``None`` turns the throttle off.

DRF's own throttle keeps a list of timestamps per caller and rewrites it on every call: a
read, then a write, so two workers answering the same caller at once both read n and
both write n + 1, and the cost grows with the rate. Here a caller's calls are numbered
by one atomic increment (decisionaid.counters) in the default cache, shared by every
worker and host: at most ``num_requests`` calls are let through in each window of the
rate's duration, a window starting at the first call after the last one ended.
"""

import time
from collections.abc import Callable

from django.core.cache import cache
from rest_framework import throttling
from rest_framework.settings import api_settings

from decisionaid.counters import take_number


class _WindowCounter:
    scope: str | None
    rate: str | None
    num_requests: int
    duration: int
    get_cache_key: Callable[..., str | None]  # DRF's, per throttle class

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope or "")

    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        key = self.get_cache_key(request, view)
        if key is None:
            return True
        self.window_started = f"{key}:started"
        number = take_number(cache, key, self.duration)
        if number == 1:
            cache.set(self.window_started, time.time(), self.duration)
        return number <= self.num_requests

    def wait(self) -> float:
        """Seconds until the caller's window ends (its whole length if the start was lost)."""
        started = cache.get(self.window_started)
        if started is None:
            return float(self.duration)
        return max(0.0, started + self.duration - time.time())


class AnonRateThrottle(_WindowCounter, throttling.AnonRateThrottle):
    """Anonymous callers, counted per client address."""


class UserRateThrottle(_WindowCounter, throttling.UserRateThrottle):
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
