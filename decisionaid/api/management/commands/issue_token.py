"""python manage.py issue_token USER [--rotate]: the API token of an existing user.

Prints only the key, so a script can capture it. The same token is returned on every
call (a teaching tool keeps working) unless --rotate replaces it.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from rest_framework.authtoken.models import Token


class Command(BaseCommand):
    help = "Print the API token of USER, creating it if needed (--rotate replaces it)."

    def add_arguments(self, parser):
        parser.add_argument("user", help="username")
        parser.add_argument("--rotate", action="store_true", help="revoke the current token and issue a new one")

    def handle(self, *args, user, rotate, **options):
        User = get_user_model()
        try:
            owner = User.objects.get(**{User.USERNAME_FIELD: user})
        except User.DoesNotExist:
            raise CommandError(f"No user {user!r}; create one first (createsuperuser or the admin).") from None
        if rotate:
            Token.objects.filter(user=owner).delete()
        token, _ = Token.objects.get_or_create(user=owner)
        self.stdout.write(token.key)
