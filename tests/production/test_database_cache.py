"""The project's database cache counts atomically and leaves an entry's expiry alone
(Django's own incr rewrites the entry, resetting its expiry to the default timeout)."""

import pytest
from django.core.cache import cache
from django.db import connection


def expiry(key):
    with connection.cursor() as cursor:
        cursor.execute("SELECT expires FROM decisionaid_cache WHERE cache_key = %s", [cache.make_key(key)])
        return cursor.fetchone()[0]


def test_incr_counts_and_keeps_the_entrys_expiry(db):
    cache.set("failures", 1, timeout=5000)
    before = expiry("failures")
    assert [cache.incr("failures"), cache.incr("failures", 3)] == [2, 5]
    assert cache.get("failures") == 5
    assert expiry("failures") == before


def test_incr_of_a_missing_or_expired_entry_raises_value_error(db):
    with pytest.raises(ValueError):
        cache.incr("never-set")
    cache.set("gone", 1, timeout=-1)
    with pytest.raises(ValueError):
        cache.incr("gone")
