"""Numbered events under a key, shared by every worker and host: the one counting
mechanism behind the API and form throttles and the sign-in lockouts.

The count lives in the default cache, whose ``incr`` is atomic across processes (on one
host decisionaid.sqlite_cache, on several Redis), so concurrent events each get a number
of their own: two callers can never both be "the fifth".
"""

from __future__ import annotations

from django.core.cache import BaseCache


def take_number(cache: BaseCache, key: str, timeout: int) -> int:
    """This event's number among those under ``key`` since the first of them, which starts
    a count that lasts ``timeout`` seconds.

    ``incr`` first, because every event but a count's first finds the entry there; when
    it is missing, ``add`` creates it, and an ``add`` lost to a concurrent first event
    means the entry now exists, so the next ``incr`` counts this one.
    """
    while True:
        try:
            return cache.incr(key)
        except ValueError:
            if cache.add(key, 1, timeout=timeout):
                return 1
