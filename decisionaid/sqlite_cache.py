"""A Django cache on a local SQLite file: the counters that every worker of one host must
share (API and form throttles, sign-in lockouts), fast and atomic.

Why not one of Django's own backends on a single host:

* the local-memory cache lives in one process, so each of the host's workers would keep
  a count of its own and a caller would get the limit once per worker;
* the file-based cache reads a whole file, unpickles, adds one and writes it back, so two
  workers that both read 4 both write 5, and each write is a new file (measured in
  ``bench/counters.py``);
* the database cache makes every throttled call wait on the application database, and
  a database outage then takes the stateless ``evaluate`` and CDS calls down with it.

Here every operation is one SQL statement in autocommit, read to its end (a statement
left mid-way would hold its transaction, and the file's lock, open), and SQLite's lock on
the file makes each of them atomic across processes: ``add`` creates an entry only if there is no
live one, ``incr`` adds in place and returns the sum. Integers are stored as SQL integers
(so ``incr`` is arithmetic in the statement), anything else pickled. The counts matter for
a minute, not across a power cut, so the journal is WAL with ``synchronous=OFF``.

Several hosts share nothing on a local disk: they use Redis (``DJANGO_REDIS_URL``).
"""

from __future__ import annotations

import fcntl
import os
import pickle
import sqlite3
import threading
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB NOT NULL, expires REAL) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS entries_expires ON entries (expires)",
)
LIVE = "(expires IS NULL OR expires > ?)"
# Expired entries are deleted every this many writes of a connection, so the file stays small.
CULL_EVERY = 1000
# Seconds a statement waits for another connection's lock before it fails.
TIMEOUT = 20


def _prepare(path: str, connection: sqlite3.Connection) -> None:
    """WAL mode and the table, set up by one connection at a time, whichever process or
    thread it belongs to (a lock file beside the database, held for the setup only).

    A new file's first connections (every worker, or every thread of one, at once) would
    otherwise race: switching a file to WAL needs it to themselves, and SQLite answers
    "database is locked" to whichever of two lock upgrades would wait on the other. Once the
    file is in WAL mode with its table, the setup reads and writes nothing.
    """
    with open(f"{path}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        connection.execute("PRAGMA journal_mode=WAL").fetchall()
        for statement in SCHEMA:
            connection.execute(statement)


class SQLiteCache(BaseCache):
    def __init__(self, location: str, params: dict[str, Any]):
        super().__init__(params)
        self._path = location
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection:
        """This thread's connection, opened anew in a forked child (a server worker)."""
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            connection = sqlite3.connect(self._path, timeout=TIMEOUT, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA synchronous=OFF")
            _prepare(self._path, connection)
            local.connection, local.pid, local.writes = connection, os.getpid(), 0
        return local.connection

    def _write(self, sql: str, parameters: tuple) -> sqlite3.Cursor:
        connection = self._db()
        self._local.writes += 1
        if self._local.writes % CULL_EVERY == 0:
            connection.execute("DELETE FROM entries WHERE expires <= ?", (time.time(),))
        return connection.execute(sql, parameters)

    @staticmethod
    def _stored(value: Any) -> Any:
        """SQL integers for counters (64-bit, as SQLite holds them), pickles for the rest."""
        if type(value) is int and -(2**63) <= value < 2**63:
            return value
        return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def _loaded(stored: Any) -> Any:
        return stored if type(stored) is int else pickle.loads(stored)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        key = self.make_and_validate_key(key, version=version)
        cursor = self._write(
            "INSERT INTO entries VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE"
            " SET value = excluded.value, expires = excluded.expires"
            " WHERE entries.expires IS NOT NULL AND entries.expires <= ?",
            (key, self._stored(value), self.get_backend_timeout(timeout), time.time()),
        )
        return cursor.rowcount == 1

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        rows = self._db().execute(f"SELECT value FROM entries WHERE key = ? AND {LIVE}", (key, time.time())).fetchall()
        return self._loaded(rows[0][0]) if rows else default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        key = self.make_and_validate_key(key, version=version)
        self._write(
            "INSERT OR REPLACE INTO entries VALUES (?, ?, ?)",
            (key, self._stored(value), self.get_backend_timeout(timeout)),
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        key = self.make_and_validate_key(key, version=version)
        cursor = self._write(
            f"UPDATE entries SET expires = ? WHERE key = ? AND {LIVE}",
            (self.get_backend_timeout(timeout), key, time.time()),
        )
        return cursor.rowcount == 1

    def incr(self, key, delta=1, version=None) -> int:
        """Add ``delta`` in one statement, keeping the entry's expiry; ``ValueError`` if
        there is no live integer entry (Django's contract for a missing key)."""
        key = self.make_and_validate_key(key, version=version)
        rows = self._write(
            f"UPDATE entries SET value = value + ? WHERE key = ? AND typeof(value) = 'integer' AND {LIVE}"
            " RETURNING value",
            (delta, key, time.time()),
        ).fetchall()
        if not rows:
            raise ValueError(f"Key '{key}' not found")
        return rows[0][0]

    def delete(self, key, version=None) -> bool:
        key = self.make_and_validate_key(key, version=version)
        return self._write("DELETE FROM entries WHERE key = ?", (key,)).rowcount == 1

    def has_key(self, key, version=None) -> bool:
        key = self.make_and_validate_key(key, version=version)
        return bool(
            self._db().execute(f"SELECT 1 FROM entries WHERE key = ? AND {LIVE}", (key, time.time())).fetchall()
        )

    def clear(self) -> None:
        self._write("DELETE FROM entries", ())

    def close(self, **kwargs) -> None:
        """Kept open between requests: Django closes caches at each request's end, and a
        reconnect per request would cost more than the counting itself."""
