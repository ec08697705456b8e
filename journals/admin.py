"""The journals in the Django admin: metadata only for anything the patient has not shared.

No one but the patient reads a private entry, superusers included, so the admin never shows
a private entry's words (its title, text, mood or feelings), nor a draft's, nor the
integration plan, and cannot search them. Entries are read-only here: they are the
patient's to write."""

from django.contrib import admin

from patients.admin import AuditedAdminMixin

from .habits import Habit, HabitMark, PatientHabit
from .models import (
    Assessment,
    Attachment,
    Commitment,
    EntryComment,
    JournalDraft,
    JournalEntry,
)

ENTRY_METADATA = [
    "patient",
    "kind",
    "session",
    "prompt",
    "shared_with_care_team",
    "shared_at",
    "flagged",
    "created_at",
    "updated_at",
    "deleted_at",
]
ENTRY_CONTENT = ["title", "text", "mood", "feelings", "practice_minutes", "next_therapy_at"]


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class CommentInline(admin.TabularInline):
    model = EntryComment
    extra = 0
    fields = ["author", "text", "created_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")


@admin.register(JournalEntry)
class JournalEntryAdmin(AuditedAdminMixin, ReadOnlyAdmin):
    list_display = [
        "pk",
        "patient",
        "kind",
        "created_at",
        "shared_with_care_team",
        "flagged",
        "deleted_at",
    ]
    list_filter = ["kind", "shared_with_care_team", "flagged", "patient__clinic"]
    # Never the words: a search over private text would tell what it says.
    search_fields = ["patient__user__email", "patient__user__last_name"]
    list_select_related = ["patient__user"]
    date_hierarchy = "created_at"
    inlines = [CommentInline]

    def get_fields(self, request, obj=None):
        if obj is not None and obj.shared_with_care_team and obj.deleted_at is None:
            return ENTRY_METADATA + ENTRY_CONTENT
        return ENTRY_METADATA

    def get_inlines(self, request, obj):
        if obj is not None and obj.shared_with_care_team and obj.deleted_at is None:
            return self.inlines
        return []


@admin.register(JournalDraft)
class JournalDraftAdmin(AuditedAdminMixin, ReadOnlyAdmin):
    """Work in progress: whose and when, never the words."""

    list_display = ["pk", "patient", "key", "updated_at"]
    list_filter = ["patient__clinic"]
    search_fields = ["patient__user__email", "key"]
    list_select_related = ["patient__user"]
    fields = ["patient", "key", "updated_at"]


@admin.register(EntryComment)
class EntryCommentAdmin(AuditedAdminMixin, ReadOnlyAdmin):
    """Care-team comments; their text is shown only while the entry is shared."""

    list_display = ["pk", "entry", "author", "created_at"]
    list_filter = ["entry__patient__clinic"]
    search_fields = ["author__email", "entry__patient__user__email"]
    list_select_related = ["author", "entry__patient"]

    def get_fields(self, request, obj=None):
        if obj is not None and obj.entry.shared_with_care_team and obj.entry.deleted_at is None:
            return ["entry", "author", "text", "created_at"]
        return ["entry", "author", "created_at"]

    def audit_patient(self, obj):
        return obj.entry.patient


@admin.register(Assessment)
class AssessmentAdmin(AuditedAdminMixin, ReadOnlyAdmin):
    list_display = ["patient", "instrument", "total", "band", "created_at", "session"]
    list_filter = ["instrument", "band", "patient__clinic"]
    search_fields = ["patient__user__email", "patient__user__last_name"]
    list_select_related = ["patient__user", "session"]
    date_hierarchy = "created_at"
    fields = [
        "patient",
        "instrument",
        "item_scores",
        "total",
        "band",
        "session",
        "prompt",
        "created_at",
    ]


@admin.register(Commitment)
class CommitmentAdmin(AuditedAdminMixin, ReadOnlyAdmin):
    """The integration plan is the patient's own: progress, not the words."""

    list_display = ["pk", "patient", "session", "progress", "created_at", "updated_at"]
    list_filter = ["progress", "patient__clinic"]
    search_fields = ["patient__user__email", "patient__user__last_name"]
    list_select_related = ["patient__user", "session"]
    fields = ["patient", "session", "progress", "created_at", "updated_at"]


# Habits -----------------------------------------------------------------------------------


@admin.register(Habit)
class HabitAdmin(admin.ModelAdmin):
    """The clinic's list of habits, kept here or on the clinic's own habits page."""

    list_display = ["name", "clinic", "kind", "unit", "max_value", "active", "order"]
    list_filter = ["active", "kind", "clinic"]
    search_fields = ["name", "question", "clinic__name"]
    list_select_related = ["clinic"]
    list_editable = ["active", "order"]


class HabitMarkInline(admin.TabularInline):
    model = HabitMark
    extra = 0
    fields = ["day", "done", "value", "updated_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(PatientHabit)
class PatientHabitAdmin(AuditedAdminMixin, ReadOnlyAdmin):
    """What a patient tracks is theirs to change; the admin reads it, audited."""

    list_display = ["pk", "patient", "habit", "started_at", "stopped_at"]
    list_filter = ["habit__name", "patient__clinic"]
    search_fields = ["patient__user__email", "patient__user__last_name", "habit__name"]
    list_select_related = ["patient__user", "habit"]
    fields = ["patient", "habit", "started_at", "stopped_at"]
    inlines = [HabitMarkInline]


@admin.register(HabitMark)
class HabitMarkAdmin(AuditedAdminMixin, ReadOnlyAdmin):
    list_display = ["pk", "tracker", "day", "done", "value", "updated_at"]
    list_filter = ["day", "tracker__habit__name", "tracker__patient__clinic"]
    search_fields = ["tracker__patient__user__email", "tracker__patient__user__last_name"]
    list_select_related = ["tracker__habit", "tracker__patient__user"]
    fields = ["tracker", "day", "done", "value", "created_at", "updated_at"]

    def audit_patient(self, obj):
        return obj.tracker.patient


@admin.register(Attachment)
class AttachmentAdmin(AuditedAdminMixin, ReadOnlyAdmin):
    """Drawings, photos and voice notes: what, whose, how big. Never the file (the admin
    serves no attachment) and never the caption, which is the patient's words."""

    list_display = ["pk", "patient", "entry", "kind", "content_type", "size", "created_at"]
    list_filter = ["kind", "content_type", "patient__clinic"]
    search_fields = ["patient__user__email", "patient__user__last_name"]
    list_select_related = ["patient__user", "entry"]
    date_hierarchy = "created_at"
    fields = ["patient", "entry", "kind", "content_type", "size", "width", "height", "created_at"]
