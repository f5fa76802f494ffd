"""Anonymous attempts follow the learner when they sign in.

Signing in gives the browser session a new key (Django's ``login()`` cycles it against
session fixation) but keeps its data, so the walkthrough lists the ids of the attempts
started anonymously in the session, and on sign-in they are handed to the user.
"""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from . import services

SESSION_ATTEMPTS = "case_attempts"


def remember_anonymous_attempt(session, attempt) -> None:
    """Note an attempt started without signing in, so sign-in can claim it."""
    session[SESSION_ATTEMPTS] = [*session.get(SESSION_ATTEMPTS, []), str(attempt.pk)]


@receiver(user_logged_in, dispatch_uid="cases.claim_anonymous_attempts")
def claim_anonymous_attempts(sender, request, user, **kwargs):
    session = getattr(request, "session", None)
    if session is None or SESSION_ATTEMPTS not in session:
        return
    services.attempts_claim(user=user, attempt_ids=session.pop(SESSION_ATTEMPTS))
