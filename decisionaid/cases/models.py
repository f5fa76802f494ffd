"""Training cases revealed in stages, and learners' attempts at them.

The case key and the stages' answers use the knowledge base's vocabulary (cause, origin,
condition and treatment ids, question and choice ids), checked in ``clean()`` so a case
authored in the admin cannot name something the engine does not know.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

import rules

from . import rubric, vocabulary


def cause_choices():
    return vocabulary.choices("causes")


def origin_choices():
    return vocabulary.choices("origins")


def condition_choices():
    return vocabulary.choices("conditions")


def treatment_choices():
    return vocabulary.choices("treatments")


def _unknown_ids(values, allowed) -> list[str]:
    allowed_ids = {choice_id for choice_id, _ in allowed}
    return [value for value in values or () if value not in allowed_ids]


def lines(text: str) -> list[str]:
    """A text field holding one item per line, as a list without blank lines."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class Tag(models.Model):
    name = models.CharField(max_length=40, unique=True)
    slug = models.SlugField(max_length=40, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class CaseQuerySet(models.QuerySet):
    def playable(self):
        """Cases a learner can walk through: those with at least one stage."""
        return self.filter(stages__isnull=False).distinct()


class Case(models.Model):
    class Difficulty(models.TextChoices):
        INTRODUCTORY = "introductory", "Introductory"
        INTERMEDIATE = "intermediate", "Intermediate"
        ADVANCED = "advanced", "Advanced"

    title = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    summary = models.CharField(max_length=200, help_text="One line shown in the case list.")
    difficulty = models.CharField(max_length=16, choices=Difficulty.choices, default=Difficulty.INTERMEDIATE)
    tags = models.ManyToManyField(Tag, blank=True, related_name="cases")
    learning_objectives = models.TextField(blank=True, help_text="One objective per line.")
    key_cause = models.CharField(max_length=32, choices=cause_choices)
    key_origin = models.CharField(max_length=32, choices=origin_choices)
    key_condition = models.CharField(max_length=64, choices=condition_choices)
    key_treatments = models.JSONField(default=list, blank=True, help_text="Treatment ids a learner should offer.")
    avoid_treatments = models.JSONField(default=list, blank=True, help_text="Treatment ids the case must avoid.")
    teaching_points = models.TextField(blank=True, help_text="One point per line.")
    sources = models.JSONField(default=list, blank=True, help_text="Source ids (see /api/v1/sources).")

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("cases:detail", kwargs={"slug": self.slug})

    def clean(self):
        treatments = treatment_choices()
        errors = {}
        for field_name in ("key_treatments", "avoid_treatments", "sources"):
            if not isinstance(getattr(self, field_name), list):
                raise ValidationError({field_name: "Expected a JSON list of ids."})
        for field_name in ("key_treatments", "avoid_treatments"):
            bad = _unknown_ids(getattr(self, field_name), treatments)
            if bad:
                errors[field_name] = f"Unknown treatment ids {bad}; allowed: {', '.join(t for t, _ in treatments)}."
        bad_sources = [s for s in self.sources if s not in rules.SOURCES]
        if bad_sources:
            errors["sources"] = f"Unknown source ids {bad_sources}; allowed: {', '.join(rules.SOURCES)}."
        if set(self.key_treatments) & set(self.avoid_treatments):
            errors["avoid_treatments"] = "A treatment cannot be both key and to avoid."
        if errors:
            raise ValidationError(errors)

    @property
    def objectives_list(self) -> list[str]:
        return lines(self.learning_objectives)

    @property
    def teaching_points_list(self) -> list[str]:
        return lines(self.teaching_points)

    def rubric_key(self, engine_offers) -> rubric.Key:
        """The key the rubric scores against, with what the engine suggests for the whole case."""
        return rubric.Key(
            cause=self.key_cause,
            origin=self.key_origin,
            key_treatments=tuple(self.key_treatments),
            avoid_treatments=tuple(self.avoid_treatments),
            engine_offers=tuple(engine_offers),
        )


class Stage(models.Model):
    class Kind(models.TextChoices):
        HISTORY = "history", "History"
        EXAMINATION = "examination", "Examination"
        TESTS = "tests", "Tests"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="stages")
    order = models.PositiveSmallIntegerField(help_text="1 for the first stage revealed.")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    narrative = models.TextField()
    answers = models.JSONField(
        default=dict, blank=True, help_text="The findings this stage discloses: questionnaire answers by question id."
    )

    class Meta:
        ordering = ["case", "order"]
        constraints = [models.UniqueConstraint(fields=["case", "order"], name="unique_stage_order")]

    def __str__(self):
        return f"{self.case} — stage {self.order} ({self.get_kind_display()})"

    def clean(self):
        try:
            self.answers = rules.validate_answers(self.answers)
        except rules.InvalidAnswers as exc:
            raise ValidationError({"answers": [f"{q}: {m}" for q, m in exc.shown.items()]}) from exc


class AttemptQuerySet(models.QuerySet):
    def by_learners(self) -> "AttemptQuerySet":
        """Attempts a learner made, leaving out anonymous API calls: anyone may post any number
        of them, each answered with the key at once, so they would drown a cohort's figures
        (they are scored and stored all the same)."""
        return self.exclude(channel=Attempt.Channel.API, user=None)


class Attempt(models.Model):
    """One learner's walk through one case: their findings per stage, their committed
    differential, and the score it earned."""

    class Channel(models.TextChoices):
        WEB = "web", "Web walkthrough"
        API = "api", "API"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attempts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="case_attempts"
    )
    session_key = models.CharField(max_length=40, blank=True, default="", db_index=True)
    channel = models.CharField(max_length=8, choices=Channel.choices, default=Channel.WEB)
    current_stage = models.PositiveSmallIntegerField(default=1)
    hinted_stages = models.JSONField(default=list, blank=True)
    started_at = models.DateTimeField(auto_now_add=True, db_index=True)
    committed_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    top_causes = models.JSONField(default=list, blank=True, help_text="Cause ids, most likely first.")
    origin = models.CharField(max_length=32, blank=True, default="")
    offered_treatments = models.JSONField(default=list, blank=True)
    avoided_treatments = models.JSONField(default=list, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    score_breakdown = models.JSONField(default=dict, blank=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        return f"Attempt at {self.case} ({self.started_at:%Y-%m-%d %H:%M})"

    @property
    def is_committed(self) -> bool:
        return self.committed_at is not None

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None

    def commitment(self) -> rubric.Commitment:
        return rubric.Commitment(
            top_causes=tuple(self.top_causes),
            origin=self.origin,
            offered=tuple(self.offered_treatments),
            avoided=tuple(self.avoided_treatments),
        )


class StageEntry(models.Model):
    """What the learner entered at one stage, and the engine's differential on the case's
    findings disclosed up to that stage."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="entries")
    stage = models.ForeignKey(Stage, on_delete=models.CASCADE, related_name="entries")
    findings = models.JSONField(default=dict, blank=True)
    hint_used = models.BooleanField(default=False)
    differential = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["attempt", "stage__order"]
        verbose_name_plural = "stage entries"
        constraints = [models.UniqueConstraint(fields=["attempt", "stage"], name="unique_entry_per_stage")]

    def __str__(self):
        return f"{self.attempt} — stage {self.stage.order}"
