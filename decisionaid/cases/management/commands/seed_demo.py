"""python manage.py seed_demo: load the built-in training cases (idempotent), and a demo
staff user for the educator view when DEMO_STAFF_PASSWORD is set."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from decisionaid.cases import services
from decisionaid.cases.library import CASES

PASSWORD_VARIABLE = "DEMO_STAFF_PASSWORD"
USERNAME_VARIABLE = "DEMO_STAFF_USERNAME"


class Command(BaseCommand):
    help = (
        f"Load the built-in training cases (safe to run again). With {PASSWORD_VARIABLE} set, also "
        f"create or update a staff user ({USERNAME_VARIABLE}, default 'educator') for /cases/<slug>/stats."
    )

    def handle(self, *args, **options):
        for builtin in CASES:
            services.case_load_builtin(builtin)
        self.stdout.write(f"Loaded {len(CASES)} training cases.")
        password = os.environ.get(PASSWORD_VARIABLE)
        if not password:
            self.stdout.write(f"No demo staff user: set {PASSWORD_VARIABLE} to create one.")
            return
        username = os.environ.get(USERNAME_VARIABLE, "educator")
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.set_password(password)
        user.save()
        self.stdout.write(f"Staff user {username!r} is ready (password from {PASSWORD_VARIABLE}).")
