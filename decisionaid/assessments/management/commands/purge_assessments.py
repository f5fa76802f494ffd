"""python manage.py purge_assessments --older-than 30d [--dry-run]

The retention policy: delete stored assessments (web sessions and API records alike)
whose last change is older than the given age. Run it daily from cron or a scheduler;
README's "Deployment" section says how.
"""

import re
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ...models import Assessment

AGE = re.compile(r"(?P<amount>\d+)(?P<unit>[dh])")
UNITS = {"d": "days", "h": "hours"}


def parse_age(text: str) -> timedelta:
    """``30d`` or ``12h`` as a timedelta."""
    match = AGE.fullmatch(text.strip().lower())
    if not match or int(match["amount"]) == 0:
        raise CommandError(f"--older-than must be a positive number of days or hours, e.g. 30d or 12h, not {text!r}")
    return timedelta(**{UNITS[match["unit"]]: int(match["amount"])})


class Command(BaseCommand):
    help = "Delete stored assessments not changed for longer than --older-than (e.g. 30d, 12h)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            required=True,
            type=parse_age,
            metavar="AGE",
            help="age since the last change: Nd (days) or Nh (hours)",
        )
        parser.add_argument("--dry-run", action="store_true", help="count what would be deleted, delete nothing")

    def handle(self, *args, older_than, dry_run, **options):
        cutoff = timezone.now() - older_than
        expired = Assessment.objects.filter(updated_at__lt=cutoff)
        if dry_run:
            self.stdout.write(
                f"Would delete {expired.count()} assessments last changed before {cutoff:%Y-%m-%d %H:%M} UTC."
            )
            return
        _, per_model = expired.delete()
        deleted = per_model.get(Assessment._meta.label, 0)
        self.stdout.write(f"Deleted {deleted} assessments last changed before {cutoff:%Y-%m-%d %H:%M} UTC.")
