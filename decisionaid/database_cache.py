"""Django's database cache with an atomic ``incr``.

Django's ``DatabaseCache`` inherits ``BaseCache.incr``, a read followed by a write: two
workers incrementing at once both read 4 and both write 5, and the write also resets the
entry's expiry to the default timeout. Counters that guard something (the sign-in
limiter) need each increment to see the one before, so here the row is read and
rewritten in one transaction that holds it: ``SELECT ... FOR UPDATE`` on PostgreSQL; on
SQLite the transaction is immediate (settings), so it holds the database's write lock.
The expiry is left as it was.
"""

import base64
import pickle

from django.core.cache.backends import db
from django.db import connections, models, router, transaction
from django.utils.timezone import now


class DatabaseCache(db.DatabaseCache):
    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        alias = router.db_for_write(self.cache_model_class)
        connection = connections[alias]
        quote = connection.ops.quote_name
        table_name: str = self._table  # type: ignore[attr-defined]  # set by BaseDatabaseCache.__init__
        table, cache_key, value_column, expires = map(quote, (table_name, "cache_key", "value", "expires"))
        lock = f" {connection.ops.for_update_sql()}" if connection.features.has_select_for_update else ""
        with transaction.atomic(using=alias), connection.cursor() as cursor:
            cursor.execute(f"SELECT {value_column}, {expires} FROM {table} WHERE {cache_key} = %s{lock}", [key])
            row = cursor.fetchone()
            if row is None or self._expiry(connection, row[1]) < now():
                raise ValueError(f"Key '{key}' not found")
            value = pickle.loads(base64.b64decode(connection.ops.process_clob(row[0]).encode())) + delta
            encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(f"UPDATE {table} SET {value_column} = %s WHERE {cache_key} = %s", [encoded, key])
        return value

    @staticmethod
    def _expiry(connection, expires):
        """The stored expiry as an aware datetime (each backend returns its own type)."""
        expression = models.Expression(output_field=models.DateTimeField())
        for converter in connection.ops.get_db_converters(expression) + expression.get_db_converters(connection):
            expires = converter(expires, expression, connection)
        return expires
