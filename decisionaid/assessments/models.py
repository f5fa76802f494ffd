"""A stored assessment: the answers given so far and, once evaluated, a snapshot of the
engine's result with the knowledge base version that produced it.

Who may open one: an assessment with an owner (a signed-in learner's, or a token's from
the API) is its owner's alone; an anonymous one is open to whoever holds its URL (the
UUID is its key, as the pages say). An owner may share a completed result through a
link of its own (``share_id``), and revoke it.
"""

import uuid

from django.conf import settings
from django.db import models

from .fields import OrderedJSONField


class AssessmentQuerySet(models.QuerySet):
    def owned_by(self, user):
        """This user's own assessments (none for an anonymous visitor)."""
        return self.filter(owner=user) if user.is_authenticated else self.none()

    def visible_to(self, user):
        """Assessments this user (or an anonymous visitor) may open by id: their own and
        the anonymous ones, whose URL is their key."""
        return self.filter(owner__isnull=True) | self.owned_by(user)


class Assessment(models.Model):
    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETE = "complete", "Complete"

    class Channel(models.TextChoices):
        WEB = "web", "Web wizard"
        API = "api", "API"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="assessments"
    )
    session_key = models.CharField(max_length=40, blank=True, default="", db_index=True)
    channel = models.CharField(max_length=8, choices=Channel.choices, default=Channel.WEB)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.IN_PROGRESS)
    answers = models.JSONField(default=dict, blank=True)
    # Text, not jsonb: the snapshot must keep the result contract's key order (see fields.py).
    result = OrderedJSONField(null=True, blank=True)
    kb_version = models.CharField(max_length=40, blank=True, default="")
    # The key of the owner's share link to the result, while sharing is on.
    share_id = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Assessment {self.id} ({self.get_status_display()})"

    @property
    def is_complete(self) -> bool:
        return self.status == self.Status.COMPLETE
