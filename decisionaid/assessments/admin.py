from django.contrib import admin

from .models import Assessment


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = ("id", "status", "channel", "owner", "kb_version", "created_at")
    list_filter = ("status", "channel", "kb_version")
    readonly_fields = ("id", "answers", "result", "kb_version", "created_at", "updated_at")
    search_fields = ("id",)
    # A live session key would let whoever reads it act as that browser.
    exclude = ("session_key", "share_id")
