"""Authoring cases in the Django admin: a case with its stages inline.

Model ``clean()`` checks the key and every stage's answers against the knowledge base's
vocabulary and the questionnaire, so the admin shows a field error rather than saving a
case the engine cannot read.
"""

from django.contrib import admin

from .models import Attempt, Case, Stage, StageEntry, Tag


class StageInline(admin.StackedInline):
    model = Stage
    extra = 1
    ordering = ["order"]


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "difficulty", "key_cause", "key_origin")
    list_filter = ("difficulty", "key_cause", "key_origin", "tags")
    search_fields = ("title", "summary", "slug")
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ("tags",)
    inlines = [StageInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "difficulty", "tags", "learning_objectives")}),
        ("Key", {"fields": ("key_cause", "key_origin", "key_condition", "key_treatments", "avoid_treatments")}),
        ("Teaching", {"fields": ("teaching_points", "sources")}),
    )


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


class StageEntryInline(admin.TabularInline):
    model = StageEntry
    extra = 0
    readonly_fields = ("stage", "findings", "hint_used", "differential", "created_at")
    can_delete = False


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = ("id", "case", "user", "channel", "score", "started_at", "completed_at")
    list_filter = ("case", "channel")
    # Never the session key: whoever reads a live one could act as that browser.
    exclude = ("session_key",)
    readonly_fields = [f.name for f in Attempt._meta.fields if f.name != "session_key"]
    inlines = [StageEntryInline]
