"""Drop the database cache table: the counters it held (throttles, sign-in lockouts) now
live in a SQLite file of the host's own or in Redis (settings, CACHES), so that a call
which stores nothing never waits on the application database."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_cache_table")]
    operations = [migrations.RunSQL("DROP TABLE IF EXISTS decisionaid_cache", migrations.RunSQL.noop)]
