"""A stored assessment: the answers given so far and, once evaluated, a snapshot of the
engine's result with the knowledge base version that produced it."""

import uuid

from django.conf import settings
from django.db import models

from .fields import OrderedJSONField


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
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Assessment {self.id} ({self.get_status_display()})"

    @property
    def is_complete(self) -> bool:
        return self.status == self.Status.COMPLETE
